package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.NodeList;

/** A story's corrections: its block, its JSON-LD, the corrections page, the feed and the errors of a wrong one. */
class CorrectionsTest {
  @TempDir Path dir;

  /** Two stories with corrections among three, and a feed of two entries, so that an old corrected story must come back to it. */
  private static final String SITE = Fixtures.CONFIG + """
      feed:
        entries: 2
      -- content/stories/talks.md --
      ---
      title: Ministers open talks on the grain corridor
      date: 2021-10-10T09:00
      sources: [{name: Reuters}]
      corrections:
        - date: 2021-10-12T16:30
          text: "An earlier version said the talks were held in Vienna; they were held in Geneva."
        - date: 2021-10-20
          kind: update
          text: "The talks were extended by a week."
      ---
      Ministers opened talks in Geneva.
      -- content/stories/port.md --
      ---
      title: The port strike ends after nine days
      date: 2021-10-18T10:00
      sources: [{name: Port authority}]
      corrections:
        - {date: 2021-10-19T08:00, kind: clarification, text: "The strike ended for dockers only; pilots stay out."}
      ---
      Dockers went back to work.
      -- content/stories/cable.md --
      ---
      title: A new cable under the Baltic
      date: 2021-10-19T12:00
      sources: [{name: Grid operator}]
      ---
      The cable was laid.
      """;

  @Test
  void aCorrectedStoryShowsItsCorrectionsInAMarkedBlockAndInItsStructuredData() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document page = site.html("2021/10/10/ministers-open-talks-on-the-grain-corridor/index.html");
    Element block = page.selectFirst("article aside.corrections");
    assertThat(block).isNotNull();
    assertThat(block.selectFirst("h2").text()).isEqualTo("Corrections and updates");
    assertThat(block.select("li").eachText()).containsExactly(
        "Correction, 12 October 2021, 16:30 CEST: An earlier version said the talks were held in Vienna; they were held in Geneva.",
        "Update, 20 October 2021, 00:00 CEST: The talks were extended by a week.");
    assertThat(block.select("time").eachAttr("datetime")).containsExactly("2021-10-12T16:30:00+02:00", "2021-10-20T00:00:00+02:00");
    // the latest correction is the story's update
    assertThat(page.selectFirst(".byline .updated time").attr("datetime")).isEqualTo("2021-10-20T00:00:00+02:00");

    String json = page.selectFirst("script[type=application/ld+json]").data();
    // YAML 1.2 reads JSON
    Map<?, ?> ld = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(json);
    assertThat(ld.get("dateModified")).isEqualTo("2021-10-20T00:00:00+02:00");
    List<?> corrections = (List<?>) ld.get("correction");
    assertThat(corrections).hasSize(2);
    assertThat(((Map<?, ?>) corrections.get(0)).get("@type")).isEqualTo("CorrectionComment");
    assertThat((String) ((Map<?, ?>) corrections.get(0)).get("text")).startsWith("Correction: An earlier version");
    assertThat(((Map<?, ?>) corrections.get(1)).get("datePublished")).isEqualTo("2021-10-20T00:00:00+02:00");

