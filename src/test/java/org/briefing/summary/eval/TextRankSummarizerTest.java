package org.briefing.summary.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.briefing.summary.ArticleText;
import org.briefing.summary.SentenceGraph;
import org.briefing.summary.SentenceSplitter;
import org.briefing.summary.SummaryBudget;
import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {
  private final TextRankSummarizer textRank = new TextRankSummarizer();

  @Test
  void similarityIsSharedWordsOverTheSumOfLogLengths() {
    double s = SentenceGraph.similarity(Set.of("river", "flood", "town"), 6, Set.of("flood", "town", "rain"), 4);
    assertThat(s).isCloseTo(2 / (Math.log(6) + Math.log(4)), within(1e-12));
    assertThat(SentenceGraph.similarity(Set.of("flood"), 1, Set.of("flood"), 1)).isZero();
  }

  @Test
  void theSentenceLinkedToAllOthersRanksHighest() {
    ArticleText article = new ArticleText("Floods", "", List.of(
        "Heavy rain caused the river to flood the old town centre overnight.",
        "The river burst its banks after heavy rain.",
        "Shops in the town centre were flooded.",
        "A festival next month may be moved."));
    double[] rank = textRank.rank(new SentenceSplitter().sentences(article));
    assertThat(rank[0]).isGreaterThan(rank[1]).isGreaterThan(rank[3]);
    assertThat(rank[0]).isGreaterThan(rank[2]);
    assertThat(textRank.summarize(article, new SummaryBudget(1, 100)))
        .containsExactly("Heavy rain caused the river to flood the old town centre overnight.");
  }
}
