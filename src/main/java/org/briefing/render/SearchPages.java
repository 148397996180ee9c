package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.briefing.model.Article;
import org.briefing.model.Site;
import org.briefing.model.SitePage;
import org.briefing.model.Source;
import org.briefing.search.SearchDocument;
import org.briefing.search.SearchIndex;

/**
 * The search index's files as pages of the site ({@code search/…}), made from every story and page
 * once per build and shared by the pages. Documents are numbered oldest story first, then the
 * site's pages, so that a date range is a range of numbers and a new story changes no number.
 */
final class SearchPages {
  static final String DIR = "search/";

  private final Site site;
  private final ViewFactory views;
  private final org.briefing.model.StoryReads reads;
  private Map<String, Map<String, Object>> files;

  SearchPages(Site site, ViewFactory views, org.briefing.model.StoryReads reads) {
    this.site = site;
    this.views = views;
    this.reads = reads;
  }

  /** True for the files of the index, which every story's words reach: a rebuild after an edit makes them again. */
  static boolean isIndexFile(String path) {
    return path.startsWith(DIR) && path.endsWith(".json");
  }

  /** The paths of the index's files, from the number of stories and pages alone. */
  List<String> paths() {
    return SearchIndex.paths(site.articles().size() + site.pages().size()).stream().map(p -> DIR + p).toList();
  }

  /** The file at {@code path} as a JSON value, the whole index being built the first time one is asked for. */
  Supplier<Map<String, Object>> data(String path) {
    String inIndex = path.substring(DIR.length());
    return () -> Map.of("file", index().get(inIndex));
  }

  private synchronized Map<String, Map<String, Object>> index() {
    if (files == null) {
      // every page of the index reads every story: that is not noted page by page (the edit path makes
      // every file of the index again when a story changes, and writes those whose bytes changed)
      files = reads.recording(new ArrayList<>(), () -> SearchIndex.build(documents()));
    }
    return files;
  }

  private List<SearchDocument> documents() {
    List<Article> articles = site.articles();
    List<SearchDocument> documents = new ArrayList<>();
    for (int i = articles.size() - 1; i >= 0; i--) {
      Article a = articles.get(i);
      // a draft is in the site only in a preview with --drafts; its number stays, its words do not
      if (a.draft()) {
        documents.add(new SearchDocument("", "", "", "", List.of(), Map.of(), day(a), "", true));
        continue;
      }
      Map<String, List<String>> facets = new LinkedHashMap<>();
      facets.put("topic", a.topics());
      facets.put("place", a.places());
      facets.put("author", a.authors());
      facets.put("source", a.sources().stream().map(Source::name).distinct().toList());
      String summary = a.summary() == null || a.summary().source() == Article.SummarySource.AUTOMATIC ? "" : a.summary().text();
      documents.add(new SearchDocument(views.href(a.path()), a.title(), nonNull(a.standfirst()), nonNull(summary),
          a.body().paragraphs(), facets, day(a),
          a.language() == null || a.language().isEmpty() ? site.config().language() : a.language(), false));
    }
    for (SitePage p : site.pages()) {
      List<String> text = List.of(org.jsoup.Jsoup.parseBodyFragment(p.bodyHtml()).body().text());
      documents.add(new SearchDocument(views.href(p.path()), p.title(), nonNull(p.description()), "", text, Map.of(), null,
          site.config().language(), false));
    }
    return documents;
  }

  private java.time.LocalDate day(Article a) {
    return a.date().withZoneSameInstant(site.config().timeZone()).toLocalDate();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
