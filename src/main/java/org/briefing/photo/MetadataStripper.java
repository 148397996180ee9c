package org.briefing.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.briefing.problem.FileSignature;

/**
 * Takes out of a JPEG, PNG, WebP or GIF file of {@code static/} (a logo, a picture in a story's text)
 * what it says of where, with what and how it was made, without decoding or re-encoding its pixels:
 * EXIF (GPS position, camera and serial number), XMP (editing history), IPTC, comments, thumbnails and
 * the text of its colour profile ({@link IccText}). A JPEG keeps its JFIF header (without a
 * thumbnail), its ICC profile and its Adobe marker (which says how to read CMYK), and an EXIF
 * orientation is written back alone, so the picture is shown the same way; the stray bytes decoders
 * pass over between its segments, the comments and applications' segments between its scans and what
 * follows the end of its picture are left out. A PNG keeps only the chunks that show it
 * ({@link PngChunks}); a WebP only the chunks that draw it and nothing after its declared end, its
 * header then saying it has no EXIF or XMP; a GIF every block but comments, plain text and
 * applications' data ({@link GifBlocks}). A picture cut short is cleaned as far as it goes, as
 * browsers show it; one cut before its picture begins, and a JPEG whose header cannot be read, are
 * refused ({@link StaticPicture.Refused}): no browser shows it, and what it holds cannot all be
 * checked. Anything else that is not a JPEG, PNG, WebP or GIF is returned as it is; an SVG is
 * {@link SvgCleaner}'s.
 */
public final class MetadataStripper {
  private static final int EOI = 0xD9;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private MetadataStripper() {}

  /** {@code bytes} without private metadata, or {@code bytes} themselves when there is none or the format is unknown. */
  public static byte[] strip(byte[] bytes) {
    if (bytes.length > 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return jpeg(bytes);
    }
    if (bytes.length > 8 && java.util.Arrays.equals(bytes, 0, 8, PNG, 0, 8)) {
      return PngChunks.shown(bytes);
    }
    if (FileSignature.at(bytes, 0, "GIF87a") || FileSignature.at(bytes, 0, "GIF89a")) {
      return GifBlocks.shown(bytes);
    }
    if (bytes.length >= 12 && FileSignature.at(bytes, 0, "RIFF") && FileSignature.at(bytes, 8, "WEBP")) {
      return webp(bytes);
    }
    return bytes;
  }

  /**
   * Whether {@code head}, a file's first bytes, is the start of a JPEG (its start-of-image marker and
   * the next marker), a PNG, a GIF or a WebP.
   */
  static boolean startsAsPicture(byte[] head) {
    return head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF
        || head.length >= 8 && java.util.Arrays.equals(head, 0, 8, PNG, 0, 8)
        || FileSignature.at(head, 0, "GIF87a") || FileSignature.at(head, 0, "GIF89a")
        || head.length >= 12 && FileSignature.at(head, 0, "RIFF") && FileSignature.at(head, 8, "WEBP");
  }

