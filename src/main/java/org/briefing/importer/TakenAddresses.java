package org.briefing.importer;

import java.util.Optional;

/**
 * The addresses the site has published, which an imported story must not take from the stories that have them: a new
 * story of the same day and headline would otherwise be published there, and the published one moved.
 */
@FunctionalInterface
public interface TakenAddresses {
  /** None taken: a dry run with no site, or a site never built. */
  TakenAddresses NONE = (date, slug) -> Optional.empty();

  /** A published address ({@code /2026/12/01/its-slug/}) and the site file that has it ({@code content/stories/x.md}). */
  record Taken(String address, String file) {}

  /**
   * The published story that has the address a story of {@code date} (as front matter writes it) and {@code slug} would
   * get; empty when it is free, or the story published there is the file this import writes for that slug.
   */
  Optional<Taken> owner(String date, String slug);
}
