package org.briefing.photo;

/** Reads the orientation tag of an EXIF block, and writes an EXIF segment that holds it and nothing else. */
final class ExifOrientation {
  private ExifOrientation() {}

  /** The orientation (1 to 8) in the TIFF structure of {@code length} bytes at {@code start}; 1 when there is none. */
  static int of(byte[] b, int start, int length) {
    if (length < 14) {
      return 1;
    }
    boolean little = b[start] == 'I';
    int ifd = (int) read(b, start + 4, 4, little);
    if (ifd < 8 || ifd + 2 > length) {
      return 1;
    }
    int count = (int) read(b, start + ifd, 2, little);
    for (int i = 0; i < count; i++) {
      int entry = start + ifd + 2 + i * 12;
      if (entry + 12 > start + length) {
        return 1;
      }
      if (read(b, entry, 2, little) == 0x0112) {
        int value = (int) read(b, entry + 8, 2, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static long read(byte[] b, int at, int n, boolean little) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      int shift = little ? 8 * i : 8 * (n - 1 - i);
      v |= (long) (b[at + i] & 0xFF) << shift;
    }
    return v;
  }

  /** An APP1 segment with a big-endian TIFF of one directory holding the orientation alone. */
  static byte[] segment(int orientation) {
    return new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
        'M', 'M', 0, 42, 0, 0, 0, 8,
        0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
        0, 0, 0, 0};
  }
}
