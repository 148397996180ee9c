package org.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size of an image file as an email's width and height attributes want it. */
class ImageSizeTest {
  @TempDir Path dir;

  @Test
  void anSvgGivesItsWidthAndHeightInPixelsOrItsViewBoxsRatio() {
    assertThat(ImageSize.svgSize("120", "40px", null)).isEqualTo(new ImageSize(120, 40));
    assertThat(ImageSize.svgSize("72pt", "36pt", null)).as("a point is 4/3 px").isEqualTo(new ImageSize(96, 48));
    assertThat(ImageSize.svgSize("300", null, "0 0 600 200")).isEqualTo(new ImageSize(300, 100));
    assertThat(ImageSize.svgSize(null, "50", "0,0,600,200")).isEqualTo(new ImageSize(150, 50));
    assertThat(ImageSize.svgSize("100%", "100%", "0 0 640 480")).isEqualTo(new ImageSize(640, 480));
    assertThat(ImageSize.svgSize("100%", null, null)).as("a size that depends on where it is shown").isNull();
    assertThat(ImageSize.svgSize("0", "10", null)).isNull();
  }

  @Test
  void aFileThatIsNoImageOrIsMissingHasNoSize() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.png"), "not really a png");
    assertThat(ImageSize.of(fake)).isNull();
    assertThat(ImageSize.of(dir.resolve("missing.png"))).isNull();
    Path entity = Files.writeString(dir.resolve("entity.svg"), """
        <?xml version="1.0"?>
        <!DOCTYPE svg [<!ENTITY w SYSTEM "file:///etc/hostname">]>
        <svg xmlns="http://www.w3.org/2000/svg" width="&w;" height="10"/>
        """);
    assertThat(ImageSize.of(entity)).as("no entity is fetched").isNull();
  }

  @Test
  void aWideImageIsScaledToTheColumnKeepingItsRatio() {
    assertThat(new ImageSize(1200, 800).fitted(552)).isEqualTo(new ImageSize(552, 368));
    assertThat(new ImageSize(40, 30).fitted(552)).isEqualTo(new ImageSize(40, 30));
    assertThat(new ImageSize(5000, 1).fitted(552)).isEqualTo(new ImageSize(552, 1));
  }
}
