package org.briefing.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.model.Article;
import org.briefing.model.Group;
import org.briefing.model.Placement;
import org.briefing.model.Site;
import org.briefing.model.SitePage;
import org.briefing.model.Source;
import org.briefing.search.AnalysedDocument;
import org.briefing.search.Analyses;
import org.briefing.search.IndexLists;
import org.briefing.search.SearchCode;
import org.briefing.search.SearchDocument;
import org.briefing.search.SearchIndex;

/**
 * The search index's files as pages of the site ({@code search/…}). Documents are numbered oldest
 * story first, then the site's pages, so that a date range is a range of numbers and a new story
 * changes no number.
 *
 * <p>A result file (of {@link SearchIndex#GROUP} documents of consecutive numbers) reads its
 * stories through the site's list, so each of those stories' pages include it and an edit makes
 * it again like any page of an edited story; rendering it analyses its documents too, so that the
 * analysis runs on every core with the other pages. The manifest and the
 * fragments are laid out from every document's analysis, taken from {@link Analyses} by a key that
 * fingerprints what it is made from (the story's fingerprint and the configuration): after an edit
 * only the edited stories are analysed again, and the other stories are not even read.
 */
final class SearchPages {
  static final String DIR = "search/";
  /** The code a document's analysis depends on: the search package's, and this class's, which makes the documents. */
  private static final long CODE = new Fingerprint().add(SearchCode.fingerprint()).add(SearchCode.classBytes(SearchPages.class)).value();

  private final Site site;
  private final ViewFactory views;
  private final StoryIndex stories;
  private final Analyses analyses;
  private final Instant now;
  /** What every document's analysis is made with besides the document: the configuration and the analysis's version. */
  private final long context;
  private final AtomicReferenceArray<AnalysedDocument> analysed;
  /** The front-matter fields whose terms are facets, by the facet each is. */
  private static final Map<String, String> FACET_FIELDS = Map.of("topics", "topic", "places", "place", "authors", "author");
  /** The groupings of those fields, by field. */
  private final Map<String, Group> groupsByField = new HashMap<>();
  private Map<String, Map<String, Object>> files;
  /** Whether the index was laid out from the lists a build kept. */
  private boolean kept;

  /**
   * @param now the build's moment: a story not out before it (dated later or given to a later
   *     edition, one a build {@code --future} shows) is kept out of the index, as drafts are
   */
  SearchPages(Site site, ViewFactory views, StoryIndex stories, Analyses analyses, Instant now) {
    this.site = site;
    this.views = views;
    this.stories = stories;
    this.analyses = analyses;
    this.now = now;
    Fingerprint context = new Fingerprint().add("search").add(CODE).add(site.config());
    for (Group g : site.groups()) {
      if (FACET_FIELDS.containsKey(g.grouping().field())) {
        // a story's facets are its terms by their declared names, which the term files give
        groupsByField.put(g.grouping().field(), g);
        context.add(g.grouping().field());
        g.declared().terms().forEach(t -> context.add(t.name()).add(t.aliases().size()).add(String.join("\u0000", t.aliases())));
      }
    }
    this.context = context.value();
    this.analysed = new AtomicReferenceArray<>(count());
  }

  /** True for the files of the index. */
  static boolean isIndexFile(String path) {
    return path.startsWith(DIR) && path.endsWith(".json");
  }

  /** True for the index's manifest. */
  static boolean isManifest(String path) {
    return path.equals(DIR + SearchIndex.MANIFEST);
  }

  /** True for the files of the index that every story's words reach (the others are result files, each of its own documents). */
  static boolean readsEveryStory(String path) {
    return isIndexFile(path) && SearchIndex.groupOf(path.substring(DIR.length())) < 0;
  }

  private int count() {
    return site.articles().size() + site.pages().size();
  }

  /** The paths of the index's files, from the number of stories and pages alone. */
  List<String> paths() {
    return SearchIndex.paths(count()).stream().map(p -> DIR + p).toList();
  }

  /**
   * The data of the file at {@code path}: its bytes, under {@link #BYTES}, which the renderer
   * writes as they are and whose fingerprint is the page's. A file of the index is JSON made of
   * maps, lists, texts and numbers, with nothing of the page templates: its bytes are made once,
   * here, rather than kept as a map to fingerprint, then copied into a page model and written.
   */
  Supplier<Map<String, Object>> data(String path) {
    String inIndex = path.substring(DIR.length());
    int group = SearchIndex.groupOf(inIndex);
    if (group >= 0) {
      return () -> {
        int[] range = SearchIndex.groupDocuments(group, count());
        List<SearchDocument> documents = new ArrayList<>(range[1] - range[0]);
        for (int id = range[0]; id < range[1]; id++) {
          SearchDocument document = document(id);
          // analysed once, with its result file
          analysedAt(id, () -> document);
          documents.add(document);
        }
        return bytes(SearchIndex.resultFile(documents));
      };
    }
    return () -> {
      Map<String, Object> file = take(inIndex);
      // a fragment an edit cannot have changed is not laid out: its file is the last build's
      return file == null ? null : bytes(file);
    };
  }

