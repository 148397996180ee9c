package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;

/** The baseline: the article's first sentences, as many as fit the budget. */
public final class LeadSummarizer implements Summarizer {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public List<String> summarize(ArticleText article, SummaryBudget budget) {
    List<String> chosen = new ArrayList<>();
    int words = 0;
    for (Sentence sentence : splitter.sentences(article)) {
      int count = Words.count(sentence.text());
      if (chosen.size() == budget.sentences() || !chosen.isEmpty() && words + count > budget.maxWords()) {
        break;
      }
      chosen.add(sentence.text());
      words += count;
    }
    return chosen;
  }
}
