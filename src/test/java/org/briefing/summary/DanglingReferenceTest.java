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

  /** The spokesman's words right after the spokeswoman would put them in her mouth. */
  static final ArticleText TWO_SPEAKERS = new ArticleText("Allies regret the closure of the mission", "",
      List.of(
          "The alliance's spokeswoman, Marta Keller, said the alliance had taken note of the decision to close the mission and the two liaison offices.",
          "Speaking in the capital, the government's spokesman, Oleg Dunin, said the alliance had left no other choice.",
          "The alliance had set out to weaken the country and its economy in every way it could, he said, and the expulsion of the diplomats from the mission had been the last straw for the government.",
          "Allies stressed their unity and kept the offer of talks on the table."));

  /** A wire story whose quotation names its speaker only in the lead. */
  static final ArticleText QUOTE_AFTER_LEAD = new ArticleText("Country closes its embassy and recalls its ambassador", "",
      List.of(
          "Foreign Minister Arvid Lund spoke on Monday.",
          "“In response to the expulsion of our diplomats, our country will close its embassy, recall its ambassador and suspend the work of the embassy and its consulates until further notice,” he said.",
          "The government of the host country said it had taken note.",
          "The embassy had employed forty people, and its ambassador had served for six years."));

  /** "He" two sentences after the name, with a sentence in between that also says "he". */
  static final ArticleText HE_TWO_SENTENCES_LATER = new ArticleText("Transport ministers back night trains", "",
      List.of(
          "Transport ministers of the union ended two days of talks in Lisbon on Friday having agreed new rules for night trains and a fund for rail links.",
          "Jonas Berg, the commissioner for transport, had set the tone on Wednesday.",
          "Rail travel, he told reporters, was the cleanest way to cross the continent, and night trains deserved public money from the union and its members.",
          "He said the union would study the decision of the largest operator to cut its night trains and that the offer of support for night trains stood.",
          "Ministers also agreed rules on tickets for journeys that cross borders."));

  /** "He" two sentences after the one man named, with a sentence about the weather in between. */
  static final ArticleText HE_AFTER_THE_WEATHER = new ArticleText("Storm closes the island port and its ferry", "",
      List.of(
          "Mr Anton Reyes, the harbour master, closed the port of the island on Monday after the storm damaged the pier and the ferry.",
          "Waves of six metres were recorded overnight off the northern cape.",
          "He said the port of the island would reopen for the ferry once engineers had inspected the pier and the storm had passed.",
          "Shops on the island ran short of bread."));

  /** A consequence drawn from the sentence right before it, which the best sentences skip. */
  static final ArticleText SO_AFTER_THE_PETITION = new ArticleText("Council closes the town's swimming pool", "",
      List.of(
          "The council voted on Tuesday to close the town's swimming pool and sell the pool site to a builder.",
          "Swimmers had collected two thousand signatures.",
          "The petition was handed in at the town hall.",
          "So the council will close the swimming pool at the end of the month and sell the pool site to a builder in the spring.",
          "The library will also move."));

  /** A quotation of two sentences whose speaker is named after it, right after another speaker. */
  static final ArticleText QUOTE_NAMED_AFTER_IT = new ArticleText("Bus company and drivers clash over pay offer", "",
      List.of(
          "The bus company's chief executive, Vera Holm, said on Monday that the pay offer to drivers was fair and final.",
          "“We will never accept this pay offer. It is an insult to every bus driver in the city,” said the drivers' union leader, Pavel Lenz.",
          "A spokesman for the company said: \"We have listened to the drivers and to the union. The pay offer to drivers is the best the company can afford.\"",
          "Buses ran normally on Monday."));

  /** A quotation of three sentences in single marks, as British copy writes it, with apostrophes inside. */
  static final ArticleText SINGLE_MARKS = new ArticleText("Harbour bridge to close as its piers crack", "",
      List.of(
          "Engineers have found cracks in two piers of the harbour bridge, and the council will vote next week on closing it.",
          "Council leader Margaret Hale said she had read the report on Monday. ‘I have read every page of it. The harbour bridge piers crack and the bridge must close to lorries at once. The engineers’ advice leaves the council no choice,’ she said.",
          "The bridge carries about 9,000 vehicles a day, according to the council.",
          "Shop owners on the quay fear a closure will cost them trade."));

  /** A text that leaves its speaker to the standfirst: "she" is the coach the text never names, not the scorer. */
  static final ArticleText SPEAKER_IN_STANDFIRST = new ArticleText("Coach Ines Marlow hails a late comeback",
      "Coach Ines Marlow said her side never gave up against the league leaders.",
      List.of(
          "A header from Lena Voss in the last minute gave the Harbour Club a late 2-2 draw against the league leaders on Sunday.",
          "“We kept believing until the very end,” she said after the match.",
          "“Nobody in the dressing room thought a late comeback against the league leaders was beyond the Harbour Club, and the players showed on Sunday what a comeback means to this club.” The Harbour Club now hosts the league leaders again in the cup.",
          "The draw keeps the Harbour Club in fourth place with three games left."));

  /** A quotation that goes on into the next paragraph, which opens with a mark again; its speaker shares the striker's name. */
  static final ArticleText QUOTE_GOES_ON = new ArticleText("Striker Aron Lind to miss the cup final",
      "Harbour Club striker Aron Lind will miss the cup final with a knee injury.",
      List.of(
          "Lind had scored in every round of the cup and was due to lead the line in the final against City.",
          "Lind hurt his knee in training on Thursday. And coach Pavel Lind, his uncle, said: “I feel for Aron more than anyone.",
          "“He carried this team to the cup final and he will miss the cup final with a knee injury that will heal. The club will give its striker every help in the cup.” The final against City is on Saturday.",
          "The club has not yet named a replacement for the final."));

  /** Two people of one name: "he" after the coach Sam Berg is not the scorer Tom Berg. */
  static final ArticleText TWO_OF_ONE_NAME = new ArticleText("Harbour Club beat City as Tom Berg scores twice", "",
      List.of(
          "Tom Berg scored twice as the Harbour Club beat City 3-1 on Saturday to climb to third in the league.",
          "Coach Sam Berg praised the whole side after the match.",
          "“Every player gave everything for the Harbour Club today, and beating City to climb to third in the league is the reward,” he said.",
          "City stay seventh after a third defeat in a row."));

  /** {@code story} quoted in single marks: curly ones for curly double marks, straight ones for straight. */
  private static ArticleText inSingleMarks(ArticleText story) {
    return new ArticleText(story.title(), story.standfirst(),
        story.paragraphs().stream().map(p -> p.replace('“', '‘').replace('”', '’').replace('"', '\'')).toList());
  }

  private List<List<String>> summaries(ArticleText story) {
    List<List<String>> out = new java.util.ArrayList<>();
    for (int sentences = 1; sentences <= 4; sentences++) {
      out.add(summarizer.summarize(story, new SummaryBudget(sentences, 200)));
      out.add(summarizer.summarize(story, new SummaryBudget(sentences, 60)));
    }
    return out;
  }

  /** Every summary that has sentence {@code later} of the story has {@code named} right before it. */
  private void assertComesOnlyAfter(ArticleText story, int later, int... before) {
    String sentence = story.paragraphs().get(later);
    for (List<String> summary : summaries(story)) {
      int at = summary.indexOf(sentence);
      if (at >= 0) {
        assertThat(at).as(summary.toString()).isGreaterThanOrEqualTo(before.length);
        for (int k = 0; k < before.length; k++) {
          assertThat(summary.get(at - before.length + k)).as(summary.toString())
              .isEqualTo(story.paragraphs().get(before[k]));
        }
      }
    }
  }

  @Test
  void aSentenceThatLeansOnThePreviousOneComesOnlyWithIt() {
    assertComesOnlyAfter(STORY, 3, 2);
  }

  @Test
  void wordsAttributedMidSentenceNeverFollowAnotherSpeaker() {
    assertComesOnlyAfter(TWO_SPEAKERS, 2, 1);
    assertThat(summaries(TWO_SPEAKERS)).anySatisfy(s -> assertThat(s).contains(TWO_SPEAKERS.paragraphs().get(2)));
  }

  @Test
  void aQuotationNeverOpensASummaryWithoutItsSpeaker() {
    assertComesOnlyAfter(QUOTE_AFTER_LEAD, 1, 0);
  }

  @Test
  void aQuotationOfSeveralSentencesIsTakenWholeWithItsSpeakerOrNotAtAll() {
    List<String> story = QUOTE_NAMED_AFTER_IT.paragraphs();
    assertThat(summaries(QUOTE_NAMED_AFTER_IT)).allSatisfy(summary -> {
      assertThat(summary).allSatisfy(sentence -> assertThat(Quotations.whole(sentence)).as(sentence).isTrue());
      assertThat(summary).allSatisfy(sentence -> assertThat(story).as("a sentence of the summary is a whole paragraph here").contains(sentence));
    });
    assertThat(summaries(QUOTE_NAMED_AFTER_IT)).anySatisfy(s -> assertThat(s).contains(story.get(1)));
  }

  @Test
  void aQuotationInSingleMarksIsTakenWholeWithItsSpeakerOrNotAtAll() {
    for (ArticleText story : List.of(SINGLE_MARKS, inSingleMarks(SINGLE_MARKS), inSingleMarks(QUOTE_NAMED_AFTER_IT))) {
      assertThat(summaries(story)).allSatisfy(summary -> assertThat(summary).allSatisfy(sentence -> {
        assertThat(Quotations.whole(sentence)).as(sentence).isTrue();
        assertThat(sentence.contains("at once") || sentence.contains("It is an insult")).as("a piece of a quotation without its speaker: " + sentence)
            .isEqualTo(sentence.contains(" she said.") || sentence.contains("said the drivers"));
      }));
    }
    assertComesOnlyAfter(inSingleMarks(QUOTE_AFTER_LEAD), 1, 0);
  }

  @Test
  void noSpeakerIsTakenForOneTheStandfirstNamesAndTheTextDoesNot() {
    List<String> story = SPEAKER_IN_STANDFIRST.paragraphs();
    for (String standfirst : List.of(SPEAKER_IN_STANDFIRST.standfirst(), "Ines Marlow, the club's coach, said her side never gave up.",
        "“We never gave up,” said Ines Marlow after the draw.", "Ines Marlow, 45, said her side never gave up.")) {
      ArticleText article = new ArticleText(SPEAKER_IN_STANDFIRST.title().replace("Coach Ines Marlow", "Harbour Club"), standfirst, story);
      assertThat(summaries(article)).as(standfirst).allSatisfy(summary -> assertThat(summary)
          .doesNotContain(story.get(1)).noneMatch(sentence -> sentence.contains("Nobody in the dressing room")));
    }
  }

  @Test
  void aQuotationThatGoesOnFromTheParagraphBeforeIsNeverTakenWithoutItsSpeaker() {
    assertThat(summaries(QUOTE_GOES_ON)).allSatisfy(summary -> assertThat(summary)
        .noneMatch(sentence -> sentence.contains("He carried this team")));
  }

  @Test
  void aNameTwoPeopleShareNamesNeitherAcrossAGap() {
    assertComesOnlyAfter(TWO_OF_ONE_NAME, 2, 1);
    assertThat(summaries(TWO_OF_ONE_NAME)).anySatisfy(s -> assertThat(s).contains(TWO_OF_ONE_NAME.paragraphs().get(2)));
  }

  @Test
  void heIsUsedOnlyWithTheSentenceThatNamesHim() {
    assertComesOnlyAfter(HE_TWO_SENTENCES_LATER, 2, 1);
    assertComesOnlyAfter(HE_TWO_SENTENCES_LATER, 3, 1, 2);
  }

  @Test
  void heMayFollowTheSentenceNamingTheOneManAcrossASentenceThatNamesNoOne() {
    List<String> story = HE_AFTER_THE_WEATHER.paragraphs();
    assertThat(summarizer.summarize(HE_AFTER_THE_WEATHER, new SummaryBudget(2, 200)))
        .containsExactly(story.get(0), story.get(2));
  }

  @Test
  void aConsequenceComesOnlyRightAfterTheSentenceItIsDrawnFrom() {
    assertComesOnlyAfter(SO_AFTER_THE_PETITION, 3, 2);
  }
}
