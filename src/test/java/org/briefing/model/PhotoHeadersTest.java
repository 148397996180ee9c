package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.TestImages;
import org.briefing.photo.PhotoException;
import org.briefing.photo.PhotoInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoHeadersTest {
  @TempDir
  Path dir;

  @Test
  void aPhotoSharedByManyStoriesIsReadOncePerBuild() throws Exception {
    Path photo = dir.resolve("shared.jpg");
    Files.write(photo, TestImages.jpeg(64, 48, 1));
    PhotoHeaders headers = new PhotoHeaders();
    PhotoInfo first = headers.read(photo);
    assertEquals(64, first.width());
    // a second read of the file would now fail: the build's headers answer without opening it again
    Files.writeString(photo, "not a photo any more");
    assertSame(first, headers.read(photo));
    assertThrows(PhotoException.class, () -> new PhotoHeaders().read(photo), "the next build reads the file again");
  }

  @Test
  void aPhotoTheLastBuildReadIsNotReadAgainUntilItsFileIsWrittenEvenWithItsSizeAndTimeKept() throws Exception {
    Path file = dir.resolve("kept.jpg");
    Files.write(file, TestImages.jpeg(64, 48, 1));
    PhotoInfo read = new PhotoHeaders().read(file);
    // what the last build knew, told apart from what reading the file gives
    PhotoInfo known = new PhotoInfo(read.format(), 999, 999, read.orientation(), read.size(), read.stamp(), read.embedded());
    Photo lastBuild = new Photo("/kept.jpg", null, "kept.jpg", "", "", "", file, known, org.briefing.photo.Focus.CENTRE, false, null);
    PhotoHeaders unchanged = new PhotoHeaders();
    unchanged.know(lastBuild);
    assertSame(known, unchanged.read(file));

    // the same size and time, other bytes (touch -r, cp -p): read again, it is no photo
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
    Files.write(file, new byte[(int) read.size()]);
    Files.setLastModifiedTime(file, time);
    PhotoHeaders written = new PhotoHeaders();
    written.know(lastBuild);
    assertThrows(PhotoException.class, () -> written.read(file), "a file written again is read again");
  }

  /**
   * A photo written after the build's look at its inputs is recorded with the stamp of the look,
   * which that write changed: on a file system that keeps times to the second, a second write in
   * the same second would keep the stamp read with the header, and the next build the first header.
   */
  @Test
  void aPhotoWrittenAfterTheBuildLookedIsRecordedWithTheStampOfTheLook() throws Exception {
    Path file = dir.resolve("late.jpg");
    Files.write(file, TestImages.jpeg(64, 48, 1));
    org.briefing.load.ContentLoader.ContentFile look = org.briefing.load.FileTree.file(file);
    Files.write(file, TestImages.jpeg(80, 60, 2));
    PhotoInfo read = new PhotoHeaders(f -> f.equals(file) ? look : null).read(file);
    assertEquals(80, read.width());
    assertEquals(look.stamp(), read.stamp(), "the stamp of the look");

    org.briefing.load.ContentLoader.ContentFile now = org.briefing.load.FileTree.file(file);
    Photo lastBuild = new Photo("/late.jpg", null, "late.jpg", "", "", "", file, read, org.briefing.photo.Focus.CENTRE, false, null);
    PhotoHeaders next = new PhotoHeaders(f -> now);
    next.know(lastBuild);
    org.junit.jupiter.api.Assertions.assertNotSame(read, next.read(file), "the next build reads it again");
    org.junit.jupiter.api.Assertions.assertNotEquals(now.stamp(), new PhotoHeaders(org.briefing.load.ContentLoader.ContentFile::madeSinceTheLook).read(file).stamp(),
        "a file that was not there at the look: a stamp no later look gives");
  }

  @Test
  void everyStoryThatShowsABrokenPhotoIsToldWhy() throws Exception {
    Path photo = dir.resolve("broken.jpg");
    Files.writeString(photo, "not a JPEG");
    PhotoHeaders headers = new PhotoHeaders();
    String first = assertThrows(PhotoException.class, () -> headers.read(photo)).getMessage();
    assertEquals(first, assertThrows(PhotoException.class, () -> headers.read(photo)).getMessage());
  }
}
