package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportColumnsTest {

  @Test
  void twoSpacesAfterFullStopsAreSentenceBreaksNotColumns() {
    ImportedFile f = ImportedFile.importText("""
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March.  Its owners
        said the rise was the first in four years.  Season tickets will cost the same.

        Passengers' groups said they would ask the council to step in.  "This is
        too much at once," one of them said.  The council meets on Thursday.
        """);

    assertThat(f.body()).doesNotContain("```");
    assertThat(f.paragraphs()).contains("Passengers' groups said they would ask the council to step in. \"This is too much"
        + " at once,\" one of them said. The council meets on Thursday.");
  }

  @Test
  void linesWithoutBlankLinesTypedWithTwoSpacesAfterFullStopsKeepTheirHeadline() {
    ImportedFile f = ImportedFile.importText("Ferry fares to rise in spring\n"
        + "The island ferry company will raise fares by a tenth from March.  Its owners said so on Friday.\n"
        + "Passengers' groups said they would ask the council to step in.  The council meets on Thursday.\n"
        + "Season tickets will cost the same, the company said.\n");

    assertThat(f.text("title")).isEqualTo("Ferry fares to rise in spring");
    assertThat(f.body()).doesNotContain("```");
    assertThat(f.paragraphs()).containsSubsequence(
        "Passengers' groups said they would ask the council to step in. The council meets on Thursday.",
        "Season tickets will cost the same, the company said.");
  }

  @Test
  void columnsSeparatedByRunsOfSpacesStayAPreformattedBlock() {
    ImportedFile f = ImportedFile.importText("""
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March, its owners said on Friday.

        Route        Now   March
        North Cape   12.0  13.2
        Harbour Isle  8.5   9.4
        """);

    assertThat(f.body()).contains("```text\nRoute        Now   March\nNorth Cape   12.0  13.2\nHarbour Isle  8.5   9.4\n```");
  }

  /**
   * A table's note right under its rows says where its figures come from: it stays with them, and the organisation it
   * names is no source of the story. A wire's sources line naming agencies is the story's trailer all the same.
   */
  @Test
  void aSourcesLineRightUnderATableIsItsNoteUnlessItNamesAgencies() {
    String story = """
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March, its owners said on Friday.

        Route\tNow\tMarch
        North Cape\t12.0\t13.2
        Harbour Isle\t8.5\t9.4
        %s

        Season tickets will cost the same, the company said.
        """;
    ImportedFile note = ImportedFile.importText(story.formatted("Source: Harbour Board"));
    assertThat(note.body()).contains("```text\nRoute\tNow\tMarch\nNorth Cape\t12.0\t13.2\nHarbour Isle\t8.5\t9.4\nSource: Harbour Board\n```");
    assertThat(note.list("sources")).isEmpty();

    ImportedFile trailer = ImportedFile.importText(story.formatted("Source: Reuters"));
    assertThat(trailer.sourceNames()).containsExactly("Reuters");
    assertThat(trailer.body()).contains("Harbour Isle\t8.5\t9.4\n```").doesNotContain("Source:");
  }
}
