package org.briefing.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A colour profile's text made blank: its description, copyright and the device's maker and model
 * descriptions often name the computer or the person it was calibrated for ("Mari Tamm's MacBook").
 * Each character becomes a space in place, so the profile keeps its length, its tag table and its
 * colour data, and stays valid; its ID (an MD5 of the profile) is computed anew when it has one.
 */
final class IccText {
  /** The tags of text that describe a profile: description, copyright, device maker and model. */
  private static final Set<String> TEXT_TAGS = Set.of("desc", "cprt", "dmnd", "dmdd");
  private static final int HEADER = 128;
  /** A profile larger than this once decompressed is not a colour profile a viewer would use. */
  private static final int LARGEST = 64 << 20;

  private IccText() {}

  /** A copy of {@code profile} with its text blank, or null when it has none to blank (or is no profile). */
  static byte[] blanked(byte[] profile) {
    if (profile.length < HEADER + 4 || !"acsp".equals(ascii(profile, 36, 4))) {
      return null;
    }
    byte[] out = profile.clone();
    long count = uint(out, HEADER);
    boolean changed = false;
    for (long i = 0; i < count && HEADER + 4 + 12 * (i + 1) <= out.length; i++) {
      int entry = (int) (HEADER + 4 + 12 * i);
      long offset = uint(out, entry + 4);
      long size = uint(out, entry + 8);
      if (TEXT_TAGS.contains(ascii(out, entry, 4)) && offset >= HEADER && size >= 8 && offset + size <= out.length) {
        changed |= blankTag(out, (int) offset, (int) (offset + size));
      }
    }
    if (!changed) {
      return null;
    }
    if (!java.util.Arrays.equals(out, 84, 100, new byte[16], 0, 16)) {
      byte[] id = profileId(out);
      System.arraycopy(id, 0, out, 84, 16);
    }
    return out;
  }

  /** Blanks the text of the tag in {@code p[from, to)} by its type; whether any character changed. */
  private static boolean blankTag(byte[] p, int from, int to) {
    String type = ascii(p, from, 4);
    boolean changed = false;
    switch (type) {
      case "text" -> changed = blankAscii(p, from + 8, to);
      case "desc" -> {
        // ICC v2: ASCII text with its length, then Unicode text with its length, then a Macintosh ScriptCode string
        long ascii = from + 12 <= to ? uint(p, from + 8) : 0;
        int at = from + 12;
        if (ascii <= to - at) {
          changed = blankAscii(p, at, at + (int) ascii);
          at += (int) ascii;
          if (at + 8 <= to) {
            long units = uint(p, at + 4);
            at += 8;
            if (units <= (to - at) / 2) {
              changed |= blankUtf16(p, at, at + 2 * (int) units);
              at += 2 * (int) units;
              if (at + 3 <= to) {
                int script = Math.min(p[at + 2] & 0xFF, Math.min(67, to - at - 3));
                changed |= blankAscii(p, at + 3, at + 3 + script);
              }
            }
          }
        }
      }
      case "mluc" -> {
        // ICC v4: records of a language, a length and an offset from the tag's start, each of UTF-16 text
        long records = from + 16 <= to ? uint(p, from + 8) : 0;
        long recordSize = from + 16 <= to ? uint(p, from + 12) : 0;
        for (long r = 0; recordSize >= 12 && r < records && from + 16 + recordSize * (r + 1) <= to; r++) {
          int record = (int) (from + 16 + recordSize * r);
          long length = uint(p, record + 4);
          long offset = uint(p, record + 8);
          if (offset + length <= to - from) {
            changed |= blankUtf16(p, from + (int) offset, from + (int) (offset + length));
          }
        }
      }
      default -> { }
    }
    return changed;
  }

