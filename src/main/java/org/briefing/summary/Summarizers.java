package org.briefing.summary;

import java.util.Collection;

/** Chooses the summarizer a site build uses. */
public final class Summarizers {
  private Summarizers() {}

  /**
   * The summarizer for a site whose articles are {@code corpus}; the corpus lets it weigh words
   * by how rare they are across the site.
   */
  public static ExtractiveSummarizer forSite(Collection<ArticleText> corpus) {
    return ExtractiveSummarizer.forSite(corpus);
  }
}
