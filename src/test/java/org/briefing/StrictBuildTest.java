package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --strict}, for CI: any warning fails the build, and the files Briefing writes itself build without one. */
class StrictBuildTest {
  @TempDir Path dir;

  private static final String STORY = """
      -- content/stories/a.md --
      ---
      title: A story
      date: 2021-10-18T10:00:00Z
      sources: [reuters]
      ---
      The first text.
      """;

  private String page() throws Exception {
    return Files.readString(dir.resolve("public/2021/10/18/a-story/index.html"));
  }

  @Test
  void strictTurnsEveryWarningIntoAnErrorAndLeavesTheOutputAsItWas() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY);
    assertThat(CliTest.run("build", "--site", dir.toString(), "--strict").code()).isZero();
    String before = page();

    site.write(STORY.replace("sources: [reuters]", "sources: [reuters]\ncolour: red").replace("first", "second"));
    CliTest.Run strict = CliTest.run("build", "--site", dir.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("content/stories/a.md:5: error: unknown field 'colour'")
        .contains("Build failed with 1 error (--strict counts warnings as errors)");
    assertThat(page()).isEqualTo(before);

    CliTest.Run lenient = CliTest.run("build", "--site", dir.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("content/stories/a.md:5: warning: unknown field 'colour'");
    String after = page();
    assertThat(after).contains("The second text.");

    CliTest.Run upToDate = CliTest.run("build", "--site", dir.toString(), "--strict");
    assertThat(upToDate.code()).as("the warnings of a build that finds nothing changed count too").isEqualTo(1);
    assertThat(upToDate.err()).contains("content/stories/a.md:5: error: unknown field 'colour'");
    CliTest.Run clean = CliTest.run("build", "--site", dir.toString(), "--strict", "--clean");
    assertThat(clean.code()).isEqualTo(1);
    assertThat(page()).isEqualTo(after);
  }

  @Test
  void theFilesThatInitNewAndImportWriteBuildWithoutAWarning() throws Exception {
    Path site = dir.resolve("site");
    assertThat(CliTest.run("init", site.toString()).code()).isZero();
    assertThat(CliTest.run("new", "--site", site.toString(), "Talks resume in Geneva").code()).isZero();
    Path copy = Files.writeString(dir.resolve("wire.txt"), """
        Port of Valmora reopens after three weeks of repairs

        Ships return to the harbour as the authority lifts its closure.

        Cranes at the port of Valmora on Monday. [Ana Lucas/Reuters]

        The port of Valmora reopened on Monday after three weeks of repairs, the harbour authority said.

        Ships that had been sent to Porto Seco are expected back by Friday, it added.

        Reporting by Ana Lucas; Editing by Peter Okafor

        Source: Reuters
        """);
    CliTest.Run imported = CliTest.run("import", "--site", site.toString(), "--date", "2021-10-18", copy.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(Files.readString(site.resolve("content/imported/port-of-valmora-reopens-after-three-weeks-of-repairs.md")))
        .as("the import writes credits and an image").contains("credits:", "image:");

    CliTest.Run built = CliTest.run("build", "--site", site.toString(), "--strict");
    assertThat(built.code()).as(built.err()).isZero();
    assertThat(built.err()).doesNotContain("warning");
    assertThat(built.out()).startsWith("Built 2 stories");
  }
}