  private static byte[] jpeg(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int at = 2;
    int orientation = 1;
    boolean dropped = false;
    while (true) {
      int from = at;
      // what decoders pass over before a marker: stray bytes, fill bytes (FF FF) and a stuffed zero (FF 00)
      while (at + 1 < in.length && ((in[at] & 0xFF) != 0xFF || (in[at + 1] & 0xFF) == 0xFF || in[at + 1] == 0)) {
        at += (in[at] & 0xFF) == 0xFF && in[at + 1] == 0 ? 2 : 1;
      }
      dropped |= at != from;
      if (at + 2 > in.length) {
        throw unreadableJpeg("it ends in its header, before its picture begins");
      }
      int marker = in[at + 1] & 0xFF;
      if (marker == 0xDA || marker == EOI) {
        break; // the image data: everything from here is copied
      }
      if (isRestart(marker) || marker == 0x01) {
        out.write(in, at, 2); // a marker without a length, which decoders pass over
        at += 2;
        continue;
      }
      if (at + 4 > in.length) {
        throw unreadableJpeg("it ends in its header, before its picture begins");
      }
      int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      if (length < 2) {
        throw unreadableJpeg("a segment of its header, at byte " + at + ", has no valid length");
      }
      if (at + 2 + length > in.length) {
        throw unreadableJpeg("it ends in its header, before its picture begins");
      }
      // an APP0 JFIF extension (JFXX) is a thumbnail, perhaps of the picture before it was cropped
      boolean keep = (marker == 0xE0 && FileSignature.at(in, at + 4, "JFIF\0")) || marker == 0xEE || (marker < 0xE0 && marker != 0xFE)
          || (marker == 0xE2 && FileSignature.at(in, at + 4, "ICC_PROFILE"));
      if (marker == 0xE1 && FileSignature.at(in, at + 4, "Exif\0")) {
        orientation = ExifOrientation.of(in, at + 10, length - 8);
      }
      if (keep && marker == 0xE0 && length > JFIF_HEADER) {
        out.writeBytes(jfifWithoutThumbnail(in, at));
        dropped = true;
      } else if (keep) {
        out.write(in, at, 2 + length);
      } else {
        dropped = true;
      }
      at += 2 + length;
    }
    ByteArrayOutputStream scans = new ByteArrayOutputStream(in.length - at);
    dropped |= scans(in, at, scans);
    byte[] head = out.toByteArray();
    dropped |= IccText.blankedInJpeg(head);
    if (!dropped) {
      return in;
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream(in.length);
    all.write(head, 0, 2);
    if (orientation != 1) {
      all.writeBytes(ExifOrientation.segment(orientation));
    }
    all.write(head, 2, head.length - 2);
    all.writeBytes(scans.toByteArray());
    return all.toByteArray();
  }

  /** The length of a JFIF header without a thumbnail: its identifier, version, density and the thumbnail's width and height. */
  private static final int JFIF_HEADER = 16;

  /**
   * The JFIF segment at {@code at} without the thumbnail it carries (its width and height then 0):
   * a thumbnail may show the picture before it was cropped.
   */
  private static byte[] jfifWithoutThumbnail(byte[] in, int at) {
    byte[] segment = java.util.Arrays.copyOfRange(in, at, at + 2 + JFIF_HEADER);
    segment[2] = 0;
    segment[3] = JFIF_HEADER;
    segment[16] = 0;
    segment[17] = 0;
    return segment;
  }

  private static StaticPicture.Refused unreadableJpeg(String why) {
    return new StaticPicture.Refused("this JPEG cannot be read: " + why + "; no browser can show it, and it is not published unread, as"
        + " its header may hold EXIF (a GPS position, the camera's serial number) or XMP (an editing history)", 0, CUT_HINT);
  }

  static final String CUT_HINT = "copy the file again from where it came (a copy that was interrupted is cut short), or open it in an"
      + " image editor and save it again";

  /** A picture cut short before its picture begins, which no browser can show: it stops the build rather than be published broken. */
  static StaticPicture.Refused endsBeforeItsPicture(String format) {
    return new StaticPicture.Refused("this " + format + " is cut short before its picture begins: no browser can show it, so it is not"
        + " published", 0, CUT_HINT);
  }

  /**
   * Copies to {@code out} the scans of {@code in} from {@code at} to the end of the picture, with
   * the tables between them, but the comments and applications' segments that may stand there too
   * (after a scan, before the next or before the end of the picture) and what follows the end (a
   * phone's motion-photo video, a second picture with EXIF of its own); whether there were any. The
   * end is found by walking the segments and the scans' data, not by looking for FF D9, which a
   * thumbnail of the header has too; a file cut short is copied to its last byte.
   */
  private static boolean scans(byte[] in, int at, ByteArrayOutputStream out) {
    boolean dropped = false;
    while (at + 1 < in.length) {
      int marker = in[at + 1] & 0xFF;
      if ((in[at] & 0xFF) == 0xFF && marker == EOI) {
        out.write(in, at, 2);
        return dropped || at + 2 < in.length;
      }
      if ((in[at] & 0xFF) != 0xFF || marker == 0xFF || marker == 0x00 || marker == 0x01 || isRestart(marker) || at + 4 > in.length) {
        int next = (in[at] & 0xFF) != 0xFF || marker == 0xFF ? at + 1 : Math.min(at + 2, in.length);
        out.write(in, at, next - at); // a stray or fill byte, or a marker without a length
        at = next;
        continue;
      }
      int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      int next = Math.min(at + 2 + length, in.length);
      if (marker >= 0xE0 && marker <= 0xEF || marker == 0xFE) {
        dropped = true;
      } else {
        out.write(in, at, next - at);
      }
      at = next;
      if (marker == 0xDA) {
        next = endOfScan(in, at);
        out.write(in, at, next - at);
        at = next;
      }
    }
    out.write(in, at, in.length - at);
    return dropped;
  }

  /** Where the entropy-coded data from {@code at} ends: at the first marker that is not a stuffed zero or a restart. */
  private static int endOfScan(byte[] jpeg, int at) {
    while (at + 1 < jpeg.length) {
      if ((jpeg[at] & 0xFF) == 0xFF) {
        int next = jpeg[at + 1] & 0xFF;
        if (next != 0x00 && !isRestart(next)) {
          return at;
        }
        at += 2;
      } else {
        at++;
      }
    }
    return jpeg.length;
  }

  private static boolean isRestart(int marker) {
    return marker >= 0xD0 && marker <= 0xD7;
  }

  /** The chunks that draw a WebP picture (the image data, its alpha, animation and colour profile); every other is left out. */
  private static final java.util.Set<String> WEBP_SHOWN = java.util.Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

  /** The chunks of a WebP that hold its picture: one cut short is shown as far as it goes, as browsers show it. */
  private static final java.util.Set<String> WEBP_PICTURE = java.util.Set.of("VP8 ", "VP8L", "ANMF", "ALPH");

  /**
   * A WebP with only the chunks that draw it ({@link #WEBP_SHOWN}: EXIF, XMP and any private chunk
   * left out) and nothing after the end its RIFF header declares; the two flags of its VP8X header
   * that announce EXIF and XMP are cleared (a reader would look for what is gone), its colour
   * profile's text is blanked ({@link IccText}) and the RIFF size is written anew. A WebP cut short
   * keeps its picture's chunk as far as it goes, and its RIFF size then says where that chunk would end;
   * one cut before its picture begins is refused.
   */
  private static byte[] webp(byte[] in) {
    long declared = 8 + littleEndian(in, 4);
    int end = (int) Math.min(declared, in.length);
    boolean cut = declared > in.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream(end);
    out.write(in, 0, 12);
    int at = 12;
    int vp8x = -1;
    long riffSize = -1;
    boolean picture = false;
    boolean blanked = false;
    while (at + 8 <= end) {
      long length = littleEndian(in, at + 4);
      String type = new String(in, at, 4, StandardCharsets.ISO_8859_1);
      long whole = 8 + length + (length & 1);
      if (length > end - at - 8) {
        cut = true; // or running past its RIFF's end: the picture is shown as far as it goes, any other chunk goes
        if (WEBP_PICTURE.contains(type)) {
          riffSize = out.size() + whole - 8;
          out.write(in, at, end - at);
          picture = !type.equals("ALPH");
        }
        at = end;
        break;
      }
      int total = (int) Math.min(whole, end - at);
      if (WEBP_SHOWN.contains(type)) {
        if (type.equals("VP8X") && length >= 1) {
          vp8x = out.size() + 8;
        }
        picture |= WEBP_PICTURE.contains(type) && !type.equals("ALPH");
        byte[] profile = type.equals("ICCP") ? IccText.blanked(java.util.Arrays.copyOfRange(in, at + 8, at + 8 + (int) length)) : null;
        if (profile != null) {
          out.write(in, at, 8);
          out.writeBytes(profile);
          out.write(in, at + 8 + profile.length, total - 8 - profile.length);
          blanked = true;
        } else {
          out.write(in, at, total);
        }
      }
      at += total;
    }
    if ((cut || at < end) && !picture) {
      throw endsBeforeItsPicture("WebP");
    }
    if (out.size() == in.length && !blanked) {
      return in;
    }
    byte[] result = out.toByteArray();
    if (vp8x >= 0) {
      result[vp8x] &= (byte) ~(0x08 | 0x04); // the EXIF and XMP flags
    }
    long size = riffSize >= 0 ? riffSize : result.length - 8;
    for (int i = 0; i < 4; i++) {
      result[4 + i] = (byte) (size >>> (8 * i));
    }
    return result;
  }

  private static long littleEndian(byte[] in, int at) {
    return (in[at] & 0xFFL) | (in[at + 1] & 0xFFL) << 8 | (in[at + 2] & 0xFFL) << 16 | (in[at + 3] & 0xFFL) << 24;
  }
}
