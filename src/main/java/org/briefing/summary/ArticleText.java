package org.briefing.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one article as a summarizer sees it: the headline, the standfirst and the body
 * paragraphs as plain text, without headings; the splitter leaves out a dateline that opens the
 * first paragraph.
 */
public record ArticleText(String title, String standfirst, List<String> paragraphs, java.util.Set<Integer> breaks) {
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
    return !text.isEmpty() && !org.briefing.markdown.Bylines.isByline(text) && !TRAILER.matcher(text).matches() && !Quotations.isOneQuotation(text);
  }
}
