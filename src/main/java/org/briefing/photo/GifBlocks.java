package org.briefing.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A GIF with only the blocks that show it, ending at its trailer: comment extensions (an editor's
 * note), plain text extensions (text no browser draws, with the control block that times it) and
 * application extensions (XMP, a tool's own) go, but NETSCAPE2.0's (ANIMEXTS1.0's) loop count,
 * also from a GIF cut short.
 */
final class GifBlocks {
  private static final int EXTENSION = 0x21;
  private static final int IMAGE = 0x2C;
  private static final int TRAILER = 0x3B;
  private static final int COMMENT = 0xFE;
  private static final int CONTROL = 0xF9;
  private static final int PLAIN_TEXT = 0x01;
  private static final int APPLICATION = 0xFF;

  private GifBlocks() {}

  /**
   * {@code gif}, which starts with "GIF8", without its comments, plain text and applications' data;
   * itself when nothing was taken out. A GIF cut short, which browsers show up to the cut, is cleaned
   * up to where it can be read: a comment or an application's block cut short goes, a frame cut short
   * stays as far as it goes, and from a byte that begins no block on (which no decoder reads past)
   * nothing is kept; one cut before its first frame is refused.
   */
  static byte[] shown(byte[] gif) {
    if (gif.length < 13) {
      throw MetadataStripper.endsBeforeItsPicture("GIF");
    }
    int at = 13;
    if ((gif[10] & 0x80) != 0) {
      at += 3 << ((gif[10] & 7) + 1); // the global colour table
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(gif.length);
    out.write(gif, 0, Math.min(at, gif.length));
    boolean ended = false;
    boolean framed = false;
    int control = -1; // where a graphic control extension not yet written starts: it belongs to the next frame or plain text
    while (at < gif.length) {
      int block = gif[at] & 0xFF;
      int end;
      if (block == TRAILER) {
        ended = true;
        break;
      } else if (block == EXTENSION && at + 2 <= gif.length) {
        end = subBlocksEnd(gif, at + 2);
        int label = gif[at + 1] & 0xFF;
        if (label == CONTROL && end >= 0) {
          flush(gif, control, out);
          control = at;
        } else if (label == PLAIN_TEXT) {
          control = -1; // text drawn over the picture, which no browser draws: it goes with its control block
        } else if (label != COMMENT && (label != APPLICATION || isLoopCount(gif, at + 2))) {
          control = flush(gif, control, out);
          out.write(gif, at, (end < 0 ? gif.length : end) - at);
        }
      } else if (block == IMAGE) {
        int data = at + 11 > gif.length ? -1 : at + 10 + ((gif[at + 9] & 0x80) != 0 ? 3 << ((gif[at + 9] & 7) + 1) : 0) + 1;
        end = data < 0 || data > gif.length ? -1 : subBlocksEnd(gif, data);
        control = flush(gif, control, out);
        out.write(gif, at, (end < 0 ? gif.length : end) - at);
        framed = true;
      } else if (block == 0) {
        end = at + 1; // a stray block terminator, which decoders pass over
      } else {
        ended = true; // what follows is no block: the picture ends here
        break;
      }
      if (end < 0) {
        break;
      }
      at = end;
    }
    if (!ended && !framed) {
      throw MetadataStripper.endsBeforeItsPicture("GIF");
    }
    flush(gif, control, out);
    if (ended) {
      out.write(TRAILER);
    }
    byte[] shown = out.toByteArray();
    // the same bytes are the same array, which tells the caller that nothing was taken out
    return java.util.Arrays.equals(shown, gif) ? gif : shown;
  }

  /** Writes the graphic control extension at {@code control}, when there is one, which ends where its sub-blocks do; -1. */
  private static int flush(byte[] gif, int control, ByteArrayOutputStream out) {
    if (control >= 0) {
      out.write(gif, control, subBlocksEnd(gif, control + 2) - control);
    }
    return -1;
  }

  /**
   * Why the GIF read from {@code in} shows nothing, or null when it has a frame: its header is cut
   * short, or no frame comes before its end. Reads only up to its first frame.
   */
  static String unshown(java.io.InputStream in) throws java.io.IOException {
    byte[] header = in.readNBytes(13);
    if (header.length < 13) {
      return "it is cut short in its header, before its picture begins";
    }
    try {
      if ((header[10] & 0x80) != 0) {
        in.skipNBytes(3L << ((header[10] & 7) + 1));
      }
      while (true) {
        int block = in.read();
        if (block == IMAGE) {
          return null;
        } else if (block == EXTENSION && in.read() >= 0) {
          for (int size = in.read(); size != 0; size = in.read()) {
            if (size < 0) {
              throw new java.io.EOFException();
            }
            in.skipNBytes(size);
          }
        } else if (block < 0 || block == EXTENSION) {
          throw new java.io.EOFException();
        } else if (block != 0) {
          return "it holds no picture: no frame comes before its end";
        }
      }
    } catch (java.io.EOFException e) {
      return "it is cut short before its first frame";
    }
  }

  /** Where the data sub-blocks starting at {@code at} end, after their zero-length terminator; -1 past the file's end. */
  private static int subBlocksEnd(byte[] gif, int at) {
    while (at < gif.length) {
      int size = gif[at] & 0xFF;
      at += 1 + size;
      if (size == 0) {
        return at;
      }
    }
    return -1;
  }

  /** Whether the application extension whose first sub-block is at {@code at} is the one that says how often an animation loops. */
  private static boolean isLoopCount(byte[] gif, int at) {
    if ((gif[at] & 0xFF) != 11 || at + 12 > gif.length) {
      return false;
    }
    String application = new String(gif, at + 1, 11, StandardCharsets.ISO_8859_1);
    return application.equals("NETSCAPE2.0") || application.equals("ANIMEXTS1.0");
  }
}
