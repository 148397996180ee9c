package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.config.ConfigLoader;
import org.briefing.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InitCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = BriefingCommand.commandLine();
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path outerSite() throws Exception {
    Path site = Files.createDirectories(dir.resolve("outer"));
    Files.writeString(site.resolve("briefing.yaml"), "title: Outer\nbase_url: https://example.org/\n");
    return site;
  }

  @Test
  void noSiteIsMadeWhereAnotherSitesBuildWouldPublishIt() throws Exception {
    Path outer = outerSite();
    for (String folder : new String[] {"content/stories/sandbox", "static/sandbox", "templates/sandbox"}) {
      err.getBuffer().setLength(0);
      assertThat(run("init", outer.resolve(folder).toString())).as(folder).isEqualTo(1);
      assertThat(err.toString()).as(folder).contains("of the site " + outer, "would publish").doesNotContain("Exception");
      assertThat(outer.resolve(folder)).as(folder).doesNotExist();
    }
  }

  @Test
  void noSiteIsMadeThroughALinkIntoAnotherSitesContent() throws Exception {
    Path outer = outerSite();
    Files.createDirectories(outer.resolve("content"));
    Path link = Files.createSymbolicLink(dir.resolve("shortcut"), outer.resolve("content"));

    assertThat(run("init", link.resolve("sandbox").toString())).isEqualTo(1);

    assertThat(outer.resolve("content/sandbox")).doesNotExist();
  }

  @Test
  void noSiteIsMadeInsideABuildsOutputFolder() throws Exception {
    Path output = Files.createDirectories(dir.resolve("public"));
    Files.writeString(output.resolve(org.briefing.write.OutputFolder.MARKER), "made by a build\n");

    assertThat(run("init", output.resolve("sandbox").toString())).isEqualTo(1);

    assertThat(err.toString()).contains("output folder");
    assertThat(output.resolve("sandbox")).doesNotExist();
  }

  @Test
  void aSiteBesideTheFoldersAnotherSiteBuildsFromIsMade() throws Exception {
    Path outer = outerSite();

    assertThat(run("init", outer.resolve("sites/second").toString())).as(err.toString()).isZero();

    assertThat(outer.resolve("sites/second/briefing.yaml")).exists();
  }

  /** An empty --title (an unset shell variable) made a site whose every page had an empty title, as new refuses an empty headline. */
  @Test
  void anEmptyTitleIsRefusedAndNothingIsMade() {
    Path site = dir.resolve("site");

    assertThat(run("init", "--title", " ", site.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--title is empty");
    assertThat(site).doesNotExist();
  }

  @Test
  void aTitleWithAControlCharacterIsRefusedAndNothingIsMade() {
    Path site = dir.resolve("site");

    assertThat(run("init", "--title", "News\u0001Desk", site.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--title has a control character (U+0001");
    assertThat(site).doesNotExist();
  }

  @Test
  void aTitleIsWrittenSoThatTheConfigReadsItBackAsGiven() throws Exception {
    String title = "The \"Daily\" \\ Brief: # édition\u2028spéciale";
    Path site = dir.resolve("site");

    assertThat(run("init", "--title", title, site.toString())).as(err.toString()).isZero();

    Problems problems = new Problems();
    assertThat(ConfigLoader.load(site, problems).title()).isEqualTo(title);
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void aFolderThatCannotBeMadeIsNamedWithTheReasonAndNoTrace() {
    String tooLong = "y".repeat(300);

    assertThat(run("init", dir.resolve(tooLong).toString())).isEqualTo(1);
    assertThat(err.toString()).contains("error: cannot make the site in ").doesNotContain("unexpected", "Exception");

    err.getBuffer().setLength(0);
    assertThat(run("init", dir.resolve("a-file/site").toString().replace("a-file", writeAFile()))).isEqualTo(1);
    assertThat(err.toString()).contains("error: cannot make the site in ").doesNotContain("unexpected", "Exception");
  }

  private String writeAFile() {
    try {
      return Files.writeString(dir.resolve("a-file"), "x").getFileName().toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
