package org.briefing.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one article as a summarizer sees it: the headline, the standfirst and the body
 * paragraphs as plain text, without headings; the splitter leaves out a dateline that opens the
 * first paragraph.
 */
public record ArticleText(String title, String standfirst, List<String> paragraphs) {
  /** "By Ana Diaz", "BY ANA DIAZ", "By Ana Diaz and Tom Reed", "By Ana Diaz, Reuters": names in capitals, no sentence. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:By|BY|by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]*)?");
  /** An agency's trailer of who wrote and edited the copy: "(Reporting by …; Editing by …)". */
  private static final Pattern TRAILER = Pattern.compile(
      "(?i)\\(\\s*((additional\\s+)?reporting|writing|editing|compiled|translated|research)\\b[^()]*\\bby\\b[^()]*\\)\\.?");

  public ArticleText {
    title = title == null ? "" : title;
    standfirst = standfirst == null ? "" : standfirst;
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * The article of the prose {@code paragraphs} of a story's body: a byline ("By Ana Diaz"), an
   * agency's trailer ("(Reporting by …)") and a paragraph that is one quotation (a pull quote,
   * which repeats words said elsewhere in the story) are no prose, and are left out.
   */
  public static ArticleText ofBody(String title, String standfirst, List<String> paragraphs) {
    return new ArticleText(title, standfirst, paragraphs.stream().filter(ArticleText::isProse).toList());
  }

  static boolean isProse(String paragraph) {
    String text = paragraph.strip();
    return !text.isEmpty() && !BYLINE.matcher(text).matches() && !TRAILER.matcher(text).matches() && !Quotations.isOneQuotation(text);
  }
}
