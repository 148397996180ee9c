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
 * The example site's list pages in Chromium at a phone's and a desktop's width: the lead story
 * with its photo, thumbnails beside the other cards, the lead as wide as the row under it, and
 * the phone given the narrow files. Screenshots go to target/screenshots/. Skipped where
 * Debian's chromium and chromium-driver are not installed.
 */
class ListPhotosBrowserTest {
  private static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static ChromeDriver browser;
  static com.sun.net.httpserver.HttpServer server;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Chromium.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    SiteBuilder.Result result = new SiteBuilder().build(new BuildSettings(Path.of("").toAbsolutePath(), false, false, TestSite.NOW), null);
    new SiteWriter().write(dir.resolve("public"), result.files());
    // served over HTTP as a host would: the pages link the theme and the photos from the site's root
    Path root = dir.resolve("public");
    // the JDK takes its server limits from the first server of the process: the preview's, for the preview's tests
    org.briefing.serve.PreviewServer.setJdkServerLimits();
    server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = java.net.URLDecoder.decode(exchange.getRequestURI().getPath(), java.nio.charset.StandardCharsets.UTF_8);
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".css") ? "text/css" : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
          : name.endsWith(".js") ? "text/javascript" : "image/jpeg");
      byte[] bytes = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    browser = Chromium.start(dir.resolve("chromium-profile"), 1280, 900);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  private static void show(String page, int width) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + page + (page.isEmpty() ? "" : "/"));
    browser.executeScript("return document.fonts.ready");
  }

  /**
   * For each card photo of the page shown, once in view and loaded: the width of the file the
   * browser took, the width it needs to be sharp (the width the photo is drawn at, filling its box
   * as object-fit: cover does, times the pixel ratio), and the width of the next smaller file of its srcset.
   */
  @SuppressWarnings("unchecked")
  private static List<List<Number>> chosenFiles() {
    return (List<List<Number>>) browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        (async () => {
          const out = [];
          for (const img of document.querySelectorAll('.card-photo img')) {
            img.scrollIntoView();
            if (!img.complete || !img.currentSrc) await new Promise(r => img.addEventListener('load', r, {once: true}));
            const box = img.getBoundingClientRect();
            const drawn = Math.max(box.width, box.height * img.naturalWidth / img.naturalHeight);
            const files = img.srcset.split(/,\\s*/).map(c => c.trim().split(/\\s+/)).map(c => [new URL(c[0], location).href, parseInt(c[1])]);
            const chosen = files.find(f => f[0] === img.currentSrc)[1];
            const smaller = Math.max(0, ...files.map(f => f[1]).filter(w => w < chosen));
            out.push([chosen, drawn * devicePixelRatio, smaller]);
          }
          window.scrollTo(0, 0);
          done(out);
        })();
        """);
  }

  @Test
  void aPhoneTakesForEachCardPhotoTheSmallestFileThatIsSharp() {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    try {
      for (int ratio : List.of(1, 2)) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", ratio, "mobile", true));
        for (String page : List.of("", "briefings/2021-10-19/")) {
          browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + page);
          List<List<Number>> files = chosenFiles();
          assertThat(files).as(page + ": the lead and a thumbnail at least").hasSizeGreaterThanOrEqualTo(2);
          for (List<Number> f : files) {
            assertThat(f.get(0).doubleValue()).as(page + " at " + ratio + "x: " + f + " is sharp").isGreaterThanOrEqualTo(f.get(1).doubleValue() * 0.95);
            assertThat(f.get(2).doubleValue()).as(page + " at " + ratio + "x: " + f + ": no smaller file would be").isLessThan(f.get(1).doubleValue());
            assertThat(f.get(0).doubleValue()).as(page + " at " + ratio + "x: " + f + ": not half as wide again as needed")
                .isLessThan(f.get(1).doubleValue() * 1.5);
          }
        }
      }
    } finally {
      browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
  }

  private static double number(String script) {
    return ((Number) browser.executeScript(script)).doubleValue();
  }

  private static void keep(String name) throws Exception {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
        ((Number) browser.executeScript("return window.innerWidth")).intValue(), "height",
        Math.min(4000, ((Number) browser.executeScript("return document.documentElement.scrollHeight")).intValue()),
        "deviceScaleFactor", 1, "mobile", false));
    Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void atADesktopsWidthTheLeadIsAsWideAsTheRowUnderItOnEditionAndTopicPages() throws Exception {
    for (String page : List.of("briefings/2021-10-19", "topics/nato")) {
      show(page, 1280);
      String edges = "const c = [...document.querySelectorAll('.story-list > .story-card')].map(e => e.getBoundingClientRect());"
          + " return [c[0].left, c[0].right, c[1].left, c[2].right, c[1].top === c[2].top ? 1 : 0, c.length];";
      @SuppressWarnings("unchecked")
      List<Number> e = (List<Number>) browser.executeScript(edges);
      assertThat(e.get(5).intValue()).as(page + ": a lead and a row of two").isGreaterThanOrEqualTo(3);
      assertThat(e.get(4).intValue()).as(page + ": the second and third cards are one row").isEqualTo(1);
      assertThat(e.get(0).doubleValue()).as(page + ": the lead's left edge is the row's").isEqualTo(e.get(2).doubleValue());
      assertThat(e.get(1).doubleValue()).as(page + ": the lead's right edge is the row's").isEqualTo(e.get(3).doubleValue());
      double photoRight = number("return document.querySelector('.story-card.lead .card-photo').getBoundingClientRect().right");
      double firstColumnRight = number("return document.querySelectorAll('.story-list > .story-card')[1].getBoundingClientRect().right");
      assertThat(photoRight).as(page + ": the lead's photo fills the first column").isEqualTo(firstColumnRight);
      keep(page.replace('/', '-') + "-1280.png");
    }
  }

  @Test
  void onAPhoneTheFrontPageShowsTheLeadPhotoAndThumbnailsFromTheNarrowFiles() throws Exception {
    show("", 390);
    assertThat(number("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(390);
    assertThat((String) browser.executeScript("return document.querySelector('.story-card.lead .card-photo img').currentSrc"))
        .endsWith("-360w.jpg");
    assertThat(number("return document.querySelector('.story-card.lead .card-photo img').getBoundingClientRect().width"))
        .isGreaterThan(300);
    assertThat((String) browser.executeScript("return document.querySelector('.story-card.lead .card-credit').textContent"))
        .isEqualTo("Illustration: The Briefing Desk");
    @SuppressWarnings("unchecked")
    List<String> thumbs = (List<String>) browser.executeScript(
        "return [...document.querySelectorAll('.story-card:not(.lead) .card-photo img')].map(i => i.loading + ' ' + i.getBoundingClientRect().width)");
    assertThat(thumbs).isNotEmpty().allMatch(t -> t.equals("lazy 120"));
    keep("front-390.png");
    show("briefings/2021-10-19", 390);
    assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
    keep("briefings-2021-10-19-390.png");
    show("", 1280);
    keep("front-1280.png");
  }
}
