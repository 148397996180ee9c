package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.serve.PreviewFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.briefing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails only for dates after its moment (a correction made a moment from now) is
 * built again by the preview when they have come, as a story left out for its date is, with no
 * file saved in between.
 */
class PreviewDatedErrorsTest {
  @TempDir Path dir;

  @Test
  void aPreviewFailingOnlyForADateAheadBuildsAgainWhenItHasCome() throws IOException {
    long started = System.currentTimeMillis();
    // the site's clock runs from the test sites' moment, in step with the real one, which the timer waits by
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"),
        () -> TestSite.NOW.plusMillis(System.currentTimeMillis() - started))) {
      Path story = preview.site.dir().resolve("content/stories/reaction.md");
      Instant soon = TestSite.NOW.plusMillis(System.currentTimeMillis() - started).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
      String correction = "corrections:\n  - date: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(soon.atOffset(ZoneOffset.UTC))
          + "\n    text: \"An earlier version gave the wrong day.\"\n";
      String id = preview.state().id();
      Files.writeString(story, Files.readString(story).replace("sources: [reuters]\n", "sources: [reuters]\n" + correction));
      preview.awaitBuildAfter(id);
      assertThat(preview.state().failed()).as(preview.console.toString()).isTrue();
      assertThat(preview.console.toString()).contains("after the moment of this build");

      await("the rebuild once the correction's moment has come\nconsole:\n" + preview.console, 15,
          () -> !preview.state().failed());
      assertThat(preview.console.toString()).contains("the dates the errors named have come", "errors cleared");
      assertThat(preview.get("/briefings/2021/10/18/allies-regret-the-decision/").body()).contains("An earlier version gave the wrong day.");
    }
  }
}
