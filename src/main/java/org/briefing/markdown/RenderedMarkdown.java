package org.briefing.markdown;

import java.util.List;

/**
 * What the Markdown renderer makes of a body: its HTML, the plain text of its prose paragraphs
 * (for summaries and word counts), the plain text before a {@code <!-- more -->} line, if any,
 * and the links it had that were refused and left out.
 */
public record RenderedMarkdown(String html, List<String> paragraphs, String teaser, int words, List<RefusedLink> refusedLinks) {
  public RenderedMarkdown {
    paragraphs = List.copyOf(paragraphs);
    refusedLinks = List.copyOf(refusedLinks);
  }

  public boolean hasTeaser() {
    return teaser != null && !teaser.isBlank();
  }
}
