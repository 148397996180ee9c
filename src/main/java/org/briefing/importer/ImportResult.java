package org.briefing.importer;

import java.util.List;

/**
 * The outcome of importing one input. When {@code refusal} is not empty nothing could be imported
 * and the other fields are empty; otherwise {@code markdown} is the content file for {@code slug},
 * complete unless {@code hasDate} is false.
 */
public record ImportResult(String refusal, String slug, String markdown, boolean hasDate, List<ReportEntry> report) {

  public ImportResult {
    report = List.copyOf(report);
  }

  public boolean refused() {
    return !refusal.isEmpty();
  }

  static ImportResult refuse(String why) {
    return new ImportResult(why, "", "", false, List.of());
  }
}
