package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources index says who a source is: an organisation is one that sources.yaml names or a
 * source's {@code publisher:} says; any other document is listed under its own title; a credit to
 * unnamed agencies is kept as written but is nobody's page.
 */
class SourcesIndexTest {
  @TempDir Path dir;

  static final String SITE = Fixtures.CONFIG + """
      attribution: strict
      -- content/sources.yaml --
      nato:
        name: NATO
        url: https://www.nato.int/
        type: official
      desk:
        name: Test Desk
        url: https://example.org/
      -- content/stories/talks.md --
      ---
      title: Moscow rejects the offer of talks
      date: 2021-10-22T10:00:00+02:00
      sources:
        - nato
        - name: "Interfax: Stoltenberg's remarks on dialogue make no practical sense, says Russian Foreign Ministry"
          url: https://interfax.com/newsroom/top-stories/72950/
          publisher: Interfax
        - name: "NATO: Pre-ministerial press conference"
          url: https://www.nato.int/cps/en/natohq/opinions_187622.htm
          publisher: nato
      ---
      Moscow said the offer made no practical sense.
      -- content/stories/council.md --
      ---
      title: Council approves the harbour budget
      date: 2021-10-21T10:00:00+02:00
      sources:
        - name: "Valmora city council: minutes of the meeting of 20 October"
          url: https://valmora.example/documents/council-minutes-2021-10-20.pdf
          type: official
        - name: "NATO: Relations with Russia"
          url: https://www.nato.int/cps/en/natohq/topics_50090.htm
      ---
      The council approved the budget.
      -- content/stories/wire.md --
      ---
      title: Ferries halted by a storm
      date: 2021-10-20T10:00:00+02:00
      sources:
        - {name: News Agencies, type: agency}
      ---
      Ferry crossings were cancelled on Tuesday.
      -- content/stories/wires.md --
      ---
      title: Port reopens after the storm
      date: 2021-10-20T12:00:00+02:00
      sources:
        - {name: With agency reports}
        - nato
      ---
      The port reopened on Wednesday.
      """;

  /**
   * Two sources of one name would be one organisation on the sources index: the stories citing
   * one would be listed under the other's address and kind, and its own page would be gone.
   */
  @Test
  void twoSourcesOfOneNameAreAnErrorAtTheSecondName() {
    List<org.briefing.problem.Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("name: Reuters", "name: nato ")).buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("content/sources.yaml"));
    assertThat(errors.get(0).position().line()).isEqualTo(6);
    assertThat(errors.get(0).message()).contains("'reuters'", "'nato'", "NATO");
  }

  /** Names that differ in accents or punctuation make one slug, so one page: the second is an error too. */
  @Test
  void twoSourcesWhoseNamesMakeOneAddressAreAnErrorNamingBoth() {
    for (String other : List.of("Nätö", "NATO!", "“NATO”")) {
      List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("name: Reuters", "name: \"" + other + "\"")).buildFails();
      assertThat(errors).as(other).singleElement().satisfies(e -> {
        assertThat(e.position().file()).isEqualTo(dir.resolve("content/sources.yaml"));
        assertThat(e.position().line()).isEqualTo(6);
        assertThat(e.message()).contains("'reuters'", "'nato'", "'" + other + "'", "'NATO'");
      });
    }
    // a name of its own builds, with a page each
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("name: Reuters", "name: NATO Watch")).build();
    assertThat(site.html("sources/").select("main a[href^=/sources/]").eachAttr("href")).doesNotHaveDuplicates();
  }

  @Test
  void onlyNamedOrganisationsHavePagesAndOtherDocumentsAreListedUnderTheirOwnTitles() {
    TestSite site = TestSite.of(dir, SITE).build();
    Document index = site.html("sources/");
    assertThat(index.select(".organisations li > a").eachText()).containsExactly("Interfax", "NATO");
    assertThat(index.select(".documents li > a").eachText()).containsExactly(
        "NATO: Relations with Russia", "Valmora city council: minutes of the meeting of 20 October");
    assertThat(index.select(".documents li").get(1).select(".cited-in a").eachText())
        .containsExactly("Council approves the harbour budget");
    assertThat(index.text()).doesNotContain("Test Desk ").doesNotContain("Stoltenberg's remarks").doesNotContain("News Agencies")
        .doesNotContain("agency reports");
    assertThat(site.outputPaths()).noneMatch(p -> p.startsWith("sources/interfax-") || p.startsWith("sources/desk")
        || p.startsWith("sources/test-desk") || p.startsWith("sources/valmora") || p.contains("agenc"));
    assertThat(site.html("sources/interfax/").select(".story-items a").eachText()).containsExactly("Moscow rejects the offer of talks");
    assertThat(site.html("sources/nato/").select(".story-items a").eachText())
        .containsExactly("Moscow rejects the offer of talks", "Port reopens after the storm");
    assertThat(site.file("sitemap.xml")).contains("/sources/interfax/").doesNotContain("/sources/valmora");
    assertThat(new HtmlValidator().errors(site.out().resolve("sources/index.html"))).isEmpty();
  }

  @Test
  void aStoryShowsEachSourceAsWrittenAndLinksOnlyOrganisationsToTheirPages() {
    TestSite site = TestSite.of(dir, SITE).build();
    Document council = site.html("2021/10/21/council-approves-the-harbour-budget/");
    assertThat(council.select(".sources-block li").eachText()).containsExactly(
        "Valmora city council: minutes of the meeting of 20 October official", "NATO: Relations with Russia");
    assertThat(council.select(".sources-block .more-from")).isEmpty();
    assertThat(council.select("script[type=application/ld+json]").html()).doesNotContain("\"publisher\":{\"@type\":\"Organization\"");
    Document wire = site.html("2021/10/20/ferries-halted-by-a-storm/");
    assertThat(wire.select(".sources-block li").eachText()).containsExactly("News Agencies agency");
    assertThat(wire.select("a[href*=/sources/]:not(.sections a, .site-footer a)")).isEmpty();
  }

  @Test
  void aStoryCreditedOnlyToUnnamedAgenciesBuildsWithAWarning() {
    TestSite site = TestSite.of(dir, SITE).build();
    assertThat(site.warnings()).extracting(Problem::message)
        .containsExactly("the story names no specific source: 'News Agencies' names no agency");
    assertThat(site.warnings().get(0).position().file().toString()).endsWith("wire.md");
  }
}
