package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFormatTest {
  @TempDir Path dir;

  @Test
  void folderDefaultsApplyBelowTheirFolderAndFrontMatterWins() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/_defaults.yaml --
        authors: [Site Desk]
        sources: [reuters]
        -- content/wire/_defaults.yaml --
        authors: [Wire Desk]
        topics: [Wire]
        -- content/wire/a.md --
        ---
        title: From the wire
        date: 2021-10-18
        ---
        Body.
        -- content/wire/b.md --
        ---
        title: Own byline
        date: 2021-10-18
        authors: [Ana Berg]
        ---
        Body.
        -- content/c.md --
        ---
        title: At the top
        date: 2021-10-18
        ---
        Body.
        """).build();
    assertThat(site.html("2021/10/18/from-the-wire/").select(".authors").text()).isEqualTo("By Wire Desk");
    assertThat(site.html("2021/10/18/from-the-wire/").select(".kicker a").text()).isEqualTo("Wire");
    assertThat(site.html("2021/10/18/own-byline/").select(".authors").text()).isEqualTo("By Ana Berg");
    assertThat(site.html("2021/10/18/at-the-top/").select(".authors").text()).isEqualTo("By Site Desk");
    assertThat(site.html("2021/10/18/at-the-top/").select(".sources-block li > a[rel]").text()).isEqualTo("Reuters");
  }

  @Test
  void datesWithOffsetsAndLocalDatesAreReadInTheSiteTimeZone() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/late.md --
        ---
        title: Late in Moscow
        date: 2021-10-18T23:30:00-04:00
        sources: [reuters]
        ---
        Body.
        -- content/local.md --
        ---
        title: Local time
        date: 2021-10-18 09:15
        sources: [reuters]
        ---
        Body.
        """).build();
    // 23:30 at UTC-4 is 05:30 the next day in Brussels
    Document late = site.html("2021/10/19/late-in-moscow/");
    assertThat(late.select(".byline time").attr("datetime")).isEqualTo("2021-10-19T05:30:00+02:00");
    assertThat(site.html("2021/10/18/local-time/").select(".byline time").attr("datetime")).isEqualTo("2021-10-18T09:15:00+02:00");
  }

  @Test
  void slugsAreDerivedFromTitlesInAnyScript() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: "Lavrov: «Диалог» закончен"
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- content/b.md --
        ---
        title: Zürich & Genève façades
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- content/c.md --
        ---
        title: حلف شمال الأطلسي
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        """).build();
    assertThat(site.outputPaths()).contains("2021/10/18/lavrov-dialog-zakonchen/index.html",
        "2021/10/18/zurich-and-geneve-facades/index.html");
    assertThat(site.outputPaths()).anyMatch(p -> p.matches("2021/10/18/story-[0-9a-f]{8}/index.html"));
  }

  /** A file saved as 'a.MD' was left out without a word, while 'a.markdown' was a story. */
  @Test
  void markdownFilesAreReadWhateverTheCaseOfTheirExtension() {
    String story = """
        -- content/stories/%s --
        ---
        title: %s
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        """;
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story.formatted("upper.MD", "Upper")
        + story.formatted("mixed.Md", "Mixed") + story.formatted("long.MARKDOWN", "Long") + """
        -- content/pages/about.MD --
        ---
        title: About us
        ---
        Who we are.
        -- content/editions/2021-10-18.MD --
        ---
        title: Monday's briefing
        ---
        A note from the upper-case file.
        """).build();
    assertThat(site.outputPaths()).contains("2021/10/18/upper/index.html", "2021/10/18/mixed/index.html",
        "2021/10/18/long/index.html", "about/index.html");
    assertThat(site.html("briefings/2021-10-18/index.html").text()).contains("A note from the upper-case file.");
  }

  @Test
  void draftsAndFutureStoriesAreLeftOutUnlessAsked() {
    String spec = Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/draft.md --
        ---
        title: Not ready
        date: 2021-10-18
        draft: true
        sources: [reuters]
        ---
        Body.
        -- content/future.md --
        ---
        title: Tomorrow
        date: 2030-01-01
        sources: [reuters]
        ---
        Body.
        -- content/now.md --
        ---
        title: Published
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        """;
    TestSite site = TestSite.of(dir, spec).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("not-ready") || p.contains("tomorrow"));
    TestSite all = TestSite.of(dir, spec).drafts().future().build();
    assertThat(all.outputPaths()).contains("2021/10/18/not-ready/index.html", "2030/01/01/tomorrow/index.html");
    assertThat(all.html("2021/10/18/not-ready/").select(".draft").text()).isEqualTo("Draft");
  }

  @Test
  void unknownFieldsReachTemplatesAsParameters() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: With extras
        date: 2021-10-18
        sources: [reuters]
        credits: {photo: [Jane Roe], reporting: [Ana Berg]}
        desk: Europe
        ---
        Body.
        -- templates/article.ftlh --
        <p id="desk">${article.params.desk}</p><p id="photo">${article.params.credits.photo[0]}</p>
        """).build();
    assertThat(site.file("2021/10/18/with-extras/index.html")).isEqualTo("<p id=\"desk\">Europe</p><p id=\"photo\">Jane Roe</p>\n");
  }

  @Test
  void weeklyEditionsGroupStoriesByTheirMonday() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("language: en", "language: en\neditions: weekly") + Fixtures.SOURCES + """
        -- content/mon.md --
        ---
        title: Monday story
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- content/fri.md --
        ---
        title: Friday story
        date: 2021-10-22
        sources: [reuters]
        ---
        Body.
        -- content/edition-override.md --
        ---
        title: Filed late
        date: 2021-10-25
        edition: 2021-10-20
        sources: [reuters]
        ---
        Body.
        """).build();
    assertThat(site.outputPaths()).contains("briefings/2021-10-18/index.html").noneMatch(p -> p.startsWith("briefings/2021-10-22"));
    assertThat(site.html("briefings/2021-10-18/").select(".story-card h2").eachText())
        .containsExactly("Filed late", "Friday story", "Monday story");
    assertThat(site.html("").select("h1").text()).startsWith("Week of");
  }

  private static String wrap(String file, String day, String extra) {
    return "-- content/stories/" + file + " --\n---\ntitle: Markets wrap\ndate: 2021-10-" + day + "T08:00:00Z\n" + extra
        + "sources: [reuters]\n---\nThe wrap of the " + day + "th.\n";
  }

  /**
   * An edition file's slug that two stories of the edition share (a weekly edition's, on two days)
   * is an error at its line naming both, and their addresses tell them apart: one was ordered
   * and the other put last, without a word of which.
   */
  @Test
  void aSlugTwoStoriesOfTheEditionShareIsAnErrorAndTheirAddressesTellThemApart() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("language: en", "language: en\neditions: weekly") + Fixtures.SOURCES
        + wrap("mon.md", "18", "") + wrap("wed.md", "20", "") + """
        -- content/stories/other.md --
        ---
        title: Other news
        date: 2021-10-21T08:00:00Z
        sources: [reuters]
        ---
        Other.
        -- content/editions/2021-10-18.md --
        ---
        title: The week
        stories: [markets-wrap, other-news]
        ---
        """);
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/editions/2021-10-18.md"));
      assertThat(e.position().line()).isEqualTo(3);
      assertThat(e.format(dir)).contains("the slug 'markets-wrap' names 2 stories of this edition: "
          + "/2021/10/20/markets-wrap/ (content/stories/wed.md), /2021/10/18/markets-wrap/ (content/stories/mon.md)");
      assertThat(e.hint()).isEqualTo("write the address of the one you mean instead of its slug, e.g. '- /2021/10/20/markets-wrap/'");
    });

    site.edit("content/editions/2021-10-18.md", "[markets-wrap,", "[/2021/10/18/markets-wrap/,").build();
    assertThat(site.html("briefings/2021-10-18/").select(".story-card h2 a").eachAttr("href"))
        .containsExactly("/2021/10/18/markets-wrap/", "/2021/10/21/other-news/", "/2021/10/20/markets-wrap/");
  }

  /**
   * With daily editions, a story brought in from another day by 'edition:' may share the slug of
   * one of the day, and so may a story not out yet; under a sub-path, the address may be written
   * with it or without.
   */
  @Test
  void aSlugSharedWithAStoryBroughtInOrNotOutYetIsAnErrorAndAnAddressUnderASubPathNamesOne() {
    String config = Fixtures.CONFIG.replace("https://example.org/", "https://example.org/news/") + Fixtures.SOURCES;
    String edition = "-- content/editions/2021-10-18.md --\n---\nstories: [markets-wrap]\n---\n";
    TestSite site = TestSite.of(dir, config + wrap("sun.md", "17", "edition: 2021-10-18\n") + wrap("mon.md", "18", "") + edition);
    assertThat(site.buildFails()).extracting(e -> e.format(dir)).singleElement().asString()
        .contains("content/editions/2021-10-18.md:2: error: the slug 'markets-wrap' names 2 stories of this edition: "
            + "/news/2021/10/18/markets-wrap/ (content/stories/mon.md), /news/2021/10/17/markets-wrap/ (content/stories/sun.md)");

    site.write(edition.replace("[markets-wrap]", "[/news/2021/10/17/markets-wrap/]")).build();
    assertThat(site.html("briefings/2021-10-18/").select(".story-card h2 a").eachAttr("href"))
        .containsExactly("/news/2021/10/17/markets-wrap/", "/news/2021/10/18/markets-wrap/");
    site.write(edition.replace("[markets-wrap]", "[2021/10/18/markets-wrap]")).build();
    assertThat(site.html("briefings/2021-10-18/").select(".story-card h2 a").eachAttr("href"))
        .containsExactly("/news/2021/10/18/markets-wrap/", "/news/2021/10/17/markets-wrap/");

    // a draft of the day with the slug of the story brought in: listed by slug, the order would move when it is out
    site.delete("content/stories/mon.md").write(wrap("mon-draft.md", "18", "draft: true\n") + edition);
    assertThat(site.buildFails()).extracting(e -> e.format(dir)).singleElement().asString()
        .contains("the slug 'markets-wrap' names 2 stories of this edition: /news/2021/10/17/markets-wrap/ (content/stories/sun.md), "
            + "/news/2021/10/18/markets-wrap/ (not out yet)");
  }

  @Test
  void everyLinkWorksUnderASubPath() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: https://example.org/briefings/news")).build();
    for (String path : site.outputPaths()) {
      if (!path.endsWith(".html")) {
        continue;
      }
      Document page = site.html(path);
      for (String attr : new String[] {"href", "src"}) {
        for (var element : page.select("[" + attr + "]")) {
          String link = element.attr(attr);
          if (link.startsWith("#") || link.startsWith("http")) {
            assertThat(link).as(path).doesNotStartWith("https://example.org/2").doesNotStartWith("https://example.org/topics");
            continue;
          }
          assertThat(link).as(path + " " + attr).startsWith("/briefings/news/");
          String target = link.substring("/briefings/news/".length()).replaceFirst("\\?.*$", "");
          assertThat(site.exists(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target)).as(path + " → " + link).isTrue();
        }
      }
    }
    assertThat(site.html("").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/briefings/news/");
  }

  /**
   * A link or image an editor writes from the site's root in a story, a page or an edition's note
   * ("/corrections/", "/images/flag.png") leads into the site under a sub-path too, on its pages,
   * in the feed and in the email; they were published as written, leading to the host's root.
   */
  @Test
  void linksWrittenFromTheSiteRootInTextLeadIntoTheSiteUnderASubPath() throws Exception {
    String spec = Fixtures.TWO_EDITIONS.replace("  name: Test Desk\n", "  name: Test Desk\n" + EmailEditionTest.EMAIL_CONFIG) + """
        -- content/stories/expulsions.md --
        ---
        title: NATO expels eight members of the Russian mission
        date: 2021-10-06
        tags: [Russia]
        sources: [reuters]
        why_it_matters: See [every source](/sources/).
        ---

        NATO withdrew the accreditation of eight members of Russia's mission, as [the
        archive](/archive/) and the [corrections][c] show.

        ![The flag outside the mission](/images/flag.png "Photo: Jane Doe/Agency")

        [c]: /corrections/
        -- content/editions/2021-10-06.md --
        ---
        title: The briefing of 6 October
        ---
        Read [about us](/about/) first.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Mistakes are listed on the [corrections page](/corrections/ "Corrections").
        """;
    for (String base : List.of("https://example.org/briefings/news/", "https://example.org/")) {
      String root = java.net.URI.create(base).getPath();
      TestSite site = TestSite.of(dir, spec.replace("base_url: https://example.org/", "base_url: " + base)).build();
      Document story = site.html("2021/10/06/nato-expels-eight-members-of-the-russian-mission/");
      assertThat(linkNamed(story, "the archive")).as(base).isEqualTo(root + "archive/");
      assertThat(linkNamed(story, "corrections")).as(base).isEqualTo(root + "corrections/");
      assertThat(linkNamed(story, "every source")).as(base).isEqualTo(root + "sources/");
      assertThat(story.select("img[alt^=The flag outside]").attr("src")).isEqualTo(root + "images/flag.png");
      assertThat(linkNamed(site.html("about/"), "corrections page")).isEqualTo(root + "corrections/");
      assertThat(linkNamed(site.html("briefings/2021-10-06/"), "about us")).isEqualTo(root + "about/");
      for (String page : List.of("2021/10/06/nato-expels-eight-members-of-the-russian-mission/index.html", "about/index.html",
          "briefings/2021-10-06/index.html")) {
        for (var element : site.html(page).select("[href^=/], [src^=/]")) {
          String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
          String target = link.substring(root.length()).replaceFirst("[?#].*$", "");
          assertThat(link).as(page).startsWith(root);
          assertThat(site.exists(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target)).as(page + " → " + link).isTrue();
        }
      }
      // the feed's HTML is escaped in its XML, and its addresses are in full
      assertThat(site.file("feed.xml")).contains("href=&quot;" + base + "archive/&quot;", "src=&quot;" + base + "images/flag.png&quot;");
      Document email = org.jsoup.Jsoup.parse(site.file("briefings/2021-10-06/email.html"));
      assertThat(linkNamed(email, "about us")).isEqualTo(base + "about/");
    }
  }

  /** The address of the one link of {@code page} whose text is {@code text}. */
  private static String linkNamed(Document page, String text) {
    var links = page.select("a").stream().filter(a -> a.text().equals(text)).toList();
    assertThat(links).as("links named '" + text + "'").hasSize(1);
    return links.get(0).attr("href");
  }

  @Test
  void aBaseUrlGivenOnTheCommandLineWins() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).baseUrl("https://news.example.com/daily/").build();
    assertThat(site.html("").select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.com/daily/");
    assertThat(site.html("").select(".brand").attr("href")).isEqualTo("/daily/");
  }
}
