package org.briefing.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site's search index, split into files a browser fetches as a query needs them: a small
 * manifest, {@link Buckets#count} fragments that map the folded words of a three-character key to
 * their stems and each stem to its number of documents and its postings (document number and
 * weight level, {@link PostingsCodec}): all of them for a short list, the {@link #HEAD} best for a
 * long one; the fragment's tail file, the same words and stems with every list whole, which a
 * query that needs whole lists fetches instead of the fragment; and a result file per
 * {@link #GROUP} documents, what a result shows. The whole texts a phrase query checks are the documents' own published pages,
 * which the index does not copy. Every file is a JSON value made of maps (sorted), lists,
 * strings and numbers, for the renderer to write; docs/search.md describes the format.
 *
 * <p>The manifest and the fragments are laid out from the documents as {@link Analyser} left them
 * ({@link AnalysedDocument}), which a build keeps and reuses while a document is unchanged; a
 * result file is made from its own documents alone ({@link #resultFile(List)}).
 */
public final class SearchIndex {
  public static final String MANIFEST = "manifest.json";
  private static final String DOCUMENTS = "d/";
  /** A postings list of at most this many documents is in its fragment whole; a longer one only in its tail file. */
  static final int INLINE = 24;
  /** How many best postings of a longer list its fragment holds: more than a page of results. */
  static final int HEAD = 16;
  /** About how many characters of a document's opening its result file holds for the excerpt. */
  static final int LEAD = 320;
  /**
   * How many documents, of consecutive numbers, share a result file ({@code d/N.json} holds
   * documents {@code N × GROUP} to {@code N × GROUP + GROUP − 1}): fewer files for the build to
   * make, for a few hundred bytes more a result shown (docs/search.md).
   */
  public static final int GROUP = 2;

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
    for (int i = 0; i < resultFiles(documents); i++) {
      paths.add(resultFile(i));
    }
    return paths;
  }

  /** The number of result files of an index of {@code documents} documents: {@link #GROUP} documents a file, the last one maybe fewer. */
  static int resultFiles(int documents) {
    return (documents + GROUP - 1) / GROUP;
  }

  static String fragment(int bucket) {
    return "f/" + bucket + ".json";
  }

  /**
   * Fragment {@code bucket}'s words and stems with every postings list whole (the fragment has the
   * best postings only of a long one): a query of several words, a phrase or a filter needs nothing
   * else of the bucket, one file a word instead of two (fewer requests at once, each slower the more
   * there are over HTTP/1.1's six connections).
   */
  static String tail(int bucket) {
    return "g/" + bucket + ".json";
  }

  /** The result file of group {@code group}: documents {@code group × GROUP} to {@code group × GROUP + GROUP − 1}. */
  static String resultFile(int group) {
    return DOCUMENTS + group + ".json";
  }

  /**
   * The number of the group of documents whose result file is at {@code path} (made from those
   * documents alone, by {@link #resultFile(List)}; {@link #groupDocuments} says which), or -1 for
   * a file made from every document ({@link #build}).
   */
  public static int groupOf(String path) {
    return path.startsWith(DOCUMENTS) ? Integer.parseInt(path.substring(DOCUMENTS.length(), path.length() - ".json".length())) : -1;
  }

  /** The numbers of the documents of group {@code group} of an index of {@code documents} documents, first and last + 1. */
  public static int[] groupDocuments(int group, int documents) {
    return new int[] {group * GROUP, Math.min(documents, group * GROUP + GROUP)};
  }

  /**
   * The result file of a group of documents ({@link #groupDocuments}): a list of each one's
   * {@link #documentFile}, in the order of their numbers.
   */
  public static List<Object> resultFile(List<SearchDocument> group) {
    List<Object> file = new ArrayList<>(group.size());
    group.forEach(d -> file.add(documentFile(d)));
    return file;
  }

  /**
   * The files made from every document, by path in the order {@link #paths} lists them (the
   * manifest, the fragments and their tails; not the result files), for {@code documents} numbered in
   * the order given.
   */
  public static Map<String, Map<String, Object>> build(List<AnalysedDocument> documents) {
    return layout(IndexLists.of(documents), null, null);
  }

  /**
   * The manifest and the fragments (with their tail files) that an edit can have changed, as
   * {@link #build(List)} makes them: {@code before} gives, at the number of each document an edit
   * changed, that document as it was.
   */
  public static Map<String, Map<String, Object>> build(List<AnalysedDocument> documents, Map<Integer, AnalysedDocument> before) {
    Map<Integer, AnalysedDocument> after = new HashMap<>();
    before.keySet().forEach(id -> after.put(id, documents.get(id)));
    return layout(IndexLists.of(documents), before, after);
  }

  /**
   * The manifest and, of the fragments and their tail files, those an edit can have changed (all
   * of them when {@code before} is null), from the lists gathered from every document as they are
   * now: {@code before} and {@code after} give, at the number of each document an edit changed,
   * that document as it was and as it is. A fragment depends only on the documents that have one
   * of its words or facet names, so only these are laid out: the fragment of every word form whose
   * stems changed, of every stem whose weight level in a changed document moved or that it gained
   * or lost (wherever a form of any document leads to it), and of every facet name it gained or lost.
   */
  public static Map<String, Map<String, Object>> layout(IndexLists lists, Map<Integer, AnalysedDocument> before,
      Map<Integer, AnalysedDocument> after) {
    int count = lists.count;
    BitSet buckets = before == null ? null : lists.changed(before, after);
    Map<String, Object> stemsOf = lists.stemsOf(buckets);
    Map<String, List<Integer>> facetPostings = lists.facetPostings(buckets);

    Map<Integer, Map<String, Object>> fragments = new TreeMap<>();
    Map<Integer, Map<String, Object>> tails = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      if (buckets == null || buckets.get(i)) {
        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("w", new TreeMap<String, String>());
        fragment.put("p", new TreeMap<String, Object>());
        fragment.put("f", new TreeMap<String, List<Integer>>());
        fragments.put(i, fragment);
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("w", new TreeMap<String, String>());
        tail.put("p", new TreeMap<String, Object>());
        tails.put(i, tail);
      }
    }
    stemsOf.forEach((surface, formStems) -> {
      int bucket = Buckets.ofWord(surface, count);
      addWord(fragments.get(bucket), tails.get(bucket), surface, stems(formStems), lists);
    });
    facetPostings.forEach((key, ids) -> facets(fragments.get(Buckets.of(key, count))).put(key, deltas(ids)));

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", Long.toHexString(lists.version()));
    manifest.put("documents", lists.size());
    // the stories come first, oldest first; the site's pages (no date) after them
    manifest.put("stories", lists.stories());
    manifest.put("fragments", count);
    manifest.put("key", Buckets.KEY_LENGTH);
    manifest.put("group", GROUP);
    Set<String> languages = lists.languages();
    manifest.put("languages", List.copyOf(languages));
    // a stop word of every language of the site is in no document; one of some languages only is
    // in the documents of the others ("war" of English stories, a stop word in German): the browser
    // leaves the first out of a query and makes the second optional
    Analyser analyser = new Analyser();
    Set<String> some = new TreeSet<>();
    Set<String> every = null;
    for (String language : languages) {
      Set<String> words = analyser.stopWords(language);
      some.addAll(words);
      every = every == null ? new TreeSet<>(words) : every;
      every.retainAll(words);
    }
    Set<String> stop = every == null ? Set.of() : every;
    some.removeAll(stop);
    manifest.put("stop", List.copyOf(stop));
    manifest.put("optional", List.copyOf(some));
    Map<String, Object> facets = new LinkedHashMap<>();
    lists.facetCounts().forEach((facet, names) -> facets.put(facet,
        names.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
    manifest.put("facets", facets);
    manifest.put("days", lists.days());

    Map<String, Map<String, Object>> files = new LinkedHashMap<>();
    files.put(MANIFEST, manifest);
    fragments.forEach((i, fragment) -> files.put(fragment(i), fragment));
    tails.forEach((i, tail) -> files.put(tail(i), tail));
    return files;
  }

  /** How many fragments the files of {@link #build} lay out: each has its tail file, and the manifest is always there. */
  public static int fragmentsIn(Map<String, Map<String, Object>> files) {
    return (files.size() - 1) / 2;
  }

  /** Puts word {@code surface}, which leads to {@code stems}, and their postings into its fragment and tail file. */
  private static void addWord(Map<String, Object> fragment, Map<String, Object> tail, String surface, Set<String> stems,
      IndexLists lists) {
    String joined = String.join(" ", stems);
    words(fragment).put(surface, joined);
    words(tail).put(surface, joined);
    for (String stem : stems) {
      if (!stemPostings(tail).containsKey(stem)) {
        IndexLists.Postings list = lists.postings(stem);
        String text = list.text();
        stemPostings(tail).put(stem, List.of(list.size(), text));
        stemPostings(fragment).put(stem, List.of(list.size(), list.size() <= INLINE ? text : list.head()));
      }
    }
  }

  /** Each document number after the first as its gap from the one before. */
  private static List<Integer> deltas(List<Integer> ids) {
    List<Integer> list = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      list.add(ids.get(i) - (i == 0 ? 0 : ids.get(i - 1)));
    }
    return list;
  }

  /** The stems, sorted, of a form as {@link IndexLists#stemsOf} gives them. */
  @SuppressWarnings("unchecked")
  private static Set<String> stems(Object formStems) {
    return formStems instanceof String one ? Set.of(one) : (Set<String>) formStems;
  }

  /**
   * Document {@code d} in its result file: what a result shows (headline, address, date, language,
   * standfirst, the opening of the text for the excerpt: the editor's summary, else the first
   * paragraphs, cut at a word near {@link #LEAD} characters; the topics, places and sources it names); an
   * empty map for a hidden document.
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
    // a phrase may be a name the document is filed under: the script checks these too
    facets.put("author", d.facets().getOrDefault("author", List.of()));
    // no story without its sources: a result names them as a card does
    facets.put("source", d.sources());
    file.put("f", facets);
    return file;
  }

  /** {@code text} cut after the last whole word within {@code length} characters, with "…" when cut. */
  static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = text.lastIndexOf(' ', length);
    if (end <= length / 2) {
      // a text with no space to cut at (Japanese, Chinese) is cut between two whole characters
      end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    }
    return text.substring(0, end).stripTrailing() + "\u2026";
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
}
