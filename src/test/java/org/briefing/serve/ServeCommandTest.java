package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.briefing.TestSite;
import org.briefing.cli.BriefingCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aBusyPortGivenWithPortIsAClearErrorWithExitCode1() throws IOException {
    TestSite.of(dir, PreviewFixture.SITE);
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      CommandLine cli = BriefingCommand.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));
      int code = cli.execute("serve", "--site", dir.toString(), "--port", Integer.toString(busy.getLocalPort()));
      assertThat(code).isEqualTo(1);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort())
          .contains("choose another with --port N").doesNotContain("Exception\n\tat");
    }
  }

  @Test
  void aBusyDefaultPortIsReplacedByTheNextFreeOne() throws IOException {
    TestSite site = TestSite.of(dir, PreviewFixture.SITE);
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = busy.getLocalPort();
      ServeOptions options = new ServeOptions(site.dir(), InetAddress.getLoopbackAddress(), port, false, false, false,
          () -> TestSite.NOW, Duration.ofMillis(60));
      try (ServeSession session = ServeSession.start(options, new PrintWriter(new StringWriter()))) {
        assertThat(session.server().address().getPort()).isGreaterThan(port);
        assertThat(session.url().toString()).isEqualTo("http://127.0.0.1:" + session.server().address().getPort() + "/briefings/");
      }
    }
  }

  @Test
  void anAddressThisMachineDoesNotHaveIsNamedAsSuch() {
    TestSite.of(dir, PreviewFixture.SITE);
    StringWriter err = new StringWriter();
    CommandLine cli = BriefingCommand.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));
    // binding fails on this machine; nothing is sent anywhere
    int code = cli.execute("serve", "--site", dir.toString(), "--port", "0", "--bind", "192.0.2.1");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("cannot listen on 192.0.2.1: it is not an address of this machine")
        .contains("leave out --bind").doesNotContain("another program uses this port").doesNotContain("--port 0")
        .doesNotContain("other machines on the network can read").doesNotContain("\tat ");
  }

  @Test
  void theNameGivenWithBindIsAnswered() throws IOException {
    try (PreviewFixture preview = PreviewFixture.named(dir.resolve("site"), "Preview.Test")) {
      String answer = preview.raw("GET /briefings/ HTTP/1.1\r\nHost: preview.test:" + preview.port() + "\r\nConnection: close\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 200").contains("Russia suspends its mission to NATO");
      assertThat(preview.raw("GET /briefings/ HTTP/1.1\r\nHost: other.test\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    StringWriter err = new StringWriter();
    CommandLine cli = BriefingCommand.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("serve", "--site", dir.toString(), "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535");
  }

  @Test
  void aFirstBuildThatFailsServesTheOverlayAndRecoversWhenFixed() throws IOException {
    String broken = PreviewFixture.SITE.replace("date: 2021-10-18T18:00:00+02:00", "date: yesterday-ish");
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"), broken)) {
      assertThat(preview.state().site()).isNull();
      var page = preview.get("/briefings/");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains(PageInjector.OVERLAY_ID).contains("content/stories/reaction.md:3").contains("yesterday-ish")
          .contains(PageInjector.EVENTS_PATH);
      assertThat(preview.console.toString()).contains("The first build failed");
      preview.site.write(PreviewFixture.SITE);
      PreviewFixture.await("a good build after the fix", 20, () -> preview.get("/briefings/").statusCode() == 200);
      assertThat(preview.get("/briefings/").body()).doesNotContain(PageInjector.OVERLAY_ID).contains("Allies regret the decision");
    }
  }

  @Test
  void buildOutputNeverContainsThePreviewScript() {
    TestSite site = TestSite.of(dir, PreviewFixture.SITE).build();
    assertThat(site.file("index.html")).doesNotContain("EventSource").doesNotContain(PageInjector.EVENTS_PATH);
  }
}
