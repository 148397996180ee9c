package org.briefing.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes out of a JPEG or PNG file of {@code static/} (a logo, a picture in a story's text) what it
 * says of where, with what and how it was made, without decoding or re-encoding its pixels: EXIF
 * (GPS position, camera and serial number), XMP (editing history), IPTC and comments. A JPEG keeps
 * its JFIF header, its ICC profile and its Adobe marker (which says how to read CMYK), and an EXIF
 * orientation is written back alone, so the picture is shown the same way. A PNG keeps every
 * chunk but text, EXIF and time. Anything that is not a well-formed JPEG or PNG is returned as it is.
 */
public final class MetadataStripper {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private MetadataStripper() {}

  /** {@code bytes} without private metadata, or {@code bytes} themselves when there is none or the format is unknown. */
  public static byte[] strip(byte[] bytes) {
    if (bytes.length > 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return jpeg(bytes);
    }
    if (bytes.length > 8 && java.util.Arrays.equals(bytes, 0, 8, PNG, 0, 8)) {
      return png(bytes);
    }
    return bytes;
  }

  private static byte[] jpeg(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int at = 2;
    int orientation = 1;
    boolean dropped = false;
    while (at + 4 <= in.length) {
      if ((in[at] & 0xFF) != 0xFF) {
        return in;
      }
      int marker = in[at + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        break; // the image data: everything from here is copied
      }
      int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > in.length) {
        return in;
      }
      boolean keep = marker == 0xE0 || marker == 0xEE || (marker < 0xE0 && marker != 0xFE)
          || (marker == 0xE2 && startsWith(in, at + 4, "ICC_PROFILE"));
      if (marker == 0xE1 && startsWith(in, at + 4, "Exif\0")) {
        orientation = ExifOrientation.of(in, at + 10, length - 8);
      }
      if (keep) {
        out.write(in, at, 2 + length);
      } else {
        dropped = true;
      }
      at += 2 + length;
    }
    if (!dropped) {
      return in;
    }
    byte[] head = out.toByteArray();
    ByteArrayOutputStream all = new ByteArrayOutputStream(in.length);
    all.write(head, 0, 2);
    if (orientation != 1) {
      all.writeBytes(ExifOrientation.segment(orientation));
    }
    all.write(head, 2, head.length - 2);
    all.write(in, at, in.length - at);
    return all.toByteArray();
  }

  private static byte[] png(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int at = 8;
    boolean dropped = false;
    while (at + 12 <= in.length) {
      long length = ((in[at] & 0xFFL) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      if (length > in.length - at - 12) {
        return in;
      }
      String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
      int total = (int) length + 12;
      if (type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt") || type.equals("eXIf") || type.equals("tIME")) {
        dropped = true;
      } else {
        out.write(in, at, total);
      }
      at += total;
      if (type.equals("IEND")) {
        break;
      }
    }
    return dropped ? out.toByteArray() : in;
  }

  private static boolean startsWith(byte[] in, int at, String text) {
    byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
    return at + t.length <= in.length && java.util.Arrays.equals(in, at, at + t.length, t, 0, t.length);
  }
}
