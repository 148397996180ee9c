package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FeedsTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  @TempDir Path dir;

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  static List<String> texts(Document doc, String ns, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void atomFeedHasEveryStoryWithSummaryAndFullContent() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    Document feed = xml(site.file("feed.xml"));
    Element root = feed.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(texts(feed, ATOM, "id").get(0)).isEqualTo("https://example.org/");
    assertThat(texts(feed, ATOM, "updated").get(0)).isEqualTo("2021-10-18T19:00:00+02:00");
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(3);
    // the last changed first: the suspension story was updated at 19:00, after the allies' story of 18:00
    Element suspension = (Element) entries.item(0);
    assertThat(suspension.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("Russia suspends its mission to NATO");
    assertThat(((Element) entries.item(1)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("Allies regret the decision");
    assertThat(suspension.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent())
        .isEqualTo("Russia will stop the work of its NATO mission from November.");
    String content = suspension.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent();
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(content);
    assertThat(html.select("h2").eachText()).contains("The reaction", "Sources");
    assertThat(html.select("figcaption").text()).contains("Jane Doe/Agency");
    assertThat(html.select("a").eachAttr("href")).contains("https://www.reuters.com/");
    assertThat(suspension.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).isEqualTo("2021-10-18T19:00:00+02:00");
  }

  @Test
  void feedKeepsTheNewestFiftyStories() throws Exception {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG);
    for (int i = 1; i <= 55; i++) {
      spec.append("-- content/s").append(i).append(".md --\n---\ntitle: Story number ").append(i)
          .append("\ndate: 2021-09-").append(String.format("%02d", (i % 28) + 1)).append("T").append(String.format("%02d", i % 24))
          .append(":00\nsources: [{name: Desk}]\n---\nText of story ").append(i).append(".\n");
    }
    TestSite site = TestSite.of(dir, spec.toString()).build();
    assertThat(xml(site.file("feed.xml")).getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(50);
  }

  @Test
  void sitemapListsEveryPageAndTheNewsSitemapOnlyTheLastTwoDays() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    List<String> locs = texts(xml(site.file("sitemap.xml")), SITEMAP, "loc");
    assertThat(locs).contains("https://example.org/", "https://example.org/briefings/2021-10-18/",
        "https://example.org/2021/10/06/nato-expels-eight-members-of-the-russian-mission/",
        "https://example.org/topics/russia/", "https://example.org/sources/reuters/", "https://example.org/archive/");
    assertThat(locs).doesNotHaveDuplicates();
    for (String loc : locs) {
      String path = loc.substring("https://example.org/".length());
      assertThat(site.exists(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)).as(loc).isTrue();
    }
    Document news = xml(site.file("news-sitemap.xml"));
    assertThat(texts(news, NEWS, "title")).containsExactly("Allies regret the decision", "Russia suspends its mission to NATO");
    assertThat(texts(news, NEWS, "name")).containsOnly("Test Desk");
  }

  /**
   * A feed is read away from the site, by readers that resolve few relative addresses (and the
   * Atom feed has no xml:base): every address in the feeds and sitemaps is absolute, and those of
   * the site are under base_url with its sub-path. A fragment of the text leads to the story's page.
   */
  @Test
  void everyAddressOfTheFeedsAndSitemapsIsAbsoluteAndUnderTheSitesAddress() throws Exception {
    String base = "https://example.org/news/";
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: " + base)
        .replace("language: en", "language: en\nmarkdown:\n  raw_html: allow")
        .replace("NATO said it regretted the decision.", """
            NATO said it regretted [the decision][d].[^1] See [the flag](../../../../images/flag.png), [us](/about/), [the allies](../allies-regret-the-decision/#top)
            and [page two](?page=2).

            ![The flag](/images/flag.png "Photo: Desk") <img src="../../../../images/flag.png" srcset="../../../../images/flag.png 2x, /news/images/flag.png 3x" alt="" title="Photo: Desk">

            [d]: /2021/10/06/nato-expels-eight-members-of-the-russian-mission/
            [^1]: A note.""") + """
        -- content/pages/about.md --
        ---
        title: About
        ---
        Us.
        """).build();

    List<String> addresses = new ArrayList<>();
    for (String feedPath : List.of("feed.xml", "topics/russia/feed.xml", "sources/reuters/feed.xml")) {
      Document feed = xml(site.file(feedPath));
      NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
      for (int i = 0; i < links.getLength(); i++) {
        addresses.add(((Element) links.item(i)).getAttribute("href"));
      }
      addresses.addAll(texts(feed, ATOM, "id"));
      addresses.addAll(texts(feed, ATOM, "uri"));
      for (String name : List.of("content", "summary")) {
        for (String html : texts(feed, ATOM, name)) {
          addresses.addAll(inHtml(html));
        }
      }
    }
    java.util.Map<?, ?> json = (java.util.Map<?, ?>) new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
        .loadFromString(site.file("feed.json"));
    addresses.add((String) json.get("home_page_url"));
    addresses.add((String) json.get("feed_url"));
    for (Object item : (List<?>) json.get("items")) {
      java.util.Map<?, ?> entry = (java.util.Map<?, ?>) item;
      addresses.add((String) entry.get("url"));
      addresses.addAll(inHtml((String) entry.get("content_html")));
    }
    addresses.addAll(texts(xml(site.file("sitemap.xml")), SITEMAP, "loc"));
    addresses.addAll(texts(xml(site.file("news-sitemap.xml")), SITEMAP, "loc"));

    assertThat(addresses).contains(base + "2021/10/18/russia-suspends-its-mission-to-nato/#fn-1", base + "about/", base + "images/flag.png",
        base + "2021/10/18/allies-regret-the-decision/#top", base + "2021/10/18/russia-suspends-its-mission-to-nato/?page=2",
        base + "2021/10/06/nato-expels-eight-members-of-the-russian-mission/", "https://www.reuters.com/");
    assertThat(addresses).allSatisfy(address -> {
      java.net.URI uri = java.net.URI.create(address);
      assertThat(uri.isAbsolute()).as(address).isTrue();
      if ("example.org".equals(uri.getHost())) {
        assertThat(address).startsWith(base);
      }
    });
  }

  /** The addresses of the links and pictures of a piece of HTML, each candidate of a srcset among them. */
  private static List<String> inHtml(String html) {
    List<String> out = new ArrayList<>();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    out.addAll(doc.select("[href]").eachAttr("href"));
    out.addAll(doc.select("[src]").eachAttr("src"));
    for (String srcset : doc.select("[srcset]").eachAttr("srcset")) {
      for (String candidate : srcset.split(",")) {
        out.add(candidate.strip().split("\\s+")[0]);
      }
    }
    return out;
  }
}
