package org.briefing.summary;

/** How long a summary may be: at most this many sentences and this many words. */
public record SummaryBudget(int sentences, int maxWords) {
  public static final SummaryBudget DEFAULT = new SummaryBudget(2, 60);

  public SummaryBudget {
    if (sentences < 1) {
      throw new IllegalArgumentException("a summary needs at least one sentence, got " + sentences);
    }
    if (maxWords < 1) {
      throw new IllegalArgumentException("a summary needs at least one word, got " + maxWords);
    }
  }
}
