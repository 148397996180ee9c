package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build makes of the address in briefing.yaml's base_url: the site's, or an error saying what to write. */
class BaseUrlTest {
  @TempDir Path dir;

  private static final String STORY = """
      -- content/a.md --
      ---
      title: A story
      date: 2021-10-18
      sources: [reuters]
      ---
      Body.
      """;

  private TestSite site(String baseUrl) {
    return TestSite.of(dir, Fixtures.CONFIG.replace("base_url: https://example.org/", "base_url: \"" + baseUrl + "\"")
        + Fixtures.SOURCES + STORY);
  }

  private Problem refusal(String baseUrl) {
    List<Problem> errors = site(baseUrl).buildFails();
    assertThat(errors).as(baseUrl).hasSize(1);
    Problem error = errors.get(0);
    assertThat(error.position().file().getFileName() + ":" + error.position().line()).as(baseUrl).isEqualTo("briefing.yaml:3");
    assertThat(error.message()).as(baseUrl).startsWith("'base_url' cannot be the site's address '" + baseUrl + "': ")
        .doesNotContain("not an absolute");
    return error;
  }

  @Test
  void aBaseUrlThatNamesAFileIsRefusedWithTheFolderToWriteInstead() {
    for (String file : List.of("index.html", "feed.xml")) {
      Problem error = refusal("https://example.org/news/daily/" + file);
      assertThat(error.message()).contains("'" + file + "'", "name of a file");
      assertThat(error.hint()).contains("write the folder: https://example.org/news/daily/ ");
    }
  }

  @Test
  void eachBaseUrlThatCannotBeTheSitesIsRefusedForItsOwnReason() {
    String[][] cases = {
        {"https://example.org/news/daily/?x=1", "a query ('?x=1')", "without it: https://example.org/news/daily/"},
        {"https://example.org/news/daily/#top", "a fragment ('#top')", "without it: https://example.org/news/daily/"},
        {"https://münchen.de/news/", "host 'münchen.de' is written with letters outside ASCII", "https://xn--mnchen-3ya.de/news/"},
        {"https://example.org/news/./daily/", "a '.' part", "without '.' or '..' parts"},
        {"https://example.org:99999/news/", "port 99999 is not a port", "https://example.org/news/"},
        {"https://example.org:80a/news/", "port '80a' is not a number", "https://example.org/news/"},
        {"https://example.org/news//daily/", "two '/' in a row", "one '/' between the parts of its path: https://example.org/news/daily/"},
        {"https://example.org//evil.example/", "starts with '//'", "one '/' between the parts of its path"},
        {"ftp://example.org/news/", "scheme 'ftp:' is not http: or https:", "starting with https://"},
        {"example.org/news/", "does not start with https:// or http://", "starting with https://"},
    };
    for (String[] c : cases) {
      Problem error = refusal(c[0]);
      assertThat(error.message()).as(c[0]).contains(c[1]);
      assertThat(error.hint()).as(c[0]).contains(c[2]);
    }
  }

  @Test
  void aSchemeOrHostInUpperCaseIsTakenInLowerCaseAndTheSubPathAsWritten() {
    TestSite site = site("HTTPS://Example.ORG/News/").build();

    assertThat(site.html("index.html").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/News/");
    assertThat(site.file("feed.xml")).contains("https://example.org/News/").doesNotContain("Example.ORG");
  }

  /** A final dot and the scheme's own port, which a browser drops, are dropped from every address the site publishes. */
  @Test
  void aFinalDotOfTheHostAndTheUsualPortAreLeftOut() {
    TestSite site = site("https://Example.ORG.:443/news/").build();

    assertThat(site.html("index.html").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/");
    assertThat(site.file("feed.xml") + site.file("sitemap.xml")).contains("https://example.org/news/").doesNotContain("org.", ":443");
  }

  /**
   * A sub-path with letters outside ASCII is written with percent-escapes in base_url; a link written
   * with the sub-path is the same link with or without them, in either case, and is published and
   * checked as one.
   */
  @Test
  void aLinkWrittenWithTheSubPathIsTheSameWithOrWithoutItsEscapes() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("base_url: https://example.org/", "base_url: https://example.org/d%C3%A9p%C3%AAches/")
        + Fixtures.SOURCES + STORY.replace("Body.", "See [us](/dépêches/about/), [us](/d%c3%a9p%c3%aaches/about/) and [us](/d%C3%A9p%C3%AAches/about/).") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Hello.
        """).build();

    org.jsoup.nodes.Document story = org.jsoup.Jsoup.parse(site.file("2021/10/18/a-story/index.html"), "https://example.org/d%C3%A9p%C3%AAches/2021/10/18/a-story/");
    assertThat(story.select("main a[href*=about]")).hasSize(3).allSatisfy(a -> assertThat(java.net.URLDecoder.decode(
        java.net.URI.create(a.absUrl("href")).getRawPath(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("/dépêches/about/"));
  }

  /** A sitemap's addresses must be escaped: a sub-path written with letters outside ASCII is published with their percent-escapes. */
  @Test
  void aSubPathWrittenWithLettersOutsideAsciiIsPublishedEscaped() throws Exception {
    TestSite site = site("https://example.org/dépêches/").build();

    assertThat(site.html("index.html").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/d%C3%A9p%C3%AAches/");
    assertThat(FeedsTest.texts(FeedsTest.xml(site.file("sitemap.xml")), FeedsTest.SITEMAP, "loc"))
        .isNotEmpty().allSatisfy(loc -> assertThat(loc).startsWith("https://example.org/d%C3%A9p%C3%AAches/").matches("\\p{ASCII}+"));
  }

  @Test
  void aFolderWhoseNameHasADotIsTheSitesAddressWhenWrittenWithItsLastSlash() {
    TestSite site = site("https://example.org/v1.2/").build();

    assertThat(site.html("index.html").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/v1.2/");
  }
}
