package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferentsTest {

  private static boolean resolves(List<String> article, Integer... chosen) {
    return Referents.of(article).resolves(List.of(chosen), false);
  }

  @Test
  void aSpeakerNamedOnlyAsSheAfterTheClauseNeedsTheSentenceThatNamesHer() {
    List<String> article = List.of(
        "The harbour master, Ines Varga, said on Monday that the port would reopen within a week.",
        "The storm had damaged two cranes and a pier.",
        "Repairs would take longer than planned, she said, because parts had to come from abroad.");
    assertThat(resolves(article, 2)).isFalse();
    assertThat(resolves(article, 0, 2)).as("the sentence in between is skipped").isFalse();
    assertThat(resolves(article, 1, 2)).as("no person is named in the run before 'she'").isFalse();
    assertThat(resolves(article, 0, 1, 2)).isTrue();
  }

  @Test
  void aSentenceNextToOneThatNamesSomeoneElseDoesNotResolveHe() {
    List<String> article = List.of(
        "Clara Osei, the council's spokeswoman, said the vote had been fair.",
        "The opposition leader, Piotr Malek, rejected the result on Tuesday.",
        "The count had been rushed, he said, and the council had ignored every complaint.");
    assertThat(resolves(article, 0, 2)).isFalse();
    assertThat(resolves(article, 1, 2)).isTrue();
  }

  @Test
  void aQuotationThatOpensTheSummaryNeedsItsSpeakerNamed() {
    List<String> article = List.of(
        "The mayor, Tomas Lind, announced on Friday that the old covered market would close.",
        "“We cannot keep a building that is falling down,” he said.",
        "“The market will be rebuilt by the spring.”",
        "“Nobody wants to lose the market,” the mayor told the council.");
    assertThat(resolves(article, 1)).isFalse();
    assertThat(resolves(article, 0, 1)).isTrue();
    assertThat(resolves(article, 2)).as("a quotation with no speaker at all").isFalse();
    assertThat(resolves(article, 0, 1, 2)).isTrue();
    assertThat(resolves(article, 3)).as("the speaker is given in the sentence").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "He said the depot would stay open.", "She added that the talks would go on.",
      "They left the building before noon.", "It was the third closure this year.",
      "This was the largest order in the company's history.",
      "Tickets would cost more from May, they told reporters.", "In the capital he met the unions.",
      "Demand had fallen sharply, according to him.", "“Prices will rise,” said she."})
  void aPronounWhoseReferentIsInASkippedSentenceIsUnresolved(String sentence) {
    List<String> article = List.of("Mara Holt, the depot manager, met the drivers on Monday.", sentence);
    assertThat(resolves(article, 1)).as(sentence).isFalse();
    assertThat(resolves(article, 0, 1)).as(sentence).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This year the festival moves outdoors.", "Ines Varga said she would stay in the post.",
      "The minister said he would resign in June.", "Officials said they would publish the figures.",
      "“Nobody will lose their job,” the company said.", "The port reopened on Tuesday.",
      "Talks on the budget resumed, the ministry said."})
  void aSentenceThatNamesItsOwnSpeakerOrReferentStandsAlone(String sentence) {
    List<String> article = List.of("The weather was mild.", sentence);
    assertThat(resolves(article, 1)).as(sentence).isTrue();
  }

  @Test
  void aConnectiveLeansOnTheSentenceBeforeButIsNoReference() {
    List<String> article = List.of("The vote was held on Sunday.", "However, turnout was low.");
    Referents referents = Referents.of(article);
    assertThat(referents.resolves(List.of(1), false)).isTrue();
    assertThat(referents.resolves(List.of(1), true)).isFalse();
    assertThat(referents.resolves(List.of(0, 1), true)).isTrue();
  }

  @Test
  void aReferenceIsResolvedOnlyWhenTheSentenceItLeansOnIsResolvedToo() {
    List<String> article = List.of(
        "Lena Brandt, the finance minister, presented the budget on Monday.",
        "The storm had closed the airport.",
        "It reopened on Tuesday.",
        "He said the delay had cost millions.");
    assertThat(resolves(article, 2, 3)).isFalse();
    assertThat(resolves(article, 1, 2, 3)).as("no person in the run").isFalse();
    assertThat(resolves(article, 0, 1, 2, 3)).isTrue();
    assertThat(Referents.of(article).firstUnresolved(List.of(0, 3), false)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It is clear that the ferry will not sail before spring.", "It seems the strike will end on Friday.",
      "It was hard to say how many families had left the valley.", "It is thought that the fire began in the kitchen."})
  void anItThatStandsForTheClauseAfterItIsNoReference(String sentence) {
    List<String> article = List.of("The weather was mild.", sentence);
    assertThat(resolves(article, 1)).as(sentence).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"It is expected to reopen in May.", "It was clear and cold on the hill.", "It seems."})
  void anItThatStandsForSomethingNamedBeforeStillNeedsIt(String sentence) {
    List<String> article = List.of("The museum closed for repairs.", sentence);
    assertThat(resolves(article, 1)).as(sentence).isFalse();
  }
}
