package org.briefing.importer;

import java.util.List;

/**
 * What the editor told the importer: the date to use (empty to take it from the input), sources
 * and topics to add, and the site's known sources.
 */
public record ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog) {

  public ImportOptions {
    date = date == null ? "" : date;
    sources = List.copyOf(sources);
    topics = List.copyOf(topics);
  }

  public ImportOptions withDate(String value) {
    return new ImportOptions(value, sources, topics, catalog);
  }

  public static ImportOptions none() {
    return new ImportOptions("", List.of(), List.of(), SourceCatalog.empty());
  }
}
