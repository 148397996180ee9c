package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.pipeline.InputStamp;
import org.briefing.load.ContentLoader;
import org.briefing.model.BuildSettings;
import org.briefing.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files under content/ that a build reads, as the input stamp lists them and the scan sorts them out. */
class InputStampTest {
  @TempDir Path dir;

  @Test
  void theStampListsTheStoriesAndEditionsTheScanWouldFind() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/world/nested.md --
        ---
        title: Nested
        ---
        -- content/_drafts/hidden.md --
        text
        -- content/.notes.md --
        text
        -- content/stories/notes.txt --
        not a story
        -- content/editions/2021-10-18.md --
        ---
        title: An edition
        ---
        """);
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(outside.resolve("linked.md"), "---\ntitle: Linked\n---\n");
    Files.createSymbolicLink(dir.resolve("content/stories/linked.md"), outside.resolve("linked.md"));
    Files.createSymbolicLink(dir.resolve("content/linked-folder.md"), outside);

    BuildSettings settings = new BuildSettings(dir, false, false, TestSite.NOW);
    ContentLoader loader = new ContentLoader(settings.contentDir(), new Problems());
    ContentLoader.Scan walked = loader.scan();
    ContentLoader.Scan listed = loader.scan(InputStamp.of(settings, null).content());

    assertThat(listed).isEqualTo(walked);
    assertThat(listed.articles()).extracting(f -> dir.relativize(f.path()).toString())
        .contains("content/stories/linked.md", "content/stories/world/nested.md")
        .doesNotContain("content/_drafts/hidden.md", "content/.notes.md", "content/linked-folder.md");
    assertThat(listed.editions()).extracting(f -> dir.relativize(f.path()).toString()).containsExactly("content/editions/2021-10-18.md");
  }

  @Test
  void aBrokenLinkToAStoryIsReportedWithItsPath() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Files.createSymbolicLink(dir.resolve("content/stories/gone.md"), dir.resolve("nowhere/gone.md"));
    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("content/stories/gone.md: error: this is a link to ").contains("gone.md, which does not exist");
  }

  @Test
  void theFilesWrittenJustNowAreNotedWithTheirBytesButNoneALinkLeadsToOutsideTheSite() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path stories = Files.createDirectories(site.resolve("content/stories"));
    Files.writeString(stories.resolve("inside.md"), "---\ntitle: Inside\n---\n");
    Path outside = Files.writeString(dir.resolve("secret.md"), "not the site's\n");
    Files.createSymbolicLink(stories.resolve("outside.md"), outside);

    InputStamp stamp = InputStamp.of(new BuildSettings(site, false, false, java.time.Instant.now()), null);

    assertThat(stamp.written()).extracting(w -> site.relativize(w.path()).toString())
        .as("files written just now, read for their bytes; the link that leads out is not read")
        .containsExactly("content/stories/inside.md");
  }
}
