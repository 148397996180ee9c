package org.briefing.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What decides where a story stands in the site, and nothing else: its file and address, its
 * dates, topics, places, authors and other terms, sources, the edition it asks for, its photo file and its corrections. The indexers
 * (the enrich package's SiteIndexer) are given only these, so the order of the site, its
 * editions, topics, sources, months and related stories are a function of the stories'
 * placements, and so is the sitemap, which lists the shape's pages with their dates. Two builds
 * whose placements are equal have the same shape, and a rebuild after an edit that left every
 * placement as it was can keep the shape it stored ({@code docs/architecture.md}).
 *
 * @param slugChosen whether the editor wrote the slug, which decides which of two stories whose headlines make one
 *     address keeps it ({@link Addresses}); taking away a written slug equal to the headline's changes it while the
 *     slug stays as it was
 * @param terms the terms of the site's own groupings, by front-matter field
 * @param updated when the story was last updated, null when it never was
 * @param photoFile the local photo file the build publishes, null when there is none
 * @param photoOutput where that photo is published, null when there is none
 * @param photoFocus the point its social card is cropped around, which names the card's file; null when there is no photo
 * @param corrections the story's corrections, which put it on the corrections page
 * @param aliases the story's old addresses, each a redirect page of the site
 */
public record Placement(Path file, String slug, boolean slugChosen, String path, ZonedDateTime date, ZonedDateTime updated, List<String> topics,
    List<String> places, List<String> authors, Map<String, List<String>> terms, List<Source> sources, LocalDate edition,
    Path photoFile, String photoOutput, org.briefing.photo.Focus photoFocus, List<Correction> corrections,
    List<String> aliases) {

  /** The placement of {@code story}: the only place where a story's fields are picked for indexing. */
  public static Placement of(Article story) {
    Photo photo = story.image();
    return new Placement(story.file(), story.slug(), story.slugChosen(), story.path(), story.date(), story.updated(), story.topics(),
        story.places(), story.authors(), story.terms(), story.sources(), story.edition(), photo == null ? null : photo.file(),
        photo == null ? null : photo.outputPath(), photo == null ? null : photo.focus(),
        story.corrections(), story.aliases());
  }

  /** The story's terms in the front-matter field {@code field}: one of Briefing's own grouping fields or the site's. */
  public List<String> termsOf(String field) {
    return switch (field) {
      case "topics" -> topics;
      case "places" -> places;
      case "authors" -> authors;
      default -> terms.getOrDefault(field, List.of());
    };
  }

  /** When the story is out: its date, or the start of its edition's day when that is later ({@link Article#release}). */
  public java.time.Instant release(java.time.ZoneId zone) {
    return Article.release(date, edition, zone);
  }

  /** The later of the publication and update dates, which the sitemap gives for the story's pages. */
  public ZonedDateTime lastModified() {
    return updated != null && updated.isAfter(date) ? updated : date;
  }
}
