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
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp < 128) {
        if (!isAsciiLetterOrDigit(cp)) {
          i++;
          continue;
        }
      }
      if (isIdeograph(cp)) {
        out.add(text.substring(i, i + width));
        i += width;
      } else if (Character.isLetterOrDigit(cp)) {
        int start = i;
        i += width;
        while (i < n) {
          int next = text.codePointAt(i);
          if (next < 128) {
            if (!isAsciiLetterOrDigit(next)) {
              break;
            }
            i++;
            continue;
          }
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

  private static String lowerCase(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z' || c > 127) {
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
      }
    }
    return text.substring(start, end);
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
