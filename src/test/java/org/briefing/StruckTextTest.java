package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Words an editor struck out ({@code ~~Monday~~ Tuesday}) are a withdrawn fact: the page shows them struck, and text made
 * from the story away from the page (descriptions, feed summaries, the email's summaries and preview, search) leaves
 * them out; the email's text part marks them as struck. They were read as standing text: "on Monday Tuesday".
 */
class StruckTextTest {
  @TempDir
  Path dir;

  private static final Load JSON = new Load(LoadSettings.builder().build());

  static final String SITE = Fixtures.CONFIG.replace("language: en", "language: en\nmarkdown:\n  raw_html: allow")
      + EmailEditionTest.EMAIL_CONFIG + Fixtures.SOURCES + """
      -- content/stories/teaser.md --
      ---
      title: The minister resigns
      date: 2021-10-18T12:00:00+02:00
      sources: [reuters]
      why_it_matters: "The talks are on ~~Monday~~ Tuesday."
      key_points:
        - "A vote on ~~Wednesday~~ Thursday"
      ---
      The minister resigned after the vote on ~~Monday~~ Tuesday.

      <!-- more -->

      The party meets on <del>Sunday</del> Saturday in Valmora, and on <s class="old">Friday</s> too.
      -- content/stories/automatic.md --
      ---
      title: The budget passes
      date: 2021-10-18T13:00:00+02:00
      sources: [reuters]
      ---
      The parliament voted on ~~Monday~~ Tuesday to approve the budget of the defence ministry.
      -- content/editions/2021-10-18.md --
      ---
      title: The edition
      ---
      The summit moved to ~~Monday~~ Tuesday.
      """;

  @Test
  void struckWordsAreLeftOutOfTextMadeAwayFromThePageAndMarkedInTheEmailsTextPart() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document page = site.html("2021/10/18/the-minister-resigns/");
    assertThat(page.select(".story-body del").text()).isEqualTo("Monday Sunday");

    List<String> descriptions = new ArrayList<>();
    for (String story : List.of("2021/10/18/the-minister-resigns/", "2021/10/18/the-budget-passes/")) {
      Document d = site.html(story);
      descriptions.add(d.selectFirst("meta[name=description]").attr("content"));
      descriptions.add(d.selectFirst("meta[property=og:description]").attr("content"));
      descriptions.add(d.selectFirst("meta[name=twitter:description]").attr("content"));
      for (var script : d.select("script[type=application/ld+json]")) {
        Object json = JSON.loadFromString(script.data());
        if (json instanceof Map<?, ?> article && "NewsArticle".equals(article.get("@type"))) {
          descriptions.add((String) article.get("description"));
        }
      }
    }
    Document feed = Jsoup.parse(site.file("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
    descriptions.addAll(feed.select("entry > summary").eachText());
    for (Object item : (List<?>) ((Map<?, ?>) JSON.loadFromString(site.file("feed.json"))).get("items")) {
      descriptions.add((String) ((Map<?, ?>) item).get("summary"));
    }
    assertThat(descriptions).hasSize(12).allSatisfy(d -> assertThat(d).doesNotContain("Monday").contains(" on Tuesday"));

    String text = site.file("briefings/2021-10-18/email.txt");
    assertThat(text).contains("The minister resigned after the vote on Tuesday.", "The parliament voted on Tuesday to approve")
        .contains("The summit moved to ~~Monday~~ Tuesday.", "The talks are on ~~Monday~~ Tuesday.", "A vote on ~~Wednesday~~ Thursday");
    Document email = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(email.select("del").eachText()).contains("Monday", "Wednesday");
    assertThat(email.selectFirst(".preheader").text()).startsWith("The summit moved to Tuesday.");

    SearchIndexTest.Index index = new SearchIndexTest.Index(site);
    assertThat(index.titles("Saturday")).containsExactly("The minister resigns");
    assertThat(index.titles("Sunday")).isEmpty();
    assertThat(index.titles("Friday")).isEmpty();
    assertThat(index.titles("Monday")).isEmpty();
  }
}
