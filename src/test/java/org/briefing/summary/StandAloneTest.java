package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandAloneTest {
  private final Terms terms = new Terms();

  @ParameterizedTest
  @ValueSource(strings = {
      "He said the plan would work.", "However, the vote failed.", "But not everyone agreed.",
      "They left at noon.", "This was the third attempt.", "Its owners declined to comment.",
      "Also on the list was a new school.", "Meanwhile, prices kept rising.", "She added that talks continue."})
  void sentencesThatNeedTheOneBefore(String sentence) {
    assertThat(StandAlone.dependsOnPrevious(terms.tokens(sentence))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The council approved the plan.", "This year the festival moves outdoors.",
      "Police said the road was closed.", "In May, the mayor resigned.", "Heavy rain fell overnight.",
      "There are fears for the harvest.", ""})
  void sentencesThatStandAlone(String sentence) {
    assertThat(StandAlone.dependsOnPrevious(terms.tokens(sentence))).isFalse();
  }
}
