package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.briefing.rebuild.CacheStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story photos are published at a few widths with srcset and a social card, made once and kept in the cache. */
class ResponsivePhotosTest {
  @TempDir
  Path dir;

  static String story(String slug, String src, String extra) {
    return """
        -- content/stories/%s.md --
        ---
        title: Story %s
        date: 2021-10-18T15:20:00+02:00
        sources: [reuters]
        image:
          src: %s
          alt: A harbour at dawn
          credit: Jane Doe/Agency%s
        ---

        The ferry left the harbour at dawn.
        """.formatted(slug, slug, src, extra);
  }

  static BufferedImage read(TestSite site, String path) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(site.out().resolve(path))));
  }

  @Test
  void aLargePhotoIsPublishedAtFiveWidthsWithSrcsetAndACard() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("harbour", "/images/harbour.jpg", "")
        + story("small", "small.png", ""))
        .writeBytes("static/images/harbour.jpg", TestImages.jpeg(2400, 1600, 3))
        .writeBytes("content/stories/small.png", TestImages.encode(TestImages.picture(600, 400, 4, true), "png"))
        .build();

    assertThat(read(site, "images/harbour-480w.jpg").getWidth()).isEqualTo(480);
    assertThat(read(site, "images/harbour-480w.jpg").getHeight()).isEqualTo(320);
    assertThat(read(site, "images/harbour-960w.jpg").getWidth()).isEqualTo(960);
    BufferedImage widest = read(site, "images/harbour.jpg");
    assertThat(List.of(widest.getWidth(), widest.getHeight())).containsExactly(1600, 1067);
    BufferedImage card = read(site, "images/harbour-card.jpg");
    assertThat(List.of(card.getWidth(), card.getHeight())).containsExactly(1200, 630);

    Document page = site.html("2021/10/18/story-harbour/");
    Element img = page.selectFirst(".lead-image img");
    assertThat(img.attr("src")).isEqualTo("/images/harbour.jpg");
    assertThat(img.attr("srcset")).isEqualTo("/images/harbour-240w.jpg 240w, /images/harbour-360w.jpg 360w, "
        + "/images/harbour-480w.jpg 480w, /images/harbour-960w.jpg 960w, /images/harbour.jpg 1600w");
    assertThat(img.attr("sizes")).isNotEmpty();
    assertThat(img.attr("width")).isEqualTo("1600");
    assertThat(img.attr("height")).isEqualTo("1067");
    assertThat(img.attr("decoding")).isEqualTo("async");
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/images/harbour-card.jpg");
    assertThat(page.select("script[type=application/ld+json]").html()).contains("\"url\":\"https://example.org/images/harbour-card.jpg\"")
        .contains("\"width\":1200");
    assertThat(new HtmlValidator().errors(site.out().resolve("2021/10/18/story-harbour/index.html"))).isEmpty();

    // a photo narrower than the widths is never made larger, and a PNG stays a PNG with its transparency
    assertThat(site.exists("2021/10/18/story-small/small-960w.png")).isFalse();
    BufferedImage small = read(site, "2021/10/18/story-small/small.png");
    assertThat(List.of(small.getWidth(), small.getHeight())).containsExactly(600, 400);
    assertThat(small.getColorModel().hasAlpha()).isTrue();
    assertThat(small.getRGB(0, 0) >>> 24).as("the transparent border stays transparent").isZero();
    assertThat(site.html("2021/10/18/story-small/").selectFirst(".lead-image img").attr("srcset"))
        .isEqualTo("/2021/10/18/story-small/small-240w.png 240w, /2021/10/18/story-small/small-360w.png 360w, "
            + "/2021/10/18/story-small/small-480w.png 480w, /2021/10/18/story-small/small.png 600w");
  }

  @Test
  void anSvgPhotoGivesNoSocialCardImageWhileAGifIsItsOwnCard() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("chart", "/images/chart.svg", "")
        + story("remote", "\"https://cdn.example.net/charts/turnout.SVG?v=2\"", "") + story("loop", "/images/loop.gif", "") + """
        -- static/images/chart.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630"/></svg>
        -- static/images/loop.gif --
        image: gif 600x400
        """).build();
    for (String slug : List.of("story-chart", "story-remote")) {
      Document page = site.html("2021/10/18/" + slug + "/");
      assertThat(page.select("meta[property=og:image], meta[property=og:image:alt], meta[name=twitter:image]")).as(slug).isEmpty();
      assertThat(page.select("meta[name=twitter:card]").attr("content")).as(slug).isEqualTo("summary");
      assertThat(page.selectFirst(".lead-image img").attr("src")).as("the page shows it").endsWith(slug.equals("story-chart") ? "/images/chart.svg" : "turnout.SVG?v=2");
    }
    // search engines read SVG: the structured data keeps the drawing
    assertThat(site.html("2021/10/18/story-chart/").select("script[type=application/ld+json]").html())
        .contains("\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.org/images/chart.svg\"");
    Document gif = site.html("2021/10/18/story-loop/");
    assertThat(gif.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/images/loop.gif");
    assertThat(gif.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
  }

  /** A photo's file name is percent-encoded wherever its addresses are written, so that each asks for the file of that name. */
  @Test
  void photoFileNamesArePercentEncodedInEveryAddress() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("space", "/images/my harbour.jpg", "")
        + story("percent", "/images/50%41 été.jpg", ""))
        .writeBytes("static/images/my harbour.jpg", TestImages.jpeg(600, 400, 1))
        .writeBytes("static/images/50%41 été.jpg", TestImages.jpeg(600, 400, 2))
        .build();

    Document page = site.html("2021/10/18/story-space/");
    assertThat(page.selectFirst(".lead-image img").attr("srcset")).isEqualTo("/images/my%20harbour-240w.jpg 240w, "
        + "/images/my%20harbour-360w.jpg 360w, /images/my%20harbour-480w.jpg 480w, /images/my%20harbour.jpg 600w");
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/images/my%20harbour-card.jpg");
    assertThat(page.select("script[type=application/ld+json]").html()).contains("\"url\":\"https://example.org/images/my%20harbour-card.jpg\"");
    assertThat(site.exists("images/my harbour-240w.jpg")).isTrue();

    Document percent = site.html("2021/10/18/story-percent/");
    String src = percent.selectFirst(".lead-image img").attr("src");
    assertThat(src).isEqualTo("/images/50%2541%20%C3%A9t%C3%A9.jpg");
    assertThat(java.net.URI.create(src).getPath()).isEqualTo("/images/50%41 été.jpg");
    assertThat(site.exists("images/50%41 été.jpg")).isTrue();
    assertThat(site.file("feed.xml")).contains("https://example.org/images/50%2541%20%C3%A9t%C3%A9.jpg")
        .doesNotContain("50%41 ");
  }

  @Test
  void theCardIsCroppedAroundTheDeclaredFocus() throws Exception {
    // a tall photo, white but for a black band at the bottom: a card around the bottom shows the band, the centre's does not
    BufferedImage tall = new BufferedImage(1300, 2000, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = tall.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 1300, 2000);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(0, 1700, 1300, 300);
    g.dispose();
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("centre", "/images/tall.jpg", "")
        + story("low", "/images/tall.jpg", "\n  focus: [0.5, 0.95]"))
        .writeBytes("static/images/tall.jpg", TestImages.encode(tall, "jpeg"))
        .build();

    String lowCard = site.html("2021/10/18/story-low/").select("meta[property=og:image]").attr("content");
    assertThat(lowCard).isEqualTo("https://example.org/images/tall-card-5000-9500.jpg");
    BufferedImage low = read(site, "images/tall-card-5000-9500.jpg");
    BufferedImage centre = read(site, "images/tall-card.jpg");
    assertThat(low.getRGB(600, low.getHeight() - 5) & 0xff).as("the band at the bottom").isLessThan(40);
    assertThat(centre.getRGB(600, centre.getHeight() - 5) & 0xff).isGreaterThan(215);

    site.edit("content/stories/low.md", "focus: [0.5, 0.95]", "focus: [0.5, 1.5]");
    assertThat(site.buildFails().get(0).message()).contains("'image.focus' must be two numbers from 0 to 1");
  }

  @Test
  void aRebuildResizesOnlyTheChangedPhotoAndACleanBuildWithTheCacheResizesNone() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "/images/a.jpg", "")
        + story("b", "/images/b.jpg", "") + story("c", "/images/c.jpg", ""))
        .writeBytes("static/images/a.jpg", TestImages.jpeg(1000, 700, 1))
        .writeBytes("static/images/b.jpg", TestImages.jpeg(1000, 700, 2))
        .writeBytes("static/images/c.jpg", TestImages.jpeg(1000, 700, 3))
        .build();
    Path cache = CacheStore.dirFor(site.out()).resolve("photos");
    Map<String, FileTime> first = cached(cache);
    assertThat(first).as("three photos, each at 240, 360, 480, 960 and 1000 px and a card").hasSize(18);

    site.writeBytes("static/images/b.jpg", TestImages.jpeg(1000, 700, 22)).build();
    Map<String, FileTime> second = cached(cache);
    assertThat(second).hasSize(18);
    List<String> made = second.keySet().stream().filter(k -> !first.containsKey(k)).toList();
    assertThat(made).as("the files made for the changed photo only").hasSize(6);
    first.forEach((name, time) -> {
      if (second.containsKey(name)) {
        assertThat(second.get(name)).as(name + " is not made again").isEqualTo(time);
      }
    });

    // a clean build (the output deleted, --clean) finds every photo in the cache
    CliTest.Run run = CliTest.run("build", "--site", dir.toString(), "--clean");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(cached(cache)).isEqualTo(second);
    assertThat(read(site, "images/b-480w.jpg").getWidth()).isEqualTo(480);
  }

  @Test
  void aFileMadeAgainAloneHasTheBytesItHadWhenMadeWithItsSiblings() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "/images/a.jpg", ""))
        .writeBytes("static/images/a.jpg", TestImages.jpeg(2400, 1600, 5))
        .build();
    Map<String, byte[]> published = new TreeMap<>();
    for (String name : List.of("a-240w.jpg", "a-360w.jpg", "a-480w.jpg", "a-960w.jpg", "a.jpg", "a-card.jpg")) {
      published.put(name, Files.readAllBytes(site.out().resolve("images/" + name)));
    }
    // the 240 and 480 px files are scaled from wider ones: made alone, they must not depend on how their sources were kept
    Path cache = CacheStore.dirFor(site.out()).resolve("photos");
    try (Stream<Path> walk = Files.walk(cache)) {
      for (Path file : walk.filter(f -> Files.isRegularFile(f) && !f.getParent().equals(cache)).toList()) {
        int width = ImageIO.read(file.toFile()).getWidth();
        if (width == 240 || width == 480) {
          Files.delete(file);
        }
      }
    }
    CliTest.Run run = CliTest.run("build", "--site", dir.toString(), "--clean");
    assertThat(run.code()).as(run.err()).isZero();
    published.forEach((name, bytes) -> {
      try {
        assertThat(Files.readAllBytes(site.out().resolve("images/" + name))).as(name).isEqualTo(bytes);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(cached(cache)).hasSize(6);
  }

  /** The files of the photo cache by name, with their times. */
  static Map<String, FileTime> cached(Path cache) throws Exception {
    Map<String, FileTime> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(cache)) {
      for (Path file : walk.filter(f -> Files.isRegularFile(f) && !f.getParent().equals(cache)).toList()) {
        files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
      }
    }
    return files;
  }
}
