package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview serves a page as the build wrote it, with only its live-reload script before the
 * last {@code </body>}: whatever letters the page holds, and whatever the encoding of an HTML
 * file of {@code static/}.
 */
class PreviewPageBytesTest {
  @TempDir Path dir;

  @Test
  void aPageKeepsItsBytesAndGetsTheScriptBeforeItsBodyEnds() throws IOException {
    // 'İ' is two characters once lower-cased: a search in lower-cased text lands after the tag
    String dotted = "İstanbul İzmir ".repeat(12);
    String spec = PreviewFixture.SITE.replace("Allied governments said they regretted the step.", dotted);
    byte[] legacy = "<!DOCTYPE html><html><head><title>Caf\u00e9</title></head><body><p>Caf\u00e9 cr\u00e8me</p></BODY></html>\n"
        .getBytes(Charset.forName("windows-1252"));
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"), spec)) {
      String first = preview.state().id();
      preview.site.writeBytes("static/legacy.html", legacy);
      preview.awaitBuildAfter(first);
      HttpResponse<String> story = preview.get("/briefings/2021/10/18/allies-regret-the-decision/");
      assertThat(story.statusCode()).isEqualTo(200);
      assertThat(story.body()).contains(dotted.strip()).endsWith("</script>\n</body>\n</html>\n");
      String script = story.body().substring(story.body().lastIndexOf("<script>(function(){var id="), story.body().lastIndexOf("</body>"));
      assertThat(script).isEqualTo(PageInjector.script(script.substring(28, script.indexOf('"', 28))));

      byte[] served = bytes(preview, "/briefings/legacy.html");
      int end = new String(legacy, StandardCharsets.ISO_8859_1).indexOf("</BODY>");
      int inserted = served.length - legacy.length;
      assertThat(java.util.Arrays.copyOfRange(served, 0, end)).as("the page's bytes before the script").isEqualTo(java.util.Arrays.copyOfRange(legacy, 0, end));
      assertThat(new String(served, end, inserted, StandardCharsets.UTF_8)).startsWith("<script>").endsWith("</script>\n");
      assertThat(java.util.Arrays.copyOfRange(served, end + inserted, served.length)).isEqualTo(java.util.Arrays.copyOfRange(legacy, end, legacy.length));
    }
  }

  private static byte[] bytes(PreviewFixture preview, String path) {
    try {
      return preview.http.send(HttpRequest.newBuilder(preview.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A file of static/ replaced by one of the same size and time (cp -p, rsync -a) is another file: its old ETag is not answered with 304. */
  @Test
  void aStaticFileReplacedWithTheSameSizeAndTimeIsNotAnsweredAsUnchanged() throws Exception {
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"))) {
      Path notes = dir.resolve("site/static/notes.txt");
      HttpResponse<String> first = preview.get("/briefings/notes.txt");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(notes);
      Files.writeString(notes, first.body().toUpperCase(java.util.Locale.ROOT));
      Files.setLastModifiedTime(notes, time);
      HttpResponse<String> again = preview.send(HttpRequest.newBuilder(preview.uri("/briefings/notes.txt")).header("If-None-Match", etag).build());
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).isEqualTo("PLAIN TEXT\n");
    }
  }

  /**
   * A picture of static/ replaced while the site's build fails is served as it is on disk now, but cleaned as a build
   * cleans it: the preview never serves a location or an editor's comment that no build would publish; an SVG that
   * cannot be read is not served at all. A picture under a name that says no picture is known by its first bytes.
   */
  @Test
  void aStaticPictureReplacedWhileTheBuildFailsIsServedWithoutItsMetadata() throws Exception {
    byte[] plain = org.briefing.TestImages.encode(org.briefing.TestImages.picture(20, 10, 1, false), "png");
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"))) {
      String first = preview.state().id();
      preview.site.writeBytes("static/images/logo.png", plain);
      preview.site.writeBytes("static/images/IMG_2041", plain);
      preview.site.write("-- static/images/plain.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n");
      preview.awaitBuildAfter(first);
      assertThat(bytes(preview, "/briefings/images/logo.png")).isEqualTo(plain);

      Path story = dir.resolve("site/content/stories/reaction.md");
      Files.writeString(story, Files.readString(story).replace("title: Allies regret the decision", "title: &a [x, *a]"));
      PreviewFixture.await("the overlay of the failed build\nconsole:\n" + preview.console, 20,
          () -> preview.get("/briefings/").body().contains(PageInjector.OVERLAY_ID));
      Files.write(dir.resolve("site/static/images/logo.png"), withTextChunk(plain, "Comment\0GPS 52.37N 4.89E home"));
      Files.write(dir.resolve("site/static/images/IMG_2041"), withTextChunk(plain, "Comment\0GPS 52.37N 4.89E home"));
      Files.writeString(dir.resolve("site/static/images/plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
          + "<!-- from /home/sara/leaks/plan-b.svg --><metadata>GPS 52.37N</metadata><rect width=\"10\" height=\"10\"/></svg>\n");
      String logo = new String(bytes(preview, "/briefings/images/logo.png"), StandardCharsets.ISO_8859_1);
      String svg = preview.get("/briefings/images/plain.svg").body();
      assertThat(logo).startsWith("\u0089PNG").doesNotContain("GPS");
      assertThat(bytes(preview, "/briefings/images/IMG_2041")).as("a picture known by its first bytes").isEqualTo(plain);
      assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes(preview, "/briefings/images/logo.png"))).getWidth()).isEqualTo(20);
      assertThat(svg).contains("<rect").doesNotContain("GPS").doesNotContain("plan-b");

      Files.writeString(dir.resolve("site/static/images/plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>\n");
      HttpResponse<String> broken = preview.get("/briefings/images/plain.svg");
      assertThat(broken.statusCode()).isEqualTo(503);
      assertThat(broken.body()).doesNotContain("<g>");
    }
  }

  /**
   * A TIFF of static/ (a format Briefing cannot clean) replaced while the site's build fails is judged as a build
   * judges it: one that holds a GPS position and the camera's serial number is not served, a clean one is, as it is.
   */
  @Test
  void aStaticTiffReplacedWhileTheBuildFailsIsNotServedWithItsLocation() throws Exception {
    java.io.ByteArrayOutputStream clean = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(org.briefing.TestImages.picture(20, 10, 1, false), "tiff", clean);
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"))) {
      String first = preview.state().id();
      preview.site.writeBytes("static/images/scan.tif", clean.toByteArray());
      preview.awaitBuildAfter(first);
      assertThat(bytes(preview, "/briefings/images/scan.tif")).isEqualTo(clean.toByteArray());

      Path story = dir.resolve("site/content/stories/reaction.md");
      Files.writeString(story, Files.readString(story).replace("title: Allies regret the decision", "title: &a [x, *a]"));
      PreviewFixture.await("the overlay of the failed build\nconsole:\n" + preview.console, 20,
          () -> preview.get("/briefings/").body().contains(PageInjector.OVERLAY_ID));
      Files.write(dir.resolve("site/static/images/scan.tif"), org.briefing.TaggedPhotos.tiff(org.briefing.TaggedPhotos.Tags.phone(1)));
      HttpResponse<String> located = preview.get("/briefings/images/scan.tif");
      assertThat(located.statusCode()).isEqualTo(503);
      assertThat(located.body()).contains("a GPS position").doesNotContain("SN-4402917").doesNotContain("Phone");

      Files.write(dir.resolve("site/static/images/scan.tif"), clean.toByteArray());
      assertThat(bytes(preview, "/briefings/images/scan.tif")).isEqualTo(clean.toByteArray());
    }
  }

  /** {@code png} with a tEXt chunk of {@code text} after its header. */
  private static byte[] withTextChunk(byte[] png, String text) {
    byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
    java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    int afterHeader = 8 + 25;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(png, 0, afterHeader);
    out.writeBytes(chunk.array());
    out.write(png, afterHeader, png.length - afterHeader);
    return out.toByteArray();
  }

  /** A sub-path with an escape in base_url (a folder named café) is served, and the root leads to it. */
  @Test
  void aSubPathWithAnEscapeIsServed() throws IOException {
    String spec = PreviewFixture.SITE.replace("base_url: https://example.org/briefings/", "base_url: https://example.org/caf%C3%A9/");
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"), spec)) {
      HttpResponse<String> root = preview.get("/");
      assertThat(root.statusCode()).isBetween(301, 308);
      assertThat(root.headers().firstValue("Location")).hasValue("/caf%C3%A9/");
      assertThat(preview.get("/caf%C3%A9/").statusCode()).isEqualTo(200);
      assertThat(preview.get("/caf%C3%A9/").body()).contains("Russia suspends its mission to NATO");
      assertThat(preview.get("/caf%C3%A9/notes.txt").statusCode()).isEqualTo(200);
    }
  }
}
