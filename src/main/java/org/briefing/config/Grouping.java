package org.briefing.config;

import java.util.List;
import org.briefing.problem.SourcePosition;

/**
 * One way of grouping stories by a front-matter field (topics, places, authors, or one the site
 * configures under {@code groups:} in briefing.yaml): each distinct value of the field is a term
 * with a page listing its stories and an Atom feed.
 *
 * @param name the grouping's name, also the name of its term file ({@code content/NAME.yaml})
 * @param field the front-matter field a story names its terms in
 * @param path the address of the grouping's index, below the site root, without slashes ("authors")
 * @param title the index page's title ("Authors")
 * @param label what one term is called, shown above its name ("Author")
 * @param pages whether the grouping has an index page and a page per term
 * @param feeds whether each term has an Atom feed
 * @param schema the schema.org type a term's page describes
 * @param writtenAt where briefing.yaml configures it; the start of the file for a default
 */
public record Grouping(String name, String field, String path, String title, String label, boolean pages, boolean feeds,
    Schema schema, SourcePosition writtenAt) {

  /**
   * The top-level addresses of the site's own pages and files, which no grouping may take (a
   * test builds a site and checks that every one it writes is here).
   */
  public static final java.util.Set<String> SITE_PATHS = java.util.Set.of("briefings", "sources", "archive", "corrections",
      "assets", "pages", "page", "search", "index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml",
      "news-sitemap.xml", "robots.txt");

  /** What a term is, for the structured data of its page. */
  public enum Schema {
    /** nothing said: a plain list of stories */
    NONE,
    /** a schema.org Person: an author */
    PERSON,
    /** a schema.org Place */
    PLACE
  }

  /** The front-matter fields Briefing reads for the groupings it has by default. */
  public static final List<String> STORY_FIELDS = List.of("topics", "places", "authors");

  /** Whether the stories' terms come from one of Briefing's own fields rather than a field of the site's. */
  public boolean readsOwnField() {
    return STORY_FIELDS.contains(field);
  }
}
