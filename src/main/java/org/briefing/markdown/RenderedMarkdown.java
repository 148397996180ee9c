package org.briefing.markdown;

import java.util.List;

/**
 * What the Markdown renderer makes of a body: its HTML, the plain text of its prose paragraphs
 * (for summaries and word counts), and the plain text before a {@code <!-- more -->} line, if any.
 */
public record RenderedMarkdown(String html, List<String> paragraphs, String teaser, int words) {
  public RenderedMarkdown {
    paragraphs = List.copyOf(paragraphs);
  }

  public boolean hasTeaser() {
    return teaser != null && !teaser.isBlank();
  }
}
