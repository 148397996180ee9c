package org.briefing.summary;

import java.util.List;

/**
 * The text of one article as a summarizer sees it: the headline, the standfirst and the body
 * paragraphs as plain text, without headings; the splitter leaves out a dateline that opens the
 * first paragraph.
 */
public record ArticleText(String title, String standfirst, List<String> paragraphs) {
  public ArticleText {
    title = title == null ? "" : title;
    standfirst = standfirst == null ? "" : standfirst;
    paragraphs = List.copyOf(paragraphs);
  }
}
