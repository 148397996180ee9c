package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JSON Feed 1.1 beside the Atom feed: the same stories in the same order, every field the spec requires, advertised on every page. */
class JsonFeedTest {
  @TempDir Path dir;

  @Test
  void theJsonFeedFollowsVersionOnePointOneAndMatchesTheAtomFeed() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: https://example.org/desk/")).build();
    String text = site.file("feed.json");
    // YAML 1.2 reads JSON; a JSON syntax error would fail here
    Map<?, ?> feed = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
    assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title")).isEqualTo("Test Briefing");
    assertThat(feed.get("home_page_url")).isEqualTo("https://example.org/desk/");
    assertThat(feed.get("feed_url")).isEqualTo("https://example.org/desk/feed.json");
    assertThat(feed.get("language")).isEqualTo("en");
    List<?> items = (List<?>) feed.get("items");

    List<String> atomIds = new ArrayList<>();
    NodeList entries = FeedsTest.xml(site.file("feed.xml")).getElementsByTagNameNS(FeedsTest.ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      atomIds.add(((Element) entries.item(i)).getElementsByTagNameNS(FeedsTest.ATOM, "id").item(0).getTextContent());
    }
    assertThat(items.stream().map(item -> (Object) ((Map<?, ?>) item).get("id")).toList()).isEqualTo(new ArrayList<Object>(atomIds));

    for (Object o : items) {
      Map<?, ?> item = (Map<?, ?>) o;
      assertThat(item.get("id")).isInstanceOf(String.class);
      assertThat((String) item.get("url")).startsWith("https://example.org/desk/");
      assertThat(item.get("content_html")).isInstanceOf(String.class);
      // RFC 3339 dates
      OffsetDateTime.parse((String) item.get("date_published"));
      OffsetDateTime.parse((String) item.get("date_modified"));
      for (Object author : item.containsKey("authors") ? (List<?>) item.get("authors") : List.of()) {
        assertThat(((Map<?, ?>) author).get("name")).isInstanceOf(String.class);
      }
    }
    Map<?, ?> suspension = (Map<?, ?>) items.stream().filter(i -> ((Map<?, ?>) i).get("title").equals("Russia suspends its mission to NATO"))
        .findFirst().orElseThrow();
    assertThat(suspension.get("summary")).isEqualTo("Russia will stop the work of its NATO mission from November.");
    org.jsoup.nodes.Document content = org.jsoup.Jsoup.parseBodyFragment((String) suspension.get("content_html"));
    assertThat(content.select("h2").eachText()).contains("The reaction", "Sources");
    assertThat(content.select("figcaption").text()).contains("Jane Doe/Agency");
    assertThat(content.select("a").eachAttr("href")).contains("https://www.reuters.com/");

    org.jsoup.nodes.Document home = site.html("index.html");
    assertThat(home.selectFirst("link[rel=alternate][type=application/feed+json]").attr("href")).isEqualTo("/desk/feed.json");
  }

  @Test
  void textThatLooksLikeMarkupOrJsonStaysText() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/a.md --
        ---
        title: "Quotes \\" and <b>tags</b> and \\\\ backslashes"
        date: 2021-10-18T10:00
        standfirst: "A & B </script>"
        sources: [{name: Desk}]
        ---
        Text.
        """).build();
    Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(site.file("feed.json"))).get("items")).get(0);
    assertThat(item.get("title")).isEqualTo("Quotes \" and <b>tags</b> and \\ backslashes");
    assertThat(org.jsoup.Jsoup.parseBodyFragment((String) item.get("content_html")).selectFirst("p strong").text()).isEqualTo("A & B </script>");
  }

  @Test
  void anAuthorIsNamedAsDeclaredOnceWithTheirPageAsInTheAtomFeed() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/authors.yaml --
        Irina Sokolova:
          aliases: [I. Sokolova]
        -- content/a.md --
        ---
        title: Ministers meet
        date: 2021-10-18T10:00
        authors: [I. Sokolova, irina sokolova, Tomás Ferreira]
        sources: [{name: Desk}]
        ---
        Text.
        """).build();
    Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(site.file("feed.json"))).get("items")).get(0);
    assertThat(new ArrayList<Object>((List<?>) item.get("authors"))).containsExactly(
        Map.of("name", "Irina Sokolova", "url", "https://example.org/authors/irina-sokolova/"),
        Map.of("name", "Tomás Ferreira", "url", "https://example.org/authors/tomas-ferreira/"));
    Element entry = (Element) FeedsTest.xml(site.file("feed.xml")).getElementsByTagNameNS(FeedsTest.ATOM, "entry").item(0);
    NodeList names = entry.getElementsByTagNameNS(FeedsTest.ATOM, "name");
    assertThat(List.of(names.item(0).getTextContent(), names.item(1).getTextContent())).containsExactly("Irina Sokolova", "Tomás Ferreira");
  }
}
