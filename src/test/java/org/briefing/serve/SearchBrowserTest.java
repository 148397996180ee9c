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
import java.util.List;
import java.util.stream.Collectors;
import org.briefing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium, on a site of stories in English, French and German
 * served by the preview (with drafts shown, which search must still leave out): typing gives
 * highlighted results, filters and phrases narrow them, the header's box leads to them, and axe
 * finds nothing wrong at desktop and phone widths.
 */
class SearchBrowserTest {

  private static final String SITE = """
      -- briefing.yaml --
      title: Test Briefing
      base_url: https://example.org/
      language: en
      time_zone: Europe/Brussels
      publisher:
        name: Test Desk
      -- content/2021/10/18/mission.md --
      ---
      title: Russia suspends its mission to NATO
      date: 2021-10-18T09:00
      standfirst: The liaison office in Moscow closes.
      topics: [Diplomacy]
      places: [Moscow]
      sources: [{name: Reuters}]
      ---
      Moscow said on Monday that the mission would stop its work, in a row over expelled diplomats.
      -- content/2021/10/17/office.md --
      ---
      title: "<img src=x onerror=alert(1)> Office staff suspended"
      date: 2021-10-17T09:00
      topics: [Staff]
      sources: [{name: AFP}]
      ---
      The office in Brussels suspended two staff; the mission to NATO was not named.
      -- content/2021/10/18/defense.md --
      ---
      title: Les ministres de la Défense se réunissent
      date: 2021-10-18T10:00
      language: fr
      topics: [Defence]
      sources: [{name: AFP}]
      ---
      Les ministres européens ont parlé de la défense aérienne.
      -- content/2021/10/16/truppen.md --
      ---
      title: Die Ministerin besucht die Truppen
      date: 2021-10-16T10:00
      language: de
      topics: [Defence]
      sources: [{name: dpa}]
      ---
      Die Bundeswehr übt in Litauen mit den Truppen der Verbündeten.
      -- content/2021/10/14/athens.md --
      ---
      title: Envoys meet in Αθήνα over Йемен
      date: 2021-10-14T10:00
      topics: [Refugees]
      sources: [{name: Desk}]
      ---
      The envoys spoke of the re\u0301fugie\u0301s camps, a text typed with its accents apart as some editors send it.
      -- content/2021/10/13/war.md --
      ---
      title: Villages count the cost of war
      date: 2021-10-13T10:00
      topics: [Conflict]
      sources: [{name: Desk}]
      ---
      The war reached the villages in the north.
      -- content/2021/10/19/budget.md --
      ---
      title: Budget talks stall in the council
      date: 2021-10-19T10:00
      topics: [Port Authority]
      authors: [Jo Quill]
      why_it_matters: The vote decides the budget of the port.
      sources: [{name: Desk}]
      ---
      A large part of the day went on questions of pay, and later the mayor gave a briefing to the press.
      -- content/2021/10/20/beijing.md --
      ---
      title: 北京举行外交会议
      date: 2021-10-20T10:00
      language: zh
      sources: [{name: 新华社}]
      ---
      外交部长在北京举行会谈，讨论了欧洲安全问题。双方外交部长在北京举行了长时间的会谈并同意在明年春天继续就欧洲安全问题举行对话和磋商以及其他事项。
      -- content/2021/10/21/coffee.md --
      ---
      title: 東京でコーヒーの値上げ
      date: 2021-10-21T10:00
      language: ja
      sources: [{name: 共同通信}]
      ---
      喫茶店は来月から値段を上げる。
      -- content/2021/10/15/draft.md --
      ---
      title: Quokka mission draft
      date: 2021-10-15T10:00
      draft: true
      sources: [{name: Desk}]
      ---
      A quokka draft about the mission.
      """;

  @TempDir static Path dir;
  static ServeSession session;
  static Path siteDir;
  static WebDriver browser;

