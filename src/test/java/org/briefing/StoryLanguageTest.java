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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A story written in another language than the site's says so in its page, its cards, the feeds and its structured data. */
class StoryLanguageTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + """
      -- content/fr.md --
      ---
      title: Les ministres se réunissent à Bruxelles
      date: 2021-10-18T09:00
      language: fr
      sources: [{name: AFP}]
      ---
      Les ministres de la Défense se sont réunis.
      -- content/ar.md --
      ---
      title: الوزراء يجتمعون في بروكسل
      slug: ministers-meet-arabic
      date: 2021-10-18T10:00
      language: ar
      sources: [{name: Desk}]
      ---
      اجتمع وزراء الدفاع.
      -- content/en.md --
      ---
      title: Ministers meet in Brussels
      date: 2021-10-18T11:00
      sources: [{name: Desk}]
      ---
      Defence ministers met.
      """;

  @Test
  void aLongHeadlineIsCutForStructuredDataBetweenWholeCharacters() throws Exception {
    // 𠮷 takes two chars: a cut between them was written as '?'
    String title = "\u3042\u3042" + "\uD842\uDFB7".repeat(60);
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "-- content/kanji.md --\n---\ntitle: " + title + """

        slug: kanji
        date: 2021-10-18T10:00
        language: ja
        sources: [{name: Desk}]
        ---
        A story.
        """).build();
    Document page = site.html("2021/10/18/kanji/index.html");
    String headline = (String) ((Map<?, ?>) new Load(LoadSettings.builder().build())
        .loadFromString(page.selectFirst("script[type=application/ld+json]").data())).get("headline");
    assertThat(headline).doesNotContain("?").endsWith("\uD842\uDFB7\u2026").hasSizeLessThanOrEqualTo(110);
  }

  @Test
  void aStorysLanguageReachesItsPageCardsFeedsAndStructuredData() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Document fr = site.html("2021/10/18/les-ministres-se-reunissent-a-bruxelles/index.html");
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(fr.selectFirst("article.story").attr("lang")).isEqualTo("fr");
    assertThat(fr.selectFirst("article.story").attr("dir")).isEqualTo("ltr");
    Map<?, ?> ld = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(fr.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.get("inLanguage")).isEqualTo("fr");

    Document ar = site.html("2021/10/18/ministers-meet-arabic/index.html");
    assertThat(ar.selectFirst("article.story").attr("lang")).isEqualTo("ar");
    assertThat(ar.selectFirst("article.story").attr("dir")).isEqualTo("rtl");
    assertThat(new HtmlValidator().errors(site.out().resolve("2021/10/18/ministers-meet-arabic/index.html"))).isEmpty();

    Document en = site.html("2021/10/18/ministers-meet-in-brussels/index.html");
    assertThat(en.selectFirst("article.story").hasAttr("lang")).isFalse();

    Document edition = site.html("briefings/2021-10-18/index.html");
    assertThat(edition.select("article.story-card[lang]").eachAttr("lang")).containsExactlyInAnyOrder("fr", "ar");

    NodeList entries = FeedsTest.xml(site.file("feed.xml")).getElementsByTagNameNS(FeedsTest.ATOM, "entry");
    List<String> langs = new java.util.ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      langs.add(((Element) entries.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }
    assertThat(langs).containsExactly("", "ar", "fr");
    List<?> items = (List<?>) ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(site.file("feed.json"))).get("items");
    assertThat(items.stream().map(i -> String.valueOf(((Map<?, ?>) i).get("language"))).toList()).containsExactly("null", "ar", "fr");
  }

  @Test
  void theEmailMarksAStorysLanguageAndDirectionAsItsCardOnTheEditionPageDoes() throws Exception {
    TestSite site = TestSite.of(dir, SITE.replace("  name: Test Desk\n", "  name: Test Desk\nemail: {}\n")
        .replace("language: ar\n", "language: ar\nwhy_it_matters: تغلق القناة الأخيرة.\nkey_points: [النقطة الأولى.]\n")).build();
    Document edition = site.html("briefings/2021-10-18/index.html");
    Document email = org.jsoup.Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    for (String title : List.of("Les ministres se réunissent à Bruxelles", "الوزراء يجتمعون في بروكسل", "Ministers meet in Brussels")) {
      org.jsoup.nodes.Element card = edition.select("article.story-card").stream().filter(c -> c.select("h2").text().equals(title)).findFirst().orElseThrow();
      org.jsoup.nodes.Element cell = email.select("td.story-cell").stream().filter(c -> c.select("h2").text().equals(title)).findFirst().orElseThrow();
      assertThat(cell.attr("lang") + " " + cell.attr("dir")).as(title).isEqualTo(card.attr("lang") + " " + card.attr("dir"));
    }
    assertThat(email.select("td.story-cell[lang=ar]").attr("dir")).isEqualTo("rtl");
    assertThat(email.select("td.story-cell[lang=fr]").attr("dir")).isEqualTo("ltr");
    // the rule beside why it matters, and the key points' indent, on the side the Arabic text starts
    assertThat(email.select("td.story-cell[lang=ar] td.why-cell").attr("style")).contains("border-right:3px solid");
    assertThat(email.select("td.story-cell[lang=ar] ul.key-points").attr("style")).contains("padding:0 20px 0 0");
    assertThat(email.select("td.story-cell[lang=ar] ul.key-points li").text()).isEqualTo("النقطة الأولى.");
    assertThat(email.selectFirst("html").attr("dir")).isEqualTo("ltr");
  }

  @Test
  void theNewsSitemapGivesEachStoryItsLanguagesCodeAndItsPageItsLocale() throws Exception {
    String more = """
        -- content/el.md --
        ---
        title: Εκλογές στην Ελλάδα
        slug: ekloges
        date: 2021-10-18T12:00
        language: el
        sources: [{name: ERT}]
        ---
        Κείμενο.
        -- content/pt.md --
        ---
        title: Ministros em Bruxelas
        date: 2021-10-18T13:00
        language: pt-BR
        sources: [{name: Desk}]
        ---
        Texto.
        -- content/zh-hant.md --
        ---
        title: 部長會議
        slug: zh-hant
        date: 2021-10-18T14:00
        language: zh-Hant
        sources: [{name: Desk}]
        ---
        文字。
        -- content/zh.md --
        ---
        title: 部长会议
        slug: zh
        date: 2021-10-18T15:00
        language: zh
        sources: [{name: Desk}]
        ---
        文字。
        """;
    TestSite site = TestSite.of(dir, SITE.replace("language: en\n", "language: en-GB\n") + more).build();

    NodeList urls = FeedsTest.xml(site.file("news-sitemap.xml")).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
    Map<String, String> languages = new java.util.TreeMap<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      languages.put(url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent()
              .replaceAll("^.*/18/(.*)/$", "$1"),
          url.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "language").item(0).getTextContent());
    }
    assertThat(languages).containsExactlyInAnyOrderEntriesOf(Map.of("ekloges", "el", "ministros-em-bruxelas", "pt", "zh-hant", "zh-tw",
        "zh", "zh-cn", "ministers-meet-in-brussels", "en", "les-ministres-se-reunissent-a-bruxelles", "fr", "ministers-meet-arabic", "ar"));

    assertThat(site.html("2021/10/18/ekloges/index.html").selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("el");
    assertThat(site.html("2021/10/18/ministros-em-bruxelas/index.html").selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("pt_BR");
    assertThat(site.html("2021/10/18/ministers-meet-in-brussels/index.html").selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
    assertThat(site.html("index.html").selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
  }

  @Test
  void aLanguageThatIsNoTagIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, SITE.replace("language: fr", "language: French!"));
    assertThat(site.buildFails()).extracting(p -> p.position().line() + ": " + p.message())
        .containsExactly("4: 'French!' is not a language tag");
  }
}
