package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** Text that no page or feed can carry, and values that are not there, never reach the output. */
class UnpublishableTextTest {
  @TempDir Path dir;

  private TestSite site(String story) {
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + "-- content/a.md --\n" + story);
  }

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  private static Problem onlyError(List<Problem> errors) {
    assertThat(errors).as(errors.toString()).hasSize(1);
    return errors.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\0", "\\x01", "\\f", "\\e", "\\x1f", "\\uFFFE", "\\uFFFF", "\\uD800"})
  void aCharacterThatXmlCannotCarryInATitleIsAnErrorAtItsLine(String escape) {
    Problem error = onlyError(site("""
        ---
        sources: [reuters]
        title: "Breaking%s news"
        date: 2021-10-18
        ---
        Body.
        """.formatted(escape)).buildFails());
    assertThat(where(error)).isEqualTo("a.md:3");
    assertThat(error.message()).contains("'title'").containsPattern("U\\+[0-9A-F]{4}");
    assertThat(error.hint()).isNotBlank();
  }

  @Test
  void controlCharactersInTheTextAreLeftOutWithAWarningAndEveryXmlFileStaysWellFormed() throws Exception {
    String forbidden = "\u0000\u0001\u000B\u000C\u001B\uFFFE\uFFFF";
    TestSite site = site("""
        ---
        title: A story
        date: 2021-10-18
        sources: [reuters]
        ---
        The council met on Monday.

        It agreed%s on a plan\f with a form feed and an escape\033.
        """.formatted(forbidden)).build();
    assertThat(site.warnings()).anySatisfy(w -> {
      assertThat(where(w)).isEqualTo("a.md:8");
      assertThat(w.message()).contains("U+0000").contains("left out");
    });
    List<Path> outputs;
    try (Stream<Path> files = Files.walk(site.out())) {
      outputs = files.filter(Files::isRegularFile).toList();
    }
    assertThat(outputs).anyMatch(p -> p.toString().endsWith("feed.xml")).anyMatch(p -> p.toString().endsWith("sitemap.xml"));
    for (Path file : outputs) {
      String text = Files.readString(file);
      assertThat(text.chars().filter(c -> forbidden.indexOf(c) >= 0)).as(file.toString()).isEmpty();
      if (file.toString().endsWith(".xml")) {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
      }
    }
    assertThat(site.file("2021/10/18/a-story/index.html")).contains("It agreed on a plan with a form feed and an escape.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
  void aTitleWithoutAValueIsAnErrorNotAHeadline(String none) {
    Problem error = onlyError(site("""
        ---
        title: %s
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        """.formatted(none)).buildFails());
    assertThat(where(error)).isEqualTo("a.md:2");
    assertThat(error.message()).contains("required field 'title'");
  }

  @Test
  void aDateWithoutAValueIsAnError() {
    Problem error = onlyError(site("""
        ---
        title: A story
        date: ~
        sources: [reuters]
        ---
        Body.
        """).buildFails());
    assertThat(where(error)).isEqualTo("a.md:3");
    assertThat(error.message()).contains("'date'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"date: 0000-01-01", "date: 1799-12-31T23:59:59+01:00", "date: 2201-01-01", "updated: 0021-10-19",
      "edition: 0201-10-18"})
  void aDateOutsideTheYears1800To2200IsAnErrorAtItsLine(String field) {
    Problem error = onlyError(site("""
        ---
        title: A story
        sources: [reuters]
        %s
        %s
        ---
        Body.
        """.formatted(field.startsWith("date:") ? "" : "date: 2021-10-18", field)).buildFails());
    assertThat(where(error)).isEqualTo("a.md:5");
    assertThat(error.message()).contains("in the year");
    assertThat(error.hint()).contains("1800").contains("2200");
  }

  @Test
  void datesAtTheEdgesOfTheRangeArePublished() {
    TestSite site = site("""
        ---
        title: An old story
        date: 1800-01-01T12:00:00Z
        updated: 2200-12-31T12:00:00Z
        sources: [reuters]
        ---
        Body.
        """).future().build();
    // with --future: an update after the build's moment is otherwise an error (CorrectionsTest)
    assertThat(site.exists("1800/01/01/an-old-story/index.html")).isTrue();
  }
}
