package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportSourcesLineTest {
  private static final String STORY = """
      Ferry fares to rise in spring

      The island ferry company will raise fares by a tenth from March, its owners said on Friday.

      Fares on the night crossing will stay the same until the summer timetable starts, the company said.

      """;

  @Test
  void slashesSeparateTheNamesOfASourcesLine() {
    assertThat(ImportedFile.importText(STORY + "Source: Reuters/AFP\n").sourceNames()).containsExactly("Reuters", "AFP");
    assertThat(ImportedFile.importText(STORY + "Sources: News Agencies / Al Jazeera\n").sourceNames())
        .containsExactly("News Agencies", "Al Jazeera");
  }

  @Test
  void anAgencyWrittenWithItsFullNameIsOneSource() {
    ImportedFile f = ImportedFile.importText(STORY + "Source: AFP – Agence France-Presse\n");

    assertThat(f.sourceNames()).containsExactly("AFP");
    assertThat(f.body()).doesNotContain("Source:");
  }

  @Test
  void aNameWithADashThatIsNoKnownAgencyStaysOneName() {
    assertThat(ImportedFile.importText(STORY + "Source: Harbour Board - Statistics Office\n").sourceNames())
        .containsExactly("Harbour Board - Statistics Office");
  }

  @Test
  void aSourcesSentenceThatNamesNoOrganisationStaysInTheBody() {
    ImportedFile f = ImportedFile.importText(STORY
        + "Sources: the ferry crews, two port officials and the company's accounts.\n\nTalks resume on Monday.\n");

    assertThat(f.list("sources")).isEmpty();
    assertThat(f.paragraphs()).contains("Sources: the ferry crews, two port officials and the company's accounts.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(java.util.List.of(7))
        && e.detail().contains("sources"));
  }

  @Test
  void copyThatNamesNoSourceSaysSoInTheReportAndHowToGiveOne() {
    ImportedFile f = ImportedFile.importText(STORY);
    assertThat(f.sourceNames()).isEmpty();
    assertThat(f.report()).filteredOn(e -> e.kind() == ReportEntry.Kind.NOTE).extracting(ReportEntry::detail)
        .anyMatch(d -> d.contains("no source") && d.contains("--source"));

    ImportedFile attributed = ImportedFile.importText(STORY + "Source: Reuters\n");
    assertThat(attributed.report()).extracting(ReportEntry::detail).noneMatch(d -> d.contains("no source"));
  }

  /** A sources line in capitals ("SOURCE: REUTERS AND AFP", Al Jazeera's trailer) names each organisation, as in mixed case. */
  @Test
  void anAndInCapitalsSeparatesTheNamesOfASourcesLineInCapitals() {
    assertThat(ImportedFile.importText(STORY + "SOURCE: REUTERS AND AFP\n").sourceNames()).containsExactly("Reuters", "AFP");
    ImportedFile f = ImportedFile.importText(STORY + "SOURCE: AL JAZEERA AND NEWS AGENCIES\n");
    assertThat(f.sourceNames()).containsExactly("Al Jazeera", "NEWS AGENCIES");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.detail().contains("names no agency"));
    // in mixed case "and" separates the names as before
    assertThat(ImportedFile.importText(STORY + "Source: Harbour Board and Statistics Office\n").sourceNames())
        .containsExactly("Harbour Board", "Statistics Office");
  }
}
