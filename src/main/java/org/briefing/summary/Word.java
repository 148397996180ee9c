package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One word of a sentence as the speaker and referent rules read it: its case, and whether it
 * stands inside a quotation ({@link Quotations}), right after punctuation, or with a possessive "'s".
 */
record Word(String text, String lower, boolean capitalised, boolean acronym, boolean quoted, boolean afterPunctuation,
    boolean possessive, Set<Lexicon.Kind> kinds) {

  /** Whether the word is on the word list {@code kind}. */
  boolean is(Lexicon.Kind kind) {
    return kinds.contains(kind);
  }

  /** The words of a sentence, in order. */
  static List<Word> of(String string) {
    return of(string, Quotations.of(string));
  }

  /** The words of a sentence whose quotations ({@link Quotations#of}) are {@code quotations}. */
  static List<Word> of(String string, List<Quotations.Span> quotations) {
    // read from a copied array: much cheaper than String.charAt for code not yet compiled
    char[] text = string.toCharArray();
    List<Word> out = new ArrayList<>();
    int q = 0;
    boolean punctuation = false;
    int i = 0;
    int n = text.length;
    while (i < n) {
      char c = text[i];
      if (!isLetterOrDigit(c)) {
        punctuation |= !Words.isWhitespace(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isLetterOrDigit(text[i]) || text[i] == '-')) {
        i++;
      }
      String word = new String(text, start, i - start);
      boolean upperFirst = Character.isUpperCase(text[start]);
      boolean acronym = i - start > 1 && lettersAllUpperCase(text, start, i);
      boolean capitalised = upperFirst && !acronym && hasLowerCase(text, start, i);
      int end = i;
      if (i < n && (text[i] == '\'' || text[i] == '’')) {
        i++; // a possessive or contraction ("NATO’s", "don't") belongs to the word, not a quote
        while (i < n && Character.isLetter(text[i])) {
          i++;
        }
      }
      boolean possessive = i == end + 2 && (text[end + 1] == 's' || text[end + 1] == 'S');
      while (q < quotations.size() && quotations.get(q).end() <= start) {
        q++;
      }
      boolean quoted = q < quotations.size() && quotations.get(q).contains(start);
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

  private static boolean lettersAllUpperCase(char[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLowerCase(char[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLowerCase(text[k])) {
        return true;
      }
    }
    return false;
  }
}
