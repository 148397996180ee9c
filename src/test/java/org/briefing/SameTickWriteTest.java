package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.briefing.fingerprint.FileStamp;
import org.briefing.model.BuildSettings;
import org.briefing.pipeline.InputStamp;
import org.briefing.rebuild.CacheStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a file system that keeps times to the second (FAT, ext3, HFS+, many network file systems), a
 * file written twice within one second with the same size keeps its stamp: when a build looked at
 * it between the two writes, the next build must still see the second. Times are made that coarse
 * here with {@code briefing.test.fileTimeTick} (a tick of some eleven days, so that every write of
 * the test falls in one), and every rebuild, the preview's and briefing build's, is compared with a
 * clean build.
 */
class SameTickWriteTest {
  @TempDir Path dir;

  @AfterEach
  void finerTimes() {
    System.clearProperty("briefing.test.fileTimeTick");
  }

  /** Replaces {@code from} with {@code to}, of the same length, in {@code file}: with times this coarse, its stamp stays. */
  private void writeAgainInTheSameTick(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    assertThat(to).hasSameSizeAs(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void aStoryASourceAStaticFileAndAPhotoWrittenAgainInTheSameTickAreRebuilt() throws IOException {
    System.setProperty("briefing.test.fileTimeTick", "1000000000");
    UnchangedTimeEditTest.eachKindOfFileEdited(dir, this::writeAgainInTheSameTick);
  }

  /**
   * The files a build noted as just written are read again by the build after it; once they are
   * older than a tick, a build that finds nothing to do says so in the cache, and the builds after
   * it read none of them.
   */
  @Test
  void aBuildThatFindsNothingToDoForgetsTheFilesNoLongerJustWritten() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    // written now (their change time), though dated a day ahead, as an archive from a machine whose
    // clock is ahead can date them: a write would date them now, so they are not noted for long
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(86_400)));
      }
    }
    BuildSettings settings = new BuildSettings(dir, false, false, Instant.now());
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    assertThat(lastBuild(settings).written()).as("the files the build noted as just written")
        .extracting(w -> dir.relativize(w.path()).toString()).contains("content/stories/suspension.md");

    Thread.sleep(FileStamp.recent() + 200);
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.out()).contains("is up to date");
    assertThat(lastBuild(settings).written()).as("the files the build noted as just written").isEmpty();
    assertThat(CliTest.run("build", "--site", dir.toString()).out()).contains("is up to date");
  }

  /** What the last build into {@code public/} recorded of itself, read as a build that finds nothing to do reads it. */
  private CacheStore.LastBuild lastBuild(BuildSettings settings) {
    CacheStore store = new CacheStore(dir.resolve("public"));
    try (CacheStore.Snapshot snapshot = store.snapshot()) {
      CacheStore.LastBuild last = store.unchangedSince(snapshot, InputStamp.of(settings, null).value(), Instant.now());
      assertThat(last).as("the output is up to date").isNotNull();
      return last;
    }
  }
}
