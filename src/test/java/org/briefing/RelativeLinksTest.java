package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.NodeList;

/**
 * A relative link or image in a text is read from the address of the page the text belongs to, and
 * leads to the same place on every page that shows the text: the front page, an edition page, the
 * feeds and the email as much as the story's own page, under a sub-path too.
 */
class RelativeLinksTest {
  @TempDir Path dir;

  private static final String BASE = "https://example.org/news/daily/";
  private static final String FIRST = "/news/daily/2021/10/18/first/";

  private static final String SITE = """
      -- briefing.yaml --
      title: Rel
      base_url: https://example.org/news/daily/
      language: en
      time_zone: UTC
      publisher:
        name: Desk
      email:
        from: "Desk <desk@example.org>"
        unsubscribe: "https://lists.example.net/unsub?e={email}"
      -- content/sources.yaml --
      reuters:
        name: Reuters
        url: https://www.reuters.com/
      -- static/files/report.pdf --
      %PDF-1.4 a report
      -- static/images/door.png --
      image: png 40x30
      -- content/stories/one.md --
      ---
      title: First story
      slug: first
      date: 2021-10-18T10:00:00Z
      sources: [reuters]
      ---
      Body one.
      -- content/stories/two.md --
      ---
      title: Second story
      slug: second
      date: 2021-10-19T10:00:00Z
      sources:
        - reuters
        - {name: The annual report, url: ../../../../files/report.pdf}
        - {name: Our desk, url: /about/}
      go_deeper:
        - {title: About us, url: /news/daily/about/}
        - {title: The report, url: /files/report.pdf}
        - {title: The first story, url: ../../18/first/}
      why_it_matters: "It follows [the first](../../18/first/) and [the edition](../../../../briefings/2021-10-18/)."
      key_points:
        - "See [the first](../../18/first/#top) again."
      whats_next: "Read [the first](../../18/first/) and ![a door](../../../../images/door.png \\"Photo: Desk\\")."
      ---
      A relative [link](../../18/first/) and an image:

      ![Door](../../../../images/door.png "Photo: Desk")

      A [reference][first] and [the page](../../../../about/).

      [first]: ../../18/first/
      -- content/editions/2021-10-19.md --
      ---
      title: Edition two
      ---
      Yesterday's edition is [here](../2021-10-18/), its first story [there](../../2021/10/18/first/).

      ![A door](../../images/door.png "Photo: Desk")
      -- content/pages/about.md --
      ---
      title: About
      ---
      Read [our first story](../2021/10/18/first/).
      """;

  @Test
  void everyLinkOfTheTextsLeadsToAPublishedFileOnEveryPageFeedAndEmailThatShowsThem() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();

