package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexes of topics, places and sources list names in the alphabetical order of the site's language. */
class NameOrderTest {
  @TempDir Path dir;

  private static String story(String file, String title, String topic, String place, String source) {
    return "-- content/stories/" + file + ".md --\n---\ntitle: " + title + "\ndate: 2021-10-18T09:00\ntopics: [" + topic
        + "]\nplaces: [" + place + "]\nsources: [{name: " + source + "}]\n---\nText.\n";
  }

  private TestSite site(String language) {
    return TestSite.of(dir.resolve(language), Fixtures.CONFIG.replace("language: en", "language: " + language)
        + story("a", "Un", "Zone euro", "Zurich", "Reuters")
        + story("b", "Deux", "Économie", "Île-de-France", "Élysée")
        + story("c", "Trois", "énergie", "Oslo", "AFP")
        + story("d", "Quatre", "Agriculture", "Évian", "agence locale")).build();
  }

  @Test
  void accentedAndSmallInitialsAreListedWhereAReaderLooksForThem() {
    // in the order of code points, "Économie", "énergie", "Île-de-France" and "Élysée" came after Z
    TestSite french = site("fr");
    assertThat(french.html("topics/index.html").select(".group-list a").eachText())
        .containsExactly("Agriculture", "Économie", "énergie", "Zone euro");
    assertThat(french.html("places/index.html").select(".group-list a").eachText())
        .containsExactly("Évian", "Île-de-France", "Oslo", "Zurich");
    assertThat(french.html("sources/index.html").select("main li").stream().map(li -> li.ownText().strip()))
        .containsExactly("AFP", "agence locale", "Élysée", "Reuters");
  }

  @Test
  void theOrderIsTheSitesLanguages() {
    // Spanish has ñ as a letter of its own, after n; English sorts it with n
    String topics = "-- content/stories/a.md --\n---\ntitle: A\ndate: 2021-10-18T09:00\ntopics: [Oro, Ñandú, Nube]\n"
        + "sources: [{name: Desk}]\n---\nText.\n";
    assertThat(TestSite.of(dir.resolve("es"), Fixtures.CONFIG.replace("language: en", "language: es") + topics).build()
        .html("topics/index.html").select(".group-list a").eachText()).containsExactly("Nube", "Ñandú", "Oro");
    assertThat(TestSite.of(dir.resolve("en"), Fixtures.CONFIG + topics).build()
        .html("topics/index.html").select(".group-list a").eachText()).containsExactly("Ñandú", "Nube", "Oro");
  }
}
