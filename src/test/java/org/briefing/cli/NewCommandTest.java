package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
  @TempDir Path dir;
  private Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void makeASite() throws Exception {
    site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("briefing.yaml"), "title: T\nbase_url: https://example.org/\n");
    Files.createDirectories(site.resolve("content/stories"));
  }

  private int run(String... args) {
    CommandLine cli = BriefingCommand.commandLine();
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static long filesUnder(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void aStoryIsNotWrittenThroughALinkToAFolderOutsideTheSite() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(site.resolve("content/desk"), outside);

    assertThat(run("new", "--site", site.toString(), "--dir", "desk", "Ministers meet")).isEqualTo(2);

    assertThat(filesUnder(outside)).isZero();
    assertThat(err.toString()).contains("is a link to " + outside.toRealPath(), "outside the site",
        "a build does not follow links to folders").doesNotContain("Exception");
  }

  @Test
  void aStoryIsNotWrittenThroughALinkFurtherDownTheDirOption() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside/2021"));
    Files.createSymbolicLink(site.resolve("content/stories/archive"), outside.getParent());

    assertThat(run("new", "--site", site.toString(), "--dir", "stories/archive/2021", "Ministers meet")).isEqualTo(2);

    assertThat(filesUnder(outside)).isZero();
  }

  @Test
  void anExistingStoryFileThatLinksOutsideTheSiteIsNotOverwrittenEvenWithForce() throws Exception {
    run("new", "--site", site.toString(), "Ministers meet");
    Path story;
    try (Stream<Path> files = Files.list(site.resolve("content/stories"))) {
      story = files.findFirst().orElseThrow();
    }
    Path outside = Files.writeString(dir.resolve("notes.md"), "my own notes\n");
    Files.delete(story);
    Files.createSymbolicLink(story, outside);

    assertThat(run("new", "--site", site.toString(), "--force", "Ministers meet")).isEqualTo(1);

    assertThat(Files.readString(outside)).isEqualTo("my own notes\n");
    assertThat(err.toString()).contains("outside the site");
  }

  /**
   * A link where the story goes is never written through, with --force or not: not one to a file
   * outside the site that does not exist yet (a cloned site's {@code -> ~/.bash_profile}), not one
   * to another file of the site.
   */
  @Test
  void aStoryFileThatIsALinkIsNeverWrittenThroughEvenWhenItLeadsNowhereYet() throws Exception {
    run("new", "--site", site.toString(), "Ministers meet");
    Path story;
    try (Stream<Path> files = Files.list(site.resolve("content/stories"))) {
      story = files.findFirst().orElseThrow();
    }
    Files.delete(story);
    Path missing = dir.resolve("dot_profile");
    Path other = Files.writeString(site.resolve("content/stories/other.md"), "another story\n");
    for (Path target : new Path[] {missing, other}) {
      Files.createSymbolicLink(story, target);
      for (String[] args : new String[][] {{"new", "--site", site.toString(), "Ministers meet"},
          {"new", "--site", site.toString(), "--force", "Ministers meet"}}) {
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(target + " " + String.join(" ", args)).isEqualTo(1);
        assertThat(err.toString()).contains(story + " is a link to " + target, "nothing is written through a link")
            .doesNotContain("Exception");
      }
      assertThat(missing).doesNotExist();
      assertThat(other).hasContent("another story");
      assertThat(Files.isSymbolicLink(story)).isTrue();
      Files.delete(story);
    }
    assertThat(run("new", "--site", site.toString(), "Ministers meet")).isZero();
    assertThat(Files.isSymbolicLink(story)).isFalse();
    assertThat(story).content().contains("title: \"Ministers meet\"");
  }

  @Test
  void foldersWhoseFilesAreNotStoriesAreRefusedWithWhereStoriesGo() throws Exception {
    for (String folder : new String[] {"pages", "pages/policies", "editions", ".later", "stories/_drafts", "../static", "/tmp"}) {
      err.getBuffer().setLength(0);
      assertThat(run("new", "--site", site.toString(), "--dir", folder, "A story")).as(folder).isEqualTo(2);
      assertThat(err.toString()).as(folder).contains("stories go in content/").doesNotContain("Exception");
    }
    assertThat(filesUnder(site)).as("only briefing.yaml").isEqualTo(1);
  }

  @Test
  void aFolderOfStoriesBelowContentIsWrittenInto() throws Exception {
    assertThat(run("new", "--site", site.toString(), "--dir", "desk/europe", "A story")).as(err.toString()).isZero();

    assertThat(filesUnder(site.resolve("content/desk/europe"))).isEqualTo(1);
  }

  @Test
  void aHeadlineWithAControlCharacterIsRefused() throws Exception {
    assertThat(run("new", "--site", site.toString(), "Ministers\u001bmeet")).isEqualTo(2);

    assertThat(err.toString()).contains("the headline has a control character (U+001B");
    assertThat(filesUnder(site.resolve("content"))).isZero();
  }

  @Test
  void anUnknownOptionIsNamedAsOneRatherThanAsAMissingHeadline() {
    for (String option : new String[] {"-x", "- dash"}) {
      err.getBuffer().setLength(0);
      assertThat(run("new", "--site", site.toString(), option)).as(option).isEqualTo(2);
      assertThat(err.toString()).as(option).contains("Unknown option: '" + option + "'").doesNotContain("Missing required");
    }
    err.getBuffer().setLength(0);
    assertThat(run("new", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing the story's headline");
  }
  /** With its draft line deleted and a source added before the text was written, "Write the story here." went out as the story. */
  @Test
  void aStoryPublishedWithTheTextNewWroteIsAnErrorAtItsLine() throws Exception {
    assertThat(run("new", "--site", site.toString(), "Ministers meet")).isZero();
    Path story;
    try (Stream<Path> files = Files.list(site.resolve("content/stories"))) {
      story = files.findFirst().orElseThrow();
    }
    assertThat(run("build", "--site", site.toString(), "-q")).as(err.toString()).isZero(); // a draft keeps it
    String text = Files.readString(story).replaceFirst("(?m)^draft: true.*\\n", "").replaceFirst("(?m)^sources: \\[\\]", "sources: [{name: Reuters, url: \"https://www.reuters.com/\"}]");
    Files.writeString(story, text);
    int line = (int) text.substring(0, text.indexOf(org.briefing.model.NewStoryText.PLACEHOLDER)).chars().filter(c -> c == '\n').count() + 1;

    assertThat(run("build", "--site", site.toString(), "-q", "--future")).isNotZero();

    assertThat(err.toString()).contains(site.relativize(story) + ":" + line + ": error: the text 'briefing new' wrote ('Write the story here.')");
    try (Stream<Path> walk = Files.walk(site.resolve("public"))) {
      assertThat(walk.filter(Files::isRegularFile)).map(NewCommandTest::bytes).noneMatch(b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Write the story"));
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
