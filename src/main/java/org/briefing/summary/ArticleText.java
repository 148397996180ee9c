package org.briefing.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one article as a summarizer sees it: the headline, the standfirst and the body
 * paragraphs as plain text, without headings; the splitter leaves out a dateline that opens the
 * first paragraph.
 */
public record ArticleText(String title, String standfirst, List<String> paragraphs, java.util.Set<Integer> breaks) {
  /**
   * A byline: "By" and a capitalised name, then at most a place, an agency or a date ("By Ana Diaz in
   * Paris", "By Ana Diaz, BBC News", "By Ana Diaz (Reuters)", "By Anna van der Berg"), in a line of
   * at most twelve words that ends with no full stop and has no lower-case word but these.
   */
  private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+\\p{Lu}.*");
  /** Words in lower case a byline may have: particles of names, and a role, a date or a time ("Political correspondent", "on 5 May"). */
  private static final java.util.Set<String> BYLINE_WORDS = java.util.Set.of("and", "in", "of", "the", "at", "for", "van", "der", "den",
      "de", "du", "da", "di", "von", "la", "le", "al", "bin", "y", "e", "on", "updated", "published", "posted", "correspondent", "editor",
      "reporter", "writer", "staff", "columnist", "contributor", "journalist", "photographer", "desk", "team", "bureau", "chief",
      "senior", "deputy", "political", "economics", "business", "sports", "foreign", "news", "am", "pm");
  /** An initial or a title with its full stop, which a byline may have ("A. J. Finch", "Dr. Ana Diaz"). */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}{0,3}\\.|(?:\\p{L}{1,2}\\.){2,3}");
  /** An agency's trailer of who wrote and edited the copy: "(Reporting by …; Editing by …)". */
  private static final Pattern TRAILER = Pattern.compile(
      "(?i)\\(\\s*((additional\\s+)?reporting|writing|editing|compiled|translated|research)\\b[^()]*\\bby\\b[^()]*\\)\\.?");

  public ArticleText {
    title = title == null ? "" : title;
    standfirst = standfirst == null ? "" : standfirst;
    paragraphs = List.copyOf(paragraphs);
    breaks = java.util.Set.copyOf(breaks);
  }

  /** An article with no caption between its paragraphs. */
  public ArticleText(String title, String standfirst, List<String> paragraphs) {
    this(title, standfirst, paragraphs, java.util.Set.of());
  }

  /**
   * Whether a caption stood right before paragraph {@code i} ({@code breaks}): its first sentence
   * does not go on from the paragraph before the caption.
   */
  public boolean afterBreak(int i) {
    return breaks.contains(i);
  }

  /**
   * The article of the prose {@code paragraphs} of a story's body: a byline ("By Ana Diaz"), an
   * agency's trailer ("(Reporting by …)") and a paragraph that is one quotation (a pull quote,
   * which repeats words said elsewhere in the story) are no prose, and are left out.
   */
  public static ArticleText ofBody(String title, String standfirst, List<String> paragraphs) {
    List<String> prose = new java.util.ArrayList<>();
    java.util.Set<Integer> breaks = new java.util.HashSet<>();
    for (String paragraph : paragraphs) {
      if (paragraph.isEmpty()) {
        breaks.add(prose.size()); // the mark a caption left (MarkdownRenderer.BREAK): the next paragraph follows it
      } else if (isProse(paragraph)) {
        prose.add(paragraph);
      }
    }
    return new ArticleText(title, standfirst, prose, breaks);
  }

  static boolean isProse(String paragraph) {
    String text = paragraph.strip();
    return !text.isEmpty() && !isByline(text) && !TRAILER.matcher(text).matches() && !Quotations.isOneQuotation(text);
  }

  private static boolean isByline(String text) {
    if (!BYLINE.matcher(text).matches()) {
      return false;
    }
    String[] words = text.split("[\\s,|()\u2022\u00b7]+");
    if (words.length > 13) {
      return false;
    }
    // no full stop at the end but that of an abbreviation ("Washington, D.C."): "By Friday, the strike was over."
    String last = words[words.length - 1];
    if (text.endsWith("!") || text.endsWith("?") || text.endsWith(".") && !INITIAL.matcher(last).matches()) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      String word = words[k];
      if (word.isEmpty() || word.contains("@") || Character.isDigit(word.codePointAt(0))) {
        continue; // an e-mail address, a date or a time
      }
      if (INITIAL.matcher(word).matches()) {
        continue; // "J.", "Dr.", "a.m.", "U.S."
      }
      if (word.indexOf('!') >= 0 || word.indexOf('?') >= 0 || word.indexOf('.') >= 0) {
        return false;
      }
      if (Character.isLowerCase(word.codePointAt(0)) && !BYLINE_WORDS.contains(word) && !word.startsWith("d'")
          && !word.startsWith("d’") && !word.startsWith("al-")) {
        return false;
      }
    }
    return true;
  }
}
