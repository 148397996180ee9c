package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates that could not mean what they say: written empty, an update before the publication, a
 * local time the site's clocks skip or pass twice, a source read on a day still to come. Each is
 * reported at its line rather than published as another date, or dropped.
 */
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

  /** The page said "Updated" at a moment before the story came out, while its feeds and data took the publication. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "updated: 2021-10-17T09:00 | 2021-10-17 09:00 | check the day",
      "updated: 2021-10-18       | 2021-10-18 00:00 | write the time of the update too, as 'updated: 2021-10-18THH:MM' with a time after 10:00",
      "updated: 2021-10-18T08:00 | 2021-10-18 08:00 | check the time",
      "lastmod: 2021-10-18T07:00Z | 2021-10-18 09:00 | check the time",
  })
  void anUpdateBeforeThePublicationIsAnErrorAtItsLine(String written, String shown, String hint) {
    List<Problem> errors = TestSite.of(dir, STORY.replace("FIELD", written)).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("a.md:4");
      assertThat(e.message()).isEqualTo("the update date " + shown + " is before the story's date (2021-10-18 10:00)");
      assertThat(e.hint()).startsWith(hint);
    });
  }

  /** A draft's update before its date is an error too: found now, not on the day the draft is released. */
  @Test
  void aDraftsUpdateBeforeItsDateIsAnError() {
    assertThat(TestSite.of(dir, STORY.replace("FIELD", "draft: true\nupdated: 2021-10-17")).buildFails())
        .extracting(p -> where(p) + " " + p.message()).containsExactly("a.md:5 the update date 2021-10-17 00:00 is before the story's date (2021-10-18 10:00)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "updated: 2021-10-18T10:00 | 2021-10-18T10:00:00+02:00",
      "updated: 2021-10-18T16:45 | 2021-10-18T16:45:00+02:00",
      "updated: 2021-10-19       | 2021-10-19T00:00:00+02:00",
      "updated: 2021-10-18T09:30Z | 2021-10-18T11:30:00+02:00",
  })
  void anUpdateAtOrAfterThePublicationIsShown(String written, String iso) {
    TestSite site = TestSite.of(dir, STORY.replace("FIELD", written)).build();
    assertThat(site.html("2021/10/18/ministers-meet/index.html").selectFirst(".byline .updated time").attr("datetime")).isEqualTo(iso);
  }

  /** A story dated by its day alone may say it was updated that day. */
  @Test
  void aStoryDatedByItsDayMayBeUpdatedThatDay() {
    TestSite site = TestSite.of(dir, STORY.replace("date: 2021-10-18T10:00", "date: 2021-10-18").replace("FIELD", "updated: 2021-10-18")).build();
    assertThat(site.exists("2021/10/18/ministers-meet/index.html")).isTrue();
  }

  /**
   * In Brussels the clocks went from 02:00 to 03:00 on 28 March 2021: 02:30 that night never
   * happened, and was published as 03:30 without a word. Each date field is read the same way.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "a.md:3 | date     | date: 2021-03-28T02:30",
      "a.md:3 | date     | date: 2021-03-28 02:30",
      "a.md:4 | updated  | updated: 2021-03-28T02:59:59",
      "a.md:5 | date     | corrections:\\n  - {date: 2021-03-28T02:00, text: An earlier version erred.}",
  })
  void aLocalTimeTheClocksSkipIsAnErrorAtItsLine(String line, String field, String written) {
    String story = STORY.replace("2021-10-18T10:00", "2021-03-27T10:00");
    story = field.equals("date") && line.endsWith(":3") ? story.replace("date: 2021-03-27T10:00", written).replace("FIELD\n", "")
        : story.replace("FIELD", written.replace("\\n", "\n"));
    List<Problem> errors = TestSite.of(dir, story).buildFails();
    String value = written.replaceAll("(?s).*?(2021-03-28[ T][0-9:]+).*", "$1");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo(line);
      assertThat(e.message()).isEqualTo("'" + field + "' is " + value + ", a time that does not exist in Europe/Brussels "
          + "(clocks there go from 02:00 to 03:00 on 2021-03-28)");
      assertThat(e.hint()).startsWith("write the offset the time is in, e.g. '" + field + ": " + value.replace(' ', 'T') + "+01:00' (0");
    });
  }

  @Test
  void aPagesUpdateAtATimeTheClocksSkipIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/pages/about.md --
        ---
        title: About us
        updated: 2021-03-28T02:15
        ---
        Who we are.
        """).buildFails();
    assertThat(errors).extracting(p -> where(p) + " " + p.hint()).containsExactly("about.md:3 write the offset the time is in, "
        + "e.g. 'updated: 2021-03-28T02:15+01:00' (03:15 there), or a time outside the change");
  }

  /** On 31 October 2021 the clocks went back from 03:00 to 02:00: 02:30 happened twice, and the first is taken, with a warning. */
  @Test
  void aLocalTimeTheClocksPassTwiceIsWarnedOfAndTheFirstIsTaken() {
    TestSite site = TestSite.of(dir, STORY.replace("date: 2021-10-18T10:00", "date: 2021-10-31T02:30").replace("FIELD\n", "")).build();
    assertThat(site.html("2021/10/31/ministers-meet/index.html").selectFirst(".byline time").attr("datetime")).isEqualTo("2021-10-31T02:30:00+02:00");
    assertThat(site.warnings()).singleElement().satisfies(w -> {
      assertThat(where(w)).isEqualTo("a.md:3");
      assertThat(w.message()).isEqualTo("'date' is 2021-10-31T02:30, a time that happens twice in Europe/Brussels "
          + "(clocks there go from 03:00 to 02:00 on 2021-10-31): the first, at +02:00, is used");
      assertThat(w.hint()).isEqualTo("write the offset to say which: 'date: 2021-10-31T02:30+02:00' (the first) or 'date: 2021-10-31T02:30+01:00' (the second)");
    });
  }

  /** With its offset, a time of the change is one moment, and a day alone is that day's midnight: no word. */
  @Test
  void aTimeOfTheChangeWithItsOffsetOrADayAloneBuildsWithoutAWord() {
    TestSite site = TestSite.of(dir, STORY.replace("date: 2021-10-18T10:00", "date: 2021-10-31T02:30+01:00")
        .replace("FIELD", "updated: 2021-11-01T02:30\ncorrections: [{date: 2021-10-31, text: An earlier version erred.}]")).build();
    assertThat(site.html("2021/10/31/ministers-meet/index.html").selectFirst(".byline time").attr("datetime")).isEqualTo("2021-10-31T02:30:00+01:00");
    assertThat(site.warnings()).isEmpty();
  }

  /** A source read on a day still to come (a typo of the year) was published as such, while an update so dated stops the build. */
  @ParameterizedTest
  @ValueSource(strings = {"2031-10-18", "2021-11-03"})
  void aSourceReadOnADayStillToComeIsAnErrorAtItsLine(String day) {
    String story = STORY.replace("FIELD\nsources: [reuters]", "sources:\n  - reuters\n  - {name: Council minutes, accessed: " + day + "}");
    List<Problem> errors = TestSite.of(dir, story).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("a.md:6");
      assertThat(e.message()).isEqualTo("this source was read on " + day + ", a day that has not begun yet (this build is at 2021-11-01 13:00)");
      assertThat(e.hint()).startsWith("check the date (a typo of the year?)");
    });
    assertThat(TestSite.of(dir.resolve("future"), story).future().build().html("2021/10/18/ministers-meet/index.html").text()).contains(day);
  }

  /** At 13:00 in Brussels on 1 November, 2 November has begun in Kiribati (UTC+14:00): a source may have been read there. */
  @Test
  void aSourceReadOnADayBegunSomewhereOnEarthBuilds() {
    TestSite site = TestSite.of(dir, STORY.replace("FIELD\nsources: [reuters]", "sources:\n  - {name: Council minutes, accessed: 2021-11-02}")).build();
    assertThat(site.html("2021/10/18/ministers-meet/index.html").text()).contains("2021-11-02");
  }
}
