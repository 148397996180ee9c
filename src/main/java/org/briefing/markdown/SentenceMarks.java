package org.briefing.markdown;

/**
 * The marks that end a sentence, in every script the summarizer reads, and the closing quotes and
 * brackets that may follow them: one definition for the sentence splitter ({@code
 * summary/SentenceSplitter}) and for the rules that tell a subheading from a sentence in emphasis
 * ({@link Prose#isSubheading}).
 */
public final class SentenceMarks {
  private SentenceMarks() {}

  /** A mark that ends a sentence: ". ! ? …", the Arabic and Urdu "؟ ۔", the Devanagari "।", and the full-width ones. */
  public static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔' || c == '।' || isWideTerminator(c);
  }

  /** A full-width mark that ends a sentence in a script without spaces: "。！？". */
  public static boolean isWideTerminator(char c) {
    return c == '。' || c == '！' || c == '？';
  }

  /** A question mark, in any of the scripts: "? ？ ؟". */
  public static boolean isQuestionMark(char c) {
    return c == '?' || c == '？' || c == '؟';
  }

  /** A closing quote or bracket, which may follow the mark that ends a sentence. */
  public static boolean isCloser(char c) {
    return "\"'”’»)]}」』）】".indexOf(c) >= 0;
  }
}
