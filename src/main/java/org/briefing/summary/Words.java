package org.briefing.summary;

/** Counts words the way a reader does for a word budget: runs of non-space characters. */
public final class Words {
  private Words() {}

  /** The number of whitespace-separated words in {@code text}. */
  public static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (char c : text.toCharArray()) {
      boolean space = Character.isWhitespace(c);
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
