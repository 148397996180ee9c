package org.briefing.summary;

import java.util.List;

/**
 * Picks the sentences that summarise an article. Implementations are deterministic and
 * thread-safe: the build calls one instance from several threads.
 */
public interface Summarizer {

  /** The chosen sentences, in article order, within the budget; empty for an empty article. */
  List<String> summarize(ArticleText article, SummaryBudget budget);
}
