package org.briefing.summary;

/** Counts words the way a reader does for a word budget: runs of non-space characters. */
public final class Words {
  private Words() {}

  /** The number of whitespace-separated words in {@code text}. */
  public static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** {@link Character#isWhitespace}, with ASCII told apart without its table. */
  static boolean isWhitespace(char c) {
    return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : Character.isWhitespace(c);
  }
}
