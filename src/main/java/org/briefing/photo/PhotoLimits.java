package org.briefing.photo;

import java.util.Locale;

/**
 * How many pixels a photo may have, checked from its header before a pixel is decoded: a file of
 * a few bytes can declare billions of pixels, which would take the build's memory or hours of
 * decoding (docs/limits.md).
 */
public final class PhotoLimits {
  /** Pixels of the original, as its header declares them: above a 100-megapixel camera's 102 million. */
  public static final long MAX_PIXELS = 120_000_000L;
  /**
   * Pixels decoded at once, about 12 bytes each while a photo is decoded and turned: some 480 MB.
   * A JPEG or PNG is read at every second (third…) pixel when it is much larger than its files need;
   * a WebP's reader decodes every pixel whatever is skipped, and slowly (about 1 µs a pixel lossy,
   * 3 to 8 lossless), so all of a WebP's pixels count.
   */
  public static final long MAX_DECODED = 40_000_000L;

  private PhotoLimits() {}

  /** Throws {@link PhotoException} when a photo of {@code width} by {@code height} pixels is larger than a photo may be. */
  static void checkSize(String format, long width, long height) {
    long pixels = width * height;
    if (pixels > MAX_PIXELS || (format.equals("webp") && pixels > MAX_DECODED)) {
      long limit = format.equals("webp") ? MAX_DECODED : MAX_PIXELS;
      throw new PhotoException("it is " + width + " by " + height + " pixels (" + millions(pixels) + " million), more than the "
          + millions(limit) + " million a " + (format.equals("webp") ? "WebP " : "") + "photo may have; save it smaller,"
          + " e.g. 4000 pixels wide");
    }
  }

  /**
   * Throws {@link PhotoException} when the pixels decoded of a {@code width} by {@code height} photo,
   * read at one in {@code step} pixels each way, are more than a photo may take at once (a long
   * panorama is read at every pixel, as its files are as wide as it is).
   */
  static void checkDecoded(String format, long width, long height, int step) {
    long decoded = format.equals("webp") ? width * height : ((width + step - 1) / step) * ((height + step - 1) / step);
    if (decoded > MAX_DECODED) {
      throw new PhotoException("it is " + width + " by " + height + " pixels, of which " + millions(decoded)
          + " million would have to be decoded at once, more than the " + millions(MAX_DECODED) + " million allowed;"
          + " save it smaller, or cut it into parts");
    }
  }

  private static String millions(long pixels) {
    return String.format(Locale.ROOT, pixels >= 10_000_000 ? "%.0f" : "%.1f", pixels / 1e6);
  }
}
