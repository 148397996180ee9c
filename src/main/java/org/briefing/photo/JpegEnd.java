package org.briefing.photo;

/**
 * Where a JPEG's picture ends: just after the end-of-image marker that follows its last scan. What
 * comes after it (a phone's motion-photo video, a second picture with EXIF of its own) is no part of
 * the picture. The end is found by walking the segments and the scans' entropy-coded data: a
 * thumbnail inside a header segment has an end-of-image marker of its own, so the first FF D9 of
 * the file may not be the picture's.
 */
final class JpegEnd {
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;

  private JpegEnd() {}

  /** The length of the picture in {@code jpeg}, which starts with its SOI marker; -1 when it has no end (a file cut short). */
  static int of(byte[] jpeg) {
    int at = 2;
    while (at + 1 < jpeg.length) {
      if ((jpeg[at] & 0xFF) != 0xFF) {
        at++; // a stray byte between segments, which decoders skip
        continue;
      }
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == EOI) {
        return at + 2;
      }
      if (marker == 0xFF) {
        at++; // a fill byte before a marker
      } else if (marker == 0x00 || marker == 0x01 || isRestart(marker)) {
        at += 2; // markers without a length
      } else {
        if (at + 4 > jpeg.length) {
          return -1;
        }
        int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
        at += 2 + length;
        if (marker == SOS) {
          at = endOfScan(jpeg, at);
        }
      }
    }
    return -1;
  }

  /** Where the entropy-coded data from {@code at} ends: at the first marker that is not a stuffed zero or a restart. */
  static int endOfScan(byte[] jpeg, int at) {
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
}
