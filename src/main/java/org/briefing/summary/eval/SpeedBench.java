package org.briefing.summary.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Summarizer;
import org.briefing.summary.SummaryBudget;

/**
 * Measures summarizing speed on the calling thread: warm-up passes over the articles first (so
 * the JIT has compiled the hot code), then timed passes, each timed both by the wall clock and by
 * the CPU time of this thread (which other busy processes on a shared machine do not inflate).
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

  /** The speeds of the timed passes, in articles per second. */
  public record Result(List<Double> wallClock, List<Double> cpu) {}

  /** Runs the warm-up and timed passes over {@code articles}. */
  public Result run(Summarizer summarizer, List<ArticleText> articles, SummaryBudget budget) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    long sink = 0;
    for (int pass = 0; pass < warmUpPasses; pass++) {
      sink += pass(summarizer, articles, budget);
    }
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int pass = 0; pass < timedPasses; pass++) {
      long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      sink += pass(summarizer, articles, budget);
      long wallNanos = System.nanoTime() - start;
      wall.add(articles.size() / (wallNanos / 1e9));
      if (cpuTimed) {
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        cpu.add(articles.size() / (Math.max(1, cpuNanos) / 1e9));
      }
    }
    if (sink == Long.MIN_VALUE) {
      wall.add(0.0); // keeps the summaries observable so the JIT cannot drop the work
    }
    return new Result(List.copyOf(wall), List.copyOf(cpu));
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
