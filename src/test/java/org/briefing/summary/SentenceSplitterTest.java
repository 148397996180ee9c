package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  static Stream<Arguments> cases() {
    return Stream.of(
        // plain sentences and other terminators
        Arguments.of("The ferry sailed at dawn. It reached the island by noon.",
            List.of("The ferry sailed at dawn.", "It reached the island by noon.")),
        Arguments.of("Who pays? Nobody knows! The council meets today.",
            List.of("Who pays?", "Nobody knows!", "The council meets today.")),
        Arguments.of("One line without a full stop", List.of("One line without a full stop")),
        Arguments.of("  Padded sentence.   Another one.  ", List.of("Padded sentence.", "Another one.")),
        Arguments.of("Really?! Yes. Fine.", List.of("Really?!", "Yes.", "Fine.")),
        // titles and abbreviations
        Arguments.of("Mr. Okafor met Dr. Lind at noon. They agreed.",
            List.of("Mr. Okafor met Dr. Lind at noon.", "They agreed.")),
        Arguments.of("Gen. Ruiz and Prof. Tan spoke. Sen. Moss did not.",
            List.of("Gen. Ruiz and Prof. Tan spoke.", "Sen. Moss did not.")),
        Arguments.of("Mrs. Abara and Ms. Field left early.", List.of("Mrs. Abara and Ms. Field left early.")),
        Arguments.of("Prices rose in the U.S. and the U.K. last year.",
            List.of("Prices rose in the U.S. and the U.K. last year.")),
        Arguments.of("The U.S. Senate voted on Tuesday.", List.of("The U.S. Senate voted on Tuesday.")),
        Arguments.of("She moved to the U.S. The move was a surprise.",
            List.of("She moved to the U.S.", "The move was a surprise.")),
        Arguments.of("The vote is on Jan. 12 in the hall.", List.of("The vote is on Jan. 12 in the hall.")),
        Arguments.of("He lives at No. 10 with his cat.", List.of("He lives at No. 10 with his cat.")),
        Arguments.of("Bring fruit, e.g. apples or pears. Then wait.",
            List.of("Bring fruit, e.g. apples or pears.", "Then wait.")),
        Arguments.of("Tools, paint, brushes etc. The list was long.",
            List.of("Tools, paint, brushes etc.", "The list was long.")),
        Arguments.of("She works for Acme Inc. and lives in Leeds.",
            List.of("She works for Acme Inc. and lives in Leeds.")),
        Arguments.of("Shares in Acme Corp. The firm gained ground.",
            List.of("Shares in Acme Corp.", "The firm gained ground.")),
        Arguments.of("The train left at 9 a.m. The next one was cancelled.",
            List.of("The train left at 9 a.m.", "The next one was cancelled.")),
        Arguments.of("See p. 4 for the table.", List.of("See p. 4 for the table.")),
        Arguments.of("Smith et al. The study was small.", List.of("Smith et al.", "The study was small.")),
        // initials
        Arguments.of("The novel by J. R. Hartley sold well.", List.of("The novel by J. R. Hartley sold well.")),
        Arguments.of("Author T. Brennan wrote it. Critics liked it.",
            List.of("Author T. Brennan wrote it.", "Critics liked it.")),
        // decimals, money and other dots inside words
        Arguments.of("Growth was 3.5% in May. Rates stayed at 0.75.",
            List.of("Growth was 3.5% in May.", "Rates stayed at 0.75.")),
        Arguments.of("The deal is worth $1.2bn. It closes soon.", List.of("The deal is worth $1.2bn.", "It closes soon.")),
        Arguments.of("The fee was £4.50 a head.", List.of("The fee was £4.50 a head.")),
        Arguments.of("Visit example.org for details. Tickets are free.",
            List.of("Visit example.org for details.", "Tickets are free.")),
        Arguments.of("Version 2.0.1 ships today.", List.of("Version 2.0.1 ships today.")),
        // quotes and brackets that close after the terminator
        Arguments.of("\"We will win.\" The crowd cheered.", List.of("\"We will win.\"", "The crowd cheered.")),
        Arguments.of("\"Is it over?\" she asked. Nobody answered.",
            List.of("\"Is it over?\" she asked.", "Nobody answered.")),
        Arguments.of("“We are ready,” he said. “Let us go.” They left.",
            List.of("“We are ready,” he said.", "“Let us go.”", "They left.")),
        Arguments.of("The plan failed. (Nobody was surprised.) Work resumed.",
            List.of("The plan failed.", "(Nobody was surprised.)", "Work resumed.")),
        Arguments.of("He said 'enough.' Then he left.", List.of("He said 'enough.'", "Then he left.")),
        // a quotation of several sentences stays whole, with its speaker
        Arguments.of("“We reject the offer. It insults every driver,” said the union leader, Ada Kraus. Talks ended.",
            List.of("“We reject the offer. It insults every driver,” said the union leader, Ada Kraus.", "Talks ended.")),
        Arguments.of("A spokesman said: \"We heard the concerns. We broke no rules.\" Talks go on.",
            List.of("A spokesman said: \"We heard the concerns. We broke no rules.\"", "Talks go on.")),
        Arguments.of("\"Rents rose. Nobody can pay,\" Ines Varga said. \"It is hard.\" She left.",
            List.of("\"Rents rose. Nobody can pay,\" Ines Varga said.", "\"It is hard.\"", "She left.")),
        Arguments.of("„Wir bleiben. Wir kämpfen“, sagte Anna Roth. Dann ging sie.",
            List.of("„Wir bleiben. Wir kämpfen“, sagte Anna Roth.", "Dann ging sie.")),
        // a quotation that goes on in the next paragraph is one piece; one closed twice restarts
        Arguments.of("The mayor said: “We will rebuild the pier. The port will reopen.",
            List.of("The mayor said: “We will rebuild the pier. The port will reopen.")),
        Arguments.of("\"Nobody came. \"The hall was empty.\" The band left.",
            List.of("\"Nobody came.", "\"The hall was empty.\"", "The band left.")),
        // ellipses
        Arguments.of("She paused... Then she spoke.", List.of("She paused...", "Then she spoke."))
        ,
        Arguments.of("It was... well, strange.", List.of("It was... well, strange.")),
        Arguments.of("Wait… The lights went out.", List.of("Wait…", "The lights went out.")),
        // a lower-case word after a full stop does not start a sentence
        Arguments.of("The approx. cost is high.", List.of("The approx. cost is high.")),
        // list items
        Arguments.of("Three points:\n- Rates rise\n- Jobs grow\n- Prices ease",
            List.of("Three points:", "Rates rise", "Jobs grow", "Prices ease")),
        Arguments.of("1. Open the box.\n2. Remove the tray.",
            List.of("Open the box.", "Remove the tray.")),
        Arguments.of("• First item\n• Second item", List.of("First item", "Second item")),
        Arguments.of("A line that wraps\nonto the next line.", List.of("A line that wraps onto the next line.")),
        Arguments.of("Results were mixed. 1) Sales fell. 2) Costs rose.",
            List.of("Results were mixed.", "1) Sales fell.", "2) Costs rose.")),
        // other scripts
        Arguments.of("¿Quién ganó? ¡Nadie! El partido terminó.",
            List.of("¿Quién ganó?", "¡Nadie!", "El partido terminó.")),
        Arguments.of("Die Sitzung endete. Der Rat stimmte zu.", List.of("Die Sitzung endete.", "Der Rat stimmte zu.")),
        Arguments.of("Совет собрался утром. Решение отложили.", List.of("Совет собрался утром.", "Решение отложили.")),
        Arguments.of("هل انتهى الاجتماع؟ نعم انتهى.", List.of("هل انتهى الاجتماع؟", "نعم انتهى.")),
        Arguments.of("会议今天结束。明天公布结果。", List.of("会议今天结束。", "明天公布结果。")),
        Arguments.of("彼は言った。「終わりです。」次の議題へ。", List.of("彼は言った。", "「終わりです。」", "次の議題へ。")),
        Arguments.of("本当ですか？はい！", List.of("本当ですか？", "はい！")),
        Arguments.of("बैठक समाप्त हुई। परिणाम कल आएंगे।", List.of("बैठक समाप्त हुई।", "परिणाम कल आएंगे।")),
        // never inside a word
        Arguments.of("Yahoo!Mail and Jeopardy!Live are names.", List.of("Yahoo!Mail and Jeopardy!Live are names.")),
        Arguments.of("The file is called notes.final.txt today.", List.of("The file is called notes.final.txt today.")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void splitsIntoTheExpectedSentences(String text, List<String> expected) {
    assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void blankAndNullTextHaveNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split("   \n  ")).isEmpty();
    assertThat(splitter.split(null)).isEmpty();
  }

  @Test
  void splittingLosesNoWords() {
    String text = "Mr. Ode paid $3.20 at 5 p.m. on Fri. The U.N. said no. \"Why?\" asked Ann (aged 9.) Done...";
    String joined = String.join(" ", splitter.split(text));
    assertThat(joined.split("\\s+")).containsExactly(text.split("\\s+"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PARIS, 4 déc. (AFP) - ", "MADRID, 18 dic. (EFE) - ", "BERLIN, 18 Okt. (dpa) - "})
  void aDatelineWithAMonthOfAnotherLanguageIsNotPartOfTheFirstSentence(String dateline) {
    assertThat(splitter.sentences(new ArticleText("Floods", "", List.of(dateline + "Floods closed the harbour on Monday. Ferries stayed in port."))))
        .extracting(Sentence::text).containsExactly("Floods closed the harbour on Monday.", "Ferries stayed in port.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "LONDON (Reuters) - ", "NEW YORK, Oct 18 (Reuters) - ", "KYIV, Ukraine (AP) — ", "KYIV, Ukraine, Oct 18 (AP) — ", "SÃO PAULO (Wire) -- ",
      "BRUSSELS — ", "VALMORA, Oct 18 - ", "PORT-AU-PRINCE, 18 October 2021 – ", "BERLIN (dpa) – "})
  void aDatelineThatOpensTheStoryIsNotPartOfItsFirstSentence(String dateline) {
    ArticleText article = new ArticleText("Title", "", List.of(
        dateline + "Floods closed the harbour on Monday. Ferries stayed in port.",
        dateline + "The second paragraph keeps its words."));
    assertThat(splitter.sentences(article)).extracting(Sentence::text).containsExactly(
        "Floods closed the harbour on Monday.", "Ferries stayed in port.", dateline.strip() + " The second paragraph keeps its words.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "EU - UK trade talks broke down on Monday.", "EU — UK trade talks broke down on Monday.",
      "UK - based firms lost orders in May.", "BREAKING — The harbour closed on Monday.",
      "NATO - Russia talks resumed in May.", "US - China tariffs rose again in May."})
  void wordsInCapitalsBeforeADashThatAreNoDatelineStayInTheFirstSentence(String sentence) {
    ArticleText article = new ArticleText("Title", "", List.of(sentence));
    assertThat(splitter.sentences(article)).extracting(Sentence::text).containsExactly(sentence);
  }

  @Test
  void numbersSentencesThroughTheWholeBody() {
    ArticleText article = new ArticleText("Title", "", List.of("One. Two.", "", "Three."));
    List<Sentence> sentences = splitter.sentences(article);
    assertThat(sentences).extracting(Sentence::text).containsExactly("One.", "Two.", "Three.");
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
    // a paragraph is numbered among the article's, an empty one too: the summarizer finds by that number whether a
    // caption stood before it (ArticleText.breaks)
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 2);
    assertThat(sentences).extracting(Sentence::inParagraph).containsExactly(0, 1, 0);
  }

  @Test
  void aFirstParagraphThatIsOnlyADatelineHasNoSentence() {
    // helper-86: "MARROWBY, England (Reuters) —" alone on its line was published glued to the lead
    List<Sentence> sentences = new SentenceSplitter().sentences(new ArticleText("Harbour to close", "",
        List.of("MARROWBY, England (Reuters) —", "Marrowby council voted on Tuesday to close the harbour.", "It was raining.")));
    assertThat(sentences).extracting(Sentence::text).containsExactly("Marrowby council voted on Tuesday to close the harbour.",
        "It was raining.");
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(1, 2);
  }
}
