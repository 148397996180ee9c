package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A typo in a field name never changes what is published: it stops the build, naming the field it probably meant. */
class FieldNamesTest {
  @TempDir Path dir;

  private static final String STORY_START = """
      ---
      title: A story
      date: 2021-10-18T10:00:00Z
      sources: [reuters]
      """;

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message() + " | " + p.hint();
  }

  @Test
  void aMisspeltDraftStopsTheBuildInsteadOfPublishingTheStory() {
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/x.md --
        ---
        title: Not ready
        date: 2021-10-18T10:00:00Z
        darft: true
        sources: [reuters]
        ---
        Unchecked figures.
        """).buildFails();
    assertThat(errors).hasSize(1);
    Problem error = errors.get(0);
    assertThat(error.format(dir)).startsWith("content/stories/x.md:4: error: unknown field 'darft'");
    assertThat(error.hint()).startsWith("did you mean 'draft'?");
  }

  @Test
  void typosAreCaughtInEveryKindOfFileAndInNestedFields() {
    List<Problem> errors = TestSite.of(dir, """
        -- briefing.yaml --
        title: Test Briefing
        base_url: https://example.org/
        time_zon: Europe/Brussels
        publisher:
          naem: Test Desk
        -- content/sources.yaml --
        reuters:
          name: Reuters
          ulr: https://www.reuters.com/
        -- content/stories/_defaults.yaml --
        athors: [Wire Desk]
        -- content/editions/2021-10-18.md --
        ---
        titel: Monday
        ---
        A note.
        -- content/stories/a.md --
        ---
        title: A story
        date: 2021-10-18T10:00:00Z
        standfrist: The line under the headline.
        sources:
          - reuters
          - name: NATO
            url: https://www.nato.int/
            pubisher: nato
        image:
          src: https://example.org/a.jpg
          captoin: A caption.
          credit: Desk
        go_deeper:
          - {tilte: More, url: "https://example.org/more"}
        ---
        Text.
        """).buildFails();
    assertThat(errors).extracting(FieldNamesTest::where).containsExactlyInAnyOrder(
        "briefing.yaml:3: unknown field 'time_zon' | did you mean 'time_zone'?",
        "briefing.yaml:5: unknown field 'naem' in 'publisher' | did you mean 'name'?",
        "sources.yaml:3: unknown field 'ulr' in a source | did you mean 'url'?",
        "_defaults.yaml:1: unknown field 'athors' | did you mean 'authors'? If 'athors' is a field of your own, declare it in briefing.yaml: 'fields: [athors]'.",
        "2021-10-18.md:2: unknown field 'titel' | did you mean 'title'?",
        "a.md:4: unknown field 'standfrist' | did you mean 'standfirst'? If 'standfrist' is a field of your own, declare it in briefing.yaml: 'fields: [standfrist]'.",
        "a.md:9: unknown field 'pubisher' in a source | did you mean 'publisher'?",
        "a.md:12: unknown field 'captoin' in 'image' | did you mean 'caption'?",
        "a.md:15: unknown field 'tilte' in a 'go_deeper' link | did you mean 'title'?");
  }

  @Test
  void fieldsFarFromAnyKnownOneAreWarnedOfAndStillReachTemplates() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "theme: dark\n" + Fixtures.SOURCES + "  twitter: '@nato'\n" + """
        -- templates/article.ftlh --
        <p id="params">${article.params.colour}</p>
        -- content/stories/a.md --
        """ + STORY_START + """
        weather: [rain]
        colour: red
        image:
          src: https://example.org/a.jpg
          credit: Desk
          width: 300
        ---
        Text.
        """).build();
    assertThat(site.warnings()).extracting(FieldNamesTest::where).containsExactlyInAnyOrder(
        "briefing.yaml:8: unknown field 'theme' | Briefing does not use it; templates see it as site.params.theme. "
            + "To keep it without this warning, put it under 'params:'",
        "a.md:5: unknown field 'weather' | Briefing does not use it; templates see it as article.params.weather. "
            + "To keep it without this warning, declare it in briefing.yaml ('fields: [weather]') or put it under 'params:'",
        "a.md:6: unknown field 'colour' | Briefing does not use it; templates see it as article.params.colour. "
            + "To keep it without this warning, declare it in briefing.yaml ('fields: [colour]') or put it under 'params:'",
        "a.md:10: unknown field 'width' in 'image' | 'image' takes src, alt, caption, credit and focus; this field is left out",
        "sources.yaml:9: unknown field 'twitter' in a source | a source takes name, url and type; this field is left out");
    assertThat(site.html("2021/10/18/a-story/").select("#params").text()).isEqualTo("red");
  }

  @Test
  void fieldsTheSiteDeclaresAreTakenWithoutAWord() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        fields: [desk, data]
        params:
          theme: dark
        """ + Fixtures.SOURCES + """
        -- templates/article.ftlh --
        <p id="story"><#list article.params as k, v>${k}=${v};</#list></p>
        <p id="site"><#list site.params as k, v>${k}=${v};</#list></p>
        -- content/stories/_defaults.yaml --
        desk: Europe
        -- content/stories/a.md --
        """ + STORY_START + """
        data: 42
        params:
          kicker: Analysis
        ---
        Text.
        """).build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.html("2021/10/18/a-story/").select("#story").text()).isEqualTo("desk=Europe;data=42;kicker=Analysis;");
    assertThat(site.html("2021/10/18/a-story/").select("#site").text()).isEqualTo("theme=dark;");
  }

  @Test
  void namesOtherGeneratorsUseAreTakenForTheirFields() {
    TestSite site = TestSite.of(dir, """
        -- briefing.yaml --
        title: Test Briefing
        baseURL: https://example.org/news/
        timeZone: America/New_York
        """ + Fixtures.SOURCES + """
        -- content/stories/a.md --
        ---
        title: A story
        date: 2021-10-18T09:30
        lastmod: 2021-10-18T11:00
        description: The summary, under the name Hugo gives it.
        author: Ana Lucas
        tags: [Ports]
        sources: [reuters]
        ---
        Text.
        """).build();
    assertThat(site.warnings()).isEmpty();
    String page = site.file("2021/10/18/a-story/index.html");
    assertThat(site.html("2021/10/18/a-story/").select("time").eachAttr("datetime"))
        .contains("2021-10-18T09:30:00-04:00", "2021-10-18T11:00:00-04:00");
    assertThat(page).contains("The summary, under the name Hugo gives it.", "Ana Lucas", "https://example.org/news/2021/10/18/a-story/");
    assertThat(site.exists("topics/ports/index.html")).isTrue();
  }

  @Test
  void aNameAndItsAliasGivenTogetherAreAnError() {
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + "-- content/a.md --\n" + STORY_START + """
        updated: 2021-10-18T11:00:00Z
        lastmod: 2021-10-18T12:00:00Z
        ---
        Text.
        """).buildFails();
    assertThat(errors).extracting(FieldNamesTest::where)
        .containsExactly("a.md:6: 'lastmod' is another name for 'updated', which is given too | keep one of the two lines");
  }
}
