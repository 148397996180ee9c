package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.problem.InputLimits;
import org.briefing.problem.XmlChars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `briefing import` takes files up to the shared limit and writes only stories that a build can read. */
class ImportLimitsTest {
  private static final String STORY = "Port reopens after repairs\n\nThe port of Valmora reopened on Monday after three weeks of"
      + " repairs, the harbour authority said.\n\nShips had been sent to Porto Seco.\n";
  @TempDir Path dir;

  /** Import writes only into a site: {@code dir} is one. */
  @BeforeEach
  void makeASite() throws Exception {
    Files.writeString(dir.resolve("briefing.yaml"), "title: T\nbase_url: https://example.org/\n");
  }
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = BriefingCommand.commandLine();
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aFileOverTheImportLimitIsSkippedWithTheLimitAndTheOthersAreImported() throws Exception {
    Path huge = dir.resolve("a-huge.txt");
    try (var stream = Files.newOutputStream(huge)) {
      stream.write("Headline\n\n".getBytes());
      stream.write("word ".repeat((int) (InputLimits.IMPORT_FILE_BYTES / 5)).getBytes());
    }
    Path fine = Files.writeString(dir.resolve("b-story.txt"), STORY);
    int code = run("import", "--site", dir.toString(), "--date", "2021-10-18", huge.toString(), fine.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("a-huge.txt: skipped: ").contains("at most 8 MB").contains("docs/limits.md");
    assertThat(dir.resolve("content/imported/port-reopens-after-repairs.md")).exists();
  }

  @Test
  void anInputThatWouldMakeAStoryLongerThanABuildReadsIsNotWritten() throws Exception {
    String paragraph = "The council met again on Monday and agreed on nothing, the spokesman said after the meeting.\n\n";
    Path input = Files.writeString(dir.resolve("long.txt"),
        "A very long report\n\n" + paragraph.repeat((int) (InputLimits.TEXT_FILE_BYTES / paragraph.length()) + 10));
    int code = run("import", "--site", dir.toString(), "--date", "2021-10-18", input.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("long.txt: not written: the story would be").contains("at most 1 MB");
    assertThat(dir.resolve("content/imported")).doesNotExist();
  }

  @Test
  void controlCharactersOfAgencyCopyAreNotWrittenIntoTheStory() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"),
        "Port reopens\u0001 after repairs\n\nThe port of Valmora reopened\u001B on Monday, the harbour authority said.\f"
            + "\n\nShips had been sent to Porto Seco.\uFFFE\n");
    assertThat(run("import", "--site", dir.toString(), "--date", "2021-10-18", input.toString())).as(err.toString()).isZero();
    String story = Files.readString(dir.resolve("content/imported/port-reopens-after-repairs.md"));
    assertThat(XmlChars.firstForbidden(story)).isEqualTo(-1);
    assertThat(story).contains("Ships had been sent to Porto Seco.");
  }
}
