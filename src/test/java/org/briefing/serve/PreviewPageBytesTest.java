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
