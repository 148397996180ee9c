package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.markdown.SentenceMarks;

/**
 * Splits a paragraph into sentences. It knows common abbreviations, initials, decimals and
 * money, ellipses, closing quotes and brackets after a full stop, list items on their own lines,
 * and the terminators of other scripts; it never breaks inside a word, nor inside a quotation
 * that closes later in the paragraph or is never closed there.
 */
public final class SentenceSplitter {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");


  /** Abbreviations that are always followed by more of the same sentence (titles before names). */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpl", "maj",
      "adm", "cmdr", "brig", "rev", "hon", "gov", "sen", "rep", "pres", "supt", "insp", "det",
      "fr", "mt", "e.g", "i.e", "cf", "viz");

  /** Abbreviations that end a sentence only when the next word clearly starts a new one. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "inc", "ltd", "co", "corp", "plc", "bros", "etc", "al", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
      "thurs", "fri", "sat", "sun", "no", "nos", "op", "st", "sr", "jr", "ave", "blvd", "rd",
      "ft", "dept", "est", "approx", "fig", "figs", "vol", "ch", "art", "sec", "para", "p", "pp",
      "v", "vs", "ca", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");

  /** Words that, capitalised after an ambiguous abbreviation, show that a new sentence began. */
  private static final Set<String> STARTERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
      "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when",
      "while", "after", "before", "as", "his", "her", "its", "their", "our", "my", "mr", "mrs",
      "ms", "dr", "however", "meanwhile", "last", "earlier", "later", "some", "many", "most",
      "one", "two", "three", "what", "why", "how", "who", "where", "not", "no", "all", "both");

  /**
   * The sentences of an article's body paragraphs, numbered through the whole body, each with the
   * number of its paragraph among the article's; the dateline that opens the story ({@code LONDON
   * (Reuters) -}, see {@link Dateline}) is not part of its first sentence, and a first paragraph
   * that is only a dateline has none.
   */
  public List<Sentence> sentences(ArticleText article) {
    List<Sentence> out = new ArrayList<>();
    for (int paragraph = 0; paragraph < article.paragraphs().size(); paragraph++) {
      String text = article.paragraphs().get(paragraph);
      if (out.isEmpty() && text != null) {
        text = text.strip();
        // a dateline alone on its line ("MARROWBY, England (Reuters) —") is read as if the story went on after it
        text = Dateline.length(text + " .") > text.length() ? "" : text.substring(Dateline.length(text));
      }
      List<String> split = split(text);
      for (int k = 0; k < split.size(); k++) {
        out.add(new Sentence(out.size(), paragraph, k, split.get(k)));
      }
    }
    return out;
  }

  /**
   * The sentences of {@code text}, stripped, in order; line breaks inside a paragraph are
   * ordinary spaces except before a list item, which always starts a new sentence.
   */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String block : listItems(text)) {
      splitBlock(block, out);
    }
    return out;
  }

  private static List<String> listItems(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : LINE_BREAK.split(text)) {
      String stripped = line.strip();
      int marker = listMarkerLength(stripped);
      if (stripped.isEmpty() || marker > 0) {
        flush(current, blocks);
        stripped = stripped.substring(marker).strip();
      }
      if (!stripped.isEmpty()) {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(stripped);
      }
    }
    flush(current, blocks);
    return blocks;
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }

  /** The length of a leading list marker such as "- ", "* ", "• ", "1. " or "2) ", else 0. */
  static int listMarkerLength(String line) {
    if (line.length() >= 2 && "-*•–·".indexOf(line.charAt(0)) >= 0
        && Character.isWhitespace(line.charAt(1))) {
      return 2;
    }
    int i = 0;
    while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    if (i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
        && Character.isWhitespace(line.charAt(i + 1))) {
      return i + 2;
    }
    return 0;
  }

  private static void splitBlock(String s, List<String> out) {
    int start = 0;
    int n = s.length();
    int i = 0;
    // a quotation of several sentences stays one sentence with its speaker ("“… . …,” said Smith."),
    // so that no part of it can be taken without the rest or put after another speaker
    List<Quotations.Span> quotations = Quotations.of(s);
    int q = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && (isTerminator(s.charAt(end)) || s.charAt(end) == '.')) {
        end++;
      }
      while (end < n && isCloser(s.charAt(end))) {
        end++;
      }
      while (q < quotations.size() && quotations.get(q).end() <= end) {
        q++;
      }
      boolean inQuotation = q < quotations.size() && quotations.get(q).contains(end);
      if (!inQuotation && isBreak(s, start, i, end, c)) {
        add(s.substring(start, end), out);
        start = end;
      }
      i = end;
    }
    add(s.substring(start), out);
  }

  private static boolean isBreak(String s, int start, int at, int end, char terminator) {
    if (isWideTerminator(terminator)) {
      return true;
    }
    int n = s.length();
    if (end < n && !Character.isWhitespace(s.charAt(end))) {
      return false; // 3.5, $1.2bn, example.com, Yahoo!Mail: never inside a word
    }
    int next = end;
    while (next < n && Character.isWhitespace(s.charAt(next))) {
      next++;
    }
    if (next == n) {
      return true;
    }
    int first = s.codePointAt(next);
    if (Character.isLowerCase(first)) {
      return false; // "e.g. the", "... and then", "\"Why?\" he asked"
    }
    if (terminator != '.' || end - at > 1 && s.charAt(at + 1) == '.') {
      return true; // ?, !, ؟ and ellipses before a capital
    }
    String word = wordBefore(s, start, at);
    String key = word.toLowerCase(Locale.ROOT);
    if (TITLES.contains(key)) {
      return false;
    }
    if (word.chars().allMatch(Character::isDigit) && s.substring(start, at).strip().equals(word)) {
      return false; // a list number at the start: "1. First point"
    }
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    boolean acronym = isDottedAcronym(word);
    if (AMBIGUOUS.contains(key) || initial || acronym) {
      return startsSentence(s, next);
    }
    return true;
  }

  /** The word that ends at the full stop, without leading brackets or quotes. */
  private static String wordBefore(String s, int start, int at) {
    int b = at;
    while (b > start && !Character.isWhitespace(s.charAt(b - 1)) && "([\"'“‘".indexOf(s.charAt(b - 1)) < 0) {
      b--;
    }
    return s.substring(b, at);
  }

  private static boolean isDottedAcronym(String word) {
    if (word.length() < 3 || word.indexOf('.') < 0) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char ch = word.charAt(k);
      boolean letterSlot = k % 2 == 0;
      if (letterSlot ? !Character.isLetter(ch) : ch != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsSentence(String s, int next) {
    int e = next;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    if (e == next) {
      return !Character.isDigit(s.charAt(next)); // a quote or bracket opens a new sentence
    }
    return STARTERS.contains(s.substring(next, e).toLowerCase(Locale.ROOT));
  }

  private static void add(String sentence, List<String> out) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      out.add(stripped);
    }
  }

  private static boolean isTerminator(char c) {
    return SentenceMarks.isTerminator(c);
  }

  private static boolean isWideTerminator(char c) {
    return SentenceMarks.isWideTerminator(c);
  }

  private static boolean isCloser(char c) {
    return SentenceMarks.isCloser(c);
  }
}
