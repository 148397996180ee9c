package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DanglingReferenceTest {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  private static final ArticleText STORY = new ArticleText("Ministers back new defence plan for the alliance",
      "Defence ministers agreed a plan and a fund for new technology.",
      List.of(
          "Defence ministers of the alliance ended two days of talks on Friday after agreeing a new defence plan.",
          "The weather in the city was mild and the streets around the headquarters were quiet.",
          "The secretary general spoke to reporters on Wednesday about relations with Moscow and the new defence plan.",
          "He said the alliance would study the decision of Moscow and that the offer of talks on the defence plan stood.",
          "Ministers also agreed a fund for new defence technology and rules for artificial intelligence in the alliance."));

  @Test
  void aSentenceThatLeansOnThePreviousOneComesOnlyWithIt() {
    for (int sentences = 1; sentences <= 4; sentences++) {
      List<String> summary = summarizer.summarize(STORY, new SummaryBudget(sentences, 200));
      for (int i = 0; i < summary.size(); i++) {
        if (summary.get(i).startsWith("He said")) {
          assertThat(i).as("budget " + sentences).isPositive();
          assertThat(summary.get(i - 1)).as("budget " + sentences).startsWith("The secretary general spoke");
        }
      }
    }
  }
}
