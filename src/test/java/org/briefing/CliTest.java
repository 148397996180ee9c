package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefing.cli.BriefingCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BriefingCommand.forArguments(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildWritesTheSiteAndSummarises() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Run run = run("build", "--site", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).matches("Built 3 stories into .* in \\d+ ms: \\d+ pages \\(\\d+ files\\) written\\n");
    Run again = run("build", "--site", dir.toString());
    assertThat(again.out()).matches(".* is up to date: nothing changed since the last build of its 3 stories \\(checked in \\d+ ms\\)\\n");
    Files.writeString(dir.resolve("content/stories/suspension.md"), Files.readString(dir.resolve("content/stories/suspension.md")) + "\n");
    Run edited = run("build", "--site", dir.toString());
    assertThat(edited.out()).matches("Built 3 stories into .* in \\d+ ms: \\d+ pages \\(\\d+ files\\) written, 0 removed, the rest unchanged\\n");
    assertThat(dir.resolve("public/index.html")).exists();
  }

  @Test
  void aCleanBuildOverAnOldSiteReplacesItWholeAndLeavesNothingBeside() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(run("build", "--site", dir.toString()).code()).isZero();
    Files.createDirectories(dir.resolve("public/stale/deeper"));
    Files.writeString(dir.resolve("public/stale/deeper/page.html"), "from an older build");
    Files.createSymbolicLink(dir.resolve("public/stale/link"), dir.resolve("content"));
    Run clean = run("build", "--site", dir.toString(), "--clean");
    assertThat(clean.code()).as(clean.err()).isZero();
    assertThat(dir.resolve("public/stale")).doesNotExist();
    assertThat(dir.resolve("public/index.html")).exists();
    assertThat(dir.resolve("content/stories/suspension.md")).as("a link in the old site is removed, not followed").exists();
    try (var beside = Files.list(dir)) {
      assertThat(beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public"))).as("old and staging folders").isEmpty();
    }
  }

  @Test
  void aContentErrorExitsWithOneAndPrintsPathLineAndHint() throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + """
        -- content/a.md --
        ---
        title: No date
        ---
        Body.
        """);
    Run run = run("build", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("content/a.md:2: error: the required field 'date' is missing").contains("  hint: add a line such as 'date:");
    assertThat(run.err()).contains("Build failed with 1 error");
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("build", "--no-such-option").code()).isEqualTo(2);
    assertThat(run("build", "--base-url", "not a url", "--site", dir.toString()).code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void anOutputFolderThatWouldSwallowTheSiteIsRefused() {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Run run = run("build", "--site", dir.toString(), "--out", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(dir.resolve("content/stories/suspension.md")).exists();
  }

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    for (String command : new String[] {"build", "new", "init", "import", "summarize", "evaluate"}) {
      Run run = run(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: briefing " + command);
    }
    assertThat(run("--version").out()).startsWith("briefing ");
  }

  @Test
  void aSubcommandIsBuiltAloneButHelpAndMistakesListThemAll() {
    assertThat(BriefingCommand.forArguments("build", "--site", "x").getSubcommands()).containsOnlyKeys("build");
    String[] all = {"build", "serve", "new", "init", "send", "import", "summarize", "evaluate", "bench-corpus", "help"};
    assertThat(BriefingCommand.forArguments("--help").getSubcommands()).containsOnlyKeys(all);
    assertThat(BriefingCommand.forArguments("help", "build").getSubcommands()).containsOnlyKeys(all);
    assertThat(BriefingCommand.forArguments("biuld").getSubcommands()).containsOnlyKeys(all);
    String usage = run("--help").out();
    for (String command : all) {
      assertThat(usage).contains("  " + command + " ");
    }
    assertThat(run("help", "serve").out()).contains("Usage: briefing serve");
    assertThat(run("biuld").err()).contains("Unmatched argument").contains("build");
  }

  @Test
  void newWritesADraftThatBuildsAsItStandsWithEveryOptionalFieldAsACommentedExample() throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    Run run = run("new", "--site", dir.toString(), "Ministers meet in Brussels");
    assertThat(run.code()).as(run.err()).isZero();
    Path story;
    try (Stream<Path> files = Files.list(dir.resolve("content/stories"))) {
      story = files.findFirst().orElseThrow();
    }
    assertThat(story.getFileName().toString()).endsWith("-ministers-meet-in-brussels.md");
    assertThat(run.out()).as("the file is named as a file, and the advice is a command that works")
        .contains("Wrote " + story + "\n").contains(" serve --drafts --site ");
    String text = Files.readString(story);
    for (String field : new String[] {"title:", "date:", "draft: true", "topics:", "sources:"}) {
      assertThat(text).contains("\n" + field);
    }
    for (String field : new String[] {"slug:", "standfirst:", "summary:", "places:", "authors:", "image:", "edition:",
        "why_it_matters:", "key_points:", "whats_next:", "go_deeper:", "updated:"}) {
      assertThat(text).as("an optional field is an example in a comment, not an empty value").contains("\n# " + field)
          .doesNotContain("\n" + field);
    }
    assertThat(run("new", "--site", dir.toString(), "Ministers meet in Brussels").code()).isEqualTo(1);

    Run draft = run("build", "--site", dir.toString(), "--future", "--drafts");
    assertThat(draft.code()).as("the new story builds as a draft as it stands: " + draft.err()).isZero();
    assertThat(draft.err()).contains("names no sources");
    Run unfinished = run("build", "--site", dir.toString(), "--future");
    assertThat(unfinished.code()).as("as a draft it is not published, so nothing is wrong").isZero();

    Files.writeString(story, text.replace("draft: true", "draft: false"));
    Run asWritten = run("build", "--site", dir.toString(), "--future");
    assertThat(asWritten.code()).as("published with the text new wrote, it is an error").isEqualTo(1);
    assertThat(asWritten.err()).contains("'" + org.briefing.model.NewStoryText.PLACEHOLDER + "'");

    String written = text.replace(org.briefing.model.NewStoryText.PLACEHOLDER, "Ministers met in Brussels on Tuesday.");
    Files.writeString(story, written.replace("draft: true", "draft: false"));
    Run published = run("build", "--site", dir.toString(), "--future");
    assertThat(published.code()).as("published without a source, it is an error under attribution: strict").isEqualTo(1);
    assertThat(published.err()).contains("names no sources");

    Files.writeString(story, written.replace("draft: true", "draft: false").replace("sources: []", "sources: [reuters]")
        .replace("# image:", "image:").replace("#   src: /images/photo.jpg", "  src: https://example.org/photo.jpg")
        .replace("#   alt:", "  alt:").replace("#   caption:", "  caption:").replace("#   credit:", "  credit:"));
    Run filled = run("build", "--site", dir.toString(), "--future");
    assertThat(filled.code()).as(filled.err()).isZero();
  }

  @Test
  void newOutsideASiteFolderSaysSoAndWritesNothing() {
    Run run = run("new", "--site", dir.toString(), "Ministers meet in Brussels");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is not a site folder: it has no briefing.yaml").contains(" init DIR");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void initMakesASiteThatBuilds() {
    Path site = dir.resolve("fresh");
    Run init = run("init", site.toString(), "--copy-theme");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(site.resolve("templates/article.ftlh")).exists();
    Run build = run("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(site.resolve("public/2021/10/18/your-briefing-is-ready/index.html")).exists();
    assertThat(build.out()).startsWith("Built 1 story into ");
    assertThat(init.out()).contains("Next: cd " + site + " && ").endsWith(" build\n");
    assertThat(site.resolve(".gitignore")).as("what a build writes is kept out of the site's repository")
        .content().contains("/public/\n", "/.briefing-cache/\n");
    assertThat(run("init", site.toString()).code()).isEqualTo(1);
  }
}
