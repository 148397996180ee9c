package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed report: what the importer left out can always be read back from it, whole. */
class ReportPrinterTest {
  @Test
  void aLongPassageLeftOutIsPrintedWholeLineByLine() {
    String notes = "1. The ferry company carried 412,000 passengers between the two islands last year, a fifth more than the year before.\n"
        + "2. Spokespeople for the port authority are available for interview on request; call the press office before noon.";
    String printed = ReportPrinter.format(List.of(ReportEntry.dropped(List.of(14, 15), notes, "the press release's notes to editors")));

    assertThat(printed).contains("dropped   lines 14-15: the press release's notes to editors:\n")
        .contains("| 1. The ferry company carried 412,000 passengers between the two islands last year, a fifth more than the year before.\n")
        .contains("| 2. Spokespeople for the port authority are available for interview on request; call the press office before noon.")
        .doesNotContain("...");
  }

  @Test
  void aShortLineLeftOutStaysOnItsEntrysLine() {
    String printed = ReportPrinter.format(List.of(ReportEntry.dropped(List.of(3), "EMBARGOED UNTIL 0001 GMT OCT 19", "an embargo")));
    assertThat(printed).isEqualTo("  dropped   line 3: an embargo: \"EMBARGOED UNTIL 0001 GMT OCT 19\"\n");
  }

  /** Past the cap on entries, the others are counted, but nothing left out is ever hidden. */
  @Test
  void everyLineLeftOutIsPrintedEvenPastTheCapOnEntries() {
    List<ReportEntry> report = new ArrayList<>();
    for (int i = 1; i <= 250; i++) {
      report.add(ReportEntry.note("note " + i));
    }
    report.add(ReportEntry.dropped(List.of(900), "Contact: press office, +44 20 7946 0000", "contact line"));
    String printed = ReportPrinter.format(report);

    assertThat(printed).contains("note 200\n").doesNotContain("note 201\n").contains("... and 50 more entries")
        .contains("line 900: contact line: \"Contact: press office, +44 20 7946 0000\"");
  }
}
