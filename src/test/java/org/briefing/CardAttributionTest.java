package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every card names its story's sources, and every feed labels its photo's credit as the page does. */
class CardAttributionTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- static/images/quay.jpg --
      image: jpeg 400x300
      -- content/stories/wire.md --
      ---
      title: Interfax reports talks
      date: 2021-10-18T09:00:00+02:00
      sources:
        - {name: Interfax}
        - {name: "Ministry statement", url: "https://ministry.example/statement"}
      image: {src: /images/quay.jpg, alt: A quay, caption: Idle cranes at dawn., credit: Zed Quill/Agency}
      ---
      Talks resumed.
      -- content/stories/mixed.md --
      ---
      title: Allies answer
      date: 2021-10-18T10:00:00+02:00
      sources: [reuters, {name: Interfax}]
      image: {src: /images/quay.jpg, alt: A quay, credit: "Illustration: The Desk"}
      ---
      Allies answered.
      """;

  /** A story whose sources name no organisation showed no "Sources:" line on any card. */
  @Test
  void aCardNamesSourcesThatHaveNoOrganisationByTheirNames() {
    TestSite site = TestSite.of(dir, SITE).build();
    for (String page : List.of("index.html", "briefings/2021-10-18/index.html")) {
      Map<String, String> lines = new java.util.TreeMap<>();
      site.html(page).select("article.story-card").forEach(card -> lines.put(card.selectFirst(".story-card-title").text(),
          card.select(".source-line").text()));
      assertThat(lines).as(page).containsEntry("Interfax reports talks", "Sources: Interfax, Ministry statement")
          .containsEntry("Allies answer", "Sources: Reuters, Interfax");
    }
  }

  /** The feeds printed the credit as a bare name after the caption ("… at dawn. Zed Quill/Agency"). */
  @Test
  void theFeedsLabelAPhotosCreditAsThePageDoes() {
    TestSite site = TestSite.of(dir, SITE).build();
    String atom = site.file("feed.xml");
    List<String> captions = Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser()).select("entry content").stream()
        .map(c -> Jsoup.parseBodyFragment(c.text()).select("figcaption").text()).toList();
    assertThat(captions).containsExactlyInAnyOrder("Idle cranes at dawn. Photo: Zed Quill/Agency", "Illustration: The Desk");
    assertThat(site.file("feed.json")).contains("Idle cranes at dawn. Photo: Zed Quill/Agency").contains("Illustration: The Desk")
        .doesNotContain("Photo: Illustration");
    assertThat(site.html("2021/10/18/interfax-reports-talks/index.html").select("figcaption .credit").text())
        .isEqualTo("Photo: Zed Quill/Agency");
  }
}
