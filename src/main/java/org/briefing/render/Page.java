package org.briefing.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One output file to render: its path, its template and the data particular to it. Its
 * fingerprint is taken of exactly that data, as the template receives it (story views by what
 * they are made from, {@link StoryViews}), so that whatever a template reads is covered.
 * {@code copies} are more paths that get the same bytes: the page is rendered once for all.
 * {@link SitePages} lists every page of a site; {@link SiteRenderer} renders them.
 */
record Page(String path, String template, String kind, Supplier<Map<String, Object>> data, List<String> copies) {
  /** The page data's JSON-LD, for its page view, when the page has some. */
  static final String JSON_LD = "jsonLd";
  /** The kind of a file of the search index made from every story (the manifest, fragments, tails). */
  static final String SEARCH_INDEX = "search-index";
  /** The kind of a result file of the search index, made from its own stories. */
  static final String SEARCH_DOCUMENT = "search-document";

  Page(String path, String template, String kind, Supplier<Map<String, Object>> data) {
    this(path, template, kind, data, List.of());
  }

  boolean at(Set<String> paths) {
    return paths.contains(path) || copies.stream().anyMatch(paths::contains);
  }
}
