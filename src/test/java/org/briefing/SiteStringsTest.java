package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own strings file overrides the bundled text key by key, adds a language, and is checked line by line. */
class SiteStringsTest {
  @TempDir Path dir;

  private static final String SITE = ThemeLanguagesTest.site("fr", 0);
  private static final String STORY = "2021/10/18/alpha-zeta-kappa/index.html";

  @Test
  void aSiteFileOverridesOneStringAndAnEditOfItRebuildsAsACleanBuildWould() {
    TestSite site = TestSite.of(dir, SITE).build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Pourquoi c’est important");

    site.write("""
        -- templates/strings/fr.yaml --
        # the newsroom's own words
        why_it_matters: Les enjeux
        stories:
          one: "{count} papier"
          other: "{count} papiers"
        """).build();
    Document story = site.html(STORY);
    assertThat(story.select(".brief .why h2").text()).isEqualTo("Les enjeux");
    assertThat(story.select("#story-sources").text()).as("a key the file leaves out comes from the bundled French").isEqualTo("Sources");
    assertThat(story.select(".story-footer").text()).contains("Lieux");
    assertThat(site.html("topics/index.html").select(".count").eachText()).containsExactly("2 papiers", "1 papier");
    assertThat(site.html("index.html").select(".story-card .why .label").text()).contains("Les enjeux");

    // every page that prints the string is made again; TestSite compares the rebuild with a clean build
    site.edit("templates/strings/fr.yaml", "Les enjeux", "Ce qui compte").build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Ce qui compte");
    assertThat(site.file("briefings/2021-10-18/email.txt")).contains("Ce qui compte\u00a0: Lorem ipsum amet.");

    site.delete("templates/strings/fr.yaml").build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Pourquoi c’est important");
  }

  /**
   * A strings file is found by exactly its name, as a template is: where the file system ignores
   * letter case (macOS's and Windows' by default) {@code strings/FR.yaml} or {@code Strings/fr.yaml}
   * stood for {@code strings/fr.yaml}, and the site built otherwise than on Linux, where the file
   * was passed over without a word. No system reads such a file now, and the build names it in a
   * warning; a file named exactly, in the case of the tag as written or in small letters, is read
   * with no warning.
   */
  @Test
  void aStringsFileIsReadOnlyUnderExactlyItsNameAndOneInOtherLetterCaseIsNamedInAWarning() {
    TestSite site = TestSite.of(dir, SITE + """
        -- templates/strings/FR.yaml --
        why_it_matters: Les enjeux
        """).build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Pourquoi c’est important");
    assertThat(site.warnings()).singleElement().satisfies(w -> {
      assertThat(w.position().file()).isEqualTo(dir.resolve("templates/strings/FR.yaml"));
      assertThat(w.message()).isEqualTo("no build reads this file: the strings of the language 'fr' are looked for under exactly"
          + " the name templates/strings/fr.yaml, in its letter case");
      assertThat(w.hint()).startsWith("rename it to templates/strings/fr.yaml");
    });

    site.delete("templates/strings/FR.yaml").write("""
        -- templates/Strings/fr.yaml --
        why_it_matters: Les enjeux
        """).build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Pourquoi c’est important");
    assertThat(site.warnings()).extracting(w -> w.position().file()).containsExactly(dir.resolve("templates/Strings/fr.yaml"));

    site.delete("templates/Strings/fr.yaml").write("""
        -- templates/strings/fr.yaml --
        why_it_matters: Les enjeux
        """).build();
    assertThat(site.html(STORY).select(".brief .why h2").text()).isEqualTo("Les enjeux");
    assertThat(site.warnings()).isEmpty();

    TestSite canadian = TestSite.of(dir.resolve("ca"), SITE.replace("language: fr", "language: fr-CA") + """
        -- templates/strings/fr-ca.yaml --
        why_it_matters: Les enjeux
        """).build();
    assertThat(canadian.html(STORY).select(".brief .why h2").text()).isEqualTo("Les enjeux");
    assertThat(canadian.warnings()).isEmpty();
  }

