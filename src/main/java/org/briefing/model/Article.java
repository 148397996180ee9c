package org.briefing.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One story, typed and validated. {@code path} is its page's location below the site root,
 * such as {@code 2021/10/18/russia-suspends-mission/}. Fields ending in {@code Html}, and the
 * body's HTML, were made by the Markdown renderer; every other text field is plain text.
 *
 * @param slugChosen whether the editor wrote the slug in the front matter, rather than it being made from the headline:
 *     of two stories whose headlines make one address, the one with a chosen slug keeps it ({@link Addresses})
 * @param terms the story's terms in the fields of the site's own groupings ({@code series:}), by field, in the site's order
 * @param links the links and images of its Markdown (text, brief) and the urls of its sources and go_deeper links that may
 *     lead to the site's own addresses or to this computer, at their lines of its file, which must lead to something the
 *     site publishes and not to this computer (pipeline's OwnLinks)
 */
public record Article(
    Path file,
    String slug,
    boolean slugChosen,
    String path,
    String title,
    ZonedDateTime date,
    ZonedDateTime updated,
    String standfirst,
    Summary summary,
    List<String> topics,
    List<String> places,
    List<String> authors,
    Map<String, List<String>> terms,
    List<Source> sources,
    Photo image,
    boolean draft,
    LocalDate edition,
    String whyItMattersHtml,
    List<String> keyPointsHtml,
    String whatsNextHtml,
    List<Link> goDeeper,
    List<Correction> corrections,
    List<String> aliases,
    String language,
    Map<String, Object> extra,
    Body body,
    int words,
    List<org.briefing.markdown.WrittenLink> links) {

  /** Where a summary came from. */
  public enum SummarySource {
    EDITOR,
    MORE_MARKER,
    AUTOMATIC
  }

  /** A story's summary in plain text, who wrote it, and its best single sentence. */
  public record Summary(String text, SummarySource source, String inBrief) {}

  public Article withSummary(Summary newSummary) {
    return new Article(file, slug, slugChosen, path, title, date, updated, standfirst, newSummary, topics, places, authors,
        terms, sources, image, draft, edition, whyItMattersHtml, keyPointsHtml, whatsNextHtml, goDeeper, corrections, aliases, language, extra,
        body, words, links);
  }

  public Article withBody(Body newBody) {
    return new Article(file, slug, slugChosen, path, title, date, updated, standfirst, summary, topics, places, authors,
        terms, sources, image, draft, edition, whyItMattersHtml, keyPointsHtml, whatsNextHtml, goDeeper, corrections, aliases, language, extra,
        newBody, words, links);
  }

  public Article withKeyPoints(List<String> points) {
    return new Article(file, slug, slugChosen, path, title, date, updated, standfirst, summary, topics, places, authors,
        terms, sources, image, draft, edition, whyItMattersHtml, points, whatsNextHtml, goDeeper, corrections, aliases, language, extra,
        body, words, links);
  }

  /** This story published at another address: {@code newSlug} in the same date folder, at {@code newPath}. */
  public Article withAddress(String newSlug, String newPath) {
    return new Article(file, newSlug, slugChosen, newPath, title, date, updated, standfirst, summary, topics, places, authors,
        terms, sources, image, draft, edition, whyItMattersHtml, keyPointsHtml, whatsNextHtml, goDeeper, corrections, aliases, language, extra,
        body, words, links);
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

  /**
   * When the story is out: its date, or the start of the day of the edition it is given to (in
   * the site's time zone {@code zone}) when that is later, since an edition is published on its
   * day and a story given to tomorrow's edition waits for it.
   */
  public java.time.Instant release(java.time.ZoneId zone) {
    return release(date, edition, zone);
  }

  /** When a story of {@code date} given to {@code edition} (null: its own day's) is out; see {@link #release(java.time.ZoneId)}. */
  public static java.time.Instant release(ZonedDateTime date, LocalDate edition, java.time.ZoneId zone) {
    java.time.Instant at = date.toInstant();
    java.time.Instant opens = edition == null ? at : edition.atStartOfDay(zone).toInstant();
    return opens.isAfter(at) ? opens : at;
  }

  /**
   * The latest moment the story names: its release, its update or last correction, the start of
   * the day a source was read. A build for an earlier moment makes another story of the same file
   * (left out, or an error), so a story kept from a later build is read again for it.
   */
  public java.time.Instant latestMoment(java.time.ZoneId zone) {
    java.time.Instant latest = release(zone);
    if (lastModified().toInstant().isAfter(latest)) {
      latest = lastModified().toInstant();
    }
    for (Source source : sources) {
      if (!source.accessed().isEmpty() && Source.accessedFrom(source.accessed()).isAfter(latest)) {
        latest = Source.accessedFrom(source.accessed());
      }
    }
    return latest;
  }

  /** The later of the publication and update dates. */
  public ZonedDateTime lastModified() {
    return updated != null && updated.isAfter(date) ? updated : date;
  }
}
