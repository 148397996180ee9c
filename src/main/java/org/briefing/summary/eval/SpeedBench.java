package org.briefing.summary.eval;

import java.util.ArrayList;
import java.util.List;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Summarizer;
import org.briefing.summary.SummaryBudget;

/**
 * Measures summarizing speed on the calling thread: warm-up passes over the articles first (so
 * the JIT has compiled the hot code), then timed passes; the result is the median of the timed
 * passes in articles per second.
 */
public final class SpeedBench {
  private final int warmUpPasses;
  private final int timedPasses;

  public SpeedBench(int warmUpPasses, int timedPasses) {
    if (timedPasses < 1) {
      throw new IllegalArgumentException("need at least one timed pass, got " + timedPasses);
    }
    this.warmUpPasses = warmUpPasses;
    this.timedPasses = timedPasses;
  }

  /** Articles per second of every timed pass, in the order run. */
  public List<Double> run(Summarizer summarizer, List<ArticleText> articles, SummaryBudget budget) {
    long sink = 0;
    for (int pass = 0; pass < warmUpPasses; pass++) {
      sink += pass(summarizer, articles, budget);
    }
    List<Double> speeds = new ArrayList<>();
    for (int pass = 0; pass < timedPasses; pass++) {
      long start = System.nanoTime();
      sink += pass(summarizer, articles, budget);
      double seconds = (System.nanoTime() - start) / 1e9;
      speeds.add(articles.size() / seconds);
    }
    if (sink == Long.MIN_VALUE) {
      speeds.add(0.0); // keeps the summaries observable so the JIT cannot drop the work
    }
    return speeds;
  }

  /** The median of {@code values}. */
  public static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long pass(Summarizer summarizer, List<ArticleText> articles, SummaryBudget budget) {
    long total = 0;
    for (ArticleText article : articles) {
      for (String sentence : summarizer.summarize(article, budget)) {
        total += sentence.length();
      }
    }
    return total;
  }
}
