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
 * photo cache remembers the old one's digest by path, size and time.
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
}
