package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every topic and every source organisation has an Atom feed of its own, advertised on its pages. */
class TermFeedsTest {
  @TempDir Path dir;

  @Test
  void aTopicsFeedHasItsStoriesWithSummariesAndIsAdvertisedOnItsPages() throws Exception {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG + Fixtures.SOURCES);
    for (int i = 1; i <= 55; i++) {
      spec.append("-- content/s").append(i).append(".md --\n---\ntitle: Story number ").append(i)
          .append("\ndate: 2021-09-").append(String.format("%02d", (i % 28) + 1)).append("T").append(String.format("%02d", i % 24))
          .append(":00\ntopics: [").append(i % 2 == 0 ? "Energy" : "Trade").append("]\nsources: [reuters]\n---\nText of story ")
          .append(i).append(".\n");
    }
    TestSite site = TestSite.of(dir, spec.toString()).build();

    Document energy = FeedsTest.xml(site.file("topics/energy/feed.xml"));
    assertThat(FeedsTest.texts(energy, FeedsTest.ATOM, "title").get(0)).isEqualTo("Energy · Test Briefing");
    assertThat(FeedsTest.texts(energy, FeedsTest.ATOM, "id").get(0)).isEqualTo("https://example.org/topics/energy/");
    assertThat(link(energy, "self")).isEqualTo("https://example.org/topics/energy/feed.xml");
    assertThat(link(energy, "alternate")).isEqualTo("https://example.org/topics/energy/");
    NodeList entries = energy.getElementsByTagNameNS(FeedsTest.ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(27);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      titles.add(entry.getElementsByTagNameNS(FeedsTest.ATOM, "title").item(0).getTextContent());
      assertThat(entry.getElementsByTagNameNS(FeedsTest.ATOM, "summary").getLength()).isEqualTo(1);
      // no story without its sources: the summary names them (it had only the summary's text)
      Element summary = (Element) entry.getElementsByTagNameNS(FeedsTest.ATOM, "summary").item(0);
      assertThat(summary.getAttribute("type")).isEqualTo("html");
      org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parseBodyFragment(summary.getTextContent());
      assertThat(shown.select("p").eachText()).containsExactly("Text of story " + titles.get(i).substring("Story number ".length()) + ".",
          "Sources: Reuters");
      assertThat(shown.select("a").attr("href")).isEqualTo("https://www.reuters.com/");
      assertThat(entry.getElementsByTagNameNS(FeedsTest.ATOM, "content").getLength()).as("a topic's feed carries no full text").isZero();
    }
    assertThat(titles).allSatisfy(t -> assertThat(Integer.parseInt(t.substring("Story number ".length())) % 2).isZero());

    // the organisation's feed has the newest 50 of the 55 stories citing it
    Document reuters = FeedsTest.xml(site.file("sources/reuters/feed.xml"));
    assertThat(reuters.getElementsByTagNameNS(FeedsTest.ATOM, "entry").getLength()).isEqualTo(50);

    for (String page : List.of("topics/energy/index.html", "sources/reuters/index.html", "sources/reuters/page/2/index.html")) {
      String base = page.substring(0, page.indexOf('/', page.indexOf('/') + 1) + 1);
      assertThat(site.html(page).select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
          .as(page).containsExactly("/feed.xml", "/" + base + "feed.xml");
    }

    // an edited headline reaches the topic's feed, through every way of building
    site.edit("content/s2.md", "title: Story number 2", "title: Story number 2000").build();
    assertThat(site.file("topics/energy/feed.xml")).contains("Story number 2000");
  }

  private static String link(Document feed, String rel) {
    NodeList links = feed.getElementsByTagNameNS(FeedsTest.ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      Element link = (Element) links.item(i);
      if (link.getParentNode() == feed.getDocumentElement() && link.getAttribute("rel").equals(rel)) {
        return link.getAttribute("href");
      }
    }
    return null;
  }
}
