package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Breaks text into lower-case word tokens and tells function words from content words. Letters
 * and digits form tokens; Han and kana characters, written without spaces, are one token each.
 */
public final class Terms {

  /** English function words: pronouns, articles, auxiliaries, prepositions and conjunctions. */
  private static final Set<String> STOPWORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
      "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
      "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
      "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
      "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off",
      "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
      "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours",
      "yourself", "yourselves", "may", "also", "d", "ll", "m", "re", "s", "t", "ve");

  private static final int LONGEST_STOPWORD = STOPWORDS.stream().mapToInt(String::length).max().orElse(0);

  /** The lower-case tokens of {@code text}, in order, stop words included. */
  public List<String> tokens(String string) {
    // read from a copied array: much cheaper than String.codePointAt for code not yet compiled
    char[] text = string.toCharArray();
    List<String> out = new ArrayList<>();
    int n = text.length;
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (c < 128 && !isAsciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      int cp = Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
      int width = Character.charCount(cp);
      if (isIdeograph(cp)) {
        out.add(new String(text, i, width));
        i += width;
      } else if (Character.isLetterOrDigit(cp)) {
        int start = i;
        i += width;
        while (i < n) {
          char d = text[i];
          if (d < 128) {
            if (!isAsciiLetterOrDigit(d)) {
              break;
            }
            i++;
            continue;
          }
          int next = Character.isHighSurrogate(d) ? Character.codePointAt(text, i) : d;
          if (!Character.isLetterOrDigit(next) && Character.getType(next) != Character.NON_SPACING_MARK
              || isIdeograph(next)) {
            break;
          }
          i += Character.charCount(next);
        }
        out.add(lowerCase(text, start, i));
      } else {
        i += width;
      }
    }
    return out;
  }

  /** Whether {@code token} is a function word that says little about a story's subject. */
  public boolean isStopword(String token) {
    return STOPWORDS.contains(token);
  }

  /** Whether {@code token} counts when comparing sentences: not a stop word, not one letter. */
  public boolean isContent(String token) {
    int length = token.length();
    return length > 1 && (length > LONGEST_STOPWORD || !STOPWORDS.contains(token)) || isIdeograph(token.codePointAt(0));
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static String lowerCase(char[] text, int start, int end) {
    String token = new String(text, start, end - start);
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (c >= 'A' && c <= 'Z' || c > 127) {
        return token.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return token;
  }

  private static boolean isIdeograph(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
