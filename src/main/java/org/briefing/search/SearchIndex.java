package org.briefing.search;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * their stems and each stem to its postings (document number and weight), and one file per
 * document with what a result shows. Every file is a JSON value made of maps (sorted), lists,
 * strings and numbers, for the renderer to write; docs/search.md describes the format.
 *
 * <p>A posting's weight depends on its own document only (a BM25 term weight with a fixed length
 * pivot instead of the site's average, and no idf): an edit changes the fragments of the words
 * that story gains or loses, and no other. The browser works out idf from the length of a
 * postings list and the number of documents.
 */
public final class SearchIndex {
  public static final String MANIFEST = "manifest.json";
  /** Weights of the fields: a word of the headline counts as five of the body. */
  static final int HEADLINE = 5;
  static final int STANDFIRST = 3;
  static final int SUMMARY = 2;
  static final int FACET = 2;
  static final int BODY = 1;
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  /** The length a story's word count is compared with: about a news story's, fixed so that no edit moves every weight. */
  private static final double PIVOT = 400;

  private SearchIndex() {}

  /** The paths of the files of an index of {@code documents} documents, known before it is built. */
  public static List<String> paths(int documents) {
    List<String> paths = new ArrayList<>();
    paths.add(MANIFEST);
    for (int i = 0; i < Buckets.count(documents); i++) {
      paths.add(fragment(i));
    }
    for (int i = 0; i < documents; i++) {
      paths.add(document(i));
    }
    return paths;
  }

  static String fragment(int bucket) {
    return "f/" + bucket + ".json";
  }

  static String document(int id) {
    return "d/" + id + ".json";
  }

  /** The files of the index of {@code documents}, numbered in the order given, by path as {@link #paths} lists them. */
  public static Map<String, Map<String, Object>> build(List<SearchDocument> documents) {
    int count = Buckets.count(documents.size());
    Words words = new Words();
    Map<String, Postings> postings = new TreeMap<>();
    Map<String, Set<String>> stemsOf = new TreeMap<>();
    Map<String, List<Integer>> facetPostings = new TreeMap<>();
    Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>();
    SearchDocument.FACETS.forEach(f -> facetCounts.put(f, new TreeMap<>()));
    Set<String> languages = new TreeSet<>();
    Map<String, Object> files = new LinkedHashMap<>();
    for (int id = 0; id < documents.size(); id++) {
      SearchDocument d = documents.get(id);
      files.put(document(id), d.hidden() ? Map.of() : documentFile(d));
      if (d.hidden()) {
        continue;
      }
      languages.add(Words.primary(d.language()));
      Map<String, Integer> weighted = new TreeMap<>();
      int length = 0;
      length += add(words, d.title(), d.language(), HEADLINE, weighted, stemsOf);
      length += add(words, d.standfirst(), d.language(), STANDFIRST, weighted, stemsOf);
      length += add(words, d.summary(), d.language(), SUMMARY, weighted, stemsOf);
      for (String facet : SearchDocument.FACETS) {
        for (String name : d.facets().getOrDefault(facet, List.of())) {
          length += add(words, name, d.language(), FACET, weighted, stemsOf);
          List<Integer> ids = facetPostings.computeIfAbsent(facet + ":" + name, k -> new ArrayList<>());
          if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
            ids.add(id);
            facetCounts.get(facet).merge(name, 1, Integer::sum);
          }
        }
      }
      for (String paragraph : d.body()) {
        length += add(words, paragraph, d.language(), BODY, weighted, stemsOf);
      }
      double norm = K1 * (1 - B + B * lengthStep(length) / PIVOT);
      for (Map.Entry<String, Integer> e : weighted.entrySet()) {
        int tf = e.getValue();
        int weight = (int) Math.max(1, Math.round(100 * (K1 + 1) * tf / (tf + norm)));
        postings.computeIfAbsent(e.getKey(), k -> new Postings()).add(id, weight);
      }
    }

