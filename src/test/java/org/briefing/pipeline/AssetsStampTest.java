package org.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.model.BuildSettings;
import org.briefing.problem.Problems;
import org.briefing.render.MemorySink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build records of a static file it copies is the stamp its look at the inputs found,
 * before anything was read: on a file system that keeps times to the second, a file written after
 * that look and again in the same second, after the copy, keeps the stamp the copy would have
 * recorded, and the next build would keep the first copy.
 */
class AssetsStampTest {
  @TempDir Path dir;
  private Path css;
  private BuildSettings settings;

  @BeforeEach
  void site() throws IOException {
    Files.createDirectories(dir.resolve("content"));
    css = dir.resolve("static/css/extra.css");
    Files.createDirectories(css.getParent());
    Files.writeString(css, "body { color: red; }\n");
    settings = new BuildSettings(dir, false, false, Instant.now());
  }

  @AfterEach
  void finerTimes() {
    System.clearProperty("briefing.test.fileTimeTick");
  }

  @Test
  void aStaticFileWrittenAfterTheLookAndAgainAfterTheCopyInOneTickIsCopiedAgain() throws IOException {
    InputStamp stamp = InputStamp.of(settings, null);
    // from here on, times as coarse as a one-second file system keeps them: the two writes share one
    System.setProperty("briefing.test.fileTimeTick", "1000000000");
    Files.writeString(css, "body { color: tan; }\n");
    Map<String, Long> copied = published(stamp);
    Files.writeString(css, "body { color: sky; }\n");
    assertThat(published(InputStamp.of(settings, null)).get("css/extra.css")).as("the next build's record of the file")
        .isNotEqualTo(copied.get("css/extra.css"));
  }

  @Test
  void aStaticFileMadeAfterTheLookIsCopiedAgainByTheNextBuild() throws IOException {
    InputStamp stamp = InputStamp.of(settings, null);
    Files.writeString(dir.resolve("static/late.css"), "p { margin: 0; }\n");
    assertThat(published(stamp).get("late.css")).as("no build gives it that record again").isNotEqualTo(published(stamp).get("late.css"));
  }

  private Map<String, Long> published(InputStamp stamp) {
    Problems problems = new Problems();
    Map<String, Long> published = Assets.publish(List.of(), Set.of(), settings, stamp, problems, new MemorySink(), (path, fingerprint) -> true,
        new org.briefing.photo.PhotoMaker(org.briefing.photo.PhotoCache.inMemory()));
    assertThat(problems.all()).isEmpty();
    return published;
  }
}
