package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.model.BuildSettings;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.write.SiteWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The email of the example's edition in headless Chromium at phone (320 px) and desktop (600 px and
 * wider) widths, in light and dark mode; the screenshots are kept in target/screenshots/ to look
 * at. Skipped where Debian's chromium and chromium-driver are not installed.
 */
class EmailScreenshotTest {
  private static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static ChromeDriver browser;
  static String email;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Chromium.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    SiteBuilder.Result result = new SiteBuilder().build(new BuildSettings(Path.of("").toAbsolutePath(), false, false, TestSite.NOW), null);
    new SiteWriter().write(dir.resolve("public"), result.files());
    email = dir.resolve("public/briefings/2021-10-19/email.html").toUri().toString();
    browser = Chromium.start(dir.resolve("chromium-profile"), 1000, 900);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void show(int width, String scheme) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
    browser.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    browser.get(email);
  }

  private static long number(String script) {
    return ((Number) browser.executeScript(script)).longValue();
  }

  private static void keep(String name) throws Exception {
    Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void onAPhoneTheEmailFitsThe320PixelScreenWithReadableText() throws Exception {
    show(320, "light");
    keep("email-320.png");
    assertThat(number("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(320);
    assertThat(number("return document.querySelector('table.container').getBoundingClientRect().width")).isLessThanOrEqualTo(320);
    assertThat(number("return parseFloat(getComputedStyle(document.querySelector('.content')).fontSize)")).isGreaterThanOrEqualTo(16);
    assertThat(number("return parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)")).as("the phone's heading size")
        .isEqualTo(24);
  }

  @Test
  void onADesktopTheEmailIsAColumnOfAtMost600Pixels() throws Exception {
    show(600, "light");
    keep("email-600.png");
    assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(600);
    show(1000, "light");
    assertThat(number("return Math.round(document.querySelector('table.container').getBoundingClientRect().width)"))
        .isBetween(560L, 602L);
    assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.preheader')).display")).isEqualTo("none");
  }

  @Test
  void aWideImageFillsTheColumnAndShrinksOnAPhoneKeepingItsRatio(@TempDir Path siteDir) throws Exception {
    // the JDK takes its server limits from the first server of the process: the preview's, for the preview's tests
    org.briefing.serve.PreviewServer.setJdkServerLimits();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    Path out = siteDir.resolve("public");
    server.createContext("/", exchange -> {
      Path file = out.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      byte[] body = file.startsWith(out) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".png") ? "image/png" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      TestSite.of(siteDir, EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG) + """
          -- content/editions/2021-10-18.md --
          ---
          title: Monday
          ---
          ![A wide map](/images/wide.png "Map: The Desk")
          """).writeBytes("static/images/wide.png", EmailEditionTest.image("png", 1600, 900)).baseUrl(base).build();
      for (int width : new int[] {1000, 320}) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
        browser.get(base + "briefings/2021-10-18/email.html");
        assertThat(browser.executeScript("return document.querySelector('.note img').complete"
            + " && document.querySelector('.note img').naturalWidth")).as("the image loaded").isEqualTo(1600L);
        long shown = number("return Math.round(document.querySelector('.note img').getBoundingClientRect().width)");
        long high = number("return Math.round(document.querySelector('.note img').getBoundingClientRect().height)");
        long column = number("return Math.round(document.querySelector('.note').getBoundingClientRect().width)");
        assertThat(shown).as("at " + width + " px").isEqualTo(width == 1000 ? 550 : column);
        assertThat(shown).isLessThanOrEqualTo(column);
        assertThat(high).as("its ratio kept").isBetween(shown * 9 / 16 - 1, shown * 9 / 16 + 1);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void inDarkModeTheEmailTurnsDarkWithLightText() throws Exception {
    show(600, "dark");
    keep("email-600-dark.png");
    assertThat(browser.executeScript("return getComputedStyle(document.querySelector('table.container')).backgroundColor"))
        .isEqualTo("rgb(31, 34, 38)");
    assertThat(browser.executeScript("return getComputedStyle(document.querySelector('h1')).color")).isEqualTo("rgb(235, 232, 226)");
  }
}
