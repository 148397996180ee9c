package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A term's page is one name's: two names share a page only when they differ in case, accents or
 * punctuation, whatever script they are written in, however long they are and however they were typed.
 */
class TermNamesTest {
  @TempDir Path dir;

  /** A story naming {@code places} and {@code series}, dated by {@code day} of October 2021. */
  static String story(String file, int day, String field, String names) {
    return """
        -- content/stories/%s.md --
        ---
        title: Story %s
        date: 2021-10-%02dT10:00:00+02:00
        topics: [Energy]
        %s: %s
        sources: [reuters]
        ---
        The text of story %s.
        """.formatted(file, file, day, field, names, file);
  }

  @Test
  void namesThatDifferInAnAccentedGreekVowelOrASerbianLetterHaveAPageEach() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + story("a", 11, "places", "[Λάρος]") + story("b", 12, "places", "[Λέρος]")
        + story("c", 13, "places", "[Ђурин]") + story("d", 14, "places", "[Јурин]")
        + story("e", 15, "places", "[Љубин]") + story("f", 16, "places", "[Убин]")).build();
    assertThat(site.html("places/").select("main li a").eachText())
        .containsExactlyInAnyOrder("Λάρος", "Λέρος", "Ђурин", "Јурин", "Љубин", "Убин");
    assertThat(site.html("places/").select("main li a").eachAttr("href")).doesNotHaveDuplicates();
    for (String name : List.of("Λάρος", "Λέρος", "Ђурин", "Јурин", "Љубин", "Убин")) {
      String href = site.html("places/").select("main li a:containsOwn(" + name + ")").attr("href");
      assertThat(href).as(name).matches("/places/[a-z]+/");
      assertThat(site.html(href.substring(1)).select("main article")).as(name).hasSize(1);
    }
    assertThat(site.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("differ only"));
  }

  @Test
  void twoLongNamesThatDifferOnlyPastTheLengthOfASlugHaveAPageEachWithNoWarning() {
    String name = "The villages along the old river road between the northern hills and the southern lakes";
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + story("a", 11, "places", "[\"" + name + ", east\"]") + story("b", 12, "places", "[\"" + name + ", west\"]")
        + story("c", 13, "places", "[\"" + name.toUpperCase() + ", EAST\"]")).build();
    List<String> hrefs = site.html("places/").select("main li a").eachAttr("href");
    assertThat(hrefs).hasSize(2).doesNotHaveDuplicates();
    assertThat(hrefs).allSatisfy(href -> assertThat(href.length()).isLessThanOrEqualTo("/places//".length() + 80));
    // each story links to the page of its own name
    String east = site.html("2021/10/11/story-a/").select("a[href^=/places/]").attr("href");
    String west = site.html("2021/10/12/story-b/").select("a[href^=/places/]").attr("href");
    assertThat(east).isNotEqualTo(west).isNotEmpty();
    assertThat(site.html("2021/10/13/story-c/").select("a[href^=/places/]").attr("href")).isEqualTo(east);
    assertThat(site.html(west.substring(1)).select("main article")).hasSize(1);
    assertThat(site.html(east.substring(1)).select("main article")).hasSize(2);
    assertThat(site.warnings()).extracting(Problem::message).filteredOn(m -> m.contains("differ only")).singleElement()
        .asString().contains("EAST").doesNotContain("west");
  }

  @Test
  void differentNamesThatMakeOneAddressAreAnErrorNamingBothStoriesUntilTheTermFileDeclaresThem() {
    // Greek η and ι are both written "i" in Latin letters
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + story("a", 11, "places", "[Σήμα]") + story("b", 12, "places", "[Σίμα]"));
    assertThat(site.buildFails()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo(dir.resolve("content/stories/b.md"));
      assertThat(p.message()).contains("'Σίμα'", "'Σήμα'", dir.resolve("content/stories/a.md").toString(), "/places/sima/");
      assertThat(p.format(dir)).contains("content/places.yaml");
    });

    site.write("""
        -- content/places.yaml --
        Σήμα:
        Σίμα:
        """).build();
    List<String> hrefs = site.html("places/").select("main li a").eachAttr("href");
    assertThat(hrefs).hasSize(2).doesNotHaveDuplicates().contains("/places/sima/");
    assertThat(site.html("2021/10/12/story-b/").select("a[href^=/places/]").attr("href"))
        .isEqualTo(site.html("places/").select("main li a:containsOwn(Σίμα)").attr("href"));
  }

  @Test
  void aNameTypedAsLettersWithCombiningMarksIsTheSameNameTypedWhole() {
    String composed = "Йорданія";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/authors.yaml --
        Zoë Ånström:
          role: Kyiv correspondent
        """
        + story("a", 11, "places", "[" + composed + "]") + story("b", 12, "places", "[" + decomposed + "]")
        + story("c", 13, "authors", "[" + Normalizer.normalize("Zoë Ånström", Normalizer.Form.NFD) + "]")).build();
    assertThat(site.html("places/").select("main li a").eachText()).containsExactly(composed);
    assertThat(site.html("places/").select("main li a").attr("href")).isEqualTo("/places/yordaniya/");
    assertThat(site.html("places/yordaniya/").select("main article")).hasSize(2);
    assertThat(site.html("2021/10/12/story-b/").select("a[href^=/places/]").text()).isEqualTo(composed);
    // the declared author is found as written, with no warning about a spelling
    assertThat(site.html("2021/10/13/story-c/").select(".byline .authors a").attr("href")).isEqualTo("/authors/zoe-anstrom/");
    assertThat(site.warnings()).isEmpty();
  }

  @Test
  void aNameOfOnlyInvisibleCharactersIsDroppedAsAnEmptyNameIs() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + story("a", 11, "topics", "[Trade, \"\", \"\u200B\", \"\u00AD\", \"\u00A0\u2060\"]")
            .replace("topics: [Energy]\n", "authors: [\"\u200B\u200C\"]\n")).build();
    assertThat(site.html("topics/").select("main li a").eachText()).containsExactly("Trade");
    assertThat(site.outputPaths()).noneMatch(p -> p.startsWith("authors/") && !p.startsWith("authors/index"));
    assertThat(site.html("2021/10/11/story-a/").select(".byline .authors a")).isEmpty();
  }
}
