package org.briefing.summary.eval;

import org.briefing.summary.ArticleText;

/** One evaluation item: an article and the reference summary it is scored against. */
public record ReferencePair(String name, ArticleText article, String reference) {}