  /** The key of a file's bytes in its page's data. */
  static final String BYTES = "bytes";

  /** The page data of a file of the index: its bytes as written, JSON and a line end. */
  static Map<String, Object> bytes(Object file) {
    // a map of one entry whose order is fixed (a fingerprint sorts the keys of Map.of first)
    return java.util.Collections.singletonMap(BYTES, (Json.write(file) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The laid-out file at {@code path}, let go of as it is taken (each page's data is asked for
   * once): the fragments are the last pages rendered, and the layout of them all would otherwise
   * stay in memory until the last one is written.
   */
  private synchronized Map<String, Object> take(String path) {
    return index().remove(path);
  }

  private synchronized Map<String, Map<String, Object>> index() {
    if (files == null) {
      Map<Integer, AnalysedDocument> before = before();
      // every file made of all documents reads every story: that is not noted page by page (the
      // edit path makes these files again when a story changed, and writes those whose bytes changed)
      files = stories.reads().recording(new ArrayList<>(), () -> {
        Map<Integer, AnalysedDocument> after = null;
        IndexLists lists = null;
        if (before != null) {
          after = new HashMap<>();
          for (int id : before.keySet()) {
            after.put(id, analysedAt(id, () -> document(id)));
          }
          lists = keptLists();
        }
        if (lists == null) {
          analyses.askingForEvery();
          List<AnalysedDocument> all = new ArrayList<>(count());
          for (int id = 0; id < count(); id++) {
            int at = id;
            all.add(analysedAt(id, () -> document(at)));
          }
          lists = IndexLists.of(all);
        }
        Map<String, Map<String, Object>> laid = SearchIndex.layout(lists, before, after);
        analyses.laidOut(SearchIndex.fragmentsIn(laid), lists, before == null || !kept);
        return laid;
      });
    }
    return files;
  }

  /** More documents than this changed since the kept lists were gathered, and they are gathered again. */
  private static final int MOST_REPLACED = 256;

  /**
   * The lists a build gathered and kept ({@link Analyses#keptLists}), brought up to this build's
   * documents: each document whose analysis is not the one the lists hold (the edited ones, and
   * those of the edits since the lists were kept) is taken out as the lists hold it and put in as
   * it is now, so that the lists are those a gathering of every document would give. Null when
   * none were kept, or they are of another number of documents, or too many changed since, or
   * an analysis they hold is no longer kept.
   */
  private IndexLists keptLists() {
    IndexLists lists = analyses.keptLists();
    if (lists == null || lists.size() != count()) {
      return null;
    }
    Map<Integer, AnalysedDocument> held = new HashMap<>();
    Map<Integer, AnalysedDocument> now = new HashMap<>();
    for (int id = 0; id < count(); id++) {
      if (!holdsNow(lists, id)) {
        AnalysedDocument was = lists.heldAt(id, analyses::earlier);
        if (was == null || held.size() == MOST_REPLACED) {
          return null;
        }
        int at = id;
        held.put(id, was);
        now.put(id, analysedAt(id, () -> document(at)));
      }
    }
    if (!lists.replace(held, now)) {
      return null;
    }
    kept = true;
    return lists;
  }

  /** Whether {@code lists} hold at {@code id} the analysis this build has there, told by its key alone (or a hidden one's day). */
  private boolean holdsNow(IndexLists lists, int id) {
    AnalysedFrom from = analysedFrom(id, () -> document(id));
    return from.hidden() ? lists.holdsHidden(id, from.day()) : lists.holds(id, from.key());
  }

  /**
   * What document {@code id}'s analysis is made from, for the build's analysis and the kept lists'
   * check alike: a story not yet due, or a draft page, is hidden on its day; any other document is
   * analysed under a key, its story's fingerprint with the configuration, or, for a site's page
   * (and a story with no fingerprint), the fingerprint of the document itself, read to make it.
   */
  private record AnalysedFrom(boolean hidden, LocalDate day, long key, Supplier<SearchDocument> document) {
    static AnalysedFrom hiddenOn(LocalDate day) {
      return new AnalysedFrom(true, day, 0, null);
    }

    static AnalysedFrom key(long key, Supplier<SearchDocument> document) {
      return new AnalysedFrom(false, null, key, document);
    }
  }

  private AnalysedFrom analysedFrom(int id, Supplier<SearchDocument> document) {
    int stories = site.articles().size();
    if (id < stories) {
      Placement placement = this.stories.shape().stories().get(stories - 1 - id);
      if (notYetDue(placement)) {
        return AnalysedFrom.hiddenOn(day(placement.date()));
      }
      Long storyKey = this.stories.keyAt().apply(stories - 1 - id);
      if (storyKey != null) {
        return AnalysedFrom.key(new Fingerprint().add(context).add(storyKey).value(), document);
      }
    }
    SearchDocument d = document.get();
    return d.hidden() ? AnalysedFrom.hiddenOn(d.date()) : AnalysedFrom.key(new Fingerprint().add(context).add(d).value(), () -> d);
  }

  /**
   * The analyses of the stories an edit changed as the last build made them, by document number,
   * from which the fragments the edit changed are told; null (all of them are laid out) for a
   * build that is no edit, or when an analysis of the last build is missing.
   */
  private Map<Integer, AnalysedDocument> before() {
    Map<Integer, Long> edited = analyses.edited();
    if (edited == null) {
      return null;
    }
    int stories = site.articles().size();
    Map<Integer, AnalysedDocument> before = new HashMap<>();
    for (Map.Entry<Integer, Long> e : edited.entrySet()) {
      int id = stories - 1 - e.getKey();
      Placement placement = this.stories.shape().stories().get(e.getKey());
      AnalysedDocument old = notYetDue(placement) ? AnalysedDocument.hidden(day(placement.date()))
          : analyses.earlier(new Fingerprint().add(context).add(e.getValue()).value());
      if (old == null) {
        return null;
      }
      before.put(id, old);
    }
    return before;
  }

  /** The analysis of document {@code id}, from the build's analyses; {@code document} is asked for only when needed. */
  private AnalysedDocument analysedAt(int id, Supplier<SearchDocument> document) {
    AnalysedDocument done = analysed.get(id);
    if (done != null) {
      return done;
    }
    AnalysedFrom from = analysedFrom(id, document);
    done = from.hidden() ? AnalysedDocument.hidden(from.day()) : analyses.of(from.key(), from.document());
    analysed.compareAndSet(id, null, done);
    return analysed.get(id);
  }

  /**
   * Whether the story is not out yet at the build's moment (dated later, or given to the edition of
   * a day still to come), as the build decides what it publishes; only a build with --future shows it.
   */
  private boolean notYetDue(Placement placement) {
    return placement.release(site.config().timeZone()).isAfter(now);
  }

  /** Document {@code id} as the index sees it, read from its story or page. */
  private SearchDocument document(int id) {
    List<Article> articles = site.articles();
    if (id >= articles.size()) {
      SitePage p = site.pages().get(id - articles.size());
      if (p.draft()) {
        return new SearchDocument("", "", "", "", List.of(), Map.of(), null, "", true);
      }
      List<String> text = List.of(org.briefing.markdown.HiddenHtml.shownText(p.bodyHtml())); // what the page shows
      return new SearchDocument(views.href(p.path()), p.title(), nonNull(p.description()), "", text, Map.of(), null,
          site.config().language(), false);
    }
    Article a = articles.get(articles.size() - 1 - id);
    // a draft is in the site only in a preview with --drafts, a story not yet due only in a build
    // with --future; the number stays, the words do not
    if (a.draft() || a.release(site.config().timeZone()).isAfter(now)) {
      return new SearchDocument("", "", "", "", List.of(), Map.of(), day(a.date()), "", true);
    }
    Map<String, List<String>> facets = new LinkedHashMap<>();
    facets.put("topic", named("topics", a.topics()));
    facets.put("place", named("places", a.places()));
    facets.put("author", named("authors", a.authors()));
    // filed as the sources index lists them: a document under its organisation, else under its
    // own title; a credit to agencies that names none is no filter
    facets.put("source", a.sources().stream().filter(s -> !s.isUnnamedAgency())
        .map(s -> s.hasOrganisation() ? s.publisherName() : s.name()).distinct().toList());
    String summary = a.summary() == null || a.summary().source() == Article.SummarySource.AUTOMATIC ? "" : a.summary().text();
    return new SearchDocument(views.href(a.path()), a.title(), nonNull(a.standfirst()), nonNull(summary),
        text(a.body()), facets, day(a.date()),
        a.language() == null || a.language().isEmpty() ? site.config().language() : a.language(), false,
        a.sources().stream().map(Source::name).distinct().toList());
  }

  /** A story's text for the index: its prose paragraphs (the excerpt's opening), then its headings, quotations, table cells and footnotes. */
  private static List<String> text(org.briefing.model.Body body) {
    List<String> asides = body.asides();
    List<String> all = new ArrayList<>(body.paragraphs());
    all.removeIf(String::isEmpty); // the marks captions leave between paragraphs
    if (asides.isEmpty()) {
      return all;
    }
    all.addAll(asides);
    return all;
  }

  /**
   * A story's {@code spellings} of the terms of {@code field} by the names their pages show when
   * a term file declares them (an alias, or a spelling that differs only in case or accents, is
   * the declared name); each term once.
   */
  private List<String> named(String field, List<String> spellings) {
    Group g = groupsByField.get(field);
    if (g == null) {
      return spellings;
    }
    return spellings.stream().map(g.declared()::nameOf).distinct().toList();
  }

  private LocalDate day(java.time.ZonedDateTime date) {
    return date.withZoneSameInstant(site.config().timeZone()).toLocalDate();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
