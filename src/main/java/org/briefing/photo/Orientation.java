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
    return apply(pixels, width, height, orientation, new int[width * height]);
  }

  /**
   * The first {@code width} × {@code height} ARGB {@code pixels} as shown under {@code orientation},
   * written into {@code out} (at least as long, not {@code pixels}), which is returned.
   */
  static int[] apply(int[] pixels, int width, int height, int orientation, int[] out) {
    int step = step(orientation, width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0, from = y * width, to = start(orientation, width, height, y); x < width; x++, from++, to += step) {
        out[to] = pixels[from];
      }
    }
    return out;
  }

  /**
   * Where the first pixel of row {@code y} of a {@code width} by {@code height} picture goes in
   * the picture as shown (row by row, its width {@code height} when the orientation swaps them);
   * the row's next pixels follow {@link #step} apart.
   */
  static int start(int orientation, int width, int height, int y) {
    return switch (orientation) {
      case 2 -> y * width + width - 1;
      case 3 -> (height - 1 - y) * width + width - 1;
      case 4 -> (height - 1 - y) * width;
      case 5 -> y;
      case 6 -> height - 1 - y;
      case 7 -> (width - 1) * height + height - 1 - y;
      case 8 -> (width - 1) * height + y;
      default -> y * width;
    };
  }

  /** How far apart two neighbours in a row of the stored picture are in the picture as shown. */
  static int step(int orientation, int width, int height) {
    return switch (orientation) {
      case 2, 3 -> -1;
      case 5, 6 -> height;
      case 7, 8 -> -height;
      default -> 1;
    };
  }
}
