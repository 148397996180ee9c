package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/editions/2021-10-18.md --
        ---
        title: The Monday briefing
        stories: [allies-regret-the-decision, russia-suspends-its-mission-to-nato]
        ---
        A busy day for *diplomats*.
        """).build();
  }

  @Test
  void frontPageShowsTheLatestEditionInTheEditorsOrder() {
    Document home = site.html("");
    assertThat(home.select("h1").text()).isEqualTo("The Monday briefing");
    assertThat(home.select(".editor-note em").text()).isEqualTo("diplomats");
    assertThat(home.select(".story-card h2 a").eachText())
        .containsExactly("Allies regret the decision", "Russia suspends its mission to NATO");
    Element first = home.select(".story-card").get(1);
    assertThat(first.select(".summary").text()).isEqualTo("Russia will stop the work of its NATO mission from November.");
    assertThat(first.select(".why").text()).contains("The last standing channel");
    assertThat(first.select(".source-line a").eachText()).as("organisations, not documents").containsExactly("Reuters", "NATO");
    assertThat(first.select(".topics a").eachText()).containsExactly("Russia", "NATO");
    assertThat(home.select(".earlier a").eachAttr("href")).contains("/briefings/2021-10-06/");
  }

  @Test
  void summariesComeFromTheEditorThenTheMoreMarkerThenTheText() {
    Document edition = site.html("briefings/2021-10-18/");
    assertThat(edition.select(".story-card .summary").eachText()).containsExactly(
        "Allied governments said they regretted the step. They said dialogue remained open.",
        "Russia will stop the work of its NATO mission from November.");
    String automatic = site.html("briefings/2021-10-06/").select(".summary").text();
    assertThat(automatic).startsWith("NATO withdrew the accreditation of eight members of Russia’s mission.");
  }

  @Test
  void articlePageHasEveryPart() {
    Document page = site.html("2021/10/18/russia-suspends-its-mission-to-nato/");
    assertThat(page.select("h1").text()).isEqualTo("Russia suspends its mission to NATO");
    assertThat(page.select(".standfirst").text()).isEqualTo("Moscow answers the expulsion of eight diplomats.");
    assertThat(page.select(".byline .authors").text()).isEqualTo("By Ana Berg");
    assertThat(page.select(".byline time").first().attr("datetime")).isEqualTo("2021-10-18T14:20:00+02:00");
    assertThat(page.select(".updated time").attr("datetime")).isEqualTo("2021-10-18T19:00:00+02:00");
    assertThat(page.select("figure img").attr("src")).isEqualTo("/images/flag.png");
    assertThat(page.select("figure img").attr("alt")).isEqualTo("A flag on a pole");
    assertThat(page.select("figcaption").text()).contains("The flag outside the mission.").contains("Jane Doe/Agency");
    assertThat(page.select(".story-body h2").text()).isEqualTo("The reaction");
    assertThat(page.select(".key-points li").eachText()).hasSize(2);
    assertThat(page.select(".whats-next").text()).contains("Defence ministers meet next week.");
    assertThat(page.select(".sources-block li > a[rel]").eachAttr("href"))
        .containsExactly("https://www.reuters.com/", "https://www.nato.int/statement");
    assertThat(page.select("figcaption .credit").text()).isEqualTo("Photo: Jane Doe/Agency");
    assertThat(page.text().split("Jane Doe", -1)).as("the photo credit is printed once").hasSize(2);
    assertThat(page.select(".go-deeper a").attr("href")).isEqualTo("https://example.com/background");
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/2021/10/18/russia-suspends-its-mission-to-nato/");
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/images/flag-card.jpg");
    assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    assertThat(page.select(".story-footer p:not(.places) a").attr("href")).isEqualTo("/briefings/2021-10-18/");
  }

  @Test
  void inlineSourcesJoinTheOrganisationTheirPublisherNames() {
    Document nato = site.html("sources/nato/");
    assertThat(nato.select("h1").text()).isEqualTo("NATO");
    assertThat(nato.select(".story-items a").eachText())
        .containsExactly("Allies regret the decision", "Russia suspends its mission to NATO");
    assertThat(site.html("sources/").select(".group-list a").eachText()).containsExactly("NATO", "Reuters");
  }

  @Test
  void topicsAcceptTagsAsAnAlias() {
    Document russia = site.html("topics/russia/");
    assertThat(russia.select(".story-card h2").eachText())
        .containsExactly("Russia suspends its mission to NATO", "NATO expels eight members of the Russian mission");
    assertThat(site.html("topics/").select(".group-list a").eachText()).containsExactly("NATO", "Russia");
  }

  @Test
  void archiveListsMonthsAndEachMonthItsStoriesNewestFirst() {
    Document archive = site.html("archive/");
    assertThat(archive.select(".group-list a").eachText()).containsExactly("October 2021");
    assertThat(archive.select(".group-list a").attr("href")).isEqualTo("/archive/2021/10/");
    assertThat(archive.select(".count").text()).isEqualTo("3 stories");
    Document month = site.html("archive/2021/10/");
    assertThat(month.select("h1").text()).isEqualTo("October 2021");
    assertThat(month.select(".story-items li a").eachText()).hasSize(3).first().isEqualTo("Allies regret the decision");
  }

  @Test
  void sitesHaveA404PageRobotsAndStaticFiles() {
    assertThat(site.html("404.html").select("h1").text()).isEqualTo("Page not found");
    assertThat(site.file("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
    assertThat(site.exists("images/flag.png")).isTrue();
    assertThat(site.exists("assets/briefing.css")).isTrue();
  }

  @Test
  void aRobotsTxtOfTheSitesOwnIsPublishedInsteadOfTheOneBriefingWrites(@TempDir Path own) {
    TestSite mine = TestSite.of(own, Fixtures.TWO_EDITIONS + """
        -- static/robots.txt --
        User-agent: GPTBot
        Disallow: /
        """).build();
    assertThat(mine.file("robots.txt")).isEqualTo("User-agent: GPTBot\nDisallow: /\n");
    assertThat(mine.warnings()).isEmpty();
    // taken away, the generated one is back; each rebuild equals a clean build
    mine.delete("static/robots.txt").build();
    assertThat(mine.file("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
    mine.write("""
        -- static/robots.txt --
        User-agent: *
        Disallow: /drafts/
        """).build();
    assertThat(mine.file("robots.txt")).isEqualTo("User-agent: *\nDisallow: /drafts/\n");

    // beside a ROBOTS.TXT, which static/ publishes first, robots.txt is not published: the generated one is, and both are warned of
    mine.write("""
        -- static/ROBOTS.TXT --
        User-agent: *
        """).build();
    assertThat(mine.file("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
    assertThat(mine.warnings()).extracting(p -> p.position().file().getFileName().toString()).contains("robots.txt", "ROBOTS.TXT");
  }
}
