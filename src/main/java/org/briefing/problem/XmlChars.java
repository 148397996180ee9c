package org.briefing.problem;

/**
 * The characters XML 1.0 cannot carry: control characters other than tab and line breaks,
 * U+FFFE, U+FFFF and halves of a surrogate pair without the other half. A feed or sitemap with
 * one of them is not well-formed, so feed readers refuse it whole. DEL and the C1 controls
 * (U+007F to U+009F) are refused with them: XML allows them but discourages them, HTML forbids
 * them, and no reader sees anything but a box or nothing where one stands.
 */
public final class XmlChars {
  private XmlChars() {}

  /** The index of the first character XML cannot carry, or -1. */
  public static int firstForbidden(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c > 0x9F && c < 0xD800) {
        continue;
      }
      if (isForbidden(text, i)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return -1;
  }

  private static boolean isForbidden(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
  }

  /** {@code text} without the characters XML cannot carry. */
  public static String strip(String text) {
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isForbidden(text, i)) {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i));
        }
      }
    }
    return out.toString();
  }

  /** "U+001B", the way a character is named in a message. */
  public static String name(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }

  /** The 0-based line of {@code index} in {@code text}. */
  public static int lineOf(CharSequence text, int index) {
    int line = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
