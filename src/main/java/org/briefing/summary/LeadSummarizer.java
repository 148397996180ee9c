package org.briefing.summary;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The baseline: the article's first sentences, as many as fit the budget. */
public final class LeadSummarizer implements Summarizer {

  @Override
  public List<String> summarize(ArticleText article, SummaryBudget budget) {
    List<String> chosen = new ArrayList<>();
    int words = 0;
    for (String paragraph : article.paragraphs()) {
      for (String sentence : sentences(paragraph)) {
        int count = sentence.split("\\s+").length;
        if (chosen.size() == budget.sentences() || (!chosen.isEmpty() && words + count > budget.maxWords())) {
          return chosen;
        }
        chosen.add(sentence);
        words += count;
      }
    }
    return chosen;
  }

  static List<String> sentences(String paragraph) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(paragraph);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = paragraph.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
