package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The default theme's layout in headless Chromium, at a phone's width (390 px) and a desktop's
 * (1280 px), for the example site in English and the same site in Arabic: a right-to-left site
 * mirrors, nothing overflows a phone's screen, the byline's reading time stays whole, the story
 * page uses a desktop's width, and a printed story leaves out what cannot be clicked on paper.
 * Screenshots of each page go to target/layout-screenshots/. Skipped where Debian's chromium and
 * chromium-driver are not installed.
 */
class LayoutBrowserTest {
  static final String STORY = "/2021/10/22/nato-defence-ministers-back-new-plan/";
  private static final Path SHOTS = Path.of("target/layout-screenshots");

  @TempDir static Path dir;
  static ServeSession english;
  static ServeSession arabic;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(org.briefing.Chromium.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    english = serve(copyOfExample("en"), "");
    Path ar = copyOfExample("ar");
    String config = Files.readString(ar.resolve("briefing.yaml"));
    Files.writeString(ar.resolve("briefing.yaml"), config.replace("language: en-GB", "language: ar")
        .replace("{name: Briefings,", "{name: الموجزات,").replace("{name: Topics,", "{name: المواضيع,")
        .replace("{name: Sources,", "{name: المصادر,").replace("{name: Archive,", "{name: الأرشيف,")
        .replace("{name: About,", "{name: من نحن,").replace("{name: How we correct,", "{name: كيف نصحح,"));
    arabic = serve(ar, "");
    browser = org.briefing.Chromium.start(dir.resolve("chromium-profile"), 1280, 900, "--hide-scrollbars");
    Files.createDirectories(SHOTS);
  }

  private static Path copyOfExample(String name) throws IOException {
    Path site = dir.resolve(name);
    Path repository = Path.of("").toAbsolutePath();
    for (String part : List.of("briefing.yaml", "content", "static", "templates")) {
      Folders.copy(repository.resolve(part), site.resolve(part));
    }
    return site;
  }

