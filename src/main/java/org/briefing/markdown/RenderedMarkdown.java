package org.briefing.markdown;

import java.util.List;

/**
 * What the Markdown renderer makes of a body: its HTML, the plain text of its prose paragraphs
 * (for summaries and word counts), the plain text of its other blocks (headings, quotations,
 * table cells, footnotes, blocks of HTML: {@code asides}, which search reads too), the plain text before a
 * {@code <!-- more -->} line, if any, the links it had that were refused and left out, the
 * images it publishes, with their credits, and its links and images to addresses with no scheme
 * (the site's own), each at its line.
 */
public record RenderedMarkdown(String html, List<String> paragraphs, List<String> asides, String teaser, int words,
    List<RefusedLink> refusedLinks, List<TextImage> images, List<WrittenLink> links) {
  public RenderedMarkdown {
    paragraphs = List.copyOf(paragraphs);
    asides = List.copyOf(asides);
    refusedLinks = List.copyOf(refusedLinks);
    images = List.copyOf(images);
    links = List.copyOf(links);
  }

  public boolean hasTeaser() {
    return teaser != null && !teaser.isBlank();
  }
}
