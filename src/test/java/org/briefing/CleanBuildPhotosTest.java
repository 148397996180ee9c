package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --clean} trusts no file's size and time (docs/incremental.md, "What a rebuild does
 * not notice"): a photo given new bytes of the same size and time is resized again, though the
 * photo cache remembers the old one's digest by path, size and time; and a resized photo damaged in
 * the cache since it was made is made again, not published.
 */
class CleanBuildPhotosTest {
  @TempDir
  Path dir;

  static byte[] solid(Color colour) {
    BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 900, 600);
    g.dispose();
    return TestImages.encode(image, "png");
  }

  @Test
  void aCleanBuildResizesAPhotoReplacedBySameSizedBytesWithItsTimePutBack() throws Exception {
    byte[] red = solid(new Color(200, 0, 0));
    byte[] blue = solid(new Color(0, 0, 200));
    assertThat(blue).as("the two pictures take the same bytes, so only their content tells them apart").hasSameSizeAs(red);
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + ResponsivePhotosTest.story("harbour", "/images/harbour.png", ""))
        .writeBytes("static/images/harbour.png", red);
    Path original = dir.resolve("static/images/harbour.png");
    FileTime time = Files.getLastModifiedTime(original);
    assertThat(CliTest.run("build", "--site", dir.toString(), "-q").code()).isZero();
    Path published = dir.resolve("public/images/harbour-480w.png");
    assertThat(PhotoInputsTest.colour(ImageIO.read(published.toFile()), 100, 100)).isEqualTo("192 0 0");

    Files.write(original, blue);
    Files.setLastModifiedTime(original, time);
    assertThat(CliTest.run("build", "--site", dir.toString(), "--clean", "-q").code()).isZero();

    assertThat(PhotoInputsTest.colour(ImageIO.read(published.toFile()), 100, 100)).isEqualTo("0 0 192");
    assertThat(PhotoInputsTest.colour(ImageIO.read(dir.resolve("public/images/harbour-card.jpg").toFile()), 100, 100))
        .isEqualTo("0 0 192");
  }

  @Test
  void aCleanBuildMakesAgainAResizedPhotoDamagedInTheCacheInsteadOfPublishingIt() throws Exception {
    // helper-83: a flipped byte in .briefing-cache/public/photos/ was published, by build --clean too, for good
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + ResponsivePhotosTest.story("harbour", "/images/harbour.png", ""))
        .writeBytes("static/images/harbour.png", solid(new Color(200, 0, 0)));
    assertThat(CliTest.run("build", "--site", dir.toString(), "-q").code()).isZero();
    Path published = dir.resolve("public/images/harbour-480w.png");
    byte[] made = Files.readAllBytes(published);
    Path stored;
    try (var files = Files.walk(dir.resolve(".briefing-cache/public/photos"))) {
      stored = files.filter(f -> f.getFileName().toString().endsWith(".png"))
          .filter(f -> { try { return java.util.Arrays.equals(Files.readAllBytes(f), made); } catch (java.io.IOException e) { return false; } })
          .findFirst().orElseThrow();
    }
    byte[] damaged = made.clone();
    damaged[damaged.length / 2] ^= (byte) 0xff;
    Files.write(stored, damaged);

    assertThat(CliTest.run("build", "--site", dir.toString(), "--clean", "-q").code()).isZero();

    assertThat(Files.readAllBytes(published)).isEqualTo(made);
    assertThat(Files.readAllBytes(stored)).as("the stored file is made again too").isEqualTo(made);
  }
}
