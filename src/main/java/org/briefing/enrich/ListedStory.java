package org.briefing.enrich;

import org.briefing.model.Placement;
import org.briefing.model.WaitingStory;

/**
 * One entry of an edition file's {@code stories:} list: a story's slug, or its address
 * ({@code /2021/10/18/markets-wrap/}), which tells apart two stories of one edition that share a
 * slug (a weekly edition's, or one brought in from another day by {@code edition:}).
 *
 * @param path the address from the site's root without its sub-path ("2021/10/18/markets-wrap/"), null for a slug
 */
record ListedStory(String slug, String path) {

  /** The entry as written, the site's sub-path ({@code basePath}, "/" or "/news/") allowed before an address. */
  static ListedStory of(String written, String basePath) {
    if (!written.contains("/")) {
      return new ListedStory(written, null);
    }
    String path = written.startsWith(basePath) ? written.substring(basePath.length()) : written.replaceFirst("^/+", "");
    return new ListedStory(null, path.endsWith("/") ? path : path + "/");
  }

  boolean names(Placement story) {
    return path == null ? story.slug().equals(slug) : story.path().equals(path);
  }

  boolean names(WaitingStory story) {
    return path == null ? story.slug().equals(slug) : story.path().equals(path);
  }

  /** How the edition file names it: "the slug 'x'", "the address '/2021/10/18/x/'". */
  String described(String basePath) {
    return path == null ? "the slug '" + slug + "'" : "the address '" + basePath + path + "'";
  }
}
