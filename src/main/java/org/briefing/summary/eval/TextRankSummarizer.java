package org.briefing.summary.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Sentence;
import org.briefing.summary.SentenceGraph;
import org.briefing.summary.SentenceSplitter;
import org.briefing.summary.Summarizer;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.Terms;
import org.briefing.summary.Words;

/**
 * The TextRank baseline (Mihalcea and Tarau, 2004): sentences are nodes, edges weigh the content
 * words two sentences share over the sum of the logs of their lengths, and weighted PageRank ranks
 * them. The top sentences that fit the budget are returned in article order.
 */
public final class TextRankSummarizer implements Summarizer {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Terms terms = new Terms();

  @Override
  public List<String> summarize(ArticleText article, SummaryBudget budget) {
    List<Sentence> sentences = splitter.sentences(article);
    double[] rank = rank(sentences);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> -rank[i]).thenComparingInt(i -> i));
    List<Integer> chosen = new ArrayList<>();
    int words = 0;
    for (int i : order) {
      if (chosen.size() == budget.sentences()) {
        break;
      }
      int count = Words.count(sentences.get(i).text());
      if (words + count <= budget.maxWords()) {
        chosen.add(i);
        words += count;
      }
    }
    chosen.sort(Comparator.naturalOrder());
    return chosen.stream().map(i -> sentences.get(i).text()).toList();
  }

  double[] rank(List<Sentence> sentences) {
    List<Set<String>> content = new ArrayList<>();
    int[] lengths = new int[sentences.size()];
    for (Sentence s : sentences) {
      List<String> tokens = terms.tokens(s.text());
      lengths[content.size()] = tokens.size();
      Set<String> words = new HashSet<>();
      for (String t : tokens) {
        if (!terms.isStopword(t)) {
          words.add(t);
        }
      }
      content.add(words);
    }
    return SentenceGraph.rank(content, lengths);
  }
}
