package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grouping's terms declared in its file ({@code content/topics.yaml}, {@code content/authors.yaml}):
 * one name for every spelling, and what the term's page says of it.
 */
class TermFilesTest {
  @TempDir Path dir;

  private static String story(String file, String title, String day, String fields) {
    return "-- content/stories/" + file + " --\n---\ntitle: " + title + "\ndate: 2021-10-" + day + "T10:00:00+02:00\n" + fields
        + "\nsources: [reuters]\n---\nText of " + title + ".\n";
  }

  static final String AUTHORS = """
      -- content/authors.yaml --
      Ana Ruiz:
        aliases: [A. Ruiz]
        role: Brussels correspondent
        bio: Ana has covered the European Union since 2015.
        photo: {src: /images/ana.jpg, alt: Ana Ruiz in Brussels, credit: Photo by Lea Park}
        links: [https://social.example/@ana, https://example.org/people/ana]
      -- static/images/ana.jpg --
      image: jpeg 60x80
      """;

  @Test
  void aDeclaredTermNamesEverySpellingOfItAndWarnsOnlyOfSpellingsItDoesNotList() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/topics.yaml --
        NATO:
          aliases: [North Atlantic Treaty Organization, nato]
          description: The military alliance of thirty countries.
        """ + story("a.md", "First", "18", "topics: [nato]") + story("b.md", "Second", "17", "topics: [North Atlantic Treaty Organization]")
        + story("c.md", "Third", "16", "topics: [Nato]")).build();

    assertThat(site.html("topics/").select("main li a").eachText()).containsExactly("NATO");
    Document nato = site.html("topics/nato/");
    assertThat(nato.select("main h1").text()).isEqualTo("NATO");
    assertThat(nato.select("main article").size()).isEqualTo(3);
    assertThat(site.html("2021/10/17/second/").select(".story-header .kicker a").eachText()).containsExactly("NATO");
    assertThat(site.html("2021/10/17/second/").select(".story-header .kicker a").attr("href")).isEqualTo("/topics/nato/");
    assertThat(site.file("topics/nato/index.html")).contains("The military alliance of thirty countries.");
    assertThat(site.warnings()).filteredOn(p -> p.message().contains("NATO")).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(dir.resolve("content/stories/c.md"));
      assertThat(p.message()).isEqualTo("the topic 'Nato' is taken as 'NATO', declared in " + dir.resolve("content/topics.yaml")
          + ":1, which it differs from only in case, accents or punctuation");
    });

    // the declared name changes: every page that names the term follows, on every way of building
    site.edit("content/topics.yaml", "NATO:", "Nato:").build();
    assertThat(site.html("2021/10/18/first/").select(".story-header .kicker a").eachText()).containsExactly("Nato");
    assertThat(site.html("topics/nato/").select("main h1").text()).isEqualTo("Nato");
  }

  @Test
  void anAuthorsPageShowsTheDeclaredRoleBioPhotoAndLinks() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + AUTHORS
        + story("a.md", "First", "18", "authors: [A. Ruiz]") + story("b.md", "Second", "17", "authors: [Ana Ruiz, Tom Berg]")).build();

    Document ana = site.html("authors/ana-ruiz/");
    assertThat(ana.select("main h1").text()).isEqualTo("Ana Ruiz");
    assertThat(ana.select("main .role").text()).isEqualTo("Brussels correspondent");
    assertThat(ana.select("main .bio").text()).isEqualTo("Ana has covered the European Union since 2015.");
    assertThat(ana.select("meta[name=description]").attr("content")).isEqualTo("Ana has covered the European Union since 2015.");
    assertThat(ana.select("main .term-photo img").attr("src")).isEqualTo("/images/ana.jpg");
    assertThat(ana.select("main .term-photo img").attr("alt")).isEqualTo("Ana Ruiz in Brussels");
    assertThat(ana.select("main .term-photo figcaption").text()).isEqualTo("Photo by Lea Park");
    assertThat(ana.select("main .term-links a").eachAttr("href")).containsExactly("https://social.example/@ana", "https://example.org/people/ana");
    assertThat(ana.select("main article").size()).isEqualTo(2);
    assertThat(site.html("authors/").select("main li").first().text()).contains("Ana Ruiz", "Brussels correspondent");
    assertThat(site.html("2021/10/18/first/").select(".byline .authors").text()).isEqualTo("By Ana Ruiz");
    assertThat(site.exists("images/ana.jpg")).isTrue();
    assertThat(new HtmlValidator().errors(site.out().resolve("authors/ana-ruiz/index.html"))).isEmpty();
    assertThat(site.warnings()).isEmpty();
  }

  @Test
  void aPhotoWithoutACreditFollowsTheSitesAttributionSetting() {
    String authors = """
        -- content/authors.yaml --
        Ana Ruiz:
          photo: https://images.example/ana.jpg
        """;
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + authors + story("a.md", "First", "18", "authors: [Ana Ruiz]"));
    assertThat(site.buildFails()).extracting(p -> p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message())
        .containsExactly("authors.yaml:2: the photo of 'Ana Ruiz' has no credit");
    site.write(Fixtures.CONFIG + "attribution: warn\n").build();
    assertThat(site.warnings()).extracting(Problem::message).containsExactly("the photo of 'Ana Ruiz' has no credit");
    assertThat(site.html("authors/ana-ruiz/").select("main .term-photo img").attr("src")).isEqualTo("https://images.example/ana.jpg");
  }

  @Test
  void anAuthorsPhotoMustBeAPictureThatIsNoDotFile() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a.md", "First", "18", "authors: [Ana Ruiz, Tom Berg]") + """
        -- content/authors.yaml --
        Ana Ruiz:
          photo: {src: /images/.ana.jpg, credit: Lea Park}
        Tom Berg:
          photo: {src: /images/tom.jpg, credit: Lea Park}
        -- static/images/.ana.jpg --
        image: jpeg 60x80
        -- static/images/tom.jpg --
        a note, not a photo
        """);
    assertThat(site.buildFails()).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "2: the photo '/images/.ana.jpg' of 'Ana Ruiz' is in or is a dot-file ('.ana.jpg'), which the site never publishes",
        "4: the photo '/images/tom.jpg' of 'Tom Berg' cannot be shown: it is not a JPEG image");
  }

  @Test
  void mistakesInATermFileAreErrorsAtTheirLinesAndLeaveThePublishedSiteAsItWas() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + AUTHORS + story("a.md", "First", "18", "authors: [Ana Ruiz]"))
        .build();
    String published = site.file("authors/ana-ruiz/index.html");
    site.write("""
        -- content/authors.yaml --
        Ana Ruiz:
          alias: [A. Ruiz]
          links: ["javascript:alert(1)"]
          photo: {src: /images/missing.jpg, credit: Lea Park}
        Tom Berg:
          aliases: [ana ruiz]
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "2: unknown field 'alias' of the author 'Ana Ruiz'",
        "3: the link 'javascript:alert(1)' of 'Ana Ruiz' cannot be published: its scheme 'javascript:' is not allowed (only http:, https: and mailto: are)",
        "4: the photo '/images/missing.jpg' of 'Ana Ruiz' is neither a file of static/ nor a web address",
        "5: 'ana ruiz' of the author 'Tom Berg' is also the author 'Ana Ruiz' (line 1), or differs from it only in case, accents or punctuation");
    assertThat(errors).allSatisfy(p -> assertThat(p.position().file()).isEqualTo(dir.resolve("content/authors.yaml")));
    assertThat(site.file("authors/ana-ruiz/index.html")).isEqualTo(published);

    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("authors.yaml:2", "unknown field 'alias'").doesNotContain("Exception");
  }

  /** static/ publishes no file named like an editor's scratch file, so a term's photo cannot be one. */
  @Test
  void aTermPhotoNamedLikeAnEditorsScratchFileIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a.md", "First", "18", "authors: [Ana Ruiz]") + """
        -- content/authors.yaml --
        Ana Ruiz:
          role: Brussels correspondent
          photo: {src: /images/ana.jpg~, credit: Lea Park}
        -- static/images/ana.jpg~ --
        image: jpeg 40x30
        """).buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message())
        .containsExactly("3: the photo '/images/ana.jpg~' of 'Ana Ruiz' is named like an editor's scratch or backup file, which no build reads or publishes");
    assertThat(errors).allSatisfy(p -> assertThat(p.position().file()).isEqualTo(dir.resolve("content/authors.yaml")));
  }

  @Test
  void hostileNamesAndBiosArePrintedAsText() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/authors.yaml --
        "<script>alert('name')</script>":
          role: "<b>Chief</b> & co"
          bio: "</p><script>alert('bio')</script>"
          description: "\\"><img src=x onerror=alert(1)>"
        """ + story("a.md", "First", "18", "authors: [\"<script>alert('name')</script>\"]\nplaces: [\"<i>Nowhere</i>\"]")).build();
    for (String page : List.of("authors/", "authors/script-alert-name-script/", "2021/10/18/first/", "places/i-nowhere-i/")) {
      Document html = site.html(page);
      assertThat(html.select("script:not([type=application/ld+json])")).as(page).isEmpty();
      assertThat(html.select("main b, main i, main img[onerror], meta img")).as(page).isEmpty();
    }
    Document author = site.html("authors/script-alert-name-script/");
    assertThat(author.select("main h1").text()).isEqualTo("<script>alert('name')</script>");
    assertThat(author.select("main .bio").text()).isEqualTo("</p><script>alert('bio')</script>");
    assertThat(author.select("main .role").text()).isEqualTo("<b>Chief</b> & co");
    assertThat(site.html("2021/10/18/first/").select(".places a").text()).isEqualTo("<i>Nowhere</i>");
  }
}
