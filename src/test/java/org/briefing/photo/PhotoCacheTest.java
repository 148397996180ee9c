package org.briefing.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.fingerprint.FileStamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The photo cache remembers an original's digest by its path, size and stamp; an original written
 * just now can be written again within the file system's tick with the same size and stamp, so its
 * digest is not remembered (times made as coarse as one-second file systems keep them with
 * {@code briefing.test.fileTimeTick}).
 */
class PhotoCacheTest {
  @TempDir Path dir;

  @AfterEach
  void finerTimes() {
    System.clearProperty("briefing.test.fileTimeTick");
  }

  @Test
  void anOriginalWrittenAgainInTheSameTickGetsTheDigestOfItsNewBytes() throws Exception {
    System.setProperty("briefing.test.fileTimeTick", "1000000000");
    Path photo = dir.resolve("photo.jpg");
    Files.writeString(photo, "the first picture");
    FileStamp first = FileStamp.read(photo);
    PhotoCache cache = PhotoCache.in(dir.resolve("cache"));
    String before = cache.digest(photo, first.size(), first.stamp());
    cache.forgetUnused();

    Files.writeString(photo, "a second picture!");
    FileStamp second = FileStamp.read(photo);
    assertThat(second.size()).isEqualTo(first.size());
    assertThat(second.stamp()).as("the stamp a one-second file system leaves").isEqualTo(first.stamp());
    assertThat(PhotoCache.in(dir.resolve("cache")).digest(photo, second.size(), second.stamp()))
        .as("the next build's").isNotEqualTo(before);
    assertThat(cache.digest(photo, second.size(), second.stamp())).as("the same cache's, as the preview keeps it").isNotEqualTo(before);
  }
}
