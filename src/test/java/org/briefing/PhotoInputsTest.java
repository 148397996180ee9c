package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of photo a newsroom gets is published, and a damaged one stops the build naming the story and the file. */
class PhotoInputsTest {
  @TempDir
  Path dir;

  static String stories(String... srcs) {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG + Fixtures.SOURCES);
    for (String src : srcs) {
      String slug = src.replaceAll("[^a-z]", "");
      spec.append(ResponsivePhotosTest.story(slug, "/images/" + src, ""));
    }
    return spec.toString();
  }

  /** The colour at x, y of a published picture, as "r g b" rounded to the nearest 32, so that JPEG's small errors do not count. */
  static String colour(BufferedImage image, int x, int y) {
    int p = image.getRGB(x, y);
    return List.of((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF).stream().map(c -> String.valueOf(Math.min(255, (c + 16) / 32 * 32)))
        .reduce((a, b) -> a + " " + b).orElseThrow();
  }

  @Test
  void baselineProgressiveCmykYcckPngWebpRotatedGifAndSvgAreAllPublished() throws Exception {
    // a phone photo stored on its side (EXIF orientation 6: turn 90° clockwise): its red corner is top left as stored, top right as seen
    BufferedImage sideways = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sideways.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.setColor(Color.RED);
    g.fillRect(0, 0, 100, 100);
    g.dispose();
    byte[] gif = TestImages.encode(TestImages.picture(30, 20, 5, false), "gif");
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#036\"/></svg>\n";
    TestSite site = TestSite.of(dir, stories("baseline.jpg", "progressive.jpg", "cmyk.jpg", "ycck.jpg", "alpha.png", "solid.webp",
        "rotated.jpg", "moving.gif", "drawing.svg"))
        .writeBytes("static/images/baseline.jpg", TestImages.jpeg(800, 500, 1))
        .writeBytes("static/images/progressive.jpg", TestImages.progressiveJpeg(800, 500, 2))
        .writeBytes("static/images/cmyk.jpg", TestImages.cmykJpeg(600, 400, false))
        .writeBytes("static/images/ycck.jpg", TestImages.cmykJpeg(600, 400, true))
        .writeBytes("static/images/alpha.png", TestImages.encode(TestImages.picture(600, 400, 3, true), "png"))
        .writeBytes("static/images/solid.webp", TestImages.solidWebp(600, 400, 0xFF336699))
        .writeBytes("static/images/rotated.jpg", TaggedPhotos.tagged(TestImages.encode(sideways, "jpeg"), TaggedPhotos.Tags.phone(6)))
        .writeBytes("static/images/moving.gif", gif)
        .writeBytes("static/images/drawing.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .build();

    assertThat(ResponsivePhotosTest.read(site, "images/baseline-480w.jpg").getWidth()).isEqualTo(480);
    assertThat(ResponsivePhotosTest.read(site, "images/progressive-480w.jpg").getWidth()).isEqualTo(480);
    for (String name : List.of("cmyk", "ycck")) {
      BufferedImage published = ResponsivePhotosTest.read(site, "images/" + name + ".jpg");
      assertThat(colour(published, 100, 200)).as(name + ": cyan and yellow ink are green").isEqualTo("0 255 0");
      assertThat(colour(published, 500, 200)).as(name + ": yellow ink").isEqualTo("255 255 0");
    }
    BufferedImage png = ResponsivePhotosTest.read(site, "images/alpha-480w.png");
    assertThat(png.getRGB(2, 2) >>> 24).as("a transparent corner stays transparent").isZero();
    assertThat(png.getRGB(240, 160) >>> 24).isEqualTo(255);

    // WebP is read and published as JPEG; nothing is published at the WebP's own address
    assertThat(site.exists("images/solid.webp")).isFalse();
    assertThat(colour(ResponsivePhotosTest.read(site, "images/solid-600w.jpg"), 300, 200)).isEqualTo("64 96 160");
    assertThat(site.html("2021/10/18/story-solidwebp/").selectFirst(".lead-image img").attr("src")).isEqualTo("/images/solid-600w.jpg");

    BufferedImage turned = ResponsivePhotosTest.read(site, "images/rotated.jpg");
    assertThat(List.of(turned.getWidth(), turned.getHeight())).as("shown upright: 400 wide, 600 high").containsExactly(400, 600);
    assertThat(colour(turned, 380, 20)).as("the red corner, top right").isEqualTo("255 0 0");
    assertThat(colour(turned, 20, 20)).isEqualTo("255 255 255");
    assertThat(site.html("2021/10/18/story-rotatedjpg/").selectFirst(".lead-image img").attr("height")).isEqualTo("600");

    assertThat(Files.readAllBytes(site.out().resolve("images/moving.gif"))).as("a GIF is published as it is").isEqualTo(gif);
    assertThat(site.file("images/drawing.svg")).isEqualTo(svg);
    assertThat(site.html("2021/10/18/story-drawingsvg/").selectFirst(".lead-image img").attr("srcset")).isEmpty();
  }

  /** {@code jpeg} with {@code segment} (marker, length and data) right after its start marker. */
  static byte[] withSegment(byte[] jpeg, byte[] segment) {
    byte[] all = new byte[jpeg.length + segment.length];
    System.arraycopy(jpeg, 0, all, 0, 2);
    System.arraycopy(segment, 0, all, 2, segment.length);
    System.arraycopy(jpeg, 2, all, 2 + segment.length, jpeg.length - 2);
    return all;
  }

  /** An APP2 ICC_PROFILE segment, chunk 1 of 1, whose profile is not one (agencies' files carry such). */
  static byte[] brokenIccProfile() {
    java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
    data.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    data.write(1);
    data.write(1);
    data.writeBytes(java.util.Arrays.copyOf("not a colour profile".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 200));
    byte[] body = data.toByteArray();
    byte[] segment = new byte[body.length + 4];
    segment[0] = (byte) 0xFF;
    segment[1] = (byte) 0xE2;
    segment[2] = (byte) ((body.length + 2) >> 8);
    segment[3] = (byte) (body.length + 2);
    System.arraycopy(body, 0, segment, 4, body.length);
    return segment;
  }

  @Test
  void photosWhoseColourMetadataIsWrongButWhosePixelsAreWholeArePublished() throws Exception {
    // what the reader warns about and ignores in real agency and camera files: a CMYK file with a colour profile that
    // cannot be used, an RGB file whose Adobe marker says YCCK, a byte of padding between two segments
    byte[] adobeSaysYcck = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 2};
    byte[] padded = TestImages.jpeg(600, 400, 4);
    byte[] withPadding = new byte[padded.length + 1];
    System.arraycopy(padded, 0, withPadding, 0, 2);
    System.arraycopy(padded, 2, withPadding, 3, padded.length - 2);
    withPadding[2] = 0; // not a marker: the reader skips it and says 'Corrupt JPEG data: 1 extraneous bytes before marker'
    TestSite site = TestSite.of(dir, stories("badprofile.jpg", "adobe.jpg", "padded.jpg"))
        .writeBytes("static/images/badprofile.jpg", withSegment(TestImages.cmykJpeg(600, 400, false), brokenIccProfile()))
        .writeBytes("static/images/adobe.jpg", withSegment(TestImages.jpeg(600, 400, 4), adobeSaysYcck))
        .writeBytes("static/images/padded.jpg", withPadding)
        .build();

    BufferedImage cmyk = ResponsivePhotosTest.read(site, "images/badprofile.jpg");
    assertThat(colour(cmyk, 100, 200)).as("cyan and yellow ink are green").isEqualTo("0 255 0");
    assertThat(colour(cmyk, 500, 200)).as("yellow ink").isEqualTo("255 255 0");
    BufferedImage original = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(TestImages.jpeg(600, 400, 4)));
    for (String name : List.of("adobe", "padded")) {
      BufferedImage published = ResponsivePhotosTest.read(site, "images/" + name + ".jpg");
      for (int[] at : new int[][] {{50, 50}, {300, 200}, {550, 350}}) {
        int p = published.getRGB(at[0], at[1]);
        int o = original.getRGB(at[0], at[1]);
        for (int shift : new int[] {16, 8, 0}) {
          assertThat(Math.abs((p >> shift & 0xFF) - (o >> shift & 0xFF))).as(name + " at " + at[0] + "," + at[1])
              .isLessThanOrEqualTo(12);
        }
      }
    }
  }

  @Test
  void aTruncatedPhotoStopsTheBuildNamingTheStoryAndTheFileAndLeavesTheOutputAsItWas() throws Exception {
    byte[] whole = TestImages.jpeg(800, 500, 1);
    TestSite site = TestSite.of(dir, stories("cut.jpg")).writeBytes("static/images/cut.jpg", whole).build();
    String before = site.file("2021/10/18/story-cutjpg/index.html");

    site.writeBytes("static/images/cut.jpg", java.util.Arrays.copyOf(whole, whole.length / 2));
    List<Problem> errors = site.buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).format(dir)).contains("content/stories/cutjpg.md").contains("static/images/cut.jpg")
        .contains("damaged or cut short");
    List<String> story = java.nio.file.Files.readAllLines(dir.resolve("content/stories/cutjpg.md"));
    int srcLine = 1 + java.util.stream.IntStream.range(0, story.size()).filter(i -> story.get(i).strip().startsWith("src:")).findFirst().orElseThrow();
    assertThat(errors.get(0).position().line()).as("the line of image.src").isEqualTo(srcLine);
    assertThat(site.file("2021/10/18/story-cutjpg/index.html")).isEqualTo(before);

    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("static/images/cut.jpg").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFileThatIsNoPictureIsAnErrorAtTheImageLine() {
    TestSite site = TestSite.of(dir, stories("fake.jpg") + "-- static/images/fake.jpg --\nnot a picture at all\n");
    List<Problem> errors = site.buildFails();
    assertThat(errors.get(0).format(dir)).contains("content/stories/fakejpg.md:6").contains("the image '/images/fake.jpg' cannot be published");
  }

  /**
   * Only a picture is a photo: image.src naming a story's Markdown (a draft's, say), a settings file
   * or a file whose content is not the picture its name says is an error at its line, and nothing of
   * it is published.
   */
  @Test
  void aFileThatIsNoPictureByItsNameOrContentIsAnErrorAndIsNotPublished() {
    String draft = "-- content/stories/plan.md --\n---\ntitle: A plan not yet public\ndate: 2021-10-18T08:00:00+02:00\n"
        + "draft: true\nsources: [reuters]\n---\n\nThe plan nobody may read yet.\n";
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + draft
        + ResponsivePhotosTest.story("a", "plan.md", "") + ResponsivePhotosTest.story("b", "../sources.yaml", "")
        + ResponsivePhotosTest.story("c", "/images/map.gif", "") + ResponsivePhotosTest.story("d", "/images/map.svg", "")
        + "-- static/images/map.gif --\nimage: png 40x30\n-- static/images/map.svg --\n<html><body>no drawing</body></html>\n");
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.format(dir)).satisfiesExactlyInAnyOrder(
        e -> assertThat(e).contains("content/stories/a.md:6", "the image 'plan.md' cannot be published"),
        e -> assertThat(e).contains("content/stories/b.md:6", "the image '../sources.yaml' cannot be published"),
        e -> assertThat(e).contains("content/stories/c.md:6", "the image '/images/map.gif' cannot be published", "not a GIF"),
        e -> assertThat(e).contains("content/stories/d.md:6", "the image '/images/map.svg' cannot be published", "not a SVG"));
  }

  /**
   * A GIF photo cut short in its header, or with no frame before its end, shows nothing: it is an
   * error at its image.src line, as a JPEG or PNG whose header cannot be read is.
   */
  @Test
  void aGifPhotoCutInItsHeaderOrWithoutAFrameIsAnErrorAtItsLine() {
    byte[] gif = TestImages.encode(TestImages.picture(30, 20, 5, false), "gif");
    int header = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
    byte[] empty = java.util.Arrays.copyOf(gif, header + 1);
    empty[header] = 0x3B;
    TestSite site = TestSite.of(dir, stories("cut.gif", "empty.gif", "colours.gif"))
        .writeBytes("static/images/cut.gif", java.util.Arrays.copyOf(gif, 8))
        .writeBytes("static/images/empty.gif", empty)
        .writeBytes("static/images/colours.gif", java.util.Arrays.copyOf(gif, header - 5));
    assertThat(site.buildFails()).extracting(p -> p.format(dir)).satisfiesExactlyInAnyOrder(
        e -> assertThat(e).contains("content/stories/cutgif.md:6", "'/images/cut.gif' cannot be published: it is cut short in its header"),
        e -> assertThat(e).contains("content/stories/emptygif.md:6", "'/images/empty.gif' cannot be published: it holds no picture"),
        e -> assertThat(e).contains("content/stories/coloursgif.md:6", "'/images/colours.gif' cannot be published",
            "cut short before its first frame"));
  }

  /** A src ending with '/' names a folder: an error at its line; a path with '//' or '..' in it is the file it leads to. */
  @Test
  void aSrcEndingWithASlashIsAnErrorAndAnUntidyPathIsTheFileItLeadsTo() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("a", "/images//harbour.jpg", "") + ResponsivePhotosTest.story("b", "/images/../images/harbour.jpg", "")
        + "-- static/images/harbour.jpg --\nimage: jpeg 300x200\n").build();
    for (String story : List.of("2021/10/18/story-a/", "2021/10/18/story-b/")) {
      assertThat(site.html(story).selectFirst(".lead-image img").attr("srcset"))
          .isEqualTo("/images/harbour-240w.jpg 240w, /images/harbour.jpg 300w");
    }
    assertThat(site.outputPaths()).filteredOn(p -> p.contains("harbour"))
        .containsExactlyInAnyOrder("images/harbour.jpg", "images/harbour-240w.jpg", "images/harbour-card.jpg");

    site.edit("content/stories/a.md", "/images//harbour.jpg", "/images/harbour.jpg/");
    assertThat(site.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .contains("content/stories/a.md:6", "the image path '/images/harbour.jpg/' ends with '/'");
  }

  /** The error at an image path with what a path cannot have names the character. */
  @Test
  void anImagePathWithAHashIsAnErrorNamingIt() {
    TestSite site = TestSite.of(dir, stories("ferry#1.jpg") + "-- static/images/ferry#1.jpg --\nimage: jpeg 300x200\n");
    Problem error = site.buildFails().get(0);
    assertThat(error.format(dir)).contains("content/stories/ferryjpg.md:6", "has '#' in it");
    assertThat(error.hint()).contains("rename the file without '#'");
  }

  /** Files whose names start with a dot are never published (content.md), so no photo may be one, or be in a folder that is. */
  @Test
  void aPhotoThatIsADotFileIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("a", ".notes.jpg", "") + ResponsivePhotosTest.story("b", "/images/.hidden/harbour.jpg", "")
        + "-- content/stories/.notes.jpg --\nimage: jpeg 300x200\n-- static/images/.hidden/harbour.jpg --\nimage: jpeg 300x200\n");
    assertThat(site.buildFails()).extracting(p -> p.format(dir)).satisfiesExactlyInAnyOrder(
        e -> assertThat(e).contains("content/stories/a.md:6", "'.notes.jpg'", "dot-file"),
        e -> assertThat(e).contains("content/stories/b.md:6", "'.hidden'", "dot-file"));
  }

  /**
   * An image in a story's text whose address has no leading '/' is read from the story's page,
   * where only the story's own photo is published: the reader would see a broken image. It is an
   * error at the image's line (OwnLinksTest has the rule); an address from the site's root, a full
   * address or one that leaves the page's folder for a published file is left alone.
   */
  @Test
  void anImageOfTheTextThatNothingPublishesIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("Allied governments said they regretted the step.", """
        Allied governments said they regretted the step.

        ![The map of the region](map.png "Map: The Desk")

        ![The flag](/images/flag.png 'Photo: A') ![Elsewhere](https://example.com/a.png 'Photo: B') ![Up](../../../../images/flag.png 'Photo: C')""") + """
        -- content/stories/map.png --
        image: png 40x30
        """);
    assertThat(site.buildFails()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(dir.resolve("content/stories/reaction.md"));
      assertThat(p.position().line()).isEqualTo(10);
      assertThat(p.message()).contains("the image 'map.png'", "nothing is published at /2021/10/18/allies-regret-the-decision/map.png");
    });
  }

  /** The same of a link: a file next to the story is not published, so a link to it from the text would be dead. */
  @Test
  void aLinkOfTheTextToAFileNextToTheStoryIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("Allied governments said they regretted the step.", """
        Allied governments said they regretted the step.

        Read [the full report](report.pdf), [this page](./), [its notes](#notes) or [the flag](../../../../images/flag.png).""") + """
        -- content/stories/report.pdf --
        %PDF-1.4
        """);
    assertThat(site.buildFails()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(dir.resolve("content/stories/reaction.md"));
      assertThat(p.position().line()).isEqualTo(10);
      assertThat(p.message()).contains("the link 'report.pdf' leads to no address of the site");
      assertThat(p.hint()).contains("a file of static/ keeps its path");
    });
  }
}
