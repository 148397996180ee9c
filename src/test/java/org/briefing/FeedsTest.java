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
}
