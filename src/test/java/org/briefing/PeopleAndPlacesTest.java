package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Authors and places are schema.org people and places: on their own pages and in the stories that name them. */
class PeopleAndPlacesTest {
  @TempDir Path dir;

  static final String SITE = Fixtures.CONFIG + Fixtures.SOURCES + TermFilesTest.AUTHORS + """
      -- content/places.yaml --
      Geneva:
        aliases: [Genève]
        description: A city on Lake Geneva, seat of many international organisations.
        links: [https://en.wikipedia.org/wiki/Geneva]
      -- content/stories/talks.md --
      ---
      title: Ministers meet in Geneva
      date: 2021-10-18T10:00:00+02:00
      topics: [Energy]
      places: [Genève, Odesa]
      authors: [A. Ruiz, Tom Berg]
      sources: [reuters]
      ---
      Ministers met in Geneva on Monday.
      """;

  static Map<?, ?> jsonLd(Document page) {
    return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(page.selectFirst("script[type=application/ld+json]").data());
  }

  @Test
  void anAuthorsPageCarriesAPersonWithWhatTheTermFileDeclares() {
    TestSite site = TestSite.of(dir, SITE).build();
    Map<?, ?> person = jsonLd(site.html("authors/ana-ruiz/"));
    assertThat(person.get("@context")).isEqualTo("https://schema.org");
    assertThat(person.get("@type")).isEqualTo("Person");
    assertThat(person.get("name")).isEqualTo("Ana Ruiz");
    assertThat(person.get("jobTitle")).isEqualTo("Brussels correspondent");
    assertThat(person.get("description")).isEqualTo("Ana has covered the European Union since 2015.");
    assertThat(((Map<?, ?>) person.get("image")).get("url")).isEqualTo("https://example.org/images/ana.jpg");
    assertThat(((Map<?, ?>) person.get("image")).get("creditText")).isEqualTo("Photo by Lea Park");
    assertThat(person.get("sameAs")).isEqualTo(List.of("https://social.example/@ana", "https://example.org/people/ana"));
    assertThat(person.get("url")).isEqualTo("https://example.org/authors/ana-ruiz/");

    // an author no file declares is a Person with a name and a page
    Map<?, ?> tom = jsonLd(site.html("authors/tom-berg/"));
    assertThat(List.copyOf(tom.keySet())).isEqualTo(List.of("@context", "@type", "name", "url"));

    Map<?, ?> place = jsonLd(site.html("places/geneva/"));
    assertThat(place.get("@type")).isEqualTo("Place");
    assertThat(place.get("name")).isEqualTo("Geneva");
    assertThat(place.get("description")).isEqualTo("A city on Lake Geneva, seat of many international organisations.");
    assertThat(place.get("sameAs")).isEqualTo(List.of("https://en.wikipedia.org/wiki/Geneva"));
    assertThat(place.get("url")).isEqualTo("https://example.org/places/geneva/");

    assertThat(site.html("topics/energy/").select("script[type=application/ld+json]")).as("a topic is no person or place").isEmpty();
  }

  @Test
  void aStorysAuthorsAndPlacesAreLinkedPeopleAndPlacesInItsNewsArticle() {
    TestSite site = TestSite.of(dir, SITE).build();
    Document story = site.html("2021/10/18/ministers-meet-in-geneva/");
    Map<?, ?> article = jsonLd(story);
    assertThat(article.get("@type")).isEqualTo("NewsArticle");
    assertThat(article.get("author")).isEqualTo(List.of(
        Map.of("@type", "Person", "name", "Ana Ruiz", "url", "https://example.org/authors/ana-ruiz/"),
        Map.of("@type", "Person", "name", "Tom Berg", "url", "https://example.org/authors/tom-berg/")));
    assertThat(article.get("contentLocation")).isEqualTo(List.of(
        Map.of("@type", "Place", "name", "Geneva", "url", "https://example.org/places/geneva/"),
        Map.of("@type", "Place", "name", "Odesa", "url", "https://example.org/places/odesa/")));
    assertThat(story.select(".byline .authors a").eachText()).containsExactly("Ana Ruiz", "Tom Berg");
    assertThat(story.select(".places a").eachText()).containsExactly("Geneva", "Odesa");
    assertThat(site.file("feed.xml")).contains("<author><name>Ana Ruiz</name><uri>https://example.org/authors/ana-ruiz/</uri></author>");

    // a site without author pages names its authors as people without addresses
    site.write(Fixtures.CONFIG + "groups:\n  authors: {pages: false, feeds: false}\n").build();
    assertThat(jsonLd(site.html("2021/10/18/ministers-meet-in-geneva/")).get("author")).isEqualTo(List.of(
        Map.of("@type", "Person", "name", "Ana Ruiz"), Map.of("@type", "Person", "name", "Tom Berg")));
    assertThat(site.html("2021/10/18/ministers-meet-in-geneva/").select(".byline .authors a")).isEmpty();
  }

  @Test
  void aHostileBioStaysTextInThePersonData() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/authors.yaml --
        Ana Ruiz:
          bio: "</script><script>alert(1)</script>"
        -- content/stories/a.md --
        ---
        title: First
        date: 2021-10-18T10:00:00+02:00
        authors: [Ana Ruiz]
        sources: [reuters]
        ---
        Text.
        """).build();
    Document page = site.html("authors/ana-ruiz/");
    assertThat(page.select("script")).hasSize(1);
    assertThat(jsonLd(page).get("description")).isEqualTo("</script><script>alert(1)</script>");
  }
}
