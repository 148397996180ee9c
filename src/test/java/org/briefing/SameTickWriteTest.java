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
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("sources: [nato]\n",
        "sources: [nato]\nimage: {src: mark.svg, alt: The alliance's mark, credit: NATO}\n") + """
        -- content/stories/mark.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>
        -- static/css/extra.css --
        body { color: red; }
        """).build();

    // each build() compares the preview's rebuild and briefing build's with a clean build, byte for
    // byte, and then asks briefing build again, which must find the output up to date
    writeAgainInTheSameTick("content/stories/suspension.md", "eight diplomats", "eight officials");
    site.build();
    assertThat(site.html("2021/10/18/russia-suspends-its-mission-to-nato/index.html").select(".standfirst").text())
        .isEqualTo("Moscow answers the expulsion of eight officials.");

    writeAgainInTheSameTick("content/sources.yaml", "name: Reuters", "name: REUTERS");
    site.build();
    assertThat(site.file("sources/index.html")).contains("REUTERS");

    writeAgainInTheSameTick("static/css/extra.css", "red", "tan");
    site.build();
    assertThat(site.file("css/extra.css")).contains("tan");

    writeAgainInTheSameTick("content/stories/mark.svg", "fill=\"red\"", "fill=\"tan\"");
    site.build();
    String photo = site.html("2021/10/18/allies-regret-the-decision/index.html").selectFirst("figure img").attr("src");
    assertThat(site.file(photo.substring(1))).as(photo).contains("fill=\"tan\"");
  }

  /**
   * The files a build noted as just written are read again by the build after it; once they are
   * older than a tick, a build that finds nothing to do says so in the cache, and the builds after
   * it read none of them.
   */
  @Test
  void aBuildThatFindsNothingToDoForgetsTheFilesNoLongerJustWritten() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    // written now (their change time), though TestSite dates them ahead, a second apart
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
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
