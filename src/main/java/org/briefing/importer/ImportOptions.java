package org.briefing.importer;

import java.util.List;

/**
 * What the editor told the importer: the date to use (empty to take it from the input), sources
 * and topics to add, the site's known sources, and the story's photo file (null when none is given).
 */
public record ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog, Photo photo) {

  /**
   * A photo file given with the story ({@code --photo}): the {@code image.src} the story is to name
   * and what the file says of itself (its credit and caption).
   */
  public record Photo(String src, org.briefing.photo.PhotoInfo.Embedded embedded) {}

  public ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog) {
    this(date, sources, topics, catalog, null);
  }

  public ImportOptions {
    date = date == null ? "" : date;
    sources = List.copyOf(sources);
    topics = List.copyOf(topics);
  }

  public ImportOptions withDate(String value) {
    return new ImportOptions(value, sources, topics, catalog, photo);
  }

  public static ImportOptions none() {
    return new ImportOptions("", List.of(), List.of(), SourceCatalog.empty());
  }
}
