package org.briefing.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A PNG with only the chunks a viewer needs to show it, ending at its IEND. Every other chunk may
 * say something of the file's making: text, EXIF and time, an editing tool's own (Adobe's mkBF, a
 * C2PA manifest in caBX), a named suggested palette (sPLT). The colour profile is kept under a
 * fixed name, as its name is often the file it came from, and its own text made blank.
 */
final class PngChunks {
  /** The chunks that show the picture: its header, palette, data and colour, and an APNG's frames. */
  private static final Set<String> SHOWN = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
      "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT", "cICP", "mDCV", "cLLI");
  static final String PROFILE_NAME = "ICC profile";
  /** The longest name the PNG specification allows an iCCP profile, with the zero byte that ends it. */
  private static final int LONGEST_NAME = 80;

  private PngChunks() {}

  /**
   * {@code png}, whose signature has been checked, with the chunks that show it alone. A PNG cut short
   * (no IEND), which browsers show up to the cut, keeps its image data as far as it goes; a chunk of
   * any other kind cut short goes, and one cut before its image data begins is refused.
   */
  static byte[] shown(byte[] png) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
    out.write(png, 0, 8);
    int at = 8;
    boolean ended = false;
    boolean data = false;
    while (at + 8 <= png.length) {
      long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      boolean isData = type.equals("IDAT") || type.equals("fdAT");
      if (length > png.length - at - 12) {
        if (isData) {
          out.write(png, at, png.length - at);
          data = true;
        }
        break;
      }
      int total = (int) length + 12;
      if (type.equals("iCCP")) {
        out.writeBytes(renamedProfile(png, at + 8, (int) length));
      } else if (SHOWN.contains(type)) {
        out.write(png, at, total);
        data |= isData;
      }
      at += total;
      if (type.equals("IEND")) {
        ended = true;
        break;
      }
    }
    if (!ended && !data) {
      throw MetadataStripper.endsBeforeItsPicture("PNG");
    }
    byte[] shown = out.toByteArray();
    // the same bytes are the same array, which tells the caller that nothing was taken out
    return java.util.Arrays.equals(shown, png) ? png : shown;
  }

  /**
   * The iCCP chunk whose data is {@code png[from, from + length)}, named {@link #PROFILE_NAME}, its
   * profile's text blank ({@link IccText}); nothing when it has no name or its profile cannot be decompressed.
   */
  private static byte[] renamedProfile(byte[] png, int from, int length) {
    int nameEnd = -1;
    for (int i = from; i < from + Math.min(length, LONGEST_NAME); i++) {
      if (png[i] == 0) {
        nameEnd = i;
        break;
      }
    }
    if (nameEnd < 0) {
      return new byte[0]; // no valid profile: viewers ignore it
    }
    // after the name's zero byte, the compression method and the compressed profile
    byte[] compressed = java.util.Arrays.copyOfRange(png, Math.min(nameEnd + 2, from + length), from + length);
    byte[] blank = IccText.blankedCompressed(compressed);
    if (blank != null && blank.length == 0) {
      return blank; // a profile that cannot be decompressed: viewers ignore it
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream(length);
    data.writeBytes("iCCP".getBytes(StandardCharsets.ISO_8859_1));
    data.writeBytes(PROFILE_NAME.getBytes(StandardCharsets.ISO_8859_1));
    if (blank == null) {
      data.write(png, nameEnd, from + length - nameEnd);
    } else {
      data.write(png, nameEnd, 2);
      data.writeBytes(blank);
    }
    byte[] typeAndData = data.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(typeAndData.length + 8);
    writeInt(chunk, typeAndData.length - 4);
    chunk.writeBytes(typeAndData);
    writeInt(chunk, (int) crc.getValue());
    return chunk.toByteArray();
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