    Document single = site.html("2021/10/18/the-port-strike-ends-after-nine-days/index.html");
    assertThat(single.selectFirst("aside.corrections h2").text()).isEqualTo("Clarification");
    assertThat(site.html("2021/10/19/a-new-cable-under-the-baltic/index.html").select("aside.corrections")).isEmpty();
    assertThat(new HtmlValidator().errors(site.out().resolve("2021/10/10/ministers-open-talks-on-the-grain-corridor/index.html"))).isEmpty();
  }

  @Test
  void theCorrectionsPageListsEveryCorrectionNewestFirstLinkedToItsStory() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document page = site.html("corrections/index.html");
    List<Element> items = page.select("ol.correction-list > li");
    assertThat(items).extracting(li -> li.selectFirst("strong").text()).containsExactly("Update", "Clarification", "Correction");
    assertThat(items).extracting(li -> li.selectFirst(".correction-story a").attr("href")).containsExactly(
        "/2021/10/10/ministers-open-talks-on-the-grain-corridor/", "/2021/10/18/the-port-strike-ends-after-nine-days/",
        "/2021/10/10/ministers-open-talks-on-the-grain-corridor/");
    assertThat(page.select("footer a[href=/corrections/]")).hasSize(1);
    assertThat(new HtmlValidator().errors(site.out().resolve("corrections/index.html"))).isEmpty();
    assertThat(FeedsTest.texts(FeedsTest.xml(site.file("sitemap.xml")), FeedsTest.SITEMAP, "loc")).contains("https://example.org/corrections/");

    // the page is there before any correction is, and says so
    site.edit("content/stories/port.md", "corrections:\n  - {date: 2021-10-19T08:00, kind: clarification, text: \"The strike ended for dockers only; pilots stay out.\"}\n", "")
        .edit("content/stories/talks.md", "corrections:", "old_notes:").build();
    assertThat(site.html("corrections/index.html").select("ol.correction-list")).isEmpty();
    assertThat(site.html("corrections/index.html").select("main p").eachText()).contains("No story has been corrected yet.");
  }

  @Test
  void aCorrectionPublishesAnOlderStoryAgainInTheFeed() throws Exception {
    TestSite site = TestSite.of(dir, SITE.replace("  - date: 2021-10-20\n    kind: update\n    text: \"The talks were extended by a week.\"\n", "")).build();
    assertThat(entryTitles(site)).containsExactly("A new cable under the Baltic", "The port strike ends after nine days");

    site.edit("content/stories/talks.md", "    text: \"An earlier version said the talks were held in Vienna; they were held in Geneva.\"\n",
        "    text: \"An earlier version said the talks were held in Vienna; they were held in Geneva.\"\n"
            + "  - {date: 2021-10-21T09:00, kind: update, text: \"The talks were extended by a week.\"}\n").build();
    assertThat(entryTitles(site)).containsExactly("Ministers open talks on the grain corridor", "A new cable under the Baltic");
    org.w3c.dom.Document feed = FeedsTest.xml(site.file("feed.xml"));
    org.w3c.dom.Element first = (org.w3c.dom.Element) feed.getElementsByTagNameNS(FeedsTest.ATOM, "entry").item(0);
    assertThat(first.getElementsByTagNameNS(FeedsTest.ATOM, "updated").item(0).getTextContent()).isEqualTo("2021-10-21T09:00:00+02:00");
    assertThat(first.getElementsByTagNameNS(FeedsTest.ATOM, "published").item(0).getTextContent()).isEqualTo("2021-10-10T09:00:00+02:00");
    String content = first.getElementsByTagNameNS(FeedsTest.ATOM, "content").item(0).getTextContent();
    assertThat(org.jsoup.Jsoup.parseBodyFragment(content).select("p").eachText())
        .contains("Update, 21 October 2021, 09:00 CEST: The talks were extended by a week.");
    assertThat(FeedsTest.texts(feed, FeedsTest.ATOM, "updated").get(0)).isEqualTo("2021-10-21T09:00:00+02:00");
  }

  @Test
  void aCorrectedStorySaysWhyAtTheTopOfItsTopicsAuthorsAndSourcesFeedsAsInTheSiteFeed() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.SOURCES + SITE.replace("title: Ministers open talks on the grain corridor\n",
        "title: Ministers open talks on the grain corridor\ntopics: [Grain]\nauthors: [Ana Berg]\n")
        .replace("sources: [{name: Reuters}]", "sources: [reuters]")).build();
    for (String path : List.of("feed.xml", "topics/grain/feed.xml", "authors/ana-berg/feed.xml", "sources/reuters/feed.xml")) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) FeedsTest.xml(site.file(path)).getElementsByTagNameNS(FeedsTest.ATOM, "entry").item(0);
      assertThat(entry.getElementsByTagNameNS(FeedsTest.ATOM, "updated").item(0).getTextContent()).as(path).isEqualTo("2021-10-20T00:00:00+02:00");
      String text = entry.getElementsByTagNameNS(FeedsTest.ATOM, path.equals("feed.xml") ? "content" : "summary").item(0).getTextContent();
      assertThat(org.jsoup.Jsoup.parseBodyFragment(text).select("p").eachText()).as(path).startsWith(
          "Correction, 12 October 2021, 16:30 CEST: An earlier version said the talks were held in Vienna; they were held in Geneva.",
          "Update, 20 October 2021, 00:00 CEST: The talks were extended by a week.");
    }
  }

  @Test
  void aWrongCorrectionIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/stories/talks.md --
        ---
        title: Ministers open talks
        date: 2021-10-10T09:00
        sources: [{name: Reuters}]
        corrections:
          - {date: 2021-10-09, text: "Dated before the story."}
          - {date: 2021-10-11, kind: retraction, text: "Not a kind."}
          - {date: 2021-10-11}
          - {text: "No date."}
          - "just text"
          - {date: 2021-10-12, txt: "A typo'd key."}
        ---
        Text.
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).contains(
        "6: this correction is dated 2021-10-09, before the story was published on 2021-10-10",
        "7: 'retraction' is not a kind of correction",
        "8: this correction has no text",
        "9: this correction has no date",
        "10: each correction needs a date and a text");
    assertThat(errors).anySatisfy(p -> {
      assertThat(p.position().line()).isEqualTo(11);
      assertThat(p.message()).contains("txt");
    });
  }

  @Test
  void anUpdateOrCorrectionDatedAfterTheBuildIsAnErrorAtItsLine() {
    // TestSite builds at 2021-11-01 12:00 UTC (13:00 in Brussels); 2031 is a typo of the year
    String story = Fixtures.CONFIG + """
        -- content/stories/talks.md --
        ---
        title: Ministers open talks
        date: 2021-10-10T09:00
        updated: 2031-10-12T09:00
        sources: [{name: Reuters}]
        corrections:
          - {date: 2021-10-11, text: "Made the day after."}
          - {date: 2021-11-01T14:00, text: "Made in an hour."}
        ---
        Text.
        """;
    List<Problem> errors = TestSite.of(dir, story).buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "4: the update date 2031-10-12 09:00 is after the moment of this build (2021-11-01 13:00), and would be published at once",
        "8: this correction is dated 2021-11-01 14:00, after the moment of this build (2021-11-01 13:00), and would be published at once");
    // a build with --future shows what is to come
    assertThat(TestSite.of(dir.resolve("future"), story).future().build().exists("2021/10/10/ministers-open-talks/index.html")).isTrue();
  }

  private static List<String> entryTitles(TestSite site) throws Exception {
    NodeList entries = FeedsTest.xml(site.file("feed.xml")).getElementsByTagNameNS(FeedsTest.ATOM, "entry");
    List<String> titles = new java.util.ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      titles.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS(FeedsTest.ATOM, "title").item(0).getTextContent());
    }
    return titles;
  }
}
