package org.briefing.problem;

import java.nio.charset.StandardCharsets;

/**
 * Whether a file's bytes hold a signature at a place: the magic number its format starts with
 * ({@code GIF89a}, {@code %PDF}, a byte-order mark) or the name of a segment ({@code Exif\0}). It is
 * here, before every reader of file headers in the pipeline, so that the text files' and the
 * photos' readers compare bytes one way.
 */
public final class FileSignature {
  private FileSignature() {}

  /** Whether {@code bytes} start with the bytes {@code signature} (each 0 to 255). */
  public static boolean startsWith(byte[] bytes, int... signature) {
    return at(bytes, 0, signature);
  }

  /** Whether {@code bytes} hold the characters of {@code signature} (ASCII, or a byte written {@code \0}) from {@code offset}. */
  public static boolean at(byte[] bytes, int offset, String signature) {
    byte[] expected = signature.getBytes(StandardCharsets.ISO_8859_1);
    int[] values = new int[expected.length];
    for (int i = 0; i < expected.length; i++) {
      values[i] = expected[i] & 0xFF;
    }
    return at(bytes, offset, values);
  }

  /** Whether {@code bytes} hold the bytes {@code signature} (each 0 to 255) from {@code offset}; false when they end before. */
  public static boolean at(byte[] bytes, int offset, int... signature) {
    if (offset < 0 || offset > bytes.length - signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
