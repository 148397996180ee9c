package org.briefing.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A source a story cites: an organisation cited as a whole, a document, or an unnamed agency
 * ("News Agencies"), with an optional link and the date it was consulted. {@code publisherSlug}
 * and {@code publisherName} name the organisation it belongs to, the one the sources index files
 * it under; both are empty when no organisation is named (a document on its own, an unnamed agency).
 */
public record Source(String slug, String name, String url, String type, String accessed, String publisherSlug,
    String publisherName) {
  /** Credits that say the copy came from agencies without saying which: "News Agencies", "Wires", "With agency reports". */
  private static final Pattern UNNAMED_AGENCY = Pattern.compile(
      "(?:(?:with|from)\\s+)?(?:(?:news|wire|press)\\s+)?(?:agenc(?:y|ies)|wires?|wire\\s+services?)(?:\\s+reports?)?"
          + "(?:\\s*(?:and|&)\\s*(?:staff|our\\s+correspondents?))?");

  public Source {
    url = url == null ? "" : url;
    type = type == null ? "" : type;
    accessed = accessed == null ? "" : accessed;
    publisherSlug = publisherSlug == null ? "" : publisherSlug;
    publisherName = publisherName == null ? "" : publisherName;
  }

  /**
   * When the day {@code accessed} (YYYY-MM-DD) begins in the first place on Earth to reach it
   * (UTC+14:00): before then no one anywhere can have read a source on that day.
   */
  public static java.time.Instant accessedFrom(String accessed) {
    return java.time.LocalDate.parse(accessed).atStartOfDay(java.time.ZoneOffset.ofHours(14)).toInstant();
  }

  /** An organisation cited as a whole. */
  public static Source organisation(String name, String url, String type) {
    String slug = Slugs.ofName(name);
    return new Source(slug, name, url, type, "", slug, name);
  }

  /** Whether the sources index files this source under an organisation, which has a page. */
  public boolean hasOrganisation() {
    return !publisherSlug.isEmpty();
  }

  /** An organisation cited as a whole, as opposed to one of its documents. */
  public boolean isOrganisation() {
    return hasOrganisation() && slug.equals(publisherSlug);
  }

  /** A credit to agencies that names none ("News Agencies"): it has no organisation and no page. */
  public boolean isUnnamedAgency() {
    return !hasOrganisation() && isUnnamedAgency(name);
  }

  /** Whether {@code name} credits agencies without naming one, ignoring case and a final full stop. */
  public static boolean isUnnamedAgency(String name) {
    String text = name.strip().replaceAll("[.;:]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return UNNAMED_AGENCY.matcher(text).matches();
  }
}
