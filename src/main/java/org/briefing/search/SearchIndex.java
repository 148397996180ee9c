package org.briefing.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.fingerprint.Fingerprint;

/**
 * The site's search index, split into files a browser fetches as a query needs them: a small
 * manifest, {@link Buckets#count} fragments that map the folded words of a three-character key to
 * their stems and each stem to its number of documents and its postings (document number and
 * weight level, {@link PostingsCodec}): all of them for a short list, the {@link #HEAD} best for a
 * long one, whose whole list is in the fragment's tail file; and two files per document, what a
 * result shows and its whole text for the phrase check. Every file is a JSON value made of maps (sorted), lists,
 * strings and numbers, for the renderer to write; docs/search.md describes the format.
 *
 * <p>The manifest and the fragments are laid out from the documents as {@link Analyser} left them
 * ({@link AnalysedDocument}), which a build keeps and reuses while a document is unchanged; a
 * document's own file is made from that document alone ({@link #documentFile}).
 */
public final class SearchIndex {
  public static final String MANIFEST = "manifest.json";
  private static final String DOCUMENTS = "d/";
  private static final String TEXTS = "t/";
  /** A postings list of at most this many documents is in its fragment whole; a longer one is in its tail file. */
  static final int INLINE = 24;
  /** How many best postings of a longer list its fragment holds: more than a page of results. */
  static final int HEAD = 16;
  /** About how many characters of a document's opening its result file holds for the excerpt. */
  static final int LEAD = 320;

  private SearchIndex() {}

  /** The paths of the files of an index of {@code documents} documents, known before it is built. */
  public static List<String> paths(int documents) {
    List<String> paths = new ArrayList<>();
    paths.add(MANIFEST);
    for (int i = 0; i < Buckets.count(documents); i++) {
      paths.add(fragment(i));
    }
    for (int i = 0; i < Buckets.count(documents); i++) {
      paths.add(tail(i));
    }
    for (int i = 0; i < documents; i++) {
      paths.add(document(i));
    }
    for (int i = 0; i < documents; i++) {
      paths.add(text(i));
    }
    return paths;
  }

  static String fragment(int bucket) {
    return "f/" + bucket + ".json";
  }

  /** The whole postings lists of the words of fragment {@code bucket} that has only their best postings. */
  static String tail(int bucket) {
    return "g/" + bucket + ".json";
  }

  static String document(int id) {
    return DOCUMENTS + id + ".json";
  }

  /** The whole text of a document, for the phrase check. */
  static String text(int id) {
    return TEXTS + id + ".json";
  }

  /**
   * The number of the document whose own file is at {@code path} (made from that document alone,
   * by {@link #ownFile}), or -1 for a file made from every document ({@link #build}).
   */
  public static int documentOf(String path) {
    String prefix = path.startsWith(DOCUMENTS) ? DOCUMENTS : path.startsWith(TEXTS) ? TEXTS : null;
    return prefix == null ? -1 : Integer.parseInt(path.substring(prefix.length(), path.length() - ".json".length()));
  }

  /** True for the path of a document's text file, which only phrase queries read. */
  public static boolean isText(String path) {
    return path.startsWith(TEXTS);
  }

  /** The file of document {@code d} at {@code path}, one of its own ({@link #documentOf} gives its number): its result file or its text. */
  public static Map<String, Object> ownFile(String path, SearchDocument d) {
    return isText(path) ? textFile(d) : documentFile(d);
  }

