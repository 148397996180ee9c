package org.briefing.summary.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
  private final Rouge rouge = new Rouge();
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

  @Test
  void rougeOneCountsSharedWordsAgainstBothLengths() {
    // candidate: the cat sat on the mat (6); reference: the cat lay on the red mat (7)
    // shared unigrams: the x2, cat, on, mat = 5 -> P 5/6, R 5/7, F 2*5/(6+7) = 10/13
    RougeScore s = rouge.rougeN("The cat sat on the mat.", "The cat lay on the red mat.", 1);
    assertThat(s.precision()).isCloseTo(5.0 / 6, EXACT);
    assertThat(s.recall()).isCloseTo(5.0 / 7, EXACT);
    assertThat(s.f1()).isCloseTo(10.0 / 13, EXACT);
  }

  @Test
  void rougeTwoCountsSharedBigrams() {
    // candidate bigrams: the cat, cat sat, sat on, on the, the mat (5)
    // reference bigrams: the cat, cat lay, lay on, on the, the red, red mat (6)
    // shared: the cat, on the = 2 -> P 2/5, R 2/6, F 2*2/(5+6) = 4/11
    RougeScore s = rouge.rougeN("The cat sat on the mat.", "The cat lay on the red mat.", 2);
    assertThat(s.precision()).isCloseTo(2.0 / 5, EXACT);
    assertThat(s.recall()).isCloseTo(2.0 / 6, EXACT);
    assertThat(s.f1()).isCloseTo(4.0 / 11, EXACT);
  }

  @Test
  void repeatedWordsMatchNoMoreOftenThanTheReferenceHasThem() {
    // candidate: the the the (3); reference: the dog (2); clipped match 1 -> P 1/3, R 1/2
    RougeScore s = rouge.rougeN("the the the", "the dog", 1);
    assertThat(s.precision()).isCloseTo(1.0 / 3, EXACT);
    assertThat(s.recall()).isCloseTo(1.0 / 2, EXACT);
    assertThat(s.f1()).isCloseTo(0.4, EXACT);
  }

  @Test
  void rougeLUsesTheLongestCommonSubsequence() {
    // candidate: police killed the gunman (4); reference: police kill the gunman (4)
    // LCS: police, the, gunman = 3 -> P 3/4, R 3/4, F 3/4
    RougeScore s = rouge.rougeL("police killed the gunman", "police kill the gunman");
    assertThat(s.precision()).isCloseTo(0.75, EXACT);
    assertThat(s.recall()).isCloseTo(0.75, EXACT);
    assertThat(s.f1()).isCloseTo(0.75, EXACT);
  }

  @Test
  void rougeLRewardsOrderWhereRougeOneDoesNot() {
    // same words, reversed order: ROUGE-1 is perfect, the LCS of a b c d and d c b a is 1
    assertThat(rouge.rougeN("a b c d", "d c b a", 1).f1()).isCloseTo(1.0, EXACT);
    RougeScore l = rouge.rougeL("a b c d", "d c b a");
    assertThat(l.f1()).isCloseTo(0.25, EXACT);
  }

  @Test
  void tokensIgnoreCaseAndPunctuation() {
    assertThat(rouge.tokens("Rates ROSE, again: 3.5%!")).containsExactly("rates", "rose", "again", "3", "5");
    assertThat(rouge.rougeN("RATES rose.", "rates, Rose", 2).f1()).isCloseTo(1.0, EXACT);
  }

  @Test
  void anEmptyCandidateOrReferenceScoresZero() {
    assertThat(rouge.rougeN("", "some words", 1)).isEqualTo(RougeScore.ZERO);
    assertThat(rouge.rougeN("some words", "", 1)).isEqualTo(RougeScore.ZERO);
    assertThat(rouge.rougeN("one", "one", 2)).isEqualTo(RougeScore.ZERO);
    assertThat(rouge.rougeL("", "")).isEqualTo(RougeScore.ZERO);
  }

  @Test
  void identicalTextsScoreOne() {
    String text = "The council approved the new budget on Monday.";
    assertThat(rouge.rougeN(text, text, 1).f1()).isCloseTo(1.0, EXACT);
    assertThat(rouge.rougeN(text, text, 2).f1()).isCloseTo(1.0, EXACT);
    assertThat(rouge.rougeL(text, text).f1()).isCloseTo(1.0, EXACT);
  }
}
