package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's old addresses: redirect pages, the _redirects file for static hosts, and the errors of a wrong alias. */
class AliasesTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG.replace("base_url: https://example.org/", "base_url: https://example.org/desk/") + """
      -- content/stories/talks.md --
      ---
      title: Ministers agree to extend the grain corridor
      date: 2021-10-18T09:00
      sources: [{name: Reuters}]
      aliases: [/2021/10/18/ministers-open-talks-on-the-grain-corridor/, /news/grain.html]
      ---
      Ministers agreed.
      -- content/stories/port.md --
      ---
      title: The port strike ends
      date: 2021-10-18T10:00
      sources: [{name: Port authority}]
      ---
      Dockers went back to work.
      """;

  @Test
  void eachAliasIsARedirectPageToTheStoryAndARuleForStaticHosts() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    for (String alias : List.of("2021/10/18/ministers-open-talks-on-the-grain-corridor/index.html", "news/grain.html")) {
      Document page = site.html(alias);
      assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content"))
          .isEqualTo("0; url=/desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/");
      assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://example.org/desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/");
      assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
      assertThat(page.selectFirst("body a").text()).isEqualTo("Ministers agree to extend the grain corridor");
      assertThat(new HtmlValidator().errors(site.out().resolve(alias))).as(alias).isEmpty();
    }
    assertThat(site.file("_redirects").lines()).containsExactly(
        "/desk/2021/10/18/ministers-open-talks-on-the-grain-corridor/ /desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/ 301",
        "/desk/news/grain.html /desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/ 301");
    assertThat(site.file("sitemap.xml")).doesNotContain("grain.html").doesNotContain("open-talks");

    // an edited headline follows through to the redirect pages; a dropped alias takes its page with it
    site.edit("content/stories/talks.md", "title: Ministers agree to extend the grain corridor", "title: Ministers extend the grain corridor")
        .edit("content/stories/talks.md", ", /news/grain.html]", "]").build();
    assertThat(site.exists("news/grain.html")).isFalse();
    assertThat(site.html("2021/10/18/ministers-open-talks-on-the-grain-corridor/index.html").selectFirst("body a").text())
        .isEqualTo("Ministers extend the grain corridor");
    assertThat(site.file("_redirects").lines()).containsExactly(
        "/desk/2021/10/18/ministers-open-talks-on-the-grain-corridor/ /desk/2021/10/18/ministers-extend-the-grain-corridor/ 301");
  }

  @Test
  void theSitesOwnRedirectRulesComeFirst() {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/_redirects --
        /old-section/* /desk/archive/ 301
        """).build();
    assertThat(site.file("_redirects").lines()).containsExactly("/old-section/* /desk/archive/ 301", "# the aliases of stories",
        "/desk/2021/10/18/ministers-open-talks-on-the-grain-corridor/ /desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/ 301",
        "/desk/news/grain.html /desk/2021/10/18/ministers-agree-to-extend-the-grain-corridor/ 301");
    assertThat(site.warnings()).isEmpty();

    // Jekyll's name for the field is taken too
    site.edit("content/stories/talks.md", "aliases: [", "redirect_from: [").build();
    assertThat(site.exists("news/grain.html")).isTrue();

    // without aliases the site's own file is published as it is
    site.edit("content/stories/talks.md", "redirect_from: [/2021/10/18/ministers-open-talks-on-the-grain-corridor/, /news/grain.html]\n", "").build();
    assertThat(site.file("_redirects")).isEqualTo("/old-section/* /desk/archive/ 301\n");
  }

  @Test
  void aRedirectsFileThatLinksOutsideTheSiteIsAnErrorAndNothingOfItIsPublished() throws Exception {
    TestSite site = TestSite.of(dir.resolve("site"), SITE);
    java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "/private/* https://elsewhere.example/ 302\n");
    java.nio.file.Files.createDirectories(site.dir().resolve("static"));
    java.nio.file.Files.createSymbolicLink(site.dir().resolve("static/_redirects"), secret);
    assertThat(site.buildFails()).extracting(Problem::message).singleElement().asString().contains("outside the site folder");
  }

  @Test
  void anAliasThatIsAnotherPageOrAnotherStorysAliasIsAnErrorNamingBothFiles() {
    TestSite site = TestSite.of(dir, SITE.replace("aliases: [/2021/10/18/ministers-open-talks-on-the-grain-corridor/, /news/grain.html]",
        "aliases: [/topics/, /news/grain.html]").replace("sources: [{name: Port authority}]",
        "sources: [{name: Port authority}]\naliases: [/news/grain.html]"));
    List<Problem> errors = site.buildFails();
    // the port story is the newer, so it comes first in the site's order and keeps the alias
    assertThat(errors).extracting(p -> p.position().file().getFileName().toString() + ": " + p.message()).containsExactly(
        "talks.md: the alias '/news/grain.html' is also an alias of " + dir.resolve("content/stories/port.md"),
        "talks.md: the alias '/topics/' is the address of a page the site makes (topics/index.html)");
  }

  @Test
  void anAliasThatClashesWithAnotherAddressIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, SITE.replace("aliases: [/2021/10/18/ministers-open-talks-on-the-grain-corridor/, /news/grain.html]",
        "aliases:\n  - /old/talks/\n  - /topics/\n  - /news/grain.html\n  - /about/").replace("sources: [{name: Port authority}]",
        "sources: [{name: Port authority}]\naliases: [/news/grain.html]") + """
        -- content/pages/about.md --
        ---
        title: About
        ---
        The desk.
        """);
    assertThat(site.buildFails()).extracting(p -> p.position().file().getFileName() + ":" + p.position().line()).containsExactlyInAnyOrder(
        "talks.md:7", "talks.md:8", "talks.md:9");
  }

  /**
   * An alias whose folder is a file the site makes, or whose file is a folder of it, fails the build
   * at the alias's line before anything is written; a failed rebuild leaves public/ as it was.
   */
  @Test
  void anAliasThatNeedsAFolderWhereTheSiteMakesAFileIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, SITE).build();
    site.edit("content/stories/talks.md", "aliases: [/2021/10/18/ministers-open-talks-on-the-grain-corridor/, /news/grain.html]",
        "aliases:\n  - /robots.txt/\n  - /feed.xml/\n  - /sitemap.xml/\n  - /feed.json/old/\n  - /2021/10.html\n  - /fine/");
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().file().getFileName() + ":" + p.position().line())
        .containsExactly("talks.md:6", "talks.md:7", "talks.md:8", "talks.md:9");
    assertThat(errors.get(0).message()).isEqualTo(
        "the alias '/robots.txt/' would be written to robots.txt/index.html, inside robots.txt, which is a file the site makes");
    assertThat(errors.get(3).message()).contains("inside feed.json, which is a file the site makes");
  }

  @Test
  void anAliasThatIsTheAddressOfAPageOfContentPagesIsAnErrorNamingIt() {
    TestSite site = TestSite.of(dir, SITE.replace("/news/grain.html]", "/about/]") + """
        -- content/pages/about.md --
        ---
        title: About
        ---
        The desk.
        """);
    assertThat(site.buildFails()).extracting(Problem::message).containsExactly(
        "the alias '/about/' is also the address of the page " + dir.resolve("content/pages/about.md"));
  }

  @Test
  void anAliasThatIsNoPathOfThisSiteIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/stories/talks.md --
        ---
        title: Ministers meet
        date: 2021-10-18T09:00
        sources: [{name: Reuters}]
        aliases:
          - /2021/10/18/../../../../etc/
          - https://elsewhere.example/page/
          - old/page/
          - //elsewhere.example/
          - /old page/
          - /feed.xml
          - /
          - /2021/10/18/ministers-meet/
        ---
        Text.
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().line()).containsExactly(6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(errors.get(0).message()).contains("'..' is not a folder or file name an alias may use");
    assertThat(errors.get(1).message()).contains("starting with a single '/'");
    assertThat(errors.get(5).message()).contains("neither a folder");
    assertThat(errors.get(6).message()).contains("the home page");
    assertThat(errors.get(7).message()).contains("the story's own address");
  }
}