    List<Map<String, Object>> fragments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> fragment = new LinkedHashMap<>();
      fragment.put("w", new TreeMap<String, String>());
      fragment.put("p", new TreeMap<String, List<Integer>>());
      fragment.put("f", new TreeMap<String, List<Integer>>());
      fragments.add(fragment);
    }
    stemsOf.forEach((surface, stems) -> {
      Map<String, Object> fragment = fragments.get(Buckets.of(Buckets.key(surface), count));
      words(fragment).put(surface, String.join(" ", stems));
      for (String stem : stems) {
        stemPostings(fragment).put(stem, postings.get(stem).list());
      }
    });
    facetPostings.forEach((key, ids) -> facets(fragments.get(Buckets.of(key, count))).put(key, Postings.deltas(ids)));

    Fingerprint version = new Fingerprint();
    for (int i = 0; i < count; i++) {
      files.put(fragment(i), fragments.get(i));
    }
    files.forEach((path, file) -> version.add(path).add(file));
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
    languages.forEach(language -> stop.addAll(words.stopWords(language)));
    manifest.put("stop", List.copyOf(stop));
    Map<String, Object> facets = new LinkedHashMap<>();
    facetCounts.forEach((facet, names) -> facets.put(facet,
        names.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
    manifest.put("facets", facets);
    manifest.put("days", days(documents));

    Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
    ordered.put(MANIFEST, manifest);
    for (String path : paths(documents.size())) {
      if (!path.equals(MANIFEST)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) files.get(path);
        ordered.put(path, file);
      }
    }
    return ordered;
  }

  /**
   * A document's length rounded to a step of 10 %: a word more or less in an edit seldom moves it,
   * so the edit rewrites the fragments of the words it changed and not those of every word of the story.
   */
  static double lengthStep(int length) {
    return length < 1 ? 1 : Math.pow(1.1, Math.round(Math.log(length) / Math.log(1.1)));
  }

  /** Adds the words of {@code text} at {@code weight} and returns how many there are. */
  private static int add(Words words, String text, String language, int weight, Map<String, Integer> weighted,
      Map<String, Set<String>> stemsOf) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    List<Words.Word> found = words.of(text, language);
    for (Words.Word w : found) {
      if (!w.stem().isEmpty()) {
        weighted.merge(w.stem(), weight, Integer::sum);
        stemsOf.computeIfAbsent(w.surface(), s -> new TreeSet<>()).add(w.stem());
      }
    }
    return found.size();
  }

  /** What a result shows: headline, address, date, language, standfirst, text for the excerpt and the facets. */
  private static Map<String, Object> documentFile(SearchDocument d) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("t", d.title());
    file.put("u", d.href());
    file.put("d", d.date() == null ? "" : d.date().toString());
    file.put("l", d.language());
    file.put("s", d.standfirst());
    List<String> text = new ArrayList<>();
    if (!d.summary().isEmpty()) {
      text.add(d.summary());
    }
    text.addAll(d.body());
    file.put("x", text);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (String facet : SearchDocument.FACETS) {
      facets.put(facet, d.facets().getOrDefault(facet, List.of()));
    }
    file.put("f", facets);
    return file;
  }

  /**
   * Each day that has documents, oldest first, with the number of its first document: documents
   * are numbered oldest first, so a date range is a range of numbers.
   */
  private static List<Object> days(List<SearchDocument> documents) {
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
  private static Map<String, List<Integer>> stemPostings(Map<String, Object> fragment) {
    return (Map<String, List<Integer>>) fragment.get("p");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Integer>> facets(Map<String, Object> fragment) {
    return (Map<String, List<Integer>>) fragment.get("f");
  }

  /** The postings of a stem: document numbers rising, each with its weight. */
  private static final class Postings {
    private final List<Integer> ids = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();

    void add(int id, int weight) {
      ids.add(id);
      weights.add(weight);
    }

    /** [gap, weight, gap, weight, ...]: each number the gap from the one before (the first from 0). */
    List<Integer> list() {
      List<Integer> list = new ArrayList<>(ids.size() * 2);
      for (int i = 0; i < ids.size(); i++) {
        list.add(ids.get(i) - (i == 0 ? 0 : ids.get(i - 1)));
        list.add(weights.get(i));
      }
      return list;
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
