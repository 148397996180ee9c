package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
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
  void writesTheSlugFileIntoContentImportedAndPrintsTheReport() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);

    int code = run("import", "--site", dir.toString(), "--date", "2021-10-18", "--topic", "Transport", input.toString());

    Path written = dir.resolve("content/imported/port-reopens-after-repairs.md");
    assertThat(code).isZero();
    assertThat(Files.readString(written)).contains("title: \"Port reopens after repairs\"", "date: \"2021-10-18\"",
        "topics:\n  - \"Transport\"");
    assertThat(out.toString()).contains("wrote " + written, "title line 1");
  }

  @Test
  void reimportingTheSameTextLeavesTheFileByteIdenticalAndAChangedTextNeedsForce() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);
    Path outDir = dir.resolve("content/out");
    assertThat(run("import", "--site", dir.toString(), "--out", outDir.toString(), "--date", "2021-10-18", input.toString())).isZero();
    byte[] first = Files.readAllBytes(outDir.resolve("port-reopens-after-repairs.md"));

    assertThat(run("import", "--site", dir.toString(), "--out", outDir.toString(), "--date", "2021-10-18", input.toString())).isZero();
    assertThat(out.toString()).contains("unchanged");
    assertThat(Files.readAllBytes(outDir.resolve("port-reopens-after-repairs.md"))).isEqualTo(first);

    Files.writeString(input, STORY + "\nMore ships are expected on Friday.\n");
    assertThat(run("import", "--site", dir.toString(), "--out", outDir.toString(), "--date", "2021-10-18", input.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already exists and differs; use --force");
    assertThat(Files.readAllBytes(outDir.resolve("port-reopens-after-repairs.md"))).isEqualTo(first);

    assertThat(run("import", "--site", dir.toString(), "--out", outDir.toString(), "--date", "2021-10-18", "--force", input.toString())).isZero();
    assertThat(Files.readString(outDir.resolve("port-reopens-after-repairs.md"))).contains("More ships are expected on Friday.");
  }

  @Test
  void dryRunPrintsTheMarkdownAndWritesNothing() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);

    assertThat(run("import", "--site", dir.toString(), "--dry-run", "--date", "2021-10-18", input.toString())).isZero();

    assertThat(out.toString()).contains("dry run, not written", "---\ntitle: \"Port reopens after repairs\"", "=== report");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void withoutADateNothingIsWrittenAndTheMessageSaysToUseDate() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);

    assertThat(run("import", "--site", dir.toString(), input.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("story.txt: not written: no date found in the input; give one with --date");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void readsStandardInputAndUsesSiteSourceIds() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("content/sources.yaml"), "reuters:\n  name: Reuters\n  type: agency\n");
    String wire = "Port reopens after repairs\n\nVALMORA, Oct 18 (Reuters) - The port reopened on Monday after three weeks"
        + " of repairs, the harbour authority said.\n\nShips had been sent to Porto Seco while the work went on.\n";
    CommandLine cli = BriefingCommand.commandLine();
    ((ImportCommand) cli.getSubcommands().get("import").getCommand()).stdin =
        new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8));
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));

    int code = cli.execute("import", "--site", dir.toString(), "--date", "2021-10-19", "-");

    assertThat(code).isZero();
    String file = Files.readString(dir.resolve("content/imported/port-reopens-after-repairs.md"));
    assertThat(file).contains("sources:\n  - \"reuters\"\n", "places:\n  - \"Valmora\"");
    assertThat(out.toString()).contains("the dateline says Oct 18 but --date is 2021-10-19");
  }

  @Test
  void usageErrorsExitWithTwoAndBadFilesWithOne() throws Exception {
    assertThat(run("import", "--date", "18/10/2021", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--date 18/10/2021 is not a date");
    assertThat(run("import", dir.resolve("missing.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing.txt: no such file or folder");

    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(run("import", "--site", dir.toString(), "--date", "2021-10-18", empty.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("empty.txt: nothing imported: the file is empty").doesNotContain("Exception");
  }

  @Test
  void aFolderImportsItsTextAndHtmlFilesInNameOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("b.txt"), STORY);
    Files.writeString(folder.resolve("a.txt"), "Bridge closes for a week\n\nThe old bridge will close on Monday for repairs.\n");
    Files.writeString(folder.resolve("notes.doc"), "ignored");

    assertThat(run("import", "--site", dir.toString(), "--out", dir.resolve("content/out").toString(), "--date", "2021-10-18", folder.toString())).isZero();

    assertThat(out.toString().indexOf("a.txt")).isLessThan(out.toString().indexOf("b.txt"));
    assertThat(dir.resolve("content/out/bridge-closes-for-a-week.md")).exists();
    assertThat(dir.resolve("content/out/port-reopens-after-repairs.md")).exists();
  }

  @Test
  void aMissingInputIsNamedAndTheOtherInputsAreStillImported() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);
    Path latin = Files.write(dir.resolve("latin.txt"),
        "Caf\u00e9 reopens\n\nThe caf\u00e9 in the square reopened on Monday.\n".getBytes(StandardCharsets.ISO_8859_1));
    int status = run("import", "--site", dir.toString(), "--out", dir.resolve("content/out").toString(), "--date", "2021-10-18",
        dir.resolve("missing.txt").toString(), good.toString(), latin.toString());
    assertThat(status).isNotZero();
    assertThat(err.toString()).contains("missing.txt: no such file or folder").doesNotContain("Exception");
    assertThat(dir.resolve("content/out/port-reopens-after-repairs.md")).exists();
    assertThat(out.toString()).contains("latin.txt");
  }

  @Test
  void aStoryIsNotImportedThroughALinkToAFolderOutsideTheSite(@TempDir Path outside) throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);
    Files.createDirectories(dir.resolve("content"));
    Files.createSymbolicLink(dir.resolve("content/imported"), outside);

    assertThat(run("import", "--site", dir.toString(), "--date", "2021-10-18", input.toString())).isEqualTo(2);

    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
    assertThat(err.toString()).contains("is a link to", "outside the site").doesNotContain("Exception");
  }

  /** A link where the story goes is never written through, with --force or not, even one that leads nowhere yet. */
  @Test
  void aStoryFileThatIsALinkIsNeverWrittenThroughEvenWhenItLeadsNowhereYet(@TempDir Path outside) throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);
    Path story = Files.createDirectories(dir.resolve("content/imported")).resolve("port-reopens-after-repairs.md");
    Path missing = outside.resolve("dot_profile");
    Path other = Files.writeString(dir.resolve("content/imported/other.md"), "another story\n");
    for (Path target : new Path[] {missing, other}) {
      Files.createSymbolicLink(story, target);
      for (String force : new String[] {"--date", "--force"}) {
        err.getBuffer().setLength(0);
        int code = force.equals("--force")
            ? run("import", "--site", dir.toString(), "--force", "--date", "2021-10-18", input.toString())
            : run("import", "--site", dir.toString(), "--date", "2021-10-18", input.toString());
        assertThat(code).as(target + " " + force).isEqualTo(1);
        assertThat(err.toString()).contains(story + " is a link to " + target, "nothing is written through a link")
            .doesNotContain("Exception");
      }
      assertThat(missing).doesNotExist();
      assertThat(other).hasContent("another story");
      Files.delete(story);
    }
    assertThat(run("import", "--site", dir.toString(), "--date", "2021-10-18", input.toString())).isZero();
    assertThat(Files.isSymbolicLink(story)).isFalse();
    assertThat(story).content().contains("title: \"Port reopens after repairs\"");
  }

  @Test
  void outMustBeAFolderOfStoriesInTheSitesContent() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);
    for (String folder : new String[] {"content/pages", "content/editions", "content/.later", "static", "elsewhere"}) {
      err.getBuffer().setLength(0);
      assertThat(run("import", "--site", dir.toString(), "--out", dir.resolve(folder).toString(), "--date", "2021-10-18",
          input.toString())).as(folder).isEqualTo(2);
      assertThat(err.toString()).as(folder).contains("stories go in content/");
      assertThat(dir.resolve(folder)).as(folder).doesNotExist();
    }
  }

  @Test
  void aFolderThatIsNoSiteIsRefusedAsNewRefusesItAndNothingIsMade() throws Exception {
    Path input = Files.writeString(dir.resolve("story.txt"), STORY);
    Path nosite = dir.resolve("nosite");

    assertThat(run("import", "--site", nosite.toString(), "--date", "2021-10-18", input.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("is not a site folder: it has no briefing.yaml");
    assertThat(nosite).doesNotExist();
  }
}
