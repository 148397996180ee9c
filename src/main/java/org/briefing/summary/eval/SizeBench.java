package org.briefing.summary.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.input.ArticleFiles;

/**
 * Measures how summarizing one story grows with its length, up to the size limit of the
 * summarizer's commands: time and peak heap for generated stories of varied and of repetitive
 * text. Run it with {@code java -cp target/briefing.jar org.briefing.summary.eval.SizeBench}
 * (docs/summaries.md has the figures).
 */
public final class SizeBench {
  private static final String[] SUBJECTS = {"The council", "The port authority", "Local farmers", "The ministry",
      "A group of residents", "The rail operator", "The regional court", "Hospital managers"};
  private static final String[] VERBS = {"approved", "rejected", "delayed", "questioned", "funded", "reviewed",
      "announced", "opposed"};
  private static final String[] OBJECTS = {"a plan for the harbour", "new rules on water use", "the budget for schools",
      "a bridge over the river", "repairs to the old market", "a study of traffic", "the sale of public land",
      "a fund for small firms"};
  private static final String[] TAILS = {"on Monday", "after a long debate", "for the third time", "without a vote",
      "despite protests", "before the summer", "in a short statement", "with some changes"};

  private SizeBench() {}

  public static void main(String[] args) {
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    SummaryBudget budget = SummaryBudget.DEFAULT;
    summarizer.summarize(story(64 * 1024, false), budget); // warm-up
    System.out.println("kind        size KB  sentences  seconds  peak heap MB");
    for (boolean repetitive : new boolean[] {false, true}) {
      for (long size = 64 * 1024; size <= ArticleFiles.MAX_BYTES; size *= 4) {
        measure(summarizer, budget, size, repetitive);
      }
    }
  }

  private static void measure(ExtractiveSummarizer summarizer, SummaryBudget budget, long size, boolean repetitive) {
    ArticleText story = story(size, repetitive);
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    long base = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    List<String> summary = summarizer.summarize(story, budget);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long sentences = story.paragraphs().stream().mapToLong(p -> p.chars().filter(c -> c == '.').count()).sum();
    System.out.printf(Locale.ROOT, "%-10s %8d %10d %8.2f %13.0f%s%n", repetitive ? "repetitive" : "varied",
        size / 1024, sentences, seconds, Math.max(0, peak - base) / 1048576.0, summary.isEmpty() ? "  (empty summary)" : "");
  }

  /** A story of about {@code size} characters in paragraphs of five sentences. */
  static ArticleText story(long size, boolean repetitive) {
    Random random = new Random(size);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    long total = 0;
    int count = 0;
    while (total < size) {
      String sentence = repetitive
          ? "The council approved a plan for the harbour on Monday."
          : pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
              + pick(random, TAILS) + ", and item " + random.nextInt(100_000) + " was noted.";
      paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence);
      total += sentence.length() + 1;
      if (++count % 5 == 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    return new ArticleText("Council approves harbour plan", "", paragraphs);
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }
}