  /** Makes the characters of {@code p[from, to)} spaces, up to a zero byte. */
  private static boolean blankAscii(byte[] p, int from, int to) {
    boolean changed = false;
    for (int i = from; i < to && p[i] != 0; i++) {
      changed |= p[i] != ' ';
      p[i] = ' ';
    }
    return changed;
  }

  /** Makes the UTF-16 code units of {@code p[from, to)} spaces, up to a zero unit. */
  private static boolean blankUtf16(byte[] p, int from, int to) {
    boolean changed = false;
    for (int i = from; i + 1 < to && (p[i] != 0 || p[i + 1] != 0); i += 2) {
      changed |= p[i] != 0 || p[i + 1] != ' ';
      p[i] = 0;
      p[i + 1] = ' ';
    }
    return changed;
  }

  /**
   * Blanks in place the text of the colour profile a JPEG's header {@code head} carries in its
   * APP2 ICC_PROFILE segments, the profile cut in parts across them; whether any changed. The
   * segments keep their lengths.
   */
  static boolean blankedInJpeg(byte[] head) {
    java.util.List<int[]> parts = new java.util.ArrayList<>(); // each part's number and where its data starts and ends in head
    for (int at = 2; at + 4 <= head.length; ) {
      int marker = head[at + 1] & 0xFF;
      if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
        at += 2; // a marker without a length
        continue;
      }
      int length = ((head[at + 2] & 0xFF) << 8) | (head[at + 3] & 0xFF);
      if (marker == 0xE2 && length >= 16 && "ICC_PROFILE\0".equals(ascii(head, at + 4, 12))) {
        parts.add(new int[] {head[at + 16] & 0xFF, at + 18, at + 2 + length});
      }
      at += 2 + length;
    }
    parts.sort(java.util.Comparator.comparingInt(part -> part[0]));
    ByteArrayOutputStream profile = new ByteArrayOutputStream();
    parts.forEach(part -> profile.write(head, part[1], part[2] - part[1]));
    byte[] blank = parts.isEmpty() ? null : blanked(profile.toByteArray());
    if (blank == null) {
      return false;
    }
    int from = 0;
    for (int[] part : parts) {
      System.arraycopy(blank, from, head, part[1], part[2] - part[1]);
      from += part[2] - part[1];
    }
    return true;
  }

  /**
   * A PNG's iCCP compressed profile {@code compressed} with its text blank, compressed again; null
   * when it has none to blank; an empty array when it cannot be decompressed, as no viewer can use it then.
   */
  static byte[] blankedCompressed(byte[] compressed) {
    Inflater inflater = new Inflater();
    ByteArrayOutputStream profile = new ByteArrayOutputStream();
    try {
      inflater.setInput(compressed);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()) || profile.size() + n > LARGEST) {
          return new byte[0];
        }
        profile.write(buffer, 0, n);
      }
    } catch (DataFormatException e) {
      return new byte[0];
    } finally {
      inflater.end();
    }
    byte[] blank = blanked(profile.toByteArray());
    if (blank == null) {
      return null;
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(blank);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** The profile's ID: the MD5 of its bytes with its flags, rendering intent and ID taken as zeros (ICC.1:2010, 7.2.18). */
  private static byte[] profileId(byte[] profile) {
    byte[] copy = profile.clone();
    java.util.Arrays.fill(copy, 44, 48, (byte) 0);
    java.util.Arrays.fill(copy, 64, 68, (byte) 0);
    java.util.Arrays.fill(copy, 84, 100, (byte) 0);
    try {
      return MessageDigest.getInstance("MD5").digest(copy);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has MD5", e);
    }
  }

  private static long uint(byte[] p, int at) {
    return (p[at] & 0xFFL) << 24 | (p[at + 1] & 0xFFL) << 16 | (p[at + 2] & 0xFFL) << 8 | (p[at + 3] & 0xFFL);
  }

  private static String ascii(byte[] p, int at, int length) {
    return at + length <= p.length ? new String(p, at, length, StandardCharsets.ISO_8859_1) : "";
  }
}
