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
  void aPhotoTheLastBuildReadIsNotReadAgainWhileItsFileHasTheSameSizeAndTime() throws Exception {
    Path file = dir.resolve("kept.jpg");
    Files.write(file, TestImages.jpeg(64, 48, 1));
    PhotoInfo before = new PhotoHeaders().read(file);
    Photo lastBuild = new Photo("/kept.jpg", null, "kept.jpg", "", "", "", file, before, org.briefing.photo.Focus.CENTRE, false, null);
    // the same size and time, other bytes: a file that was read again would not be a photo
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
    Files.write(file, new byte[(int) before.size()]);
    Files.setLastModifiedTime(file, time);
    PhotoHeaders unchanged = new PhotoHeaders();
    unchanged.know(lastBuild);
    assertSame(before, unchanged.read(file));

    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 2000));
    PhotoHeaders touched = new PhotoHeaders();
    touched.know(lastBuild);
    assertThrows(PhotoException.class, () -> touched.read(file), "a file whose time changed is read again");
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
