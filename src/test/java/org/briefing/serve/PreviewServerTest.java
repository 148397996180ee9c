package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
  @TempDir static Path dir;
  static PreviewFixture preview;

  @BeforeAll
  static void start() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    preview = PreviewFixture.of(dir.resolve("site"));
    String first = preview.state().id();
    Files.createSymbolicLink(dir.resolve("site/static/leak.txt"), secret);
    Files.createSymbolicLink(dir.resolve("site/static/outside"), dir);
    // the links are a change the watcher sees: the tests start once it has been dealt with
    preview.awaitBuildAfter(first);
  }

  @AfterAll
  static void stop() {
    preview.close();
  }

  @Test
  void servesTheHomePageUnderTheSubPathOfBaseUrlWithLocalCanonicalLinks() {
    HttpResponse<String> home = preview.get("/briefings/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(home.body()).contains("Russia suspends its mission to NATO")
        .contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + preview.port() + "/briefings/\">");
    assertThat(preview.session.url().toString()).isEqualTo("http://127.0.0.1:" + preview.port() + "/briefings/");
  }

  @Test
  void redirectsTheRootAndFoldersWithoutASlash() {
    HttpResponse<String> root = preview.get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/briefings/");
    assertThat(preview.get("/briefings").headers().firstValue("Location")).hasValue("/briefings/");
    HttpResponse<String> topics = preview.get("/briefings/topics?x=1");
    assertThat(topics.statusCode()).isEqualTo(302);
    assertThat(topics.headers().firstValue("Location")).hasValue("/briefings/topics/?x=1");
    assertThat(preview.get("/briefings/topics/").statusCode()).isEqualTo(200);
  }

  @Test
  void pagesOutsideTheSubPathAreNotFound() {
    assertThat(preview.get("/topics/").statusCode()).isEqualTo(404);
    assertThat(preview.get("/assets/briefing.css").statusCode()).isEqualTo(404);
  }

  @Test
  void missingPagesGetTheSitesOwn404PageWithTheReloadScript() {
    HttpResponse<String> missing = preview.get("/briefings/no/such/page/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(missing.body()).contains("<title>").contains(PageInjector.EVENTS_PATH);
    assertThat(missing.body()).isEqualTo(preview.get("/briefings/404.html").body());
  }

  @Test
  void foldersWithoutAnIndexAreNotListed() {
    assertThat(preview.get("/briefings/images/").statusCode()).isEqualTo(404);
    assertThat(preview.get("/briefings/images/").body()).doesNotContain("flag.png");
    assertThat(preview.get("/briefings/assets/").statusCode()).isEqualTo(404);
  }

  @Test
  void sendsTheContentTypeOfEachKindOfFile() {
    assertThat(type("/briefings/assets/briefing.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(type("/briefings/assets/favicon.svg")).isEqualTo("image/svg+xml");
    assertThat(type("/briefings/images/flag.png")).isEqualTo("image/png");
    assertThat(type("/briefings/notes.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(type("/briefings/feed.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(type("/briefings/sitemap.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(ContentTypes.of("a/b.json")).isEqualTo("application/json");
    assertThat(ContentTypes.of("a/b.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(ContentTypes.of("x.JPG")).isEqualTo("image/jpeg");
    assertThat(ContentTypes.of("x.jpeg")).isEqualTo("image/jpeg");
    assertThat(ContentTypes.of("x.webp")).isEqualTo("image/webp");
    assertThat(ContentTypes.of("x.gif")).isEqualTo("image/gif");
    assertThat(ContentTypes.of("x.avif")).isEqualTo("image/avif");
    assertThat(ContentTypes.of("x.woff2")).isEqualTo("font/woff2");
    assertThat(ContentTypes.of("x.woff")).isEqualTo("font/woff");
    assertThat(ContentTypes.of("favicon.ico")).isEqualTo("image/x-icon");
    assertThat(ContentTypes.of("dir.v2/README")).isEqualTo("application/octet-stream");
  }

  @Test
  void onlyHtmlPagesGetTheScript() {
    assertThat(preview.get("/briefings/feed.xml").body()).doesNotContain("EventSource");
    assertThat(preview.get("/briefings/assets/briefing.css").body()).doesNotContain("EventSource");
    assertThat(preview.get("/briefings/").body()).contains("EventSource");
  }

  @Test
  void answersUnchangedFilesWith304() {
    for (String path : List.of("/briefings/", "/briefings/assets/briefing.css", "/briefings/images/flag.png")) {
      HttpResponse<String> first = preview.get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = preview.send(HttpRequest.newBuilder(preview.uri(path)).header("If-None-Match", etag).build());
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      HttpResponse<String> other = preview.send(HttpRequest.newBuilder(preview.uri(path)).header("If-None-Match", "\"nope\"").build());
      assertThat(other.statusCode()).as(path).isEqualTo(200);
    }
    assertThat(preview.get("/briefings/images/flag.png").headers().firstValue("Last-Modified")).isPresent();
  }

  @Test
  void headGivesTheHeadersOfGetWithoutABody() {
    HttpResponse<String> get = preview.get("/briefings/assets/briefing.css");
    HttpResponse<String> head = preview.send(HttpRequest.newBuilder(preview.uri("/briefings/assets/briefing.css"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length()));
    String rawHead = preview.raw("HEAD /briefings/nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(rawHead).startsWith("HTTP/1.1 404").doesNotContain("<html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "BREW"})
  void refusesEveryMethodButGetAndHead(String method) {
    String answer = preview.raw(method + " /briefings/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, HEAD");
  }

  /** Attempts to read a file outside the built site, each sent byte for byte. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/briefings/../secret.txt",
      "/briefings/../../secret.txt",
      "/../../../../etc/passwd",
      "/briefings/%2e%2e/%2e%2e/secret.txt",
      "/briefings/%2E%2E/%2E%2E/etc/passwd",
      "/briefings/.%2e/.%2e/etc/passwd",
      "/briefings/%2e./%2e./etc/passwd",
      "/briefings/%252e%252e/%252e%252e/etc/passwd",
      "/briefings/..%2fsecret.txt",
      "/briefings/..%2F..%2Fetc%2Fpasswd",
      "/briefings/..\\..\\etc\\passwd",
      "/briefings/..%5c..%5cetc%5cpasswd",
      "/briefings/..%5C..%5Csecret.txt",
      "/briefings/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "/briefings/%c0%af..%c0%afetc/passwd",
      "/briefings/%e0%80%ae%e0%80%ae/etc/passwd",
      "/briefings/..%c0%af..%c0%afetc%c0%afpasswd",
      "/briefings/%u002e%u002e/etc/passwd",
      "/briefings/index.html%00.txt",
      "/briefings/%00/../etc/passwd",
      "//etc/passwd",
      "/briefings//etc/passwd",
      "/briefings/./../secret.txt",
      "/briefings/images/../../../secret.txt",
      "/briefings/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/etc/passwd",
      "/briefings/C:/Windows/win.ini",
      "/briefings/C:%5cWindows%5cwin.ini",
      "/briefings/file:///etc/passwd",
      "/briefings/leak.txt",
      "/briefings/outside/secret.txt",
      "/briefings/..;/secret.txt",
      "/briefings/%2e%2e;/secret.txt",
      "/briefings/....//....//etc/passwd",
      "/briefings/%ef%bc%8e%ef%bc%8e/etc/passwd",
      "http://127.0.0.1/../secret.txt",
      "/briefings/%",
      "/briefings/%zz",
      "/briefings/%e2%82",
      "//evil.example/briefings/",
      "///briefings/",
      "/briefings/2021//10/",
  })
  void neverServesAFileOutsideTheBuiltSite(String target) {
    String answer = preview.raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(answer).doesNotContain("TOP-SECRET").doesNotContain("root:");
    int status = preview.rawStatus(target);
    assertThat(status).as(target).isBetween(400, 499);
  }

  @Test
  void servingNeverWritesTheOutputFolder() {
    assertThat(dir.resolve("site/public")).doesNotExist();
  }

  @Test
  void theSymlinksPointingOutOfStaticWereNotPublished() {
    assertThat(preview.state().site().file("leak.txt")).isNull();
    assertThat(preview.get("/briefings/leak.txt").statusCode()).isEqualTo(404);
  }

  /**
   * A link in static/ to another file of static/ is published as that file, and the preview serves
   * it (it answered 404); one to a file of the site outside static/ is not published, nor served.
   */
  @Test
  void aLinkInStaticToAFileOfStaticIsServed(@TempDir Path other) throws IOException {
    try (PreviewFixture linked = PreviewFixture.prepared(other.resolve("site"), site -> {
      Files.createDirectories(site.resolve("static/shared"));
      Files.writeString(site.resolve("static/shared/report.txt"), "The annual report.");
      Files.createSymbolicLink(site.resolve("static/report.txt"), Path.of("shared/report.txt"));
      Files.writeString(site.resolve(".env"), "SMTP_PASSWORD=hunter2");
      Files.createSymbolicLink(site.resolve("static/env.txt"), Path.of("../.env"));
    })) {
      HttpResponse<String> report = linked.get("/briefings/report.txt");
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).isEqualTo("The annual report.");
      assertThat(linked.get("/briefings/env.txt").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void refusesOverlongAddressesAndHeadersWithoutFalling() {
    assertThat(preview.rawStatus("/briefings/" + "a".repeat(10_000))).isEqualTo(414);
    assertThat(preview.rawStatus("/briefings/?" + "q=1&".repeat(5_000))).isEqualTo(414);
    String hugeHeader = preview.raw("GET /briefings/ HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(2_000_000) + "\r\nConnection: close\r\n\r\n");
    assertThat(hugeHeader).startsWith("HTTP/1.1 431");
    StringBuilder many = new StringBuilder("GET /briefings/ HTTP/1.1\r\nHost: localhost\r\n");
    for (int i = 0; i < 5000; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    assertThat(preview.raw(many + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 431");
    assertThat(preview.get("/briefings/").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET /briefings/ HTTP/9.9\r\nHost: localhost\r\n\r\n",
      "GET briefings HTTP/1.1\r\nHost: localhost\r\n\r\n",
      "GET /briefings/ HTTP/1.1\r\nBroken header line\r\n\r\n",
      "\u0000\u0001\u0002\r\n\r\n",
      "GET /bri efings/ HTTP/1.1\r\nHost: localhost\r\n\r\n",
  })
  void answersMalformedRequestsWithAClientErrorOrClosesAndKeepsServing(String request) {
    String answer = preview.raw(request);
    assertThat(answer).doesNotStartWith("HTTP/1.1 2").doesNotStartWith("HTTP/1.1 5");
    assertThat(preview.get("/briefings/").statusCode()).isEqualTo(200);
  }

  @Test
  void theEventStreamSaysHelloWithTheCurrentBuildId() throws Exception {
    String before = preview.state().id();
    HttpResponse<java.io.InputStream> events = preview.http.send(
        HttpRequest.newBuilder(preview.uri(PageInjector.EVENTS_PATH)).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(events.body(), java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("retry: 500");
      // the current id when the page connected (a late change of static/ may have made another since)
      assertThat(lines.readLine()).isIn("data: " + before + " hello", "data: " + preview.state().id() + " hello");
    }
  }

  /** Host headers of pages elsewhere whose name was made to resolve to this machine (DNS rebinding). */
  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:80", "EVIL.example:1313", "localhost.evil.example", "127.0.0.1.nip.io",
      "localhost.", "evil.example:PORT", "[::1].evil.example", "evil.example@localhost", "localhost:PORT.evil.example",
      "127.0.0.1:PORT@evil.example", "0x7f.0.0.1", "2130706433", ""})
  void refusesRequestsAddressedToAnyOtherName(String host) {
    String value = host.replace("PORT", Integer.toString(preview.port()));
    for (String target : List.of("/briefings/", "/briefings/feed.xml", "/", "/briefings/no/such/page/", PageInjector.EVENTS_PATH)) {
      String answer = preview.raw("GET " + target + " HTTP/1.1\r\nHost: " + value + "\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(value + " " + target).startsWith("HTTP/1.1 403").contains("DNS rebinding")
          .contains("http://localhost:" + preview.port() + "/").doesNotContain("Russia suspends").doesNotContain("data: ");
    }
    String second = preview.raw("GET /briefings/ HTTP/1.1\r\nHost: localhost\r\nHost: " + value + "\r\nConnection: close\r\n\r\n");
    assertThat(second).as("a second Host header").doesNotStartWith("HTTP/1.1 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:PORT", "LocalHost:PORT", "127.0.0.1", "127.0.0.1:PORT", "[::1]:PORT", "[::1]",
      "192.168.1.20:PORT", "[fe80::1%25eth0]:PORT"})
  void answersLocalhostAndAddressesWrittenAsDigits(String host) {
    String value = host.replace("PORT", Integer.toString(preview.port()));
    String answer = preview.raw("GET /briefings/ HTTP/1.1\r\nHost: " + value + "\r\nConnection: close\r\n\r\n");
    assertThat(answer).as(value).startsWith("HTTP/1.1 200").contains("Russia suspends its mission to NATO");
    assertThat(preview.raw("GET /briefings/ HTTP/1.0\r\n\r\n")).as("HTTP/1.0 without a Host header").startsWith("HTTP/1.1 200");
  }

  private static String type(String path) {
    HttpResponse<String> response = preview.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.headers().firstValue("Content-Type").orElseThrow();
  }
}
