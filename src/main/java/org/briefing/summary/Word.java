package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One word of a sentence as the speaker and referent rules read it: its case, and whether it
 * stands inside double quotation marks, right after punctuation, or with a possessive "'s".
 */
record Word(String text, String lower, boolean capitalised, boolean acronym, boolean quoted, boolean afterPunctuation,
    boolean possessive, Set<Lexicon.Kind> kinds) {

  /** Whether the word is on the word list {@code kind}. */
  boolean is(Lexicon.Kind kind) {
    return kinds.contains(kind);
  }

  /** The words of a sentence, in order. */
  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    boolean quoted = false;
    boolean punctuation = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        quoted = true;
      } else if (c == '”' || c == '»') {
        quoted = false;
      } else if (c == '"') {
        quoted = !quoted;
      }
      if (!isLetterOrDigit(c)) {
        punctuation |= !Words.isWhitespace(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      String word = text.substring(start, i);
      boolean upperFirst = Character.isUpperCase(word.charAt(0));
      boolean acronym = word.length() > 1 && lettersAllUpperCase(word);
      boolean capitalised = upperFirst && !acronym && hasLowerCase(word);
      int end = i;
      if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++; // a possessive or contraction ("NATO’s", "don't") belongs to the word, not a quote
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
      }
      boolean possessive = i == end + 2 && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
      String lower = word.toLowerCase(Locale.ROOT);
      out.add(new Word(word, lower, capitalised, acronym, quoted, punctuation, possessive, Lexicon.kinds(lower)));
      punctuation = false;
    }
    return out;
  }

  // loops rather than streams, and ASCII without a table: every word of every sentence of a site passes here

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  private static boolean lettersAllUpperCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLowerCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLowerCase(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
