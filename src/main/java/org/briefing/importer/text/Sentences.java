package org.briefing.importer.text;

import java.util.regex.Pattern;

/** Small facts about the punctuation of a line of text. */
final class Sentences {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]»]*(?=\\s+[\"“‘'(\\[«]?[\\p{Lu}\\p{N}]|$)");
  private static final String CLOSERS = "\"”’')]»";

  private Sentences() {}

  /** Whether the line ends like a sentence or clause (. ! ? … : ; ,), looking past closing quotes and brackets. */
  static boolean endsSentence(String text) {
    char last = lastSignificant(text);
    return ".!?…:;,".indexOf(last) >= 0;
  }

  /** Whether the line ends with a closing quote or bracket, or with sentence punctuation. */
  static boolean endsWithPunctuation(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?…:;,".indexOf(last) >= 0 || CLOSERS.indexOf(last) >= 0;
  }

  static int count(String text) {
    var m = SENTENCE_END.matcher(text.strip());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return Math.max(n, 1);
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static char lastSignificant(String text) {
    String t = text.strip();
    int i = t.length() - 1;
    while (i > 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i < 0 ? ' ' : t.charAt(i);
  }
}
