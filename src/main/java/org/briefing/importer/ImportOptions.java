package org.briefing.importer;

import java.util.List;

/**
 * What the editor told the importer: the date to use (empty to take it from the input), sources
 * and topics to add, the site's known sources, the story's photo file (null when none is given),
 * the addresses the site has published, which an imported story does not take, the site's time
 * zone, in which a build reads a date without an offset, and the site's address (base_url), whose
 * links a build checks against what it publishes (both null when there is no site to ask).
 */
public record ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog, Photo photo,
    TakenAddresses taken, java.time.ZoneId zone, java.net.URI site) {

  /**
   * A photo file given with the story ({@code --photo}): the {@code image.src} the story is to name
   * and what the file says of itself (its credit and caption).
   */
  public record Photo(String src, org.briefing.photo.PhotoInfo.Embedded embedded) {}

  public ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog) {
    this(date, sources, topics, catalog, null);
  }

  public ImportOptions(String date, List<String> sources, List<String> topics, SourceCatalog catalog, Photo photo) {
    this(date, sources, topics, catalog, photo, TakenAddresses.NONE, null, null);
  }

  public ImportOptions {
    date = date == null ? "" : date;
    sources = List.copyOf(sources);
    topics = List.copyOf(topics);
    taken = taken == null ? TakenAddresses.NONE : taken;
  }

  public ImportOptions withDate(String value) {
    return new ImportOptions(value, sources, topics, catalog, photo, taken, zone, site);
  }

  public ImportOptions withTaken(TakenAddresses addresses) {
    return new ImportOptions(date, sources, topics, catalog, photo, addresses, zone, site);
  }

  public ImportOptions withZone(java.time.ZoneId siteZone) {
    return new ImportOptions(date, sources, topics, catalog, photo, taken, siteZone, site);
  }

  public ImportOptions withSite(java.net.URI baseUrl) {
    return new ImportOptions(date, sources, topics, catalog, photo, taken, zone, baseUrl);
  }

  public static ImportOptions none() {
    return new ImportOptions("", List.of(), List.of(), SourceCatalog.empty());
  }
}