  /** 30 stories with the same word, more than a fragment holds whole (SearchIndex.INLINE). */
  private static String ferries() {
    StringBuilder text = new StringBuilder();
    for (int day = 1; day <= 30; day++) {
      text.append("-- content/2021/09/%02d/ferry.md --\n---\ntitle: Ferry timetable number %d\ndate: 2021-09-%02dT08:00\nsources: [{name: Desk}]\n---\n"
          .formatted(day, day, day));
      text.append("The ferry left the harbour on time.\n\n").append("Other words fill this paragraph. ".repeat(15)).append("\n\n")
          .append("In the end the harbour master spoke of tides number %d.\n".formatted(day));
    }
    return text.toString();
  }

  /**
   * 26 stories with the words "tug" and "pilot", more than a fragment holds whole: three of them
   * (14, 27 and 31) have "pilot" in their headline too, so they rank above the others; the others
   * have equal scores and come newest first.
   */
  private static String tugs() {
    StringBuilder text = new StringBuilder();
    for (int n = 10; n <= 35; n++) {
      String headline = n == 14 || n == 27 || n == 31 ? "Tug pilot timetable " + n : "Tug timetable " + n;
      text.append("-- content/2021/08/%02d/tug.md --\n---\ntitle: %s\ndate: 2021-08-%02dT08:00\nsources: [{name: Desk}]\n---\n"
          .formatted(n - 9, headline, n - 9));
      text.append("The tug met the pilot at the quay.\n\n").append("Other words fill this paragraph. ".repeat(15)).append("\n");
    }
    return text.toString();
  }

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(org.briefing.Chromium.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path site = TestSite.of(dir.resolve("site"), SITE + ferries() + tugs()).dir();
    siteDir = site;
    session = ServeSession.start(new ServeOptions(site, InetAddress.getLoopbackAddress(), 0, true, true, false,
        () -> Instant.parse("2021-11-01T12:00:00Z"), Duration.ofMillis(60)), new PrintWriter(new StringWriter(), true));
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

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(20));
  }

  private static void open(String path) {
    browser.get(session.url().resolve(path).toString());
    waitUpTo(10).until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript("return document.querySelector('.search-filters').hidden;")));
  }

  private static void type(String query) {
    WebElement box = browser.findElement(By.id("search-q"));
    box.clear();
    box.sendKeys(query);
  }

  private static List<String> titles() {
    // read in one go: the list is replaced while a query is typed
    Object titles = ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('.search-results h2')).map(function (h) { return h.textContent; });");
    return ((List<?>) titles).stream().map(String::valueOf).toList();
  }

  private static List<String> awaitTitles(java.util.function.Predicate<List<String>> done) {
    List<List<String>> seen = new java.util.ArrayList<>();
    waitUpTo(10).until(d -> {
      seen.add(0, titles());
      return done.test(seen.get(0));
    });
    return seen.get(0);
  }

  @Test
  void typingAnInflectedWordShowsTheStoriesOfItsStemWithTheWordsMarked() {
    open("/search/");
    type("suspended");
    List<String> titles = awaitTitles(t -> t.size() == 2);
    assertThat(titles).containsExactlyInAnyOrder("Russia suspends its mission to NATO", "<img src=x onerror=alert(1)> Office staff suspended");
    assertThat(browser.findElements(By.cssSelector(".search-results img"))).as("a headline is text").isEmpty();
    List<String> marked = browser.findElements(By.cssSelector(".search-results mark")).stream().map(WebElement::getText).toList();
    assertThat(marked).contains("suspends", "suspended");
    assertThat(browser.findElement(By.cssSelector(".search-status")).getText()).isEqualTo("Results: 2");
    assertThat(browser.getCurrentUrl()).endsWith("/search/?q=suspended");
    // no story without its sources, in a result as on a card
    assertThat(browser.findElements(By.cssSelector(".search-results li")).stream()
        .map(li -> li.findElement(By.cssSelector(".source-line")).getText()).toList()).allMatch(line -> line.startsWith("Sources: "))
        .anyMatch(line -> line.equals("Sources: Reuters"));
  }

  @Test
  void aFrenchWordTypedWithoutItsAccentAndAGermanInflectionFindTheirStories() {
    open("/search/");
    type("Defense");
    assertThat(awaitTitles(t -> !t.isEmpty())).containsExactly("Les ministres de la Défense se réunissent");
    type("Truppe");
    assertThat(awaitTitles(t -> t.size() == 1 && t.get(0).startsWith("Die"))).containsExactly("Die Ministerin besucht die Truppen");
  }

  @Test
  void aStopWordOfAnotherLanguageOfTheSiteIsStillFoundWhereItIsAWord() {
    open("/search/");
    // "war" is a German stop word ("was"), not indexed in the German story, and a word of the English one
    type("war ");
    assertThat(awaitTitles(t -> !t.isEmpty())).containsExactly("Villages count the cost of war");
    // "die" is one in German: the German story is found all the same
    type("die Truppen ");
    assertThat(awaitTitles(t -> t.size() == 1 && t.get(0).startsWith("Die"))).containsExactly("Die Ministerin besucht die Truppen");
  }

  @Test
  void wordsWithMarksAreFoundAsTypedInGreekAndCyrillicAndInTextWhoseAccentsCameApart() {
    open("/search/");
    for (String query : List.of("réfugiés", "Αθήνα", "йемен")) {
      type(query);
      assertThat(awaitTitles(t -> !t.isEmpty())).as(query).containsExactly("Envoys meet in Αθήνα over Йемен");
    }
  }

  @Test
  void resultsComeWhileAWordIsBeingTyped() {
    open("/search/");
    type("dipl");
    assertThat(awaitTitles(t -> !t.isEmpty())).containsExactly("Russia suspends its mission to NATO");
  }

  @Test
  void aTopicFilterAndAPhraseNarrowTheResults() {
    open("/search/");
    type("mission");
    assertThat(awaitTitles(t -> t.size() == 2)).hasSize(2);
    new Select(browser.findElement(By.id("search-topic"))).selectByValue("Staff");
    assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("<img src=x onerror=alert(1)> Office staff suspended");
    new Select(browser.findElement(By.id("search-topic"))).selectByValue("");
    type("\"liaison office\"");
    assertThat(awaitTitles(t -> t.size() == 1 && t.get(0).startsWith("Russia"))).containsExactly("Russia suspends its mission to NATO");
    type("\"office in Brussels\"");
    assertThat(awaitTitles(t -> t.size() == 1 && !t.get(0).startsWith("Russia"))).containsExactly("<img src=x onerror=alert(1)> Office staff suspended");
  }

  @Test
  void aPhraseFindsOnlyTheStoriesWhereItsWordsFollowEachOther() {
    open("/search/");
    type("mission nato");
    assertThat(awaitTitles(t -> t.size() == 2)).hasSize(2);
    type("\"nato mission\"");
    waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
    assertThat(titles()).as("both stories have the words, neither in this order").isEmpty();
    type("\"mission to NATO\"");
    assertThat(awaitTitles(t -> t.size() == 2)).hasSize(2);
    type("\"suspends its mission\"");
    assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("Russia suspends its mission to NATO");
  }

  @Test
  void aPhraseInTypographicQuotesIsAPhraseAsInStraightOnes() {
    open("/search/");
    // as phones and Macs type quotes, and French, German and Japanese readers
    for (String[] marks : new String[][] {{"\u201C", "\u201D"}, {"\u201E", "\u201C"}, {"\u00AB ", " \u00BB"}, {"\u00BB", "\u00AB"},
        {"\u2018", "\u2019"}, {"\u201A", "\u2018"}, {"\u300C", "\u300D"}}) {
      String label = String.join("…", marks);
      paste(marks[0] + "nato mission" + marks[1]);
      waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
      assertThat(titles()).as(label + ": both stories have the words, neither in this order").isEmpty();
      paste(marks[0] + "suspends its mission" + marks[1]);
      assertThat(awaitTitles(t -> t.size() == 1)).as(label).containsExactly("Russia suspends its mission to NATO");
      assertThat(browser.findElement(By.cssSelector(".search-status")).getText()).as(label).isEqualTo("Results: 1");
    }
  }

  @Test
  void aPhraseIsMatchedInTheStorysOwnTextAndNamesNotInTheThemesLabelsAroundIt() {
    open("/search/");
    paste("\"budget talks\"");
    assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("Budget talks stall in the council");
    // the story page's footer says "Part of the briefing", and its "Why it matters" is no text the index holds
    for (String phrase : List.of("\"part of the briefing\"", "\"budget of the port\"")) {
      paste(phrase);
      waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
      assertThat(titles()).as(phrase).isEmpty();
      paste("\"gave a briefing\"");
      assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("Budget talks stall in the council");
      assertThat(browser.findElement(By.cssSelector(".search-excerpt")).getText()).as("the excerpt is of the story's text")
          .endsWith("the mayor gave a briefing to the press.");
    }
    // the names it is filed under are indexed, and a phrase may be one of them
    for (String name : List.of("\"port authority\"", "\"jo quill\"")) {
      paste("\"quill jo\"");
      waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
      paste(name);
      assertThat(awaitTitles(t -> t.size() == 1)).as(name).containsExactly("Budget talks stall in the council");
    }
  }

  @Test
  void aChineseOrJapaneseWordIsFoundInTextWrittenWithoutSpaces() {
    open("/search/");
    // words of the headline, of its second sentence (a clause of more than 40 characters), and a
    // word of four characters, whose pairs must all be there
    for (String word : List.of("北京", "外交", "会议", "双方", "外交部长", "コーヒー", "喫茶店")) {
      paste("上海");
      waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
      paste(word);
      assertThat(awaitTitles(t -> t.size() == 1)).as(word).containsAnyOf("北京举行外交会议", "東京でコーヒーの値上げ");
      assertThat(browser.findElement(By.cssSelector(".search-status")).getText()).as(word).isEqualTo("Results: 1");
    }
    paste("外交会议");
    assertThat(awaitTitles(t -> t.equals(List.of("北京举行外交会议")))).containsExactly("北京举行外交会议");
    assertThat(browser.findElements(By.cssSelector(".search-results h2 mark")).stream().map(WebElement::getText))
        .as("the word marked whole, not as its overlapping pairs").containsExactly("外交会议");
    paste("\"北京会谈\"");
    waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
    paste("\"在北京举行会谈\"");
    assertThat(awaitTitles(t -> t.size() == 1)).as("a phrase of characters").containsExactly("北京举行外交会议");
  }

  @Test
  void aPhraseInAHeadlineOrOpeningIsConfirmedByTheResultFileWithoutFetchingTheStoryPage() {
    open("/search/");
    // pasted, not typed: a phrase half typed ("office in Brussel") is not in the result file and
    // rightly reads the story page, and whether such a query runs depends on the gaps between keys
    paste("\"suspends its mission\"");
    assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("Russia suspends its mission to NATO");
    paste("\"office in Brussels\"");
    assertThat(awaitTitles(t -> t.size() == 1 && !t.get(0).startsWith("Russia"))).containsExactly("<img src=x onerror=alert(1)> Office staff suspended");
    assertThat(browser.findElements(By.cssSelector(".search-excerpt mark")).stream().map(WebElement::getText)).contains("office", "Brussels");
    assertThat(fetched("/search/d/")).as("the candidates' result files").isNotEmpty();
    assertThat(fetched("/2021/10/")).as("no story page: each phrase is in its story's result file").isEmpty();
  }

  /**
   * The headlines the search page shows for {@code query}, once a query of it has been answered.
   * Read by script, in one go: the preview reloads the page by itself after a rebuild.
   */
  private static List<String> searched(String query) {
    open("/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    waitUpTo(10).until(d -> !String.valueOf(((JavascriptExecutor) d).executeScript(
        "var s = document.querySelector('.search-status'); return s ? s.textContent : '';")).isEmpty());
    return titles();
  }

  /** Waits until the search page answers {@code query} with {@code headlines}, through the rebuilds the preview makes. */
  private static void awaitSearch(String query, List<String> headlines) {
    waitUpTo(30).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> searched(query).equals(headlines));
  }

  @Test
  void aStoryAddedEditedAndDeletedWhileThePreviewRunsIsSearchableAsItIsNow() throws IOException {
    Path story = siteDir.resolve("content/2021/10/20/zeppelin.md");
    Files.createDirectories(story.getParent());
    Files.writeString(story, "---\ntitle: Zeppelin lands at the aerodrome\ndate: 2021-10-20T09:00\nsources: [{name: Desk}]\n---\n"
        + "The zeppelin came down at dawn, watched by a crowd.\n");
    awaitSearch("zeppelin", List.of("Zeppelin lands at the aerodrome"));
    Files.writeString(story, "---\ntitle: Airship lands at the aerodrome\ndate: 2021-10-20T09:00\nsources: [{name: Desk}]\n---\n"
        + "The airship came down at dawn, watched by a crowd.\n");
    awaitSearch("airship", List.of("Airship lands at the aerodrome"));
    awaitSearch("zeppelin", List.of());
    Files.delete(story);
    awaitSearch("airship", List.of());
    awaitSearch("aerodrome", List.of());
  }

  @Test
  void aDateRangeAndTheNewestFirstOrderApply() {
    open("/search/?q=defence&order=newest");
    assertThat(awaitTitles(t -> t.size() == 2)).containsExactly("Les ministres de la Défense se réunissent", "Die Ministerin besucht die Truppen");
    ((JavascriptExecutor) browser).executeScript("var f = document.getElementById('search-to'); f.value = '2021-10-17';"
        + " f.dispatchEvent(new Event('change', {bubbles: true}));");
    assertThat(awaitTitles(t -> t.size() == 1)).containsExactly("Die Ministerin besucht die Truppen");
  }

  private static List<String> fetched(String folder) {
    Object names = ((JavascriptExecutor) browser).executeScript("var folder = arguments[0]; return performance.getEntriesByType('resource')"
        + ".map(function (e) { return new URL(e.name).pathname; }).filter(function (p) { return p.indexOf(folder) === 0; });", folder);
    return ((List<?>) names).stream().map(String::valueOf).toList();
  }

  /** The query as a reader's paste: one input event, so that no keystroke before it runs a query of its own. */
  private static void paste(String query) {
    ((JavascriptExecutor) browser).executeScript("var box = document.getElementById('search-q'); box.value = arguments[0];"
        + " box.dispatchEvent(new Event('input', { bubbles: true }));", query);
  }

  @Test
  void aWordOfManyStoriesShowsItsFirstPageFromItsFragmentAndMoreResultsFetchTheRest() {
    open("/search/");
    paste("ferry");
    assertThat(awaitTitles(t -> t.size() == 10)).as("the newest first among equals").startsWith("Ferry timetable number 30");
    assertThat(browser.findElement(By.cssSelector(".search-status")).getText()).isEqualTo("Results: 30");
    assertThat(fetched("/search/f/")).as("the fragment of the word").hasSize(1);
    assertThat(fetched("/search/g/")).as("no whole postings list for the first page of one word").isEmpty();
    // ferries 21 to 30 are ten documents of consecutive numbers (46 to 55), two a result file
    assertThat(fetched("/search/d/")).as("each result file once, for both of its results shown").doesNotHaveDuplicates().hasSize(5);
    assertThat(fetched("/search/").stream().filter(p -> p.endsWith(".json") && !p.endsWith("/manifest.json")))
        .as("all a word's first page fetches of the index: its fragment and five result files").hasSize(6);
    assertThat(fetched("/2021/")).as("no story page without a phrase").isEmpty();
    WebElement more = browser.findElement(By.cssSelector(".search-more"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", more);
    more.sendKeys(Keys.ENTER);
    assertThat(awaitTitles(t -> t.size() == 20)).endsWith("Ferry timetable number 11");
    assertThat(fetched("/search/g/")).hasSize(1);
    assertThat(browser.findElements(By.cssSelector(".search-excerpt mark")).stream().map(WebElement::getText)).contains("ferry");

    open("/search/");
    type("\"harbour master spoke\" ferry");
    assertThat(awaitTitles(t -> t.size() == 10)).startsWith("Ferry timetable number 30");
    assertThat(fetched("/2021/09/")).as("a phrase is checked against the story pages' text").hasSizeGreaterThanOrEqualTo(10);
    assertThat(browser.findElements(By.cssSelector(".search-excerpt")).get(0).getText()).as("the excerpt from the whole text")
        .contains("harbour master spoke");
  }

  @Test
  void aQueryOfSeveralWordsShowsItsResultsByScoreThenNewestFirstOnEveryPage() {
    open("/search/");
    paste("pilot tug");
    List<String> expected = java.util.stream.IntStream.of(31, 27, 14, 35, 34, 33, 32, 30, 29, 28, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17,
        16, 15, 13, 12, 11, 10).mapToObj(n -> (n == 14 || n == 27 || n == 31 ? "Tug pilot timetable " : "Tug timetable ") + n).toList();
    assertThat(awaitTitles(t -> t.size() == 10)).containsExactlyElementsOf(expected.subList(0, 10));
    assertThat(browser.findElement(By.cssSelector(".search-status")).getText()).isEqualTo("Results: 26");
    assertThat(fetched("/search/g/")).as("the whole lists of both words").isNotEmpty();
    assertThat(fetched("/search/f/")).as("one file a word, its tail file, which has its fragment's words and stems too").isEmpty();
    // tug N is document N - 10: the first ten are documents 21, 17, 4, 25, 24, 23, 22, 20, 19, 18, of
    // result files 10, 8, 2, 12, 12, 11, 11, 10, 9, 9
    assertThat(fetched("/search/d/")).as("each result file of the page once").doesNotHaveDuplicates()
        .containsExactlyInAnyOrder("/search/d/2.json", "/search/d/8.json", "/search/d/9.json", "/search/d/10.json", "/search/d/11.json",
            "/search/d/12.json");
    Object firstFile = ((JavascriptExecutor) browser).executeScript("var d = performance.getEntriesByType('resource')"
        + ".filter(function (e) { return new URL(e.name).pathname.indexOf('/search/d/') === 0; });"
        + " return d.slice(1).every(function (e) { return e.startTime >= d[0].responseEnd; });");
    assertThat(firstFile).as("the first result's file asked for alone, the others once it is in").isEqualTo(true);
    for (int page = 2; page <= 3; page++) {
      int shown = Math.min(26, page * 10);
      WebElement more = browser.findElement(By.cssSelector(".search-more"));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", more);
      more.sendKeys(Keys.ENTER);
      assertThat(awaitTitles(t -> t.size() == shown)).as("page " + page).containsExactlyElementsOf(expected.subList(0, shown));
    }
    assertThat(browser.findElement(By.cssSelector(".search-more")).isDisplayed()).as("no page after the last").isFalse();
  }

  @Test
  void draftsShownByThePreviewAreNotFound() {
    open("/search/");
    type("quokka");
    waitUpTo(10).until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals("No stories match."));
    assertThat(titles()).isEmpty();
  }

  @Test
  void theHeaderBoxLeadsToTheResultsAndTheKeyboardReachesThem() {
    browser.get(session.url().resolve("/").toString());
    WebElement box = browser.findElement(By.id("search-box-q"));
    box.sendKeys("liaison", Keys.ENTER);
    assertThat(awaitTitles(t -> !t.isEmpty())).containsExactly("Russia suspends its mission to NATO");
    assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("liaison");
    browser.findElement(By.id("search-q")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getTagName()).isEqualTo("button");
  }

  @Test
  void axeFindsNothingOnTheSearchPageWithResultsAtDesktopAndPhoneWidths() {
    for (int width : new int[] {1280, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      open("/search/?q=mission");
      awaitTitles(t -> t.size() == 2);
      Results results = new AxeBuilder().analyze(browser);
      assertThat(results.getPasses()).isNotEmpty();
      assertThat(results.getViolations()).as(width + " px: " + results.getViolations().stream()
          .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
          .collect(Collectors.joining("\n"))).isEmpty();
      Object overflow = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
      assertThat(overflow).as(width + " px: nothing wider than the window").isEqualTo(false);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }
}
