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
}