  /**
   * The files made from every document, by path in the order {@link #paths} lists them (the
   * manifest and the fragments; not the documents' own files), for {@code documents} numbered in
   * the order given.
   */
  public static Map<String, Map<String, Object>> build(List<AnalysedDocument> documents) {
    int count = Buckets.count(documents.size());
    Map<String, Postings> postings = new HashMap<>();
    Map<String, Set<String>> stemsOf = new HashMap<>();
    Map<String, List<Integer>> facetPostings = new TreeMap<>();
    Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>();
    SearchDocument.FACETS.forEach(f -> facetCounts.put(f, new TreeMap<>()));
    Set<String> languages = new TreeSet<>();
    Fingerprint version = new Fingerprint();
    for (int id = 0; id < documents.size(); id++) {
      AnalysedDocument d = documents.get(id);
      // a document's own file is in the version by the fingerprint of what it is made from
      version.add(document(id)).add(d.hidden()).add(d.source());
      if (d.hidden()) {
        continue;
      }
      languages.add(Words.primary(d.language()));
      for (String facet : SearchDocument.FACETS) {
        for (String name : d.facet(facet)) {
          List<Integer> ids = facetPostings.computeIfAbsent(facet + ":" + name, k -> new ArrayList<>());
          if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
            ids.add(id);
            facetCounts.get(facet).merge(name, 1, Integer::sum);
          }
        }
      }
      String[] stems = d.stems();
      int[] weights = d.weights();
      for (int i = 0; i < stems.length; i++) {
        postings.computeIfAbsent(stems[i], k -> new Postings()).add(id, weights[i]);
      }
      String[] forms = d.forms();
      int[] formStems = d.formStems();
      for (int i = 0; i < forms.length; i++) {
        stemsOf.computeIfAbsent(forms[i], s -> new TreeSet<>()).add(stems[formStems[i]]);
      }
    }