  private static ServeSession serve(Path site, String unused) throws IOException {
    return ServeSession.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, true, false, false,
        () -> Instant.parse("2021-11-01T12:00:00Z"), Duration.ofMillis(60)), new PrintWriter(new StringWriter(), true));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    for (ServeSession session : new ServeSession[] {english, arabic}) {
      if (session != null) {
        session.close();
      }
    }
  }

  @AfterEach
  void screenOnly() {
    if (browser != null) {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Opens {@code path} of the site in {@code language} at {@code width} CSS pixels, and keeps a screenshot of it. */
  private static void open(String language, String path, int width) throws IOException {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600 ? 844 : 900,
        "deviceScaleFactor", 1, "mobile", width < 600));
    ServeSession session = language.equals("ar") ? arabic : english;
    browser.get(session.url().resolve(path).toString());
    double height = laidOutHeight();
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(6000, height), "scale", 1)));
    String name = language + "-" + (path.equals("/") ? "front" : path.contains("/2021/") ? "story" : path.replace('/', '_')) + "-" + width + ".png";
    Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  /**
   * The page's height once it is loaded and laid out: on a loaded machine Chromium could report a
   * height of 0 just after the page was opened, and a screenshot of no height is refused.
   */
  private static double laidOutHeight() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    double height = 0;
    while (height <= 0 && System.nanoTime() < deadline) {
      height = ((Number) js("return document.readyState === 'complete' && document.body"
          + " ? document.documentElement.scrollHeight : 0")).doubleValue();
      if (height <= 0) {
        js("return new Promise(r => setTimeout(() => r(0), 20))");
      }
    }
    assertThat(height).as("the page was laid out").isGreaterThan(0);
    return height;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** left, right, top, bottom and width of the first element {@code selector} finds. */
  @SuppressWarnings("unchecked")
  private static List<Double> box(String selector) {
    List<Number> r = (List<Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + "return [r.left, r.right, r.top, r.bottom, r.width];", selector);
    return r.stream().map(Number::doubleValue).toList();
  }

  /** The box of the first line of text of the first element {@code selector} finds. */
  @SuppressWarnings("unchecked")
  private static List<Double> firstLine(String selector) {
    List<Number> r = (List<Number>) js("const range = document.createRange(); range.selectNodeContents(document.querySelector(arguments[0]));"
        + "const r = range.getClientRects()[0]; return [r.left, r.right, r.top, r.bottom, r.width];", selector);
    return r.stream().map(Number::doubleValue).toList();
  }

  @ParameterizedTest
  @CsvSource({"390", "1280"})
  void theArabicSiteReadsFromTheRightAndTheEnglishFromTheLeft(int width) throws IOException {
    for (String language : List.of("ar", "en")) {
      boolean rtl = language.equals("ar");
      open(language, STORY, width);
      assertThat(js("return document.documentElement.dir")).isEqualTo(rtl ? "rtl" : "ltr");
      List<Double> frame = box(".masthead-inner");
      List<Double> brand = box(".brand");
      List<Double> heading = firstLine("#story-title");
      List<Double> text = firstLine(".story-body p");
      List<Double> main = box("main");
      // the rule of "why it matters" stands where its lines start
      assertThat(js("const s = getComputedStyle(document.querySelector('.brief .why')); return [s.borderLeftWidth, s.borderRightWidth]"))
          .as("the left and right borders of 'why it matters'").isEqualTo(rtl ? List.of("0px", "3px") : List.of("3px", "0px"));
      if (rtl) {
        assertThat(brand.get(1)).as("the title at the right edge").isCloseTo(frame.get(1), within(1));
        assertThat(heading.get(1)).as("the headline starts at the right").isCloseTo(main.get(1), within(2));
        assertThat(text.get(1)).as("the story's text starts at the right").isCloseTo(box(".story-body").get(1), within(2));
        assertThat(box(".sections li:first-child").get(1)).as("the first section is the rightmost")
            .isGreaterThan(box(".sections li:nth-child(2)").get(1));
      } else {
        assertThat(brand.get(0)).isCloseTo(frame.get(0), within(1));
        assertThat(heading.get(0)).isCloseTo(main.get(0), within(2));
        assertThat(text.get(0)).isCloseTo(box(".story-body").get(0), within(2));
        assertThat(box(".sections li:first-child").get(0)).isLessThan(box(".sections li:nth-child(2)").get(0));
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double pixels) {
    return org.assertj.core.data.Offset.offset(pixels);
  }

  @ParameterizedTest
  @CsvSource({"en, /", "en, " + STORY, "ar, /", "ar, " + STORY, "ar, /topics/", "ar, /sources/"})
  void nothingIsWiderThanAPhonesScreenAndTheSectionsAreOnOneLine(String language, String path) throws IOException {
    open(language, path, 390);
    assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as("the page's width").isLessThanOrEqualTo(390);
    @SuppressWarnings("unchecked")
    List<Number> tops = (List<Number>) js("return [...document.querySelectorAll('.sections li')].map(li => li.getBoundingClientRect().top)");
    assertThat(tops.stream().map(Number::intValue).distinct().count()).as("lines of the sections").isEqualTo(1);
    @SuppressWarnings("unchecked")
    List<Number> nav = (List<Number>) js("const n = document.querySelector('.sections'); return [n.scrollWidth, n.clientWidth];");
    assertThat(nav.get(0).intValue()).as("the sections fit without scrolling").isLessThanOrEqualTo(nav.get(1).intValue());
  }

  @ParameterizedTest
  @CsvSource({"en, 1280", "en, 390", "ar, 1280", "ar, 390"})
  void theReadingTimeIsNeverCutInTwo(String language, int width) throws IOException {
    open(language, STORY, width);
    // one line: every box of the text (one per run of a direction in Arabic) is on the same line
    for (String part : List.of(".byline .reading-time", ".byline time")) {
      @SuppressWarnings("unchecked")
      List<Number> tops = (List<Number>) js("return [...document.querySelector(arguments[0]).getClientRects()].map(r => Math.round(r.top))", part);
      assertThat(tops.stream().map(Number::intValue).distinct().count()).as("lines of " + part).isEqualTo(1);
    }
  }

  @Test
  void aStoryPageUsesTheWidthOfADesktop() throws IOException {
    for (String language : List.of("en", "ar")) {
      open(language, STORY, 1280);
      List<Double> main = box("main");
      List<Double> body = box(".story-body");
      List<Double> sources = box(".sources-block");
      assertThat(body.get(4)).as("the story's text keeps a reading measure").isLessThanOrEqualTo(42 * 16);
      assertThat(sources.get(2)).as("the sources stand beside the story, not after it").isLessThan(body.get(3));
      double used = Math.max(body.get(1), sources.get(1)) - Math.min(body.get(0), sources.get(0));
      assertThat(used / main.get(4)).as("share of the page's width the story and its sources use").isGreaterThan(0.9);
    }
  }

  @Test
  void aPrintedStoryHasNoNavigationNorLinksToOtherPagesAndPrintsTheSourcesAddresses() throws IOException {
    open("en", STORY, 1280);
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    for (String hidden : List.of(".sections", ".search-box", ".more-citing", ".related", ".site-footer", ".skip-link")) {
      assertThat(js("const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).display : 'none'", hidden))
          .as(hidden).isEqualTo("none");
    }
    assertThat(js("return document.querySelectorAll('.more-citing').length")).as("the story has such links").isNotEqualTo(0L);
    String href = String.valueOf(js("return document.querySelector('.sources-block a[href^=\"http\"]').href"));
    assertThat(String.valueOf(js("return getComputedStyle(document.querySelector('.sources-block a[href^=\"http\"]'), '::after').content")))
        .as("a source's address, printed after it").contains(href);
    assertThat(box(".story-side").get(2)).as("on paper the sources come after the story").isGreaterThan(box(".story-body").get(3));
    // how the page looks on A4 paper (794 CSS pixels wide), for the one who reads the screenshots
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", 794, "height", 2246, "scale", 1)));
    Files.write(SHOTS.resolve("en-story-print.png"), Base64.getDecoder().decode((String) shot.get("data")));
    if (!browser.findElements(org.openqa.selenium.By.cssSelector(".lead-image img")).isEmpty()) {
      assertThat(box(".lead-image img").get(3) - box(".lead-image img").get(2)).as("the photo's height on paper, in CSS pixels (9 cm)")
          .isLessThanOrEqualTo(341);
    }
  }

  @ParameterizedTest
  @CsvSource({"ar, /", "ar, " + STORY, "en, /", "en, " + STORY})
  void axeFindsNoViolations(String language, String path) throws IOException {
    for (int width : new int[] {390, 1280}) {
      open(language, path, width);
      Results results = new AxeBuilder().analyze(browser);
      assertThat(results.getPasses()).isNotEmpty();
      assertThat(results.getViolations()).as(language + " " + path + " at " + width + ":\n" + results.getViolations().stream()
          .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
              .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }
  }
}
