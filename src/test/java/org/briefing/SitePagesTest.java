package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that are not stories (content/pages/), and the menus of briefing.yaml that lead to them. */
class SitePagesTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + """
      menu:
        - {name: Briefings, url: /briefings/}
        - {name: Topics, url: /topics/}
        - {name: About, url: /about/}
        - {name: Wire, url: "https://wire.example/"}
      footer_menu:
        - {name: Code of ethics, url: /policies/code-of-ethics/}
      -- content/a.md --
      ---
      title: Ministers meet
      date: 2021-10-18T09:00
      topics: [Energy]
      sources: [{name: Desk}]
      ---
      Text.
      -- content/pages/about.md --
      ---
      title: About the desk
      description: Who writes this briefing, and how.
      updated: 2021-10-01
      ---
      We are **three editors** in Brussels. Write to [the desk](mailto:desk@example.org).
      -- content/pages/policies/ethics.md --
      ---
      title: Code of ethics
      slug: code-of-ethics
      ---
      Every story names its sources.
      -- content/pages/draft.md --
      ---
      title: Not yet
      draft: true
      ---
      Unfinished.
      """;

  @Test
  void pagesAreBuiltAtTheirAddressesAndOnlyInTheSitemap() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document about = site.html("about/index.html");
    assertThat(about.select("main h1").text()).isEqualTo("About the desk");
    assertThat(about.select("main .standfirst").text()).isEqualTo("Who writes this briefing, and how.");
    assertThat(about.select("main .story-body strong").text()).isEqualTo("three editors");
    assertThat(about.selectFirst("main .byline time").attr("datetime")).isEqualTo("2021-10-01T00:00:00+02:00");
    assertThat(about.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/about/");
    assertThat(site.html("policies/code-of-ethics/index.html").select("main h1").text()).isEqualTo("Code of ethics");
    assertThat(site.exists("draft/index.html")).isFalse();
    assertThat(new HtmlValidator().errors(site.out().resolve("about/index.html"))).isEmpty();

    assertThat(FeedsTest.texts(FeedsTest.xml(site.file("sitemap.xml")), FeedsTest.SITEMAP, "loc"))
        .contains("https://example.org/about/", "https://example.org/policies/code-of-ethics/");
    assertThat(site.file("feed.xml")).doesNotContain("About the desk");
    assertThat(site.file("briefings/2021-10-18/index.html")).doesNotContain("About the desk");
    assertThat(site.file("archive/2021/10/index.html")).doesNotContain("About the desk");

    site.edit("content/pages/about.md", "three editors", "four editors").build();
    assertThat(site.html("about/index.html").select("main .story-body strong").text()).isEqualTo("four editors");
  }

  @Test
  void theMenusComeFromTheConfigurationAndMarkTheCurrentSection() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document about = site.html("about/index.html");
    assertThat(about.select("header nav.sections a").eachText()).containsExactly("Briefings", "Topics", "About", "Wire");
    assertThat(about.select("header nav.sections a").eachAttr("href"))
        .containsExactly("/briefings/", "/topics/", "/about/", "https://wire.example/");
    assertThat(about.select("header nav.sections a[aria-current=page]").eachText()).containsExactly("About");
    Document topic = site.html("topics/energy/index.html");
    assertThat(topic.select("header nav.sections a[aria-current]").eachText()).containsExactly("Topics");
    assertThat(topic.select("header nav.sections a[aria-current=true]").eachText()).containsExactly("Topics");
    assertThat(about.select("footer nav a").eachAttr("href")).containsExactly("/policies/code-of-ethics/");

    // without a menu the header has the site's sections
    TestSite plain = TestSite.of(dir.resolve("plain"), Fixtures.TWO_EDITIONS).build();
    assertThat(plain.html("index.html").select("header nav.sections a").eachText()).containsExactly("Briefings", "Topics", "Sources", "Archive");
  }

  @Test
  void aMenuLinkToNoPageAndAPageAtATakenAddressAreErrors() {
    TestSite site = TestSite.of(dir, SITE.replace("url: /about/", "url: /abuot/") + """
        -- content/pages/archive.md --
        ---
        title: Our archive
        ---
        x
        """);
    assertThat(site.buildFails()).extracting(p -> p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message())
        .containsExactlyInAnyOrder("archive.md:0: this page's address /archive/ is the address of another page the site makes",
            "briefing.yaml:11: the menu link '/abuot/' leads to no page or file of this site");
  }

  /**
   * A page named by digits was published at a made-up address (/story-404-6b3c238e/ for
   * pages/404.md, /story-2021-1bea20e1/ for pages/2021.md) without a word: a name of digits is its
   * address, but a year's is the date archive's, now or once a story of that year is out.
   */
  @Test
  void aPageNamedByDigitsIsAtThatAddressAndOneNamedByAYearIsAnError() {
    String digits = """
        -- content/pages/404.md --
        ---
        title: Not found, explained
        ---
        x
        -- content/pages/2021-22.md --
        ---
        title: The season
        ---
        x
        -- content/pages/seasons/1999.md --
        ---
        title: An old season
        ---
        x
        """;
    TestSite site = TestSite.of(dir, SITE + digits).build();
    assertThat(site.html("404/index.html").select("main h1").text()).isEqualTo("Not found, explained");
    assertThat(site.html("2021-22/index.html").select("main h1").text()).isEqualTo("The season");
    assertThat(site.html("seasons/1999/index.html").select("main h1").text()).isEqualTo("An old season");
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("story-"));

    // a year of no story yet is refused as well: a story dated then would take the address later
    TestSite years = TestSite.of(dir.resolve("years"), SITE + """
        -- content/pages/2021.md --
        ---
        title: Our year
        ---
        x
        -- content/pages/1999.md --
        ---
        title: Another year
        ---
        x
        -- content/pages/2020/review.md --
        ---
        title: A review
        ---
        x
        -- content/pages/year.md --
        ---
        title: Written
        slug: "2019"
        ---
        x
        """);
    assertThat(years.buildFails()).extracting(p -> p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message())
        .containsExactlyInAnyOrder(
            "2021.md:0: this page's address /2021/ is a year's in the date archive, where the site lists its stories of 2021",
            "1999.md:0: this page's address /1999/ is a year's in the date archive, where the site lists its stories of 1999",
            "review.md:0: this page's address /2020/ is a year's in the date archive, where the site lists its stories of 2020",
            "year.md:3: this page's address /2019/ is a year's in the date archive, where the site lists its stories of 2019");
    assertThat(years.buildFails()).extracting(Problem::hint).containsExactlyInAnyOrder(
        "give the page another address: rename the file or give the page a 'slug:' with a word in it (for example 'year-2021')",
        "give the page another address: rename the file or give the page a 'slug:' with a word in it (for example 'year-1999')",
        "give the page another address: rename the folder with a word in it (for example 'year-2020')",
        "give the page another address: change its 'slug:' with a word in it (for example 'year-2019')");
  }

  /** A path with dot segments is read as a browser reads it: /topics/../about/ is /about/, which the site has (it was a false error). */
  @Test
  void aMenuPathWithDotSegmentsIsCheckedWhereABrowserTakesIt() {
    TestSite site = TestSite.of(dir.resolve("ok"), SITE.replace("url: /about/", "url: /topics/../about/")).build();
    assertThat(site.html("index.html").select("header nav.sections a").eachAttr("href")).contains("/topics/../about/");
    TestSite broken = TestSite.of(dir.resolve("broken"), SITE.replace("url: /about/", "url: /about/../abuot/"));
    assertThat(broken.buildFails()).extracting(p -> p.message())
        .containsExactly("the menu link '/about/../abuot/' leads to no page or file of this site");
  }

  @Test
  void aMenuLinkToAFileOfStaticLeadsToItAndOneToAMissingOrHiddenFileIsAnError() {
    String files = """
        -- static/files/annual report é.pdf --
        %PDF-1.4
        -- static/files/.notes.txt --
        not for readers
        """;
    // a file of static/ is published at its path: a link to it, its name percent-encoded as in any address, is not broken
    TestSite site = TestSite.of(dir.resolve("ok"), SITE.replace("  - {name: About, url: /about/}\n",
        "  - {name: About, url: /about/}\n  - {name: Report, url: \"/files/annual%20report%20%C3%A9.pdf\"}\n") + files).build();
    assertThat(site.html("index.html").select("header nav.sections a").eachAttr("href")).contains("/files/annual%20report%20%C3%A9.pdf");
    assertThat(site.file("files/annual report é.pdf")).startsWith("%PDF-1.4");

    // a file that is not there, and one that static/ does not publish (hidden), would be broken links in every page
    TestSite broken = TestSite.of(dir.resolve("broken"), SITE.replace("  - {name: About, url: /about/}\n",
        "  - {name: About, url: /about/}\n  - {name: Report, url: /files/annual-report.pdf}\n  - {name: Notes, url: /files/.notes.txt}\n")
        + files);
    assertThat(broken.buildFails()).extracting(p -> p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message())
        .containsExactlyInAnyOrder("briefing.yaml:12: the menu link '/files/annual-report.pdf' leads to no page or file of this site",
            "briefing.yaml:13: the menu link '/files/.notes.txt' leads to no page or file of this site");

    // of two names that differ only in case, static/ publishes the first: a link to the other would be broken
    TestSite clash = TestSite.of(dir.resolve("clash"), SITE.replace("  - {name: About, url: /about/}\n",
        "  - {name: About, url: /about/}\n  - {name: Report, url: /files/report.pdf}\n") + """
        -- static/files/Report.pdf --
        %PDF-1.4 one
        -- static/files/report.pdf --
        %PDF-1.4 other
        """);
    assertThat(clash.buildFails()).extracting(Problem::message)
        .containsExactly("the menu link '/files/report.pdf' leads to no page or file of this site");
  }

  @Test
  void aPageTakesOnlyItsOwnFields() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/pages/about.md --
        ---
        titel: About
        sources: [reuters]
        ---
        x
        """);
    assertThat(site.buildFails()).extracting(p -> p.position().line() + ": " + p.message())
        .contains("2: unknown field 'titel'", "2: the required field 'title' is missing or empty");
  }
}
