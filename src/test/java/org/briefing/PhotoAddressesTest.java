package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No two pictures are published at one address: a photo's resized files and card are named after
 * it, so two photos of one name, or a photo and a file named like another's card, would make one
 * file, and one story would show the other's picture. Such a clash stops the build at the
 * image.src of a story, naming both files; a site without one keeps its photos' addresses.
 */
class PhotoAddressesTest {
  @TempDir
  Path dir;

  private static String stories(String... srcs) {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG + Fixtures.SOURCES);
    char slug = 'a';
    for (String src : srcs) {
      spec.append(ResponsivePhotosTest.story(String.valueOf(slug++), src, ""));
    }
    return spec.toString();
  }

  private static Problem onlyError(List<Problem> errors) {
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void twoPhotosOfOneNameInTwoFormatsStopTheBuildNamingBoth() {
    TestSite site = TestSite.of(dir, stories("/images/harbour.jpg", "/images/harbour.png"))
        .writeBytes("static/images/harbour.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/harbour.png", TestImages.encode(TestImages.picture(700, 400, 2, false), "png"));

    Problem error = onlyError(site.buildFails());
    assertThat(error.format(dir)).contains("content/stories/b.md:6", "static/images/harbour.png", "static/images/harbour.jpg",
        "images/harbour-card.jpg");
    assertThat(error.hint()).contains("rename one of the two files");
  }

  @Test
  void aWebpAndAJpegOfOneNameClashOnTheirResizedFiles() {
    TestSite site = TestSite.of(dir, stories("/images/harbour.jpg", "/images/harbour.webp"))
        .writeBytes("static/images/harbour.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/harbour.webp", TestImages.solidWebp(300, 200, 0xff00c800));

    assertThat(onlyError(site.buildFails()).format(dir)).contains("content/stories/b.md:6", "static/images/harbour.webp",
        "static/images/harbour.jpg", "images/harbour-240w.jpg");
  }

  @Test
  void aPhotoNamedLikeAnotherPhotosCardStopsTheBuild() {
    TestSite site = TestSite.of(dir, stories("/images/quay.jpg", "/images/quay-card.jpg"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/quay-card.jpg", TestImages.jpeg(1300, 700, 2));

    assertThat(onlyError(site.buildFails()).format(dir)).contains("content/stories/b.md:6", "static/images/quay-card.jpg",
        "static/images/quay.jpg", "would both be published as images/quay-card.jpg");
  }

  @Test
  void aStaticFileAtTheAddressOfAPhotosCardStopsTheBuild() {
    TestSite site = TestSite.of(dir, stories("/images/quay.jpg"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/quay-card.jpg", TestImages.jpeg(300, 200, 2));

    Problem error = onlyError(site.buildFails());
    assertThat(error.format(dir)).contains("content/stories/a.md:6", "static/images/quay.jpg", "static/images/quay-card.jpg");
  }

  @Test
  void oneFileShownByTwoStoriesAndPhotosOfDifferentNamesKeepTheirAddresses() {
    TestSite site = TestSite.of(dir, stories("/images/quay.jpg", "/images/quay.jpg", "/images/quays.png"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/quays.png", TestImages.encode(TestImages.picture(700, 400, 2, false), "png"))
        .build();

    assertThat(site.html("2021/10/18/story-b/").select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://example.org/images/quay-card.jpg");
    assertThat(site.html("2021/10/18/story-c/").select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://example.org/images/quays-card.jpg");
  }
}
