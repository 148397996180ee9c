package org.briefing.links;

import java.nio.charset.StandardCharsets;

/**
 * A path of the site as it is written in an address: each segment percent-encoded (RFC 3986), so
 * that a file named {@code my photo.jpg} or {@code 50%41.jpg} is asked for by its own name, and a
 * {@code srcset}, whose entries are split at spaces and commas, keeps each address whole.
 */
public final class PathEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathEncoding() {}

  /** {@code path} with every byte but letters, digits, {@code - . _ ~} and the {@code /} between segments percent-encoded. */
  public static String encoded(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** The path an address names: {@code path} with its percent-escapes decoded (UTF-8, '+' kept); null when one is malformed. */
  public static String decoded(String path) {
    try {
      return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
