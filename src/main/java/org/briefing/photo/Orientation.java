package org.briefing.photo;

/**
 * Turns pixels as a camera stored them into pixels as they are meant to be seen, following the
 * EXIF orientation (1 upright; 2 mirrored; 3 turned 180°; 4 flipped; 5 to 8 the same with width
 * and height swapped), since a published file carries no EXIF to tell the browser.
 */
final class Orientation {
  private Orientation() {}

  /** The {@code width} by {@code height} ARGB {@code pixels} as shown under {@code orientation}. */
  static int[] apply(int[] pixels, int width, int height, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return pixels;
    }
    boolean swap = orientation >= 5;
    int outW = swap ? height : width;
    int outH = swap ? width : height;
    int[] out = new int[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int tx;
        int ty;
        switch (orientation) {
          case 2 -> { tx = width - 1 - x; ty = y; }
          case 3 -> { tx = width - 1 - x; ty = height - 1 - y; }
          case 4 -> { tx = x; ty = height - 1 - y; }
          case 5 -> { tx = y; ty = x; }
          case 6 -> { tx = height - 1 - y; ty = x; }
          case 7 -> { tx = height - 1 - y; ty = width - 1 - x; }
          default -> { tx = y; ty = width - 1 - x; }
        }
        out[ty * outW + tx] = pixels[y * width + x];
      }
    }
    return out;
  }
}
