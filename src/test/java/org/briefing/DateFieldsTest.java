package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates that could not mean what they say, each reported at its line rather than published as another date, or dropped. */
class DateFieldsTest {
  @TempDir Path dir;

  /** A story of 18 October at 10:00 (Brussels) with one more field, written in place of FIELD at line 4. */
  private static final String STORY = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/a.md --
      ---
      title: Ministers meet
      date: 2021-10-18T10:00
      FIELD
      sources: [reuters]
      ---
      Ministers met.
      """;

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  /** A date written as quotes with nothing in them was read as no date: the story, or its correction, was left out without a word. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "a.md:3 | date      | date: ''",
      "a.md:3 | date      | date: \"\"",
      "a.md:3 | date      | date: ' '",
      "a.md:4 | updated   | updated: ''",
      "a.md:4 | edition   | edition: ''",
      "a.md:5 | date      | corrections:\\n  - date: \"\"\\n    text: An earlier version named the wrong minister.",
      "a.md:5 | accessed  | sources:\\n  - {name: Reuters, accessed: ''}",
  })
  void aDateWrittenEmptyIsAnErrorAtItsLine(String line, String field, String written) {
    String story = line.endsWith(":3") ? STORY.replace("date: 2021-10-18T10:00", written).replace("FIELD\n", "")
        : STORY.replace("FIELD", written.replace("\\n", "\n"));
    if (field.equals("accessed")) {
      story = story.replace("sources: [reuters]\n", "");
    }
    List<Problem> errors = TestSite.of(dir, story).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo(line);
      assertThat(e.message()).isEqualTo("'" + field + "' is empty");
      assertThat(e.hint()).startsWith("write the date, e.g. '" + field + ": 2021-10-18");
    });
  }

  @Test
  void aPagesUpdateWrittenEmptyIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/pages/about.md --
        ---
        title: About us
        updated: ""
        ---
        Who we are.
        """).buildFails();
    assertThat(errors).extracting(p -> where(p) + " " + p.message()).containsExactly("about.md:3 'updated' is empty");
  }

  /** '~' or no value says there is none, as the editor meant: such a field is left out as before. */
  @Test
  void anOptionalDateWithNoValueIsNone() {
    TestSite site = TestSite.of(dir, STORY.replace("FIELD", "updated: ~\nedition:")).build();
    assertThat(site.html("2021/10/18/ministers-meet/index.html").select(".byline .updated")).isEmpty();
    assertThat(site.warnings()).isEmpty();
  }
}
