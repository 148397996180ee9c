package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addresses a reader can shorten by hand: /2021/, /2021/10/ and /2021/10/18/ list the stories of a year, month and day. */
class DateAddressesTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + """
      -- content/a.md --
      ---
      title: Ministers meet in Brussels
      date: 2021-10-18T09:00
      sources: [{name: Desk}]
      ---
      Text.
      -- content/b.md --
      ---
      title: The port strike ends
      date: 2021-10-18T23:30:00+00:00
      sources: [{name: Desk}]
      ---
      Text.
      -- content/c.md --
      ---
      title: Grain deal extended
      date: 2021-10-20T12:00
      sources: [{name: Desk}]
      ---
      Text.
      -- content/d.md --
      ---
      title: A cable under the Baltic
      date: 2020-12-31T20:00
      sources: [{name: Desk}]
      ---
      Text.
      """;

  @Test
  void yearMonthAndDayAddressesListTheirStories() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();

    // 23:30 UTC on the 18th is 01:30 on the 19th in Brussels, the site's time zone, where the story's own folder is
    Document day = site.html("2021/10/18/index.html");
    assertThat(day.select("main h1").text()).isEqualTo("18 October 2021"); // the site's language, en, in its long form
    assertThat(day.select(".story-list h2").eachText()).containsExactly("Ministers meet in Brussels");
    assertThat(site.html("2021/10/19/index.html").select(".story-list h2").eachText()).containsExactly("The port strike ends");
    assertThat(site.exists("2021/10/19/the-port-strike-ends/index.html")).isTrue();
    assertThat(day.select("nav.pager a").eachAttr("href")).containsExactly("/2020/12/31/", "/2021/10/19/");

    Document month = site.html("2021/10/index.html");
    assertThat(month.select(".story-items a").eachText())
        .containsExactly("Grain deal extended", "The port strike ends", "Ministers meet in Brussels");
    assertThat(month.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/archive/2021/10/");
    assertThat(site.file("2021/10/index.html")).as("the month's date address is the archive's page, rendered once for both")
        .isEqualTo(site.file("archive/2021/10/index.html"));

    Document year = site.html("2021/index.html");
    assertThat(year.select("main h1").text()).isEqualTo("2021");
    assertThat(year.select(".group-list a").eachAttr("href")).containsExactly("/archive/2021/10/");
    assertThat(site.html("2020/index.html").select(".group-list a").eachText()).containsExactly("December 2020");

    assertThat(FeedsTest.texts(FeedsTest.xml(site.file("sitemap.xml")), FeedsTest.SITEMAP, "loc"))
        .contains("https://example.org/2021/", "https://example.org/2021/10/18/", "https://example.org/2020/12/31/")
        .doesNotContain("https://example.org/2021/10/");
    for (String page : new String[] {"2021/10/18/index.html", "2021/index.html", "2021/10/index.html"}) {
      assertThat(new HtmlValidator().errors(site.out().resolve(page))).as(page).isEmpty();
    }

    // a story moved to another day leaves its old day, and a day without stories has no page
    site.edit("content/a.md", "date: 2021-10-18T09:00", "date: 2021-10-20T08:00").build();
    assertThat(site.exists("2021/10/18/index.html")).isFalse();
    assertThat(site.html("2021/10/20/index.html").select(".story-list h2").eachText())
        .containsExactly("Grain deal extended", "Ministers meet in Brussels");
  }

  @Test
  void anAliasCannotTakeADateAddress() {
    TestSite site = TestSite.of(dir, SITE.replace("title: Grain deal extended", "title: Grain deal extended\naliases: [/2021/10/18/]"));
    assertThat(site.buildFails()).extracting(p -> p.message())
        .containsExactly("the alias '/2021/10/18/' is the address of a page the site makes (2021/10/18/index.html)");
  }
}
