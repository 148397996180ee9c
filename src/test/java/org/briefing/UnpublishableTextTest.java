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
  @ValueSource(strings = {"\\0", "\\x01", "\\f", "\\e", "\\x1f", "\\uFFFE", "\\uFFFF", "\\uD800", "\\x7F", "\\x80", "\\N", "\\u009B",
      "\\x9f"})
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

  /**
   * DEL and the C1 controls (U+007F to U+009F), which HTML forbids, are left out of a text with the same warning as the
   * C0 ones: they were published in the page, the feeds and both parts of the email without a word. Typed into the
   * front matter, they are an error at their line, as the C0 ones are; one in a photo file's caption becomes a space.
   */
  @Test
  void deleteAndTheC1ControlsAreLeftOutWithAWarningAsTheOtherControlCharactersAre() throws Exception {
    String controls = "\u007F\u0080\u0085\u009B\u009F";
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + EmailEditionTest.EMAIL_CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources: [reuters]
        ---
        The council met on Monday.

        It agreed%s on a plan, the mayor said.
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        The note%s.
        """.formatted(controls, controls)).build();
    assertThat(site.warnings()).extracting(w -> where(w) + " " + w.message()).containsExactlyInAnyOrder(
        "a.md:8 the text contains the character U+007F, which pages and feeds cannot carry; it and others like it are left out",
        "2021-10-18.md:4 the note contains the character U+007F, which pages and feeds cannot carry; it is left out");
    List<Path> outputs;
    try (Stream<Path> files = Files.walk(site.out())) {
      outputs = files.filter(Files::isRegularFile).filter(p -> !p.toString().matches(".*\\.(png|jpg|webp|gz|bin)$")).toList();
    }
    assertThat(outputs).anyMatch(p -> p.toString().endsWith("email.txt")).anyMatch(p -> p.toString().endsWith("feed.json"));
    for (Path file : outputs) {
      assertThat(Files.readString(file).chars().filter(c -> c >= 0x7F && c <= 0x9F)).as(file.toString()).isEmpty();
    }
    assertThat(site.file("2021/10/18/a-story/index.html")).contains("It agreed on a plan, the mayor said.");

    for (String typed : List.of("\u007F", "\u0080", "\u009B")) {
      Problem error = onlyError(site("---\ntitle: A story\ndate: 2021-10-18\nsources: [reuters]\nstandfirst: \"Bell" + typed + "\"\n---\nBody.\n")
          .buildFails());
      assertThat(where(error)).as(typed).isEqualTo("a.md:5");
      assertThat(error.message()).as(typed).contains(org.briefing.problem.XmlChars.name(typed.charAt(0)));
    }

    TestSite photo = site("---\ntitle: A story\ndate: 2021-10-18\nsources: [reuters]\nimage: {src: /images/p.jpg, alt: Ferries}\n---\nBody.\n")
        .writeBytes("static/images/p.jpg", TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1),
            new TaggedPhotos.Tags(0, false, "Mari\u0085Tamm/Agency", "Ferries\u009B wait\u007F at the quay.", null, null, null)))
        .build();
    assertThat(photo.html("2021/10/18/a-story/").select(".lead-image figcaption").text())
        .isEqualTo("Ferries wait at the quay. Photo: Mari Tamm/Agency");
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
