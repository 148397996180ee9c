package org.briefing.problem;

/**
 * Whether a text shows anything: a credit or a source's name made of no-break spaces, zero-width
 * characters or blank fillers strips to something not empty, yet a reader sees nothing (a page
 * saying "Photo: " and no name). Required attribution counts as missing then, as a blank one does.
 */
public final class VisibleText {
  private VisibleText() {}

  /** Whether {@code text} has at least one character that is drawn as something. */
  public static boolean has(String text) {
    return text != null && text.codePoints().anyMatch(VisibleText::visible);
  }

  /** {@code text}, or "" when it shows nothing. */
  public static String orEmpty(String text) {
    return has(text) ? text : "";
  }

  private static boolean visible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
      // letters and symbols drawn as blanks: Hangul fillers, the braille blank, the combining grapheme joiner
      default -> c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800 && c != 0x034F;
    };
  }
}
