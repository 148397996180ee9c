package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credit or a source's name that a reader cannot see (no-break spaces, zero-width characters,
 * blank fillers) is no credit and no name: refused where a blank one is, not published as
 * "Photo: " and nothing.
 */
class InvisibleAttributionTest {
  @TempDir
  Path dir;

  /** YAML escapes of characters that show nothing, alone or together. */
  static final List<String> INVISIBLE = List.of("\\u00a0", "\\u200b", "\\u2060\\u00a0", "\\ufeff", "\\u3164", "\\u2800", "\\u202f\\u200d");

  static String story(String credit, String sources) {
    return Fixtures.CONFIG + Fixtures.SOURCES + """
        -- static/images/harbour.jpg --
        image: jpeg 400x300
        -- content/stories/harbour.md --
        ---
        title: The harbour reopens
        date: 2021-10-18T10:00:00Z
        sources: %s
        image:
          src: /images/harbour.jpg
          alt: A harbour at dawn
          credit: "%s"
        ---
        Ships are back.
        """.formatted(sources, credit);
  }

  static List<String> errors(TestSite site, Path dir) {
    return site.buildFails().stream().map(p -> p.format(dir)).toList();
  }

  @Test
  void aPhotoCreditOfCharactersThatShowNothingIsRefusedAsABlankOneIs() {
    List<String> blank = errors(TestSite.of(dir, story(" ", "[reuters]")), dir);
    assertThat(blank).singleElement().asString().contains("has no credit");
    for (String credit : INVISIBLE) {
      assertThat(errors(TestSite.of(dir, story(credit, "[reuters]")), dir)).as(credit).isEqualTo(blank);
    }
  }

  @Test
  void aSourceWhoseNameShowsNothingHasNoName() {
    for (String name : INVISIBLE) {
      TestSite site = TestSite.of(dir, story("Jane Doe/Agency", "[{name: \"" + name + "\", url: \"https://example.org/\"}]"));
      assertThat(errors(site, dir)).as(name).singleElement().asString().contains("content/stories/harbour.md:4", "this source has no name");

      site = TestSite.of(dir, story("Jane Doe/Agency", "[wire]") + """
          -- content/sources.yaml --
          wire: {name: "%s", url: "https://example.org/wire"}
          """.formatted(name));
      assertThat(errors(site, dir)).as(name).anySatisfy(e -> assertThat(e).contains("content/sources.yaml:1", "has no name"));
    }
  }

  @Test
  void anAuthorsPhotoCreditThatShowsNothingIsNoCredit() {
    for (String credit : INVISIBLE) {
      TestSite site = TestSite.of(dir, story("Jane Doe/Agency", "[reuters]").replace("sources: [reuters]", "sources: [reuters]\nauthors: [Ana Ruiz]") + """
          -- content/authors.yaml --
          Ana Ruiz:
            photo: {src: "https://images.example/ana.jpg", credit: "%s"}
          """.formatted(credit));
      assertThat(site.buildFails()).as(credit).extracting(Problem::message).containsExactly("the photo of 'Ana Ruiz' has no credit");
    }
  }

  /** Credits and names that show only a label, punctuation, a year or a placeholder were published as attribution. */
  static final List<String> NAMING_NO_ONE = List.of("Photo:", "Photo: ", "Illustration:", "File photo", "Photo by", "©", "…", "Photo: …",
      "Unknown", "TBC", "2021", "-", "?", "N/A", "Sources");

  @Test
  void aPhotoCreditThatNamesNoOneIsRefusedAndSaysSo() {
    for (String credit : NAMING_NO_ONE) {
      assertThat(errors(TestSite.of(dir, story(credit, "[reuters]")), dir)).as(credit).singleElement().asString()
          .contains("content/stories/harbour.md:8", "the credit '" + credit.strip() + "' of the story's image names no one", "write who");
    }
  }

  @Test
  void aSourceNamedWithAPlaceholderNamesNoOne() {
    for (String name : List.of("Unknown", "TBC", "-", "?", "N/A", "Source:", "Sources")) {
      TestSite site = TestSite.of(dir, story("Jane Doe/Agency", "[{name: \"" + name + "\", url: \"https://example.org/\"}]"));
      assertThat(errors(site, dir)).as(name).singleElement().asString().contains("content/stories/harbour.md:4", "names no one");
      site = TestSite.of(dir, story("Jane Doe/Agency", "[wire]") + """
          -- content/sources.yaml --
          wire:
            name: "%s"
          """.formatted(name));
      assertThat(errors(site, dir)).as(name).anySatisfy(e -> assertThat(e).contains("content/sources.yaml:1", "is named", "which names no one"));
    }
  }

  /** The same in an author's portrait, a source of sources.yaml written as its name alone, and a label that names a map. */
  @Test
  void aPortraitCreditOrASourceNameAloneThatNamesNoOneIsNone() {
    for (String credit : List.of("Photo:", "Unknown", "Map:")) {
      TestSite site = TestSite.of(dir, story("Jane Doe/Agency", "[reuters]").replace("sources: [reuters]", "sources: [reuters]\nauthors: [Ana Ruiz]") + """
          -- content/authors.yaml --
          Ana Ruiz:
            photo: {src: "https://images.example/ana.jpg", credit: "%s"}
          """.formatted(credit));
      assertThat(site.buildFails()).as(credit).extracting(Problem::message).containsExactly("the photo of 'Ana Ruiz' has no credit");
    }
    TestSite site = TestSite.of(dir, story("Jane Doe/Agency", "[wire]") + """
        -- content/sources.yaml --
        wire: "TBC"
        """);
    assertThat(errors(site, dir)).anySatisfy(e -> assertThat(e).contains("content/sources.yaml:1", "the source 'wire' is named 'TBC', which names no one"));
  }

  @Test
  void namesWithALabelOrOfAgenciesStayCredits() {
    for (String credit : List.of("Photo: Jane Doe/Agency", "Handout", "Courtesy of the Marrow Trust", "© Jane Doe", "AFP via Getty Images",
        "Photo by Jane Doe", "Illustration: The Briefing Desk")) {
      TestSite site = TestSite.of(dir, story(credit, "[reuters]")).build();
      assertThat(site.html("2021/10/18/the-harbour-reopens/index.html").select(".credit").text()).as(credit).contains(
          credit.replaceFirst("^(Photo: |Illustration: |Photo by )", ""));
    }
  }

  /** A file whose credit field only labels ("Photo: Agency X") and whose byline names the photographer. */
  @Test
  void aFilesLabelledCreditJoinsItsBylineWithoutTheLabel() {
    org.briefing.photo.PhotoInfo.Embedded embedded = new org.briefing.photo.PhotoInfo.Embedded("", "Photo: Agency X", "Mari Tamm", "", "");
    assertThat(embedded.bestCredit()).isEqualTo("Mari Tamm/Agency X");
    assertThat(new org.briefing.photo.PhotoInfo.Embedded("", "Unknown", "", "©", "").bestCredit()).isEmpty();
  }
}
