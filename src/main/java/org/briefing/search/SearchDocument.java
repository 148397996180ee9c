package org.briefing.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the index knows of one published story or page: its address, texts by field, the names
 * it is filed under by facet ("topic", "place", "author", "source"), its date (null for a page
 * with none) and language, and its sources by the names it cites them by (a document of an
 * organisation is filed under the organisation, and its own title is among these). A hidden
 * document (a draft shown by the preview) keeps its number in the index but none of its words or
 * fields.
 */
public record SearchDocument(String href, String title, String standfirst, String summary, List<String> body,
    Map<String, List<String>> facets, LocalDate date, String language, boolean hidden, List<String> sources) {

  /** The facets a document can be filtered by, in the order the search page shows them. */
  public static final List<String> FACETS = List.of("topic", "place", "author", "source");

  public SearchDocument {
    body = List.copyOf(body);
    facets = Map.copyOf(facets);
    sources = List.copyOf(sources);
  }

  /** A document that cites its sources by the names it is filed under. */
  public SearchDocument(String href, String title, String standfirst, String summary, List<String> body,
      Map<String, List<String>> facets, LocalDate date, String language, boolean hidden) {
    this(href, title, standfirst, summary, body, facets, date, language, hidden, facets.getOrDefault("source", List.of()));
  }
}
