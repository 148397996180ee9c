package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word of a sentence as the speaker and referent rules read it: its case, and whether it
 * stands inside double quotation marks, right after punctuation, or with a possessive "'s".
 */
record Word(String text, String lower, boolean capitalised, boolean acronym, boolean quoted, boolean afterPunctuation,
    boolean possessive) {

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
      if (!Character.isLetterOrDigit(c)) {
        punctuation |= !Character.isWhitespace(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      String word = text.substring(start, i);
      boolean upperFirst = Character.isUpperCase(word.charAt(0));
      boolean acronym = word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      boolean capitalised = upperFirst && !acronym && word.chars().anyMatch(Character::isLowerCase);
      int end = i;
      if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++; // a possessive or contraction ("NATO’s", "don't") belongs to the word, not a quote
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
      }
      boolean possessive = i == end + 2 && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
      out.add(new Word(word, word.toLowerCase(Locale.ROOT), capitalised, acronym, quoted, punctuation, possessive));
      punctuation = false;
    }
    return out;
  }
}