    List<Map<String, Object>> fragments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> fragment = new LinkedHashMap<>();
      fragment.put("w", new TreeMap<String, String>());
      fragment.put("p", new TreeMap<String, Object>());
      fragment.put("f", new TreeMap<String, List<Integer>>());
      fragments.add(fragment);
    }
    List<Map<String, Object>> tails = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tails.add(new TreeMap<>());
    }
    stemsOf.forEach((surface, stems) -> {
      int bucket = Buckets.of(Buckets.key(surface), count);
      Map<String, Object> fragment = fragments.get(bucket);
      words(fragment).put(surface, String.join(" ", stems));
      for (String stem : stems) {
        Postings list = postings.get(stem);
        stemPostings(fragment).computeIfAbsent(stem, s -> List.of(list.size, list.size <= INLINE ? list.text() : list.head()));
        if (list.size > INLINE) {
          tails.get(bucket).computeIfAbsent(stem, s -> list.text());
        }
      }
    });
    facetPostings.forEach((key, ids) -> facets(fragments.get(Buckets.of(key, count))).put(key, Postings.deltas(ids)));

    for (int i = 0; i < count; i++) {
      version.add(fragment(i)).add(fragments.get(i)).add(tail(i)).add(tails.get(i));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", Long.toHexString(version.value()));
    manifest.put("documents", documents.size());
    int stories = 0;
    for (int id = 0; id < documents.size(); id++) {
      stories = documents.get(id).date() != null ? id + 1 : stories;
    }
    // the stories come first, oldest first; the site's pages (no date) after them
    manifest.put("stories", stories);
    manifest.put("fragments", count);
    manifest.put("key", Buckets.KEY_LENGTH);
    manifest.put("languages", List.copyOf(languages));
    Set<String> stop = new TreeSet<>();
    Analyser analyser = new Analyser();
    languages.forEach(language -> stop.addAll(analyser.stopWords(language)));
    manifest.put("stop", List.copyOf(stop));
    Map<String, Object> facets = new LinkedHashMap<>();
    facetCounts.forEach((facet, names) -> facets.put(facet,
        names.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
    manifest.put("facets", facets);
    manifest.put("days", days(documents));

    Map<String, Map<String, Object>> files = new LinkedHashMap<>();
    files.put(MANIFEST, manifest);
    for (int i = 0; i < count; i++) {
      files.put(fragment(i), fragments.get(i));
    }
    for (int i = 0; i < count; i++) {
      files.put(tail(i), tails.get(i));
    }
    return files;
  }

  /**
   * The result file of document {@code d}: what a result shows (headline, address, date, language,
   * standfirst, the opening of the text for the excerpt: the editor's summary, else the first
   * paragraphs, cut at a word near {@link #LEAD} characters; the topics and places it names); an
   * empty one for a hidden document.
   */
  public static Map<String, Object> documentFile(SearchDocument d) {
    if (d.hidden()) {
      return Map.of();
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("t", d.title());
    file.put("u", d.href());
    file.put("d", d.date() == null ? "" : d.date().toString());
    file.put("l", d.language());
    file.put("s", d.standfirst());
    List<String> lead = new ArrayList<>();
    int left = LEAD;
    for (String paragraph : d.summary().isEmpty() ? d.body() : List.of(d.summary())) {
      if (left <= 0) {
        break;
      }
      lead.add(cut(paragraph, left));
      left -= paragraph.length();
    }
    file.put("x", lead);
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put("topic", d.facets().getOrDefault("topic", List.of()));
    facets.put("place", d.facets().getOrDefault("place", List.of()));
    file.put("f", facets);
    return file;
  }

  /**
   * The whole text of document {@code d}, fetched for a phrase query only: headline, standfirst,
   * summary and paragraphs; an empty one for a hidden document.
   */
  public static Map<String, Object> textFile(SearchDocument d) {
    if (d.hidden()) {
      return Map.of();
    }
    List<String> text = new ArrayList<>();
    text.add(d.title());
    text.add(d.standfirst());
    if (!d.summary().isEmpty()) {
      text.add(d.summary());
    }
    text.addAll(d.body());
    return Map.of("x", text);
  }

  /** {@code text} cut after the last whole word within {@code length} characters, with "…" when cut. */
  static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = text.lastIndexOf(' ', length);
    return text.substring(0, end > length / 2 ? end : length).stripTrailing() + "\u2026";
  }

  /**
   * Each day that has documents, oldest first, with the number of its first document: documents
   * are numbered oldest first, so a date range is a range of numbers.
   */
  private static List<Object> days(List<AnalysedDocument> documents) {
    List<Object> days = new ArrayList<>();
    LocalDate last = null;
    for (int id = 0; id < documents.size(); id++) {
      LocalDate date = documents.get(id).date();
      if (date != null && !date.equals(last)) {
        days.add(List.of(date.toString(), id));
        last = date;
      }
    }
    return days;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> words(Map<String, Object> fragment) {
    return (Map<String, String>) fragment.get("w");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stemPostings(Map<String, Object> fragment) {
    return (Map<String, Object>) fragment.get("p");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Integer>> facets(Map<String, Object> fragment) {
    return (Map<String, List<Integer>>) fragment.get("f");
  }

  /** The postings of a stem: document numbers rising, each with its weight's level ({@link PostingsCodec#level}). */
  private static final class Postings {
    private int[] ids = new int[8];
    private int[] levels = new int[8];
    private int size;

    void add(int id, int weight) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        levels = Arrays.copyOf(levels, size * 2);
      }
      ids[size] = id;
      levels[size++] = PostingsCodec.level(weight);
    }

    String text() {
      return PostingsCodec.encode(ids, levels, size);
    }

    /**
     * The {@link #HEAD} best postings (highest level, then newest): the first page of results of a
     * query of this word alone, which needs nothing else of the list.
     */
    String head() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> levels[a] != levels[b] ? levels[b] - levels[a] : ids[b] - ids[a]);
      int[] best = new int[HEAD];
      for (int i = 0; i < HEAD; i++) {
        best[i] = order[i];
      }
      Arrays.sort(best);
      int[] headIds = new int[HEAD];
      int[] headLevels = new int[HEAD];
      for (int i = 0; i < HEAD; i++) {
        headIds[i] = ids[best[i]];
        headLevels[i] = levels[best[i]];
      }
      return PostingsCodec.encode(headIds, headLevels, HEAD);
    }

    static List<Integer> deltas(List<Integer> ids) {
      List<Integer> list = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        list.add(ids.get(i) - (i == 0 ? 0 : ids.get(i - 1)));
      }
      return list;
    }
  }
}
