package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview of the example site (the repository itself) in headless Chromium: live reload,
 * the error overlay, stylesheet swaps, and axe-core on every kind of page. Skipped where
 * Debian's chromium and chromium-driver are not installed.
 */
class BrowserTest {
  private static final String STORY = "content/stories/2021-10-22-nato-defence-ministers-back-new-plan.md";
  private static final String HEADLINE = "NATO defence ministers back a new defence plan as ties with Moscow fray";

  @TempDir static Path dir;
  static Path site;
  static ServeSession session;
  static StringWriter console = new StringWriter();
  static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(org.briefing.Chromium.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    site = dir.resolve("example");
    Path repository = Path.of("").toAbsolutePath();
    for (String part : List.of("briefing.yaml", "content", "static", "templates")) {
      Folders.copy(repository.resolve(part), site.resolve(part));
    }
    session = ServeSession.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, true, false, false,
        () -> Instant.parse("2021-11-01T12:00:00Z"), Duration.ofMillis(60)), new PrintWriter(console, true));
    browser = org.briefing.Chromium.start(dir.resolve("chromium-profile"), 1280, 900);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (session != null) {
      session.close();
    }
  }

  private static String url(String path) {
    return session.url().resolve(path).toString();
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(50));
  }

  private static boolean overlayShown() {
    return !browser.findElements(By.id(PageInjector.OVERLAY_ID)).isEmpty();
  }

  private static String bodyText() {
    return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.body ? document.body.innerText : '';"));
  }

  private static void awaitListening() {
    waitUpTo(10).until(d -> session.server().listeners() > 0);
  }

  @Test
  void anEditedHeadlineAppearsWithoutAnyActionInTheBrowser() throws IOException {
    browser.get(url("/"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(HEADLINE);
    awaitListening();
    Path story = site.resolve(STORY);
    String original = Files.readString(story);
    Files.writeString(story, original.replace(HEADLINE, "Defence ministers agree a plan, edited live"));
    waitUpTo(20).until(d -> bodyText().contains("Defence ministers agree a plan, edited live"));
    Files.writeString(story, original);
    waitUpTo(20).until(d -> bodyText().contains(HEADLINE));
  }

  @Test
  void aBrokenFileShowsTheOverlayAndTheFixRemovesIt() throws IOException {
    browser.get(url("/"));
    assertThat(overlayShown()).isFalse();
    awaitListening();
    Path story = site.resolve(STORY);
    String original = Files.readString(story);
    Files.writeString(story, original.replace("date: 2021-10-22T18:10:00+02:00", "date: 22 Octobre <b>"));
    waitUpTo(20).until(d -> overlayShown());
    String overlay = browser.findElement(By.id(PageInjector.OVERLAY_ID)).getText();
    assertThat(overlay).contains(STORY + ":4").contains("22 Octobre <b>");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(HEADLINE);
    Files.writeString(story, original);
    waitUpTo(20).until(d -> !overlayShown());
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(HEADLINE);
  }

  @Test
  void aStylesheetChangeIsSwappedWithoutReloadingThePage() throws IOException {
    browser.get(url("/topics/"));
    awaitListening();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.__notReloaded = true;");
    Path css = site.resolve("templates/assets/briefing.css");
    String original = Files.readString(css);
    Files.writeString(css, original + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n");
    waitUpTo(20).until(d -> "rgb(1, 2, 3)".equals(js.executeScript("return getComputedStyle(document.body).outlineColor;")));
    assertThat(js.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
    Files.writeString(css, original);
    waitUpTo(20).until(d -> !"rgb(1, 2, 3)".equals(js.executeScript("return getComputedStyle(document.body).outlineColor;")));
  }

  @Test
  void aPageReconnectsAfterTheServerRestartsAndShowsWhatChangedMeanwhile() throws IOException {
    browser.get(url("/"));
    awaitListening();
    int port = session.server().address().getPort();
    session.close();
    Path story = site.resolve(STORY);
    String original = Files.readString(story);
    Files.writeString(story, original.replace(HEADLINE, "Edited while the preview was stopped"));
    session = ServeSession.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), port, true, false, false,
        () -> Instant.parse("2021-11-01T12:00:00Z"), Duration.ofMillis(60)), new PrintWriter(console, true));
    waitUpTo(20).until(d -> bodyText().contains("Edited while the preview was stopped"));
    Files.writeString(story, original);
    waitUpTo(20).until(d -> bodyText().contains(HEADLINE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "home, /",
      "edition, /briefings/2021-10-22/",
      "editions list, /briefings/",
      "article, /2021/10/22/nato-defence-ministers-back-new-plan/",
      "topics, /topics/",
      "topic, /topics/nato/",
      "sources, /sources/",
      "source, /sources/reuters/",
      "archive, /archive/",
      "corrections, /corrections/",
      "corrected article, /2021/10/19/explainer-nato-russia-channels/",
      "404, /no/such/page/",
  })
  void everyKindOfPageHasNoAccessibilityViolations(String kind, String path) {
    browser.get(url(path));
    assertThat(browser.getTitle()).isNotBlank();
    assertThat(overlayShown()).isFalse();
    Results results = new AxeBuilder().analyze(browser);
    assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
    assertThat(results.getViolations()).as(kind + " " + path + ":\n" + describe(results.getViolations())).isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + "\n    "
        + r.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }

}
