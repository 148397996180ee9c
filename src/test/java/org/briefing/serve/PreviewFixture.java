package org.briefing.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.briefing.TestSite;

/** A preview of a test site on a free port, with an HTTP client and bounded waits for rebuilds. */
final class PreviewFixture implements AutoCloseable {
  static final String SITE = """
      -- briefing.yaml --
      title: Test Briefing
      base_url: https://example.org/briefings/
      language: en
      time_zone: Europe/Brussels
      -- content/sources.yaml --
      reuters:
        name: Reuters
        url: https://www.reuters.com/
        type: agency
      -- content/stories/suspension.md --
      ---
      title: Russia suspends its mission to NATO
      date: 2021-10-18T15:20:00+03:00
      topics: [Russia, NATO]
      sources: [reuters]
      ---

      Russia said on Monday it would suspend the work of its mission to NATO.
      -- content/stories/reaction.md --
      ---
      title: Allies regret the decision
      date: 2021-10-18T18:00:00+02:00
      topics: [NATO]
      sources: [reuters]
      ---

      Allied governments said they regretted the step.
      -- static/images/flag.png --
      image: png 40x30
      -- static/notes.txt --
      plain text
      """;

  final TestSite site;
  final ServeSession session;
  final StringWriter console = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private PreviewFixture(TestSite site, Supplier<Instant> now, String bindName) throws IOException {
    this.site = site;
    this.session = ServeSession.start(new ServeOptions(site.dir(), InetAddress.getLoopbackAddress(), 0, true, false, false,
        now, Duration.ofMillis(60), bindName), new PrintWriter(console, true));
  }

  static PreviewFixture of(Path dir, String spec) throws IOException {
    return new PreviewFixture(TestSite.of(dir, spec), () -> TestSite.NOW, null);
  }

  /** A preview whose builds ask {@code now} for the time: a way to make a build fail as no input can. */
  static PreviewFixture of(Path dir, Supplier<Instant> now) throws IOException {
    return new PreviewFixture(TestSite.of(dir, SITE), now, null);
  }

  /** A preview started as with {@code --bind bindName} (it listens on 127.0.0.1 all the same). */
  static PreviewFixture named(Path dir, String bindName) throws IOException {
    return new PreviewFixture(TestSite.of(dir, SITE), () -> TestSite.NOW, bindName);
  }

  /** Something done to a site's folder before its preview starts. */
  interface Preparation {
    void run(Path site) throws IOException;
  }

  /** A preview of the usual site with {@code prepare} done to its folder before it starts. */
  static PreviewFixture prepared(Path dir, Preparation prepare) throws IOException {
    TestSite site = TestSite.of(dir, SITE);
    prepare.run(site.dir());
    return new PreviewFixture(site, () -> TestSite.NOW, null);
  }

  static PreviewFixture of(Path dir) throws IOException {
    return of(dir, SITE);
  }

  int port() {
    return session.server().address().getPort();
  }

  PreviewState state() {
    return session.server().state();
  }

  URI uri(String rawPath) {
    return URI.create("http://127.0.0.1:" + port() + rawPath);
  }

  HttpResponse<String> get(String rawPath) {
    return send(HttpRequest.newBuilder(uri(rawPath)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends raw bytes on a socket, so that nothing normalises the request, and returns the whole answer. */
  String raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "(connection closed: " + e.getMessage() + ")";
    }
  }

  /** The status code of a raw GET of {@code target}, or -1 when the server closed without answering. */
  int rawStatus(String target) {
    String answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 ")) {
      return -1;
    }
    return Integer.parseInt(answer.substring(9, 12));
  }

  /** Waits up to {@code seconds} for a condition, polling; fails the test with {@code what} if it never holds. */
  static void await(String what, int seconds, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    fail("waited " + seconds + " s for: " + what + "\nconsole:\n");
  }

  /** Waits for the build after {@code id} to be published. */
  PreviewState awaitBuildAfter(String id) {
    await("a rebuild after " + id + "; console:\n" + console, 20, () -> !state().id().equals(id));
    return state();
  }

  @Override
  public void close() {
    session.close();
  }
}
