package org.briefing.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
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
    return build(documents, null);
  }

  /**
   * The manifest and, of the fragments and their tail files, those an edit can have changed (all
   * of them when {@code before} is null), as {@link #build(List)} makes them: {@code before} gives,
   * at the number of each document an edit changed, that document as it was (the same number of
   * documents, in the same order). A fragment depends only on the documents that have one of its
   * words or facet names, so only these are laid out: the fragment of every word form whose stems
   * changed, of every stem whose weight level in a changed document moved or that it gained or
   * lost (wherever a form of any document leads to it), and of every facet name it gained or lost.
   */
  public static Map<String, Map<String, Object>> build(List<AnalysedDocument> documents, Map<Integer, AnalysedDocument> before) {
    int count = Buckets.count(documents.size());
    boolean all = before == null;
    Lists lists = new Lists(count, Vocabulary.mostUsedBy(documents), all);
    // a method a document, and one a word below: the JIT compiles them as they are called, where
    // one loop over every document was compiled on the stack (OSR), several times, whole
    for (int id = 0; id < documents.size(); id++) {
      lists.add(id, documents.get(id));
    }
    BitSet buckets = all ? null : lists.changed(documents, before);
    if (!all) {
      // the postings of the stems the chosen fragments name, and of no other
      lists.want(buckets);
      for (int id = 0; id < documents.size(); id++) {
        lists.addWanted(id, documents.get(id));
      }
    }
    Map<String, Postings> postings = lists.postings();
    Map<String, Object> stemsOf = lists.stemsOf(buckets);
    Map<String, List<Integer>> facetPostings = lists.facetPostings(buckets);
    Map<String, Map<String, Integer>> facetCounts = lists.facetCounts();
    Set<String> languages = lists.languages;

    Map<Integer, Map<String, Object>> fragments = new TreeMap<>();
    Map<Integer, Map<String, Object>> tails = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      if (all || buckets.get(i)) {
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
      addWord(fragments.get(bucket), tails.get(bucket), surface, stems(formStems), postings);
    });
    facetPostings.forEach((key, ids) -> facets(fragments.get(Buckets.of(key, count))).put(key, Postings.deltas(ids)));

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", Long.toHexString(version(documents)));
    manifest.put("documents", documents.size());
    int stories = 0;
    for (int id = 0; id < documents.size(); id++) {
      stories = documents.get(id).date() != null ? id + 1 : stories;
    }
    // the stories come first, oldest first; the site's pages (no date) after them
    manifest.put("stories", stories);
    manifest.put("fragments", count);
    manifest.put("key", Buckets.KEY_LENGTH);
    manifest.put("group", GROUP);
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
    facetCounts.forEach((facet, names) -> facets.put(facet,
        names.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()));
    manifest.put("facets", facets);
    manifest.put("days", days(documents));

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
      Map<String, Postings> postings) {
    String joined = String.join(" ", stems);
    words(fragment).put(surface, joined);
    words(tail).put(surface, joined);
    for (String stem : stems) {
      Postings list = postings.get(stem);
      if (!stemPostings(tail).containsKey(stem)) {
        String text = list.text();
        stemPostings(tail).put(stem, List.of(list.size, text));
        stemPostings(fragment).put(stem, List.of(list.size, list.size <= INLINE ? text : list.head()));
      }
    }
  }

  /**
   * What {@link #build} gathers from the documents, one at a time: each form's stems, each facet
   * name's documents and number of documents, the languages, and each stem's postings (all of
   * them in a pass that gathers everything, else those of the stems {@link #want} names, in a
   * second pass). Stems and forms are gathered by their numbers in the vocabulary the documents
   * share, read from each document's encoded terms as they are (a document of another vocabulary
   * is numbered in this one first), and named only at the end: a site has far fewer words than
   * postings.
   */
  private static final class Lists {
    final Set<String> languages = new TreeSet<>();
    private final int count;
    private final boolean withPostings;
    private final Vocabulary vocabulary;
    /** By stem number, its postings. */
    private Postings[] postings = new Postings[0];
    /** By form number, the number of its stem (its first, when it has several), or -1. */
    private int[] stemOf = new int[0];
    /** The stems of the forms that have more than one. */
    private final Map<Integer, Set<Integer>> severalStems = new HashMap<>();
    /** By form number, its fragment, or -1 until asked for. */
    private int[] bucketOf = new int[0];
    /** By stem number, whether a chosen fragment names it ({@link #want}). */
    private boolean[] wanted;
    private int[] stems = new int[64];
    private int[] names = new int[8];
    /** By string number, the place in {@link SearchDocument#FACETS} of the facet it names, -1 for none, or -2 until asked for. */
    private int[] facetOf = new int[0];
    /** By facet (its place in {@link SearchDocument#FACETS}) and name (its string number), the documents filed under it, in order. */
    private final Ids[][] filed = new Ids[SearchDocument.FACETS.size()][0];

    Lists(int count, Vocabulary vocabulary, boolean withPostings) {
      this.count = count;
      this.vocabulary = vocabulary;
      this.withPostings = withPostings;
    }

    void add(int id, AnalysedDocument d) {
      if (d.hidden()) {
        return;
      }
      languages.add(Words.primary(d.language()));
      AnalysedDocument.Reader in = new AnalysedDocument.Reader(d.in(vocabulary).encoded());
      // a method for each loop: each is compiled as called, not on the stack with the whole document
      readStems(in, id);
      readForms(in);
      for (int f = in.next(); f > 0; f--) {
        int facet = facetOf(in.next());
        int nameCount = in.next();
        if (names.length < nameCount) {
          names = new int[Math.max(nameCount, names.length * 2)];
        }
        for (int j = 0; j < nameCount; j++) {
          names[j] = in.next();
        }
        if (facet >= 0) {
          addFacet(id, facet, nameCount);
        }
      }
    }

    private void readStems(AnalysedDocument.Reader in, int id) {
      int stemCount = in.next();
      if (stems.length < stemCount) {
        stems = new int[Math.max(stemCount, stems.length * 2)];
      }
      for (int i = 0; i < stemCount; i++) {
        int stem = in.next();
        int weight = in.next();
        stems[i] = stem;
        if (withPostings) {
          postingsOf(stem).add(id, weight);
        }
      }
    }

    private void readForms(AnalysedDocument.Reader in) {
      for (int i = in.next(); i > 0; i--) {
        int form = in.next();
        addStem(form, stems[in.next()]);
      }
    }

    /** The place in {@link SearchDocument#FACETS} of the facet string number {@code facet} names, or -1. */
    private int facetOf(int facet) {
      if (facet >= facetOf.length) {
        int had = facetOf.length;
        facetOf = Arrays.copyOf(facetOf, Math.max(facet + 1, had * 2));
        Arrays.fill(facetOf, had, facetOf.length, -2);
      }
      if (facetOf[facet] == -2) {
        facetOf[facet] = SearchDocument.FACETS.indexOf(vocabulary.string(facet));
      }
      return facetOf[facet];
    }

    /** Files document {@code id} under the first {@code nameCount} {@link #names} in facet {@code facet}, each name once. */
    private void addFacet(int id, int facet, int nameCount) {
      for (int j = 0; j < nameCount; j++) {
        if (firstOf(names[j], j) != j) {
          continue; // a name twice in one document counts once
        }
        int name = names[j];
        Ids[] byName = filed[facet];
        if (name >= byName.length) {
          byName = Arrays.copyOf(byName, Math.max(name + 1, vocabulary.size()));
          filed[facet] = byName;
        }
        if (byName[name] == null) {
          byName[name] = new Ids();
        }
        byName[name].add(id);
      }
    }

    /**
     * The documents filed under each facet name, by {@code facet:name}, sorted: those of the
     * fragments in {@code buckets}, or all of them when null.
     */
    Map<String, List<Integer>> facetPostings(BitSet buckets) {
      Map<String, List<Integer>> postings = new TreeMap<>();
      for (int facet = 0; facet < filed.length; facet++) {
        for (int name = 0; name < filed[facet].length; name++) {
          if (filed[facet][name] != null) {
            String key = SearchDocument.FACETS.get(facet) + ":" + vocabulary.string(name);
            if (buckets == null || buckets.get(Buckets.of(key, count))) {
              postings.put(key, filed[facet][name].list());
            }
          }
        }
      }
      return postings;
    }

    /** The number of documents filed under each name of each facet, by facet in the order of {@link SearchDocument#FACETS}, then by name. */
    Map<String, Map<String, Integer>> facetCounts() {
      Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
      for (int facet = 0; facet < filed.length; facet++) {
        Map<String, Integer> byName = new TreeMap<>();
        for (int name = 0; name < filed[facet].length; name++) {
          if (filed[facet][name] != null) {
            byName.put(vocabulary.string(name), filed[facet][name].size);
          }
        }
        counts.put(SearchDocument.FACETS.get(facet), byName);
      }
      return counts;
    }

    /** Where {@code name} is first among the first {@code before} names read. */
    private int firstOf(int name, int before) {
      for (int j = 0; j < before; j++) {
        if (names[j] == name) {
          return j;
        }
      }
      return before;
    }

    /**
     * The fragments whose content can differ between the index of {@code documents}, which every
     * document went through {@link #add} to give, and the same index with the documents of
     * {@code before} as given there (see {@link SearchIndex#build(List, Map)}).
     */
    BitSet changed(List<AnalysedDocument> documents, Map<Integer, AnalysedDocument> before) {
      BitSet changed = new BitSet(count);
      Set<String> moved = new HashSet<>();
      for (Map.Entry<Integer, AnalysedDocument> e : before.entrySet()) {
        AnalysedDocument old = e.getValue();
        AnalysedDocument now = documents.get(e.getKey());
        if (old.equals(now)) {
          continue;
        }
        AnalysedDocument.Terms was = old.terms();
        AnalysedDocument.Terms is = now.terms();
        Map<String, Integer> levels = levels(was);
        levels(is).forEach((stem, level) -> {
          if (!level.equals(levels.remove(stem))) {
            moved.add(stem);
          }
        });
        moved.addAll(levels.keySet());
        // a pair the document lost is in no form's stems now: its fragment is named here
        Set<String> forms = pairs(was);
        for (String pair : pairs(is)) {
          if (!forms.remove(pair)) {
            changed.set(Buckets.ofWord(pair.substring(0, pair.indexOf(' ')), count));
          }
        }
        forms.forEach(pair -> changed.set(Buckets.ofWord(pair.substring(0, pair.indexOf(' ')), count)));
        Set<String> facets = facetKeys(was);
        for (String key : facetKeys(is)) {
          if (!facets.remove(key)) {
            changed.set(Buckets.of(key, count));
          }
        }
        facets.forEach(key -> changed.set(Buckets.of(key, count)));
      }
      if (!moved.isEmpty()) {
        // a stem's postings are in the fragment of every form that leads to it, in any document
        boolean[] looked = new boolean[vocabulary.size()];
        for (String stem : moved) {
          int id = vocabulary.id(stem);
          if (id < looked.length) {
            looked[id] = true;
          }
        }
        for (int form = 0; form < stemOf.length; form++) {
          if (stemOf[form] >= 0 && leadsToAny(form, looked)) {
            changed.set(bucketOf(form));
          }
        }
      }
      return changed;
    }

    private boolean leadsToAny(int form, boolean[] stems) {
      Set<Integer> several = severalStems.get(form);
      if (several == null) {
        return stems[stemOf[form]];
      }
      for (int stem : several) {
        if (stems[stem]) {
          return true;
        }
      }
      return false;
    }

    /** Makes the stems that the forms of the fragments in {@code buckets} lead to those whose postings {@link #addWanted} gathers. */
    void want(BitSet buckets) {
      wanted = new boolean[vocabulary.size()];
      for (int form = 0; form < stemOf.length; form++) {
        if (stemOf[form] >= 0 && buckets.get(bucketOf(form))) {
          wanted[stemOf[form]] = true;
          severalStems.getOrDefault(form, Set.of()).forEach(stem -> wanted[stem] = true);
        }
      }
    }

    /**
     * Adds document {@code id}'s postings of the stems {@link #want} named, once every document
     * went through {@link #add}: what a layout of chosen fragments needs of the postings.
     */
    void addWanted(int id, AnalysedDocument d) {
      if (d.hidden()) {
        return;
      }
      AnalysedDocument.Reader in = new AnalysedDocument.Reader(d.in(vocabulary).encoded());
      for (int i = in.next(); i > 0; i--) {
        int stem = in.next();
        int weight = in.next();
        if (stem < wanted.length && wanted[stem]) {
          postingsOf(stem).add(id, weight);
        }
      }
    }

    private Postings postingsOf(int stem) {
      if (stem >= postings.length) {
        postings = Arrays.copyOf(postings, Math.max(stem + 1, vocabulary.size()));
      }
      Postings list = postings[stem];
      if (list == null) {
        list = new Postings();
        postings[stem] = list;
      }
      return list;
    }

    /** {@code numbers}, or a longer copy of it with -1 in the new places, with a place at {@code index}. */
    private int[] withPlaceFor(int[] numbers, int index) {
      if (index < numbers.length) {
        return numbers;
      }
      int[] longer = Arrays.copyOf(numbers, Math.max(index + 1, vocabulary.size()));
      Arrays.fill(longer, numbers.length, longer.length, -1);
      return longer;
    }

    /** The fragment of form {@code form}, worked out once a form. */
    private int bucketOf(int form) {
      bucketOf = withPlaceFor(bucketOf, form);
      int bucket = bucketOf[form];
      if (bucket < 0) {
        bucket = Buckets.ofWord(vocabulary.string(form), count);
        bucketOf[form] = bucket;
      }
      return bucket;
    }

    /** Notes that form {@code form} leads to stem {@code stem}. */
    private void addStem(int form, int stem) {
      stemOf = withPlaceFor(stemOf, form);
      int had = stemOf[form];
      if (had < 0) {
        stemOf[form] = stem;
      } else if (had != stem) {
        severalStems.computeIfAbsent(form, f -> new HashSet<>(List.of(had))).add(stem);
      }
    }

    /** Each stem's postings, by the stem. */
    Map<String, Postings> postings() {
      Map<String, Postings> byStem = new HashMap<>();
      for (int stem = 0; stem < postings.length; stem++) {
        if (postings[stem] != null) {
          byStem.put(vocabulary.string(stem), postings[stem]);
        }
      }
      return byStem;
    }

    /**
     * The stems of each form of the fragments in {@code buckets} (of every form when null), by the
     * form: the stem itself while it has one (nearly every form), a sorted set of them once it has more.
     */
    Map<String, Object> stemsOf(BitSet buckets) {
      Map<String, Object> byForm = new HashMap<>();
      for (int form = 0; form < stemOf.length; form++) {
        if (stemOf[form] < 0 || buckets != null && !buckets.get(bucketOf(form))) {
          continue;
        }
        Set<Integer> several = severalStems.get(form);
        if (several == null) {
          byForm.put(vocabulary.string(form), vocabulary.string(stemOf[form]));
        } else {
          Set<String> sorted = new TreeSet<>();
          several.forEach(stem -> sorted.add(vocabulary.string(stem)));
          byForm.put(vocabulary.string(form), sorted);
        }
      }
      return byForm;
    }
  }

  /** The stems, sorted, of a form as {@link Lists#stemsOf} gives them. */
  @SuppressWarnings("unchecked")
  private static Set<String> stems(Object formStems) {
    return formStems instanceof String one ? Set.of(one) : (Set<String>) formStems;
  }

  /**
   * The index's version, which the browser adds to every fetch so that no file of an older build
   * is mixed in: every file of the index is made from the documents' analyses, in their order,
   * and each analysis from what its {@code source} fingerprints (with {@link SearchCode}), so the
   * version is taken of those, and of the code of the layout ({@link SearchCode} again), rather
   * than of every file's content, which an edit would have to lay out again whole.
   */
  private static long version(List<AnalysedDocument> documents) {
    Fingerprint version = new Fingerprint().add(SearchCode.fingerprint()).add(documents.size());
    for (AnalysedDocument d : documents) {
      version.add(d.hidden()).add(d.document()).add(d.date() == null ? "" : d.date().toString());
    }
    return version.value();
  }

  private static Map<String, Integer> levels(AnalysedDocument.Terms d) {
    Map<String, Integer> levels = new HashMap<>();
    for (int i = 0; i < d.stems().length; i++) {
      levels.put(d.stems()[i], PostingsCodec.level(d.weights()[i]));
    }
    return levels;
  }

  private static Set<String> pairs(AnalysedDocument.Terms d) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < d.forms().length; i++) {
      pairs.add(d.forms()[i] + " " + d.stems()[d.formStems()[i]]);
    }
    return pairs;
  }

  private static Set<String> facetKeys(AnalysedDocument.Terms d) {
    Set<String> keys = new HashSet<>();
    for (String facet : SearchDocument.FACETS) {
      d.facets().getOrDefault(facet, List.of()).forEach(name -> keys.add(facet + ":" + name));
    }
    return keys;
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

  /** Document numbers, rising, as they are added. */
  private static final class Ids {
    private int[] ids = new int[4];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    List<Integer> list() {
      List<Integer> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(ids[i]);
      }
      return list;
    }
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

    private String text;
    private String head;

    /** The whole list's text; a stem whose forms are in several fragments is encoded once. */
    String text() {
      if (text == null) {
        text = PostingsCodec.encode(ids, levels, size);
      }
      return text;
    }

    /**
     * The {@link #HEAD} best postings (highest level, then newest): the first page of results of a
     * query of this word alone, which needs nothing else of the list. Found in two passes without
     * sorting, as the lists of common words are as long as the site.
     */
    String head() {
      if (head != null) {
        return head;
      }
      int[] atLevel = new int[PostingsCodec.TOP_LEVEL + 2];
      for (int i = 0; i < size; i++) {
        atLevel[levels[i]]++;
      }
      // the lowest level of the best: every posting above it is in, and the newest of its own
      int lowest = PostingsCodec.TOP_LEVEL + 1;
      int above = 0;
      while (above + atLevel[lowest - 1] < HEAD) {
        above += atLevel[--lowest];
      }
      lowest--;
      int ofLowest = HEAD - above;
      boolean[] best = new boolean[size];
      for (int i = size - 1; i >= 0; i--) {
        if (levels[i] > lowest || levels[i] == lowest && ofLowest-- > 0) {
          best[i] = true;
        }
      }
      int[] headIds = new int[HEAD];
      int[] headLevels = new int[HEAD];
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (best[i]) {
          headIds[n] = ids[i];
          headLevels[n++] = levels[i];
        }
      }
      head = PostingsCodec.encode(headIds, headLevels, HEAD);
      return head;
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
