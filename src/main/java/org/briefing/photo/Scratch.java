package org.briefing.photo;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * The large arrays making a photo's files takes, kept for the next photo: the decoded bytes (then
 * the bytes of each file handed to the JPEG writer), the decoded pixels as ARGB, and the pixels of
 * each scaled file. A 3000×2000 photo takes some 55 MB of them; allocated afresh for each photo,
 * they grew the heap while the JPEG codec held the JNI critical lock and the collector could not
 * run (docs/performance.md). Each array grows to the largest photo it has served and is
 * overwritten by the next, so it may be longer than a photo needs: its users read the first
 * width × height values only.
 *
 * <p>Not thread-safe: one thread uses it at a time ({@link PhotoMaker} hands it out and takes it
 * back).
 */
final class Scratch {

  private byte[] bytes = new byte[0];
  private int[] pixels = new int[0];
  private int[][] scaled = new int[0][];

  /** The byte buffer, at least {@code length} long. */
  byte[] bytes(int length) {
    if (bytes.length < length) {
      // the old one can go before the new one is allocated; never null, should allocating fail
      bytes = new byte[0];
      bytes = new byte[length];
    }
    return bytes;
  }

  /** The ARGB buffer of a decoded photo, at least {@code length} long. */
  int[] pixels(int length) {
    if (pixels.length < length) {
      pixels = new int[0];
      pixels = new int[length];
    }
    return pixels;
  }

  /** The buffer of the {@code index}-th file of a photo's plan, at least {@code length} long. */
  int[] scaled(int index, int length) {
    if (scaled.length <= index) {
      scaled = java.util.Arrays.copyOf(scaled, index + 1);
    }
    if (scaled[index] == null || scaled[index].length < length) {
      scaled[index] = new int[0];
      scaled[index] = new int[length];
    }
    return scaled[index];
  }

  /**
   * A {@code width} by {@code height} 8-bit sRGB image over the byte buffer, whose first width ×
   * height × 3 bytes hold its pixels, red, green and blue, row after row. The JDK's JPEG reader
   * and writer keep a row of such bytes in this order: a row is copied to or from this image whole
   * (a {@link BufferedImage#TYPE_3BYTE_BGR} image, blue first, costs them a new array a row).
   */
  BufferedImage rgb(int width, int height) {
    int length = Math.multiplyExact(Math.multiplyExact(width, height), 3);
    ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {8, 8, 8}, false, false,
        Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(bytes(length), length), width, height, width * 3, 3,
        new int[] {0, 1, 2}, null);
    return new BufferedImage(model, raster, false, null);
  }

  /** The bytes its arrays hold. */
  long size() {
    long size = bytes.length + 4L * pixels.length;
    for (int[] s : scaled) {
      size += s == null ? 0 : 4L * s.length;
    }
    return size;
  }
}
