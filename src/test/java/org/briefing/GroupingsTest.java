package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groupings are configured, not coded: topics, places and authors by default, and any grouping
 * a site names under {@code groups:} in briefing.yaml, each with an index, a page per term and a
 * feed per term.
 */
class GroupingsTest {
  @TempDir Path dir;

  static final String STORIES = Fixtures.SOURCES + """
      -- content/stories/talks.md --
      ---
      title: Ministers meet in Geneva
      date: 2021-10-18T10:00:00+02:00
      topics: [Energy]
      places: [Geneva, Brussels]
      authors: [Ana Ruiz, Tom Berg]
      series: [Winter Talks]
      sources: [reuters]
      ---
      Ministers met in Geneva on Monday.
      -- content/stories/grain.md --
      ---
      title: Grain deal extended
      date: 2021-10-17T10:00:00+02:00
      topics: [Trade]
      places: [Odesa]
      authors: [Ana Ruiz]
      series: Winter Talks
      sources: [reuters]
      ---
      The deal was extended for a year.
      """;

  @Test
  void aSiteWithNoGroupsSettingHasPagesAndFeedsOfItsPlacesAndAuthors() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + STORIES).build();

    Document authors = site.html("authors/");
    assertThat(authors.select("main h1").text()).isEqualTo("Authors");
    assertThat(authors.select("main li a").eachAttr("href")).containsExactly("/authors/ana-ruiz/", "/authors/tom-berg/");
    Document ana = site.html("authors/ana-ruiz/");
    assertThat(ana.select("main h1").text()).isEqualTo("Ana Ruiz");
    assertThat(ana.select("main article h2, main article h3").eachText()).containsExactly("Ministers meet in Geneva", "Grain deal extended");
    assertThat(ana.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
        .containsExactly("/feed.xml", "/authors/ana-ruiz/feed.xml");
    assertThat(site.file("authors/ana-ruiz/feed.xml")).contains("<title>Grain deal extended</title>");
    assertThat(site.html("places/").select("main li a").eachText()).containsExactly("Brussels", "Geneva", "Odesa");
    assertThat(site.html("places/odesa/").select("main h1").text()).isEqualTo("Odesa");
    assertThat(site.file("places/geneva/feed.xml")).contains("Ministers meet in Geneva").doesNotContain("Grain deal");
    assertThat(site.file("topics/energy/index.html")).contains("Ministers meet in Geneva");

    // the story links its byline and its places to their pages
    Document story = site.html("2021/10/18/ministers-meet-in-geneva/");
    assertThat(story.select(".byline .authors a").eachAttr("href")).containsExactly("/authors/ana-ruiz/", "/authors/tom-berg/");
    assertThat(story.select(".byline .authors").text()).isEqualTo("By Ana Ruiz and Tom Berg");
    assertThat(story.select(".places a").eachAttr("href")).containsExactly("/places/geneva/", "/places/brussels/");

    assertThat(site.file("sitemap.xml")).contains("<loc>https://example.org/authors/</loc>", "<loc>https://example.org/authors/ana-ruiz/</loc>",
        "<loc>https://example.org/places/</loc>", "<loc>https://example.org/places/odesa/</loc>", "<loc>https://example.org/topics/</loc>");
    // 'series' is no grouping of this site: the field is warned of, and makes no pages
    assertThat(site.exists("series/index.html")).isFalse();
    for (String page : List.of("authors/index.html", "authors/ana-ruiz/index.html", "places/geneva/index.html",
        "2021/10/18/ministers-meet-in-geneva/index.html")) {
      assertThat(new HtmlValidator().errors(site.out().resolve(page))).as(page).isEmpty();
    }

    // an author added to a story reaches the index, the author's page and feed on every way of building
    site.edit("content/stories/grain.md", "authors: [Ana Ruiz]", "authors: [Ana Ruiz, Lea Park]").build();
    assertThat(site.html("authors/").select("main li a").eachText()).containsExactly("Ana Ruiz", "Lea Park", "Tom Berg");
    assertThat(site.file("authors/lea-park/feed.xml")).contains("Grain deal extended");
  }

  @Test
  void aGroupingTheSiteConfiguresHasPagesAndFeedsWithNoCode() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        groups:
          series:
            field: series
            path: runs
            title: Series
            label: Series
          places:
            pages: false
            feeds: false
        menu:
          - {name: Series, url: /runs/}
          - {name: Authors, url: /authors/}
        """ + STORIES).build();

    assertThat(site.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("series"));
    Document index = site.html("runs/");
    assertThat(index.select("main h1").text()).isEqualTo("Series");
    assertThat(index.select("main li a").eachAttr("href")).containsExactly("/runs/winter-talks/");
    Document term = site.html("runs/winter-talks/");
    assertThat(term.select("main h1").text()).isEqualTo("Winter Talks");
    assertThat(term.select("main article").size()).isEqualTo(2);
    assertThat(term.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).contains("/runs/winter-talks/feed.xml");
    assertThat(site.file("runs/winter-talks/feed.xml")).contains("Grain deal extended", "Ministers meet in Geneva");
    assertThat(site.file("sitemap.xml")).contains("<loc>https://example.org/runs/winter-talks/</loc>");
    assertThat(site.html("").select("nav.sections a").eachAttr("href")).containsExactly("/runs/", "/authors/");

    // places without pages: none are made, and a story names its places without links
    assertThat(site.exists("places/index.html")).isFalse();
    assertThat(site.exists("places/geneva/index.html")).isFalse();
    assertThat(site.html("2021/10/18/ministers-meet-in-geneva/").select(".places").text()).isEqualTo("Places: Geneva, Brussels");
    assertThat(site.html("2021/10/18/ministers-meet-in-geneva/").select(".places a")).isEmpty();
  }

  @Test
  void aBadGroupSettingIsAnErrorAtItsLineAndLeavesThePublishedSiteAsItWas() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + STORIES).build();
    String published = site.file("authors/ana-ruiz/index.html");
    site.write(Fixtures.CONFIG + """
        groups:
          series:
            feild: series
          authors:
            pages: sometimes
          desks:
            path: sources
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "10: unknown setting 'feild' of the group 'series'",
        "12: 'groups.authors.pages' must be true or false, not 'sometimes'",
        "14: the group 'desks' cannot be at the address '/sources/'");
    assertThat(errors).allSatisfy(p -> assertThat(p.position().file()).isEqualTo(dir.resolve("briefing.yaml")));
    assertThat(site.file("authors/ana-ruiz/index.html")).isEqualTo(published);

    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("briefing.yaml:10", "unknown setting 'feild'").doesNotContain("Exception");
  }

  /**
   * A grouping pointed at the field or the address of another that was left as it is, a default
   * one among them, is blamed at the line that points it there: the error was at line 1 of
   * briefing.yaml, and its hint asked to change the grouping the editor had not touched.
   */
  @Test
  void aGroupingGivenTheFieldOrAddressOfAnotherIsTheOneBlamedAtThatSettingsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        groups:
          topics:
            field: places
          series:
            path: authors
        """ + STORIES);
    assertThat(site.buildFails()).extracting(p -> where(p) + " " + p.message() + " / " + p.hint()).containsExactly(
        "briefing.yaml:10 the group 'topics' reads the field 'places', which the group 'places' reads too / give 'topics' a field of its own ('field: …')",
        "briefing.yaml:12 the group 'series' is at /authors/, where the group 'authors' is too / give 'series' an address of its own ('path: …')");

    // the default grouping is blamed when it is the one pointed at the other's address, though it comes first
    site.write(Fixtures.CONFIG + """
        groups:
          authors:
            path: series
          series:
            title: Series
        """);
    assertThat(site.buildFails()).extracting(p -> where(p) + " " + p.message()).containsExactly(
        "briefing.yaml:10 the group 'authors' is at /series/, where the group 'series' is too");
  }

  /** A page at the address a grouping is moved to names the grouping and its line: it said only 'another page the site makes'. */
  @Test
  void aPageAtTheAddressOfAGroupingNamesTheGroupingAndWhereItIsConfigured() {
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + """
        groups:
          series:
            path: about
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Who we are.
        """ + STORIES).buildFails();
    assertThat(errors).extracting(p -> p.format(dir)).containsExactly("content/pages/about.md: error: this page's address /about/ is"
        + " that of the index of the grouping 'series' (briefing.yaml:9)\n  hint: rename the file or give it another 'slug:', or give"
        + " the grouping another 'path:' in briefing.yaml");
  }

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  @Test
  void noGroupingMayTakeAnAddressTheSiteWritesItself() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    List<String> own = site.outputPaths().stream().map(p -> p.replaceFirst("/.*", ""))
        .filter(p -> !p.matches("[0-9]+") && !List.of("topics", "places", "authors").contains(p))
        // a file of static/ is the site's own, copied as it is
        .filter(p -> !java.nio.file.Files.exists(site.dir().resolve("static").resolve(p))).distinct().toList();
    assertThat(own).contains("search", "briefings", "sources");
    assertThat(org.briefing.config.Grouping.SITE_PATHS).containsAll(own);

    for (String path : own.stream().filter(p -> !p.contains(".")).toList()) {
      site.write(Fixtures.CONFIG.replace("-- briefing.yaml --\n", "-- briefing.yaml --\ngroups:\n  series:\n    path: " + path + "\n"));
      assertThat(site.buildFails()).as(path).extracting(Problem::message)
          .containsExactly("the group 'series' cannot be at the address '/" + path + "/'");
    }
  }

  @Test
  void aMenuMayLinkToTheIndexOfAGroupingButNotOfOneThatHasNoPages() {
    String menu = """
        menu:
          - {name: Places, url: /places/}
          - {name: Authors, url: /authors/}
        """;
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + menu + STORIES).build();
    assertThat(site.html("places/").select("nav.sections a[aria-current]").eachAttr("href")).containsExactly("/places/");
    site.write(Fixtures.CONFIG + menu + """
        groups:
          places: {pages: false, feeds: false}
        """);
    assertThat(site.buildFails()).extracting(Problem::message).containsExactly("the menu link '/places/' leads to no page or file of this site");
  }

  @Test
  void spellingsThatDifferOnlyInCaseOrAccentsAreOneTermNamedByTheMostUsedWithAWarningNamingBothFiles() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: First
        date: 2021-10-18T10:00:00+02:00
        places: [Genève]
        sources: [reuters]
        ---
        Text.
        -- content/b.md --
        ---
        title: Second
        date: 2021-10-17T10:00:00+02:00
        places: [Geneve]
        sources: [reuters]
        ---
        Text.
        -- content/c.md --
        ---
        title: Third
        date: 2021-10-16T10:00:00+02:00
        places: [Geneve]
        sources: [reuters]
        ---
        Text.
        """).build();
    assertThat(site.html("places/").select("main li a").eachText()).containsExactly("Geneve");
    assertThat(site.html("places/geneve/").select("main article").size()).isEqualTo(3);
    assertThat(site.warnings()).filteredOn(p -> p.message().contains("Genève")).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(dir.resolve("content/a.md"));
      assertThat(p.message()).isEqualTo("the place 'Genève' and 'Geneve' (" + dir.resolve("content/b.md")
          + ") differ only in case, accents or punctuation and are listed as one, 'Geneve'");
      // printed, the file it names is named from the site folder, as the warning's own file is
      assertThat(p.format(dir)).startsWith("content/a.md: warning: the place 'Genève' and 'Geneve' (content/b.md) differ")
          .contains("declare the place in content/places.yaml").doesNotContain(dir.toString());
    });

    // the most used spelling names the term
    site.edit("content/c.md", "places: [Geneve]", "places: [Genève]").build();
    assertThat(site.html("places/").select("main li a").eachText()).containsExactly("Genève");
    // with the spellings used equally often, the first in Unicode order, not the newest story's
    site.edit("content/c.md", "places: [Genève]", "places: [Odesa]").build();
    assertThat(site.html("places/").select("main li a").eachText()).containsExactly("Geneve", "Odesa");
  }
}
