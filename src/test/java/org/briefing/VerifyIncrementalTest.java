package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing build --verify-incremental} builds the site clean into a scratch folder after
 * the build, and lists every file of the output that differs from it, exiting with 1 when one does.
 */
class VerifyIncrementalTest {
  @TempDir Path dir;

  private CliTest.Run build(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "build";
    args[1] = "--site";
    args[2] = dir.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliTest.run(args);
  }

  @Test
  void aRebuildAfterAnEditIsVerifiedAgainstACleanBuild() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- templates/topics.ftlh --
        <#list topics as t><p>${t.name}: ${t.articles[0].title}</p></#list>
        """);
    assertThat(build().code()).isZero();
    site.edit("content/stories/reaction.md", "title: Allies regret the decision", "title: Allies regret the step");
    java.util.Set<String> before = scratchFolders();
    CliTest.Run run = build("--verify-incremental");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Verified: ");
    assertThat(Files.readString(dir.resolve("public/topics/index.html"))).contains("Allies regret the step");
    // those of other builds on the machine at the same time are not this one's
    assertThat(scratchFolders()).as("scratch folders left behind").isSubsetOf(before);
  }

  /** The verifications' scratch folders with a site in them in the machine's folder of temporary files. */
  private static java.util.Set<String> scratchFolders() throws java.io.IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (var all = Files.list(tmp)) {
      return all.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("briefing-verify-") && Files.exists(tmp.resolve(name).resolve("public")))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void anOutputThatDiffersFromACleanBuildIsReportedFileByFile() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(build().code()).isZero();
    Files.writeString(dir.resolve("public/index.html"), "changed by hand");
    Files.writeString(dir.resolve("public/stray.html"), "not the build's");
    CliTest.Run run = build("--verify-incremental");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("differs from a clean build: index.html (different content)",
        "differs from a clean build: stray.html (not made by a clean build)",
        "2 files of ");
    assertThat(run.err()).doesNotContain("Exception");
  }
}