    Map<String, Integer> toFirst = new java.util.LinkedHashMap<>();
    for (String page : List.of("", "briefings/2021-10-19/", "2021/10/19/second/", "about/", "briefings/2021-10-19/email.html")) {
      String file = page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
      Document doc = Jsoup.parse(site.file(file), BASE + page);
      toFirst.put(page, assertEachLeadsToAFile(site, page, doc.select("a[href], img[src]")));
    }
    org.w3c.dom.Document feed = FeedsTest.xml(site.file("feed.xml"));
    NodeList contents = feed.getElementsByTagNameNS(FeedsTest.ATOM, "content");
    List<Element> inFeed = new ArrayList<>();
    for (int i = 0; i < contents.getLength(); i++) {
      // the feed has no xml:base: a reader reads its links from the feed's own address
      inFeed.addAll(Jsoup.parseBodyFragment(contents.item(i).getTextContent(), BASE + "feed.xml").select("a[href], img[src]"));
    }
    toFirst.put("feed.xml", assertEachLeadsToAFile(site, "feed.xml", inFeed));
    List<Element> inJson = new ArrayList<>();
    for (Object item : (List<?>) ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(site.file("feed.json"))).get("items")) {
      inJson.addAll(Jsoup.parseBodyFragment((String) ((Map<?, ?>) item).get("content_html"), BASE + "feed.json").select("a[href], img[src]"));
    }
    toFirst.put("feed.json", assertEachLeadsToAFile(site, "feed.json", inJson));
    List<Element> inText = new ArrayList<>();
    Matcher address = Pattern.compile("https?://[^\\s)>\\]]+").matcher(site.file("briefings/2021-10-19/email.txt"));
    while (address.find()) {
      inText.add(new Element("a").attr("href", address.group()));
    }
    toFirst.put("email.txt", assertEachLeadsToAFile(site, "email.txt", inText));
    List<Element> inStructuredData = new ArrayList<>();
    Matcher cited = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(site.html("2021/10/19/second/").select("script[type=application/ld+json]").html());
    while (cited.find()) {
      inStructuredData.add(new Element("a").attr("href", cited.group(1)));
    }
    assertThat(inStructuredData).extracting(e -> e.attr("href")).contains(BASE + "files/report.pdf", BASE + "about/");
    assertEachLeadsToAFile(site, "JSON-LD", inStructuredData);

    // the email measured the note's picture: it found the file the address names
    Element door = Jsoup.parse(site.file("briefings/2021-10-19/email.html")).selectFirst("img[alt=A door]");
    assertThat(door.attr("src")).isEqualTo("https://example.org/news/daily/images/door.png");
    assertThat(door.attr("width") + "x" + door.attr("height")).isEqualTo("40x30");
    // the brief on the front page and the edition, the note, the text in the feeds and the email all link to the first story
    assertThat(toFirst).allSatisfy((page, links) -> assertThat(links).as("links to the first story on %s", page).isPositive());
  }

  @Test
  void aStorysPageCarriesItsRelativeLinksFromTheHostsRootAndTheFeedInFull() {
    TestSite site = TestSite.of(dir, SITE).build();

    Document story = site.html("2021/10/19/second/");
    assertThat(story.select("main a[href*=first]").eachAttr("href")).isNotEmpty().allMatch(href -> href.startsWith(FIRST));
    assertThat(story.select("main img").eachAttr("src")).containsOnly("/news/daily/images/door.png");
    // the links of its fields are published as those of its text: a source's in full, since feeds and the email show it too
    assertThat(story.select(".go-deeper a").eachAttr("href")).containsExactly("/news/daily/about/", "/news/daily/files/report.pdf", FIRST);
    assertThat(story.select(".sources-block a[rel=noopener]").eachAttr("href"))
        .containsExactly("https://www.reuters.com/", BASE + "files/report.pdf", BASE + "about/");
    assertThat(site.file("feed.xml")).contains("href=&quot;https://example.org" + FIRST + "&quot;").doesNotContain("../");
    assertThat(site.html("").select("a[href$=briefings/2021-10-18/]").eachAttr("href")).contains("/news/daily/briefings/2021-10-18/");

    // a rebuild after an edit of another story renders this story's text again from its file, for the feeds: the same links
    site.edit("content/stories/one.md", "Body one.", "Body one, edited.").build();
    assertThat(site.file("feed.xml")).contains("href=&quot;https://example.org" + FIRST + "&quot;");
  }

  @Test
  void aStoryGivenAnotherAddressBesideOneOfTheSameHeadlineKeepsItsLinksToOtherPages() {
    TestSite site = TestSite.of(dir, SITE + """
        -- content/stories/four.md --
        ---
        title: Third story
        date: 2021-10-19T11:00:00Z
        sources: [reuters]
        ---
        Body four.
        -- content/stories/three.md --
        ---
        title: Third story
        date: 2021-10-19T12:00:00Z
        sources: [reuters]
        ---
        Also [after](../../18/first/) the first.
        """).build();

    assertThat(site.warnings()).anyMatch(w -> w.message().contains("published at /2021/10/19/third-story-2/"));
    assertThat(site.html("2021/10/19/third-story-2/").select("main a[href*=first]").eachAttr("href")).containsExactly(FIRST);
    site.edit("content/stories/one.md", "Body one.", "Body one, edited.").build();
    assertThat(site.file("feed.xml")).contains("Also &lt;a href=&quot;https://example.org" + FIRST + "&quot;&gt;after&lt;/a&gt;");
  }

  /**
   * HTML written in a text (with {@code raw_html: allow}) keeps its relative addresses on the site,
   * read from the text's page; the email reads each from that page too. It read them from the
   * site's root: the note's link to yesterday's edition led to /news/daily/2021-10-18/ in the email
   * and to /news/daily/briefings/2021-10-18/ on the edition's page.
   */
  @Test
  void htmlInATextLeadsInTheEmailWhereItLeadsOnThePageItIsPublishedOn() {
    TestSite site = TestSite.of(dir, SITE.replace("time_zone: UTC\n", "time_zone: UTC\nmarkdown:\n  raw_html: allow\n")
        .replace("key_points:\n  - \"See [the first](../../18/first/#top) again.\"",
            "key_points:\n  - \"See <a href='../../18/first/#top'>the first</a> again.\"")
        .replace("why_it_matters: \"It follows", "why_it_matters: \"<a href='../../18/first/'>After the first</a>. It follows")
        .replace("Yesterday's edition is [here](../2021-10-18/)",
            "Yesterday's edition is <a href=\"../2021-10-18/\">here</a>, the archive <a href=\"../\">there</a>")
        .replace("![A door](../../images/door.png \"Photo: Desk\")",
            "![A door](../../images/door.png \"Photo: Desk\")\n\n<img src=\"../../images/door.png\" alt=\"A door in HTML\" title=\"Photo: Desk\">"))
        .build();

    Document email = Jsoup.parse(site.file("briefings/2021-10-19/email.html"));
    assertThat(email.select("a[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).matches("(https://|mailto:).*"));
    assertThat(email.select("img[src]").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("https://"));

    Document edition = Jsoup.parse(site.file("briefings/2021-10-19/index.html"), BASE + "briefings/2021-10-19/");
    List<String> noteOnTheWeb = edition.select(".editor-note a[href]").eachAttr("abs:href");
    assertThat(noteOnTheWeb).contains(BASE + "briefings/2021-10-18/", BASE + "briefings/");
    assertThat(email.select(".note a[href]").eachAttr("href")).isEqualTo(noteOnTheWeb);
    assertThat(email.select(".note img").eachAttr("src")).isEqualTo(edition.select(".editor-note img").eachAttr("abs:src"))
        .contains(BASE + "images/door.png");
    // the picture's file was found and measured, as the Markdown image's is
    assertThat(email.select(".note img[alt=A door in HTML]").attr("width")).isEqualTo("40");

    Document story = Jsoup.parse(site.file("2021/10/19/second/index.html"), BASE + "2021/10/19/second/");
    List<String> whyOnTheWeb = story.select(".why a[href]").eachAttr("abs:href");
    assertThat(whyOnTheWeb).first().isEqualTo("https://example.org" + FIRST);
    assertThat(email.select(".why-cell a[href]").eachAttr("href")).isEqualTo(whyOnTheWeb);
    assertThat(email.select(".key-points a[href]").eachAttr("href")).isEqualTo(story.select(".key-points a[href]").eachAttr("abs:href"))
        .containsExactly("https://example.org" + FIRST + "#top");

    // the text part wraps its lines
    assertThat(site.file("briefings/2021-10-19/email.txt").replaceAll("\\s+", " ")).contains("here (" + BASE + "briefings/2021-10-18/)")
        .contains("After the first (https://example.org" + FIRST + ")");
  }

  /** Asserts that each address of {@code elements} on the site's host is a file of the output; returns how many lead to the first story. */
  private static int assertEachLeadsToAFile(TestSite site, String page, List<Element> elements) {
    int toFirst = 0;
    for (Element e : elements) {
      String attribute = e.hasAttr("href") ? "href" : "src";
      String written = e.attr(attribute);
      if (written.startsWith("#") || written.startsWith("mailto:")) {
        continue;
      }
      String absolute = e.absUrl(attribute);
      URI uri = URI.create(absolute);
      if (!"example.org".equals(uri.getHost())) {
        continue;
      }
      assertThat(uri.getPath()).as("'%s' on %s leads to %s", written, page, absolute).startsWith("/news/daily/");
      String path = URLDecoder.decode(uri.getRawPath().substring("/news/daily/".length()), StandardCharsets.UTF_8);
      String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
      assertThat(site.exists(file)).as("'%s' on %s leads to %s, where nothing is published", written, page, absolute).isTrue();
      if (uri.getPath().equals(FIRST)) {
        toFirst++;
      }
    }
    return toFirst;
  }
}
