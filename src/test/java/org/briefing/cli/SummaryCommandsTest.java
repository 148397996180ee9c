package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandsTest {
  private static final String STORY = """
      Ferry strike ends after crews accept pay offer

      The ferry strike that halted crossings for nine days ended on Tuesday after crews accepted a new pay offer from the operator.

      It was the longest strike in the company's history.

      The operator said services on all ferry routes would resume on Wednesday morning, with extra crossings to clear the backlog.

      However, union leaders warned that talks on working hours were not over.

      Passengers with cancelled tickets can claim a refund until the end of the month.
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BriefingCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void summarizePrintsTheChosenSentences() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    assertThat(run("summarize", "--sentences", "2", "--max-words", "100", file.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo(
        "The ferry strike that halted crossings for nine days ended on Tuesday after crews accepted a new pay offer from the operator."
            + " The operator said services on all ferry routes would resume on Wednesday morning, with extra crossings to clear the backlog.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summarizeJsonGivesEachSentenceWithItsIndexAndScore() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    assertThat(run("summarize", "--format", "json", "--sentences", "1", file.toString())).isZero();
    String json = out.toString();
    assertThat(json).startsWith("[").contains("\"file\": \"" + file.toString().replace("\\", "\\\\") + "\"")
        .contains("\"title\": \"Ferry strike ends after crews accept pay offer\"")
        .contains("{\"index\": 0, \"score\": ").contains("\"summary\": \"The ferry strike that halted");
    assertThat(json.strip()).endsWith("]");
  }

  @Test
  void summarizeWritesHypothesisFilesForAFolder() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), STORY);
    Files.writeString(in.resolve("ferry.ref.txt"), "A reference.");
    Files.writeString(in.resolve("notice.md"), "---\ntitle: Library hours\n---\nThe library will open late on Friday for the book fair.\n");
    Path outDir = dir.resolve("out");
    assertThat(run("summarize", "--out", outDir.toString(), in.toString())).isZero();
    assertThat(out.toString()).contains("wrote 2 summaries");
    assertThat(Files.readString(outDir.resolve("ferry.hyp.txt"))).startsWith("The ferry strike that halted");
    assertThat(Files.readString(outDir.resolve("notice.hyp.txt")))
        .isEqualTo("The library will open late on Friday for the book fair.\n");
    assertThat(outDir.resolve("ferry.ref.hyp.txt")).doesNotExist();
  }

  @Test
  void summarizeNamesAMissingFileAndExitsOne() {
    Path missing = dir.resolve("nowhere.txt");
    assertThat(run("summarize", missing.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nowhere.txt").contains("no such file");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void summarizeNamesAFileThatIsNotUtf8AndExitsOne() throws Exception {
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "Caf\u00e9 opens\n\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("summarize", latin.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("latin.txt").contains("not valid UTF-8").doesNotContain("Exception");
  }

  @Test
  void summarizeRejectsAZeroBudgetAsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    assertThat(run("summarize", "--sentences", "0", file.toString())).isEqualTo(2);
    assertThat(run("summarize", "--format", "xml", file.toString())).isEqualTo(2);
  }

  @Test
  void evaluatePrintsAllThreeSystemsFromOneRun() throws Exception {
    Files.writeString(dir.resolve("ferry.txt"), STORY);
    Files.writeString(dir.resolve("ferry.ref.txt"),
        "The ferry strike that halted crossings for nine days ended on Tuesday after crews accepted a new pay offer from the operator.");
    Files.writeString(dir.resolve("orphan.txt"), "No reference\n\nThis one is skipped.");
    assertThat(run("evaluate", "--sentences", "1", dir.toString())).isZero();
    String table = out.toString();
    assertThat(table).contains("1 articles in").contains("R1 F1").contains("R2 F1").contains("RL F1");
    // the reference is exactly the lead sentence, which both Briefing and Lead-1 choose
    assertThat(table).containsPattern("briefing\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000");
    assertThat(table).containsPattern("lead-1\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000");
    assertThat(table).containsPattern("textrank\\s+\\d\\.\\d{4}");
  }

  @Test
  void evaluateBenchReportsAMedianSpeed() throws Exception {
    Files.writeString(dir.resolve("ferry.txt"), STORY);
    Files.writeString(dir.resolve("ferry.ref.txt"), "The strike ended.");
    assertThat(run("evaluate", "--bench", "--passes", "3", dir.toString())).isZero();
    assertThat(out.toString()).containsPattern("bench: wall clock: median \\d+ articles/s");
  }

  @Test
  void evaluateNeedsAFolderWithReferences() throws Exception {
    assertThat(run("evaluate", dir.resolve("absent").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("absent").contains("is not a folder");
    Files.writeString(dir.resolve("lonely.txt"), "Title\n\nBody.");
    assertThat(run("evaluate", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no NAME.txt article with a NAME.ref.txt");
  }

  @Test
  void summarizeReportsEachUnreadableFileAndStillSummarizesTheOthers() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a-ferry.txt"), STORY);
    Files.write(in.resolve("b-latin.txt"), "Caf\u00e9 opens\n\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("c-notice.txt"), "Library hours\n\nThe library will open late on Friday for the book fair.\n");
    assertThat(run("summarize", in.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("The ferry strike that halted").contains("The library will open late on Friday");
    assertThat(err.toString()).contains("b-latin.txt").contains("not valid UTF-8").contains("1 of 3 inputs")
        .doesNotContain("a-ferry").doesNotContain("Exception");

    Path outDir = dir.resolve("out");
    assertThat(run("summarize", "--out", outDir.toString(), in.toString(), dir.resolve("nowhere.txt").toString())).isEqualTo(1);
    assertThat(outDir.resolve("a-ferry.hyp.txt")).exists();
    assertThat(outDir.resolve("c-notice.hyp.txt")).exists();
    assertThat(err.toString()).contains("nowhere.txt").contains("no such file");
  }

  @Test
  void summarizeRefusesAFileOverTheSizeLimitByNameAndSummarizesTheRest() throws Exception {
    Path big = dir.resolve("big.txt");
    String sentence = "The council approved a plan for the harbour on Monday after a long debate. ";
    StringBuilder text = new StringBuilder("Harbour plan\n\n");
    while (text.length() <= org.briefing.summary.input.ArticleFiles.MAX_BYTES) {
      text.append(sentence);
    }
    Files.writeString(big, text);
    Path ferry = Files.writeString(dir.resolve("ferry.txt"), STORY);
    assertThat(run("summarize", big.toString(), ferry.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("big.txt").contains("up to 4 MB").doesNotContain("Exception");
    assertThat(out.toString()).contains("The ferry strike that halted");
  }

  @Test
  void sentencesWithoutMaxWordsGivesThatManyWholeSentences() throws Exception {
    String longStory = "Harbour plan approved\n\n"
        + "The council approved on Monday evening a plan to rebuild the northern harbour wall, dredge the channel and add two berths for the ferries that serve the islands.\n\n"
        + "The plan, which has been discussed for more than six years, will cost about forty million euros, most of it paid by the regional government and a European fund.\n\n"
        + "Work on the harbour wall is expected to start in the spring and to last for two years, during which the ferries will use a temporary pier south of the town.\n";
    Path file = Files.writeString(dir.resolve("harbour.txt"), longStory);
    assertThat(run("summarize", "--sentences", "3", file.toString())).isZero();
    assertThat(out.toString()).contains("The council approved on Monday evening").contains("The plan, which has been discussed")
        .contains("Work on the harbour wall");
    out.getBuffer().setLength(0);
    assertThat(run("summarize", file.toString())).as("the site's budget: 2 sentences, 60 words").isZero();
    assertThat(out.toString().strip().split("\\s+").length).isLessThanOrEqualTo(60);
  }

  @Test
  void summarizeKeepsTheExampleSpokeswomanApartFromTheKremlinsWords() {
    Path story = Path.of("content/stories/2021-10-19-allies-regret-moscow-decision.md");
    for (String sentences : new String[] {"1", "2", "3"}) {
      out.getBuffer().setLength(0);
      assertThat(run("summarize", "--sentences", sentences, story.toString())).isZero();
      assertThat(out.toString()).as(sentences + " sentences").doesNotContainPattern("(?i),? (he|she) said");
    }
  }

  @Test
  void evaluateReportsTheUnresolvedShareOfEverySystem() throws Exception {
    Files.writeString(dir.resolve("depot.txt"), """
        Depot to close in March

        Mara Holt, the depot manager, told the drivers on Monday that the bus depot would close in March after forty years.

        “We have run out of room and out of money to repair the roof,” she said.

        The company will move its buses to a new site near the ring road, where it has bought land for a larger garage.
        """);
    Files.writeString(dir.resolve("depot.ref.txt"), "The bus depot will close in March.");
    assertThat(run("evaluate", "--sentences", "1", dir.toString())).isZero();
    String table = out.toString();
    assertThat(table).contains("unresolved");
    assertThat(table).containsPattern("briefing\\s+\\S+\\s+\\S+\\s+\\S+\\s+0\\.0%");
  }

  @Test
  void evaluateScoresTheReadableArticlesAndNamesTheOthers() throws Exception {
    Files.writeString(dir.resolve("ferry.txt"), STORY);
    Files.writeString(dir.resolve("ferry.ref.txt"), "The ferry strike ended on Tuesday.");
    Files.write(dir.resolve("latin.txt"), "Caf\u00e9 opens\n\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("latin.ref.txt"), "The cafe opened.");
    assertThat(run("evaluate", "--sentences", "1", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("1 articles in").containsPattern("briefing\\s+\\d\\.\\d{4}");
    assertThat(err.toString()).contains("latin.txt").contains("not valid UTF-8").doesNotContain("Exception");
  }

  @Test
  void anOutThatIsAFileIsAUsageErrorNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    Path notAFolder = Files.writeString(dir.resolve("results"), "kept\n");

    assertThat(run("summarize", "--out", notAFolder.toString(), file.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--out " + notAFolder + " is a file").doesNotContain("unexpected");
    assertThat(Files.readString(notAFolder)).isEqualTo("kept\n");
  }

  /** A summary file that is a link (to a start-up file, say) is never written through: an error names it, the file it leads to is untouched. */
  @Test
  void aSummaryFileThatIsALinkIsNotWrittenThrough() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    Path elsewhere = Files.writeString(dir.resolve("profile"), "kept\n");
    Path out = Files.createDirectories(dir.resolve("results"));
    Files.createSymbolicLink(out.resolve("ferry.hyp.txt"), elsewhere);

    assertThat(run("summarize", "--out", out.toString(), file.toString())).isNotZero();

    assertThat(err.toString()).contains("ferry.hyp.txt").contains("link").doesNotContain("Exception");
    assertThat(Files.readString(elsewhere)).isEqualTo("kept\n");
  }

  /** Summaries written into a site's inputs or its built site would be read or published by the next build: refused, nothing written. */
  @Test
  void anOutInASitesInputsOrItsBuiltSiteIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("briefing.yaml"), "title: T\n");
    Files.createDirectories(site.resolve("public"));
    Files.writeString(site.resolve("public/" + org.briefing.write.OutputFolder.MARKER), "");
    for (String folder : List.of("content/stories", "static", "templates", ".briefing-cache/public", "public", "public/notes")) {
      err.getBuffer().setLength(0);
      Path at = site.resolve(folder);
      assertThat(run("summarize", "--out", at.toString(), file.toString())).as(folder).isEqualTo(2);
      assertThat(err.toString()).as(folder).contains("--out " + at + " cannot hold the summaries");
      assertThat(at.resolve("ferry.hyp.txt")).as(folder).doesNotExist();
    }
    // helper-103: a link to a site's folder, and a folder of an output built elsewhere
    Path built = Files.createDirectories(dir.resolve("www/news/assets"));
    Files.writeString(dir.resolve("www/news/" + org.briefing.write.OutputFolder.MARKER), "");
    Files.createDirectories(site.resolve("static/sub"));
    Path toSub = Files.createSymbolicLink(dir.resolve("to-sub"), site.resolve("static/sub"));
    // helper-104: the system follows the link before the '..' after it, to static/beside
    for (Path at : List.of(Files.createSymbolicLink(dir.resolve("to-static"), site.resolve("static")), toSub,
        Path.of(toSub + "/../beside"), built)) {
      err.getBuffer().setLength(0);
      assertThat(run("summarize", "--out", at.toString(), file.toString())).as(at.toString()).isEqualTo(2);
      assertThat(err.toString()).as(at.toString()).contains("cannot hold the summaries");
      assertThat(at.resolve("ferry.hyp.txt")).as(at.toString()).doesNotExist();
    }
    assertThat(run("summarize", "--out", site.resolve("summaries").toString(), file.toString())).isZero();
    assertThat(site.resolve("summaries/ferry.hyp.txt")).exists();
  }

  @Test
  void anEmptyInputNameIsRefusedRatherThanReadAsTheCurrentFolder() {
    assertThat(run("summarize", "")).isEqualTo(2);

    assertThat(err.toString()).contains("the value is empty, which names no folder or file"); // as for every command's paths
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aPipeIsRefusedWithoutWaitingForIt() throws Exception {
    Path pipe = dir.resolve("pipe.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");

    int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> run("summarize", pipe.toString()));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("pipe.txt: is not a file or a folder");
  }

  @Test
  void aFileThatIsNotTextIsSaidToBeSo() throws Exception {
    Path binary = Files.write(dir.resolve("picture.txt"), new byte[] {0, 0, 0, 'I', 'H', 'D', 'R', 0, 1});

    assertThat(run("summarize", binary.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("picture.txt: is not text");
  }
}
