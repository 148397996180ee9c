package org.briefing.summary;

import java.util.Collection;

/** Chooses the summarizer a site build uses. */
public final class Summarizers {
  private Summarizers() {}

  /**
   * The summarizer for a site whose articles are {@code corpus}; the corpus lets an
   * implementation weigh terms against the whole site.
   */
  public static Summarizer forSite(Collection<ArticleText> corpus) {
    return new LeadSummarizer();
  }
}