  @Test
  void aMisspeltKeyIsAnErrorAtItsLineAndLeavesTheLastOutputAsItWas() {
    TestSite site = TestSite.of(dir, SITE).build();
    site.write("""
        -- templates/strings/fr.yaml --
        in_brief: En deux mots
        wy_it_matters: Les enjeux
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).hasSize(1);
    Problem error = errors.get(0);
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/strings/fr.yaml"));
    assertThat(error.position().line()).isEqualTo(2);
    assertThat(error.message()).isEqualTo("'wy_it_matters' is not a key of the theme's strings");
    assertThat(error.hint()).startsWith("did you mean 'why_it_matters'?");

    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("templates/strings/fr.yaml:2: error: 'wy_it_matters' is not a key of the theme's strings");
    assertThat(site.html(STORY).select(".in-brief").text()).as("public/ as the last build left it").doesNotContain("En deux mots");
  }

  @Test
  void aWrongValueIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, SITE + """
        -- templates/strings/fr.yaml --
        page_of: "Page {pgae} sur {pages}"
        stories:
          one: "{count} article"
          plusieurs: "{count} articles"
        date_short: "d MMM yyyy bb"
        draft: [Brouillon]
        min_read:
          one: "{count} min"
        month: "d MMMM"
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "1: '{pgae}' is not filled in in 'page_of'",
        "2: 'stories' has no 'other' form",
        "4: 'plusieurs' is not a plural form",
        "5: 'date_short' is not a date pattern: Unknown pattern letter: b",
        "6: 'draft' must be a text",
        "7: 'min_read' has no 'other' form",
        "9: 'month' cannot print a month: Unsupported field: DayOfMonth");
    assertThat(errors.get(0).hint()).isEqualTo("use {page}, {pages}");
  }

  @Test
  void aLanguageWithNoStringsIsAnErrorThatSaysWhatToDo() {
    TestSite site = TestSite.of(dir, SITE.replace("language: fr", "language: pt"));
    List<Problem> errors = site.buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("briefing.yaml"));
    assertThat(errors.get(0).position().line()).isEqualTo(4);
    assertThat(errors.get(0).message()).isEqualTo("there is no text of the theme in the language 'pt'; Briefing has en, fr, de, es, ar");
    assertThat(errors.get(0).hint()).contains("templates/strings/pt.yaml");
  }

  /** The language names the strings file: a value that is no tag could name any file, in the site or outside it. */
  @Test
  void aLanguageThatIsNoLanguageTagIsAnErrorAtItsLine() {
    for (String language : List.of("../strings/fr", "../../../outside/x", "fr/../fr", "en us")) {
      TestSite site = TestSite.of(dir, SITE.replace("language: fr", "language: \"" + language + "\""));
      assertThat(site.buildFails()).as(language).singleElement().satisfies(e -> {
        assertThat(e.position().file()).isEqualTo(dir.resolve("briefing.yaml"));
        assertThat(e.position().line()).isEqualTo(4);
        assertThat(e.message()).isEqualTo("'" + language + "' is not a language tag");
      });
    }
  }

  @Test
  void aSiteAddsALanguageAndIsWarnedOfTheKeysItLeavesOut() throws Exception {
    StringBuilder portuguese = new StringBuilder("-- templates/strings/pt.yaml --\n");
    ThemeLanguagesTest.strings("en").keySet().stream().filter(k -> !k.equals("go_deeper"))
        .forEach(k -> portuguese.append(k).append(": ").append(k.equals("stories")
            ? "\n  one: \"{count} notícia\"\n  other: \"{count} notícias\"" : k.equals("month") ? "\"MMMM 'de' yyyy\"" : k.startsWith("date")
            ? "\"d 'de' MMMM 'de' yyyy\"" : "\"pt " + k + (ThemeLanguagesTest.strings("en").get(k) instanceof String s && s.contains("{")
                ? " " + String.join(" ", s.replaceAll("[^{}a-z_]", " ").split(" +")).strip() : "") + "\"").append('\n'));
    TestSite site = TestSite.of(dir, SITE.replace("language: fr", "language: pt-BR") + portuguese).build();
    assertThat(site.warnings()).extracting(Problem::message).containsExactly(
        "Briefing has no text of its own in 'pt-BR', and this file leaves out 1 key, printed in English: go_deeper");
    Document story = site.html(STORY);
    assertThat(story.selectFirst("html").attr("lang")).isEqualTo("pt-BR");
    assertThat(story.select(".brief .why h2").text()).isEqualTo("pt why_it_matters");
    assertThat(story.select("#story-deeper").text()).isEqualTo("Go deeper");
    assertThat(story.select("time").first().text()).isEqualTo("18 de outubro de 2021 UTC");
    // Portuguese counts 0 and 1 with "one"
    assertThat(site.html("topics/index.html").select(".count").eachText()).containsExactly("2 notícias", "1 notícia");
    assertThat(Files.exists(dir.resolve("public/index.html"))).isTrue();
  }
}
