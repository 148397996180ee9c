package org.briefing.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.fingerprint.Fingerprint;

/**
 * What the layout of the index ({@link SearchIndex#layout}) reads of its documents, gathered from
 * them one at a time: each stem's postings, the stems each word form leads to (with how many
 * documents pair them), the documents filed under each facet name, the languages, and each
 * document's date, fingerprints and whether it is hidden. A build keeps the lists
 * ({@link #encode}), so that after an edit the fragments it changed are laid out from them with
 * each edited document taken out as it was and put in as it is ({@link #replace}), and no other
 * document read. Taking a document out undoes exactly what putting it in did, so the lists are
 * those a gathering of every document gives; which documents they were gathered from is kept with
 * them, by the key each was analysed under ({@link #holds}).
 *
 * <p>Stems, forms and facet names are gathered by their numbers in the vocabulary the documents
 * share (a document of another vocabulary is numbered in this one first), and named only when
 * laid out: a site has far fewer words than postings. Decoded lists leave each postings list in
 * its bytes until it is changed or laid out.
 */
public final class IndexLists {
  /** The number of the index's fragments. */
  final int count;
  private final Vocabulary vocabulary;
  private final boolean[] hidden;
  private final LocalDate[] dates;
  /** By document number, its {@link AnalysedDocument#document} and {@link AnalysedDocument#source} fingerprints. */
  private final long[] documents;
  private final long[] sources;
  /** The primary languages of the documents, each with how many documents have it. */
  private final TreeMap<String, Integer> languages = new TreeMap<>();
  /** By stem number, its postings, or null. */
  private Postings[] postings = new Postings[0];
  /** By form number, the stem it leads to (one of them, when it has several), or -1. */
  private int[] stemOf = new int[0];
  /** By form number, how many documents pair it with {@link #stemOf}, while it leads to one stem. */
  private int[] pairs = new int[0];
  /** The forms that lead to more than one stem: each stem with how many documents pair them. */
  private final Map<Integer, TreeMap<Integer, Integer>> several = new HashMap<>();
  /** By form number, its fragment, or -1 until asked for. */
  private int[] bucketOf = new int[0];
  /** By string number, the place in {@link SearchDocument#FACETS} of the facet it names, -1 for none, or -2 until asked for. */
  private int[] facetOf = new int[0];
  /** By facet (its place in {@link SearchDocument#FACETS}) and name (its string number), the documents filed under it, rising. */
  private final Ids[][] filed = new Ids[SearchDocument.FACETS.size()][0];
  private int[] stems = new int[64];
  private int[] names = new int[8];

  private IndexLists(int size, Vocabulary vocabulary) {
    this.count = Buckets.count(size);
    this.vocabulary = vocabulary;
    hidden = new boolean[size];
    dates = new LocalDate[size];
    documents = new long[size];
    sources = new long[size];
  }

  /** The lists of {@code documents}, numbered in the order given. */
  public static IndexLists of(List<AnalysedDocument> documents) {
    IndexLists lists = new IndexLists(documents.size(), Vocabulary.mostUsedBy(documents));
    // a method a document, and one a word below: the JIT compiles them as they are called, where
    // one loop over every document was compiled on the stack (OSR), several times, whole
    for (int id = 0; id < documents.size(); id++) {
      lists.add(id, documents.get(id));
    }
    return lists;
  }

  /** How many documents the lists are of. */
  public int size() {
    return documents.length;
  }

  /** Whether document {@code id} of the lists is the one analysed under {@code key}, not hidden. */
  public boolean holds(int id, long key) {
    return !hidden[id] && sources[id] == key;
  }

  /** Whether document {@code id} of the lists is a hidden one dated {@code date}. */
  public boolean holdsHidden(int id, LocalDate date) {
    return hidden[id] && java.util.Objects.equals(dates[id], date);
  }

  /** The analysis the lists hold at {@code id}, as {@code find} gives it by its key (a hidden one made anew); null when it gives none. */
  public AnalysedDocument heldAt(int id, java.util.function.LongFunction<AnalysedDocument> find) {
    return hidden[id] ? AnalysedDocument.hidden(dates[id]) : find.apply(sources[id]);
  }

  /**
   * Takes out each document of {@code before} (by number, as the lists have it) and puts in the
   * one of {@code after} at the same number; false, with nothing changed, when the lists do not
   * hold the documents of {@code before}.
   */
  public boolean replace(Map<Integer, AnalysedDocument> before, Map<Integer, AnalysedDocument> after) {
    for (Map.Entry<Integer, AnalysedDocument> e : before.entrySet()) {
      AnalysedDocument d = e.getValue();
      boolean held = d.hidden() ? holdsHidden(e.getKey(), d.date()) : holds(e.getKey(), d.source());
      if (e.getKey() >= size() || !held || !after.containsKey(e.getKey())) {
        return false;
      }
    }
    before.forEach((id, d) -> gather(id, d, -1));
    after.forEach(this::add);
    return true;
  }

  /**
   * The analyses of the documents of the lists, but the hidden ones, by the key each was analysed
   * under, as {@code find} gives them (none that it does not give): what a build keeps for the next.
   */
  public Map<Long, AnalysedDocument> analyses(java.util.function.LongFunction<AnalysedDocument> find) {
    Map<Long, AnalysedDocument> analyses = new HashMap<>();
    for (int id = 0; id < size(); id++) {
      AnalysedDocument d = hidden[id] ? null : find.apply(sources[id]);
      if (d != null) {
        analyses.put(sources[id], d);
      }
    }
    return analyses;
  }

  private void add(int id, AnalysedDocument d) {
    hidden[id] = d.hidden();
    dates[id] = d.date();
    documents[id] = d.document();
    sources[id] = d.source();
    gather(id, d, 1);
  }

  /** Puts document {@code id} in the lists ({@code sign} 1) or takes it out (-1). */
  private void gather(int id, AnalysedDocument d, int sign) {
    if (d.hidden()) {
      return;
    }
    String language = Words.primary(d.language());
    if (languages.merge(language, sign, Integer::sum) == 0) {
      languages.remove(language);
    }
    AnalysedDocument.Reader in = new AnalysedDocument.Reader(d.in(vocabulary).encoded());
    readStems(in, id, sign);
    readForms(in, sign);
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
        file(id, facet, nameCount, sign);
      }
    }
  }

  private void readStems(AnalysedDocument.Reader in, int id, int sign) {
    int stemCount = in.next();
    if (stems.length < stemCount) {
      stems = new int[Math.max(stemCount, stems.length * 2)];
    }
    for (int i = 0; i < stemCount; i++) {
      int stem = in.next();
      int level = PostingsCodec.level(in.next());
      stems[i] = stem;
      if (stem >= postings.length) {
        postings = Arrays.copyOf(postings, Math.max(stem + 1, vocabulary.size()));
      }
      if (sign > 0) {
        if (postings[stem] == null) {
          postings[stem] = new Postings();
        }
        postings[stem].add(id, level);
      } else if (postings[stem].remove(id)) {
        postings[stem] = null;
      }
    }
  }

  private void readForms(AnalysedDocument.Reader in, int sign) {
    for (int i = in.next(); i > 0; i--) {
      int form = in.next();
      pair(form, stems[in.next()], sign);
    }
  }

  /** Counts one more document ({@code sign} 1) or one fewer (-1) pairing form {@code form} with stem {@code stem}. */
  private void pair(int form, int stem, int sign) {
    if (form >= stemOf.length) {
      int had = stemOf.length;
      stemOf = Arrays.copyOf(stemOf, Math.max(form + 1, vocabulary.size()));
      pairs = Arrays.copyOf(pairs, stemOf.length);
      Arrays.fill(stemOf, had, stemOf.length, -1);
    }
    TreeMap<Integer, Integer> stemsOfForm = several.get(form);
    if (stemsOfForm == null && (stemOf[form] < 0 || stemOf[form] == stem)) {
      stemOf[form] = stem;
      pairs[form] += sign;
      if (pairs[form] == 0) {
        stemOf[form] = -1;
      }
      return;
    }
    if (stemsOfForm == null) {
      stemsOfForm = new TreeMap<>();
      stemsOfForm.put(stemOf[form], pairs[form]);
      several.put(form, stemsOfForm);
    }
    if (stemsOfForm.merge(stem, sign, Integer::sum) == 0) {
      stemsOfForm.remove(stem);
    }
    if (stemsOfForm.size() == 1) {
      several.remove(form);
      stemOf[form] = stemsOfForm.firstKey();
      pairs[form] = stemsOfForm.firstEntry().getValue();
    } else {
      stemOf[form] = stemsOfForm.firstKey();
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

  /** Files document {@code id} under the first {@code nameCount} {@link #names} in facet {@code facet}, each name once, or takes it out. */
  private void file(int id, int facet, int nameCount, int sign) {
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
      if (sign > 0) {
        if (byName[name] == null) {
          byName[name] = new Ids();
        }
        byName[name].add(id);
      } else if (byName[name].remove(id)) {
        byName[name] = null;
      }
    }
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

  /** The languages of the documents, sorted. */
  Set<String> languages() {
    return languages.navigableKeySet();
  }

  /** The postings of {@code stem}, or null. */
  Postings postings(String stem) {
    int id = vocabulary.id(stem);
    return id < postings.length ? postings[id] : null;
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
      TreeMap<Integer, Integer> stemsOfForm = several.get(form);
      if (stemsOfForm == null) {
        byForm.put(vocabulary.string(form), vocabulary.string(stemOf[form]));
      } else {
        Set<String> sorted = new TreeSet<>();
        stemsOfForm.keySet().forEach(stem -> sorted.add(vocabulary.string(stem)));
        byForm.put(vocabulary.string(form), sorted);
      }
    }
    return byForm;
  }

  /**
   * The documents filed under each facet name, by {@code facet:name}, sorted: those of the
   * fragments in {@code buckets}, or all of them when null.
   */
  Map<String, List<Integer>> facetPostings(BitSet buckets) {
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int facet = 0; facet < filed.length; facet++) {
      for (int name = 0; name < filed[facet].length; name++) {
        if (filed[facet][name] != null) {
          String key = SearchDocument.FACETS.get(facet) + ":" + vocabulary.string(name);
          if (buckets == null || buckets.get(Buckets.of(key, count))) {
            byKey.put(key, filed[facet][name].list());
          }
        }
      }
    }
    return byKey;
  }

  /** The number of documents filed under each name of each facet, by facet in the order of {@link SearchDocument#FACETS}, then by name. */
  Map<String, Map<String, Integer>> facetCounts() {
    Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
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

  /**
   * The index's version, which the browser adds to every fetch so that no file of an older build
   * is mixed in: every file of the index is made from the documents' analyses, in their order,
   * and each analysis from what its {@code document} fingerprints (with {@link SearchCode}), so the
   * version is taken of those, and of the code of the layout ({@link SearchCode} again), rather
   * than of every file's content, which an edit would have to lay out again whole.
   */
  long version() {
    Fingerprint version = new Fingerprint().add(SearchCode.fingerprint()).add(size());
    for (int id = 0; id < size(); id++) {
      version.add(hidden[id]).add(documents[id]).add(dates[id] == null ? "" : dates[id].toString());
    }
    return version.value();
  }

  /** The number of documents up to the last dated one: the stories come first, oldest first, the site's pages (no date) after them. */
  int stories() {
    int stories = 0;
    for (int id = 0; id < size(); id++) {
      stories = dates[id] != null ? id + 1 : stories;
    }
    return stories;
  }

  /**
   * Each day that has documents, oldest first, with the number of its first document: documents
   * are numbered oldest first, so a date range is a range of numbers.
   */
  List<Object> days() {
    List<Object> days = new ArrayList<>();
    LocalDate last = null;
    for (int id = 0; id < size(); id++) {
      if (dates[id] != null && !dates[id].equals(last)) {
        days.add(List.of(dates[id].toString(), id));
        last = dates[id];
      }
    }
    return days;
  }

  /**
   * The fragments whose content can differ between the index these lists give and the same index
   * with the documents of {@code before} in place of those of {@code after}, at the same numbers
   * (see {@link SearchIndex#layout}): a fragment depends only on the documents that have one of its
   * words or facet names.
   */
  BitSet changed(Map<Integer, AnalysedDocument> before, Map<Integer, AnalysedDocument> after) {
    BitSet changed = new BitSet(count);
    Set<String> moved = new HashSet<>();
    for (Map.Entry<Integer, AnalysedDocument> e : before.entrySet()) {
      AnalysedDocument old = e.getValue();
      AnalysedDocument now = after.get(e.getKey());
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

  private boolean leadsToAny(int form, boolean[] wanted) {
    TreeMap<Integer, Integer> stemsOfForm = several.get(form);
    if (stemsOfForm == null) {
      return stemOf[form] < wanted.length && wanted[stemOf[form]];
    }
    for (int stem : stemsOfForm.keySet()) {
      if (stem < wanted.length && wanted[stem]) {
        return true;
      }
    }
    return false;
  }

  /** The fragment of form {@code form}, worked out once a form. */
  private int bucketOf(int form) {
    if (form >= bucketOf.length) {
      int had = bucketOf.length;
      bucketOf = Arrays.copyOf(bucketOf, Math.max(form + 1, stemOf.length));
      Arrays.fill(bucketOf, had, bucketOf.length, -1);
    }
    if (bucketOf[form] < 0) {
      bucketOf[form] = Buckets.ofWord(vocabulary.string(form), count);
    }
    return bucketOf[form];
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

  private static final int MAGIC = 0x49584c31;

  /**
   * The lists as bytes, which {@link #decode} reads back: the documents, the vocabulary, the
   * languages, the forms' stems, the facets, and each stem's postings as a run of bytes (a list not
   * changed since the lists were decoded is copied as it came).
   */
  public byte[] encode() {
    AnalysedDocument.Writer out = new AnalysedDocument.Writer(1 << 16);
    out.add(MAGIC);
    out.add(size());
    for (int id = 0; id < size(); id++) {
      out.add(hidden[id] ? 1 : 0);
      out.addLong(dates[id] == null ? Long.MIN_VALUE : dates[id].toEpochDay());
      out.addLong(documents[id]);
      out.addLong(sources[id]);
    }
    int strings = vocabulary.size();
    out.add(strings);
    for (String s : vocabulary.strings(strings)) {
      out.addText(s);
    }
    out.add(languages.size());
    languages.forEach((language, n) -> {
      out.addText(language);
      out.add(n);
    });
    int forms = 0;
    for (int form = 0; form < stemOf.length; form++) {
      forms += stemOf[form] >= 0 ? 1 : 0;
    }
    out.add(forms);
    for (int form = 0; form < stemOf.length; form++) {
      if (stemOf[form] >= 0) {
        out.add(form);
        Map<Integer, Integer> stemsOfForm = several.getOrDefault(form, new TreeMap<>(Map.of(stemOf[form], pairs[form])));
        out.add(stemsOfForm.size());
        stemsOfForm.forEach((stem, n) -> {
          out.add(stem);
          out.add(n);
        });
      }
    }
    for (Ids[] byName : filed) {
      int named = 0;
      for (Ids ids : byName) {
        named += ids != null ? 1 : 0;
      }
      out.add(named);
      for (int name = 0; name < byName.length; name++) {
        if (byName[name] != null) {
          out.add(name);
          out.add(byName[name].size);
          for (int i = 0; i < byName[name].size; i++) {
            out.add(byName[name].ids[i]);
          }
        }
      }
    }
    int lists = 0;
    for (Postings p : postings) {
      lists += p != null ? 1 : 0;
    }
    out.add(lists);
    for (int stem = 0; stem < postings.length; stem++) {
      if (postings[stem] != null) {
        out.add(stem);
        postings[stem].writeTo(out);
      }
    }
    // a checksum last, as every file of the cache has: lists damaged on disk are gathered anew, not laid out from
    byte[] bytes = out.bytes();
    byte[] checked = Arrays.copyOf(bytes, bytes.length + 4);
    int sum = checksum(bytes, bytes.length);
    for (int i = 0; i < 4; i++) {
      checked[bytes.length + i] = (byte) (sum >>> (24 - 8 * i));
    }
    return checked;
  }

  private static int checksum(byte[] bytes, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** The lists {@link #encode} gave {@code bytes}; null for bytes that are none, or damaged. */
  public static IndexLists decode(byte[] bytes) {
    if (bytes == null || bytes.length < 4) {
      return null;
    }
    int end = bytes.length - 4;
    int sum = 0;
    for (int i = 0; i < 4; i++) {
      sum = sum << 8 | bytes[end + i] & 0xFF;
    }
    if (sum != checksum(bytes, end)) {
      return null;
    }
    try {
      AnalysedDocument.Reader in = new AnalysedDocument.Reader(bytes);
      if (in.next() != MAGIC) {
        return null;
      }
      int size = in.next();
      boolean[] hidden = new boolean[size];
      LocalDate[] dates = new LocalDate[size];
      long[] documents = new long[size];
      long[] sources = new long[size];
      for (int id = 0; id < size; id++) {
        hidden[id] = in.next() == 1;
        long day = in.nextLong();
        dates[id] = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        documents[id] = in.nextLong();
        sources[id] = in.nextLong();
      }
      String[] strings = new String[in.next()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.nextText();
      }
      IndexLists lists = new IndexLists(size, new Vocabulary(strings));
      System.arraycopy(hidden, 0, lists.hidden, 0, size);
      System.arraycopy(dates, 0, lists.dates, 0, size);
      System.arraycopy(documents, 0, lists.documents, 0, size);
      System.arraycopy(sources, 0, lists.sources, 0, size);
      for (int n = in.next(); n > 0; n--) {
        lists.languages.put(in.nextText(), in.next());
      }
      lists.stemOf = new int[strings.length];
      lists.pairs = new int[strings.length];
      Arrays.fill(lists.stemOf, -1);
      for (int n = in.next(); n > 0; n--) {
        int form = in.next();
        int stemCount = in.next();
        TreeMap<Integer, Integer> stemsOfForm = new TreeMap<>();
        for (int s = 0; s < stemCount; s++) {
          stemsOfForm.put(in.next(), in.next());
        }
        lists.stemOf[form] = stemsOfForm.firstKey();
        lists.pairs[form] = stemsOfForm.firstEntry().getValue();
        if (stemCount > 1) {
          lists.several.put(form, stemsOfForm);
        }
      }
      for (int facet = 0; facet < lists.filed.length; facet++) {
        Ids[] byName = new Ids[strings.length];
        for (int n = in.next(); n > 0; n--) {
          Ids ids = new Ids();
          byName[in.next()] = ids;
          for (int i = in.next(); i > 0; i--) {
            ids.add(in.next());
          }
        }
        lists.filed[facet] = byName;
      }
      lists.postings = new Postings[strings.length];
      for (int n = in.next(); n > 0; n--) {
        int stem = in.next();
        lists.postings[stem] = Postings.read(in, bytes);
      }
      return in.position() == end ? lists : null;
    } catch (RuntimeException notLists) {
      return null;
    }
  }

  /** Document numbers, rising. */
  static final class Ids {
    private int[] ids = new int[4];
    private int size;

    /** Adds {@code id} in its place. */
    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      int at = size == 0 || ids[size - 1] < id ? size : -Arrays.binarySearch(ids, 0, size, id) - 1;
      System.arraycopy(ids, at, ids, at + 1, size - at);
      ids[at] = id;
      size++;
    }

    /** Takes out {@code id}; true when none is left. */
    boolean remove(int id) {
      int at = Arrays.binarySearch(ids, 0, size, id);
      System.arraycopy(ids, at + 1, ids, at, size - at - 1);
      size--;
      return size == 0;
    }

    List<Integer> list() {
      List<Integer> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(ids[i]);
      }
      return list;
    }
  }

  /**
   * The postings of a stem: document numbers rising, each with its weight's level
   * ({@link PostingsCodec#level}); read from its bytes only once it is changed or laid out.
   */
  static final class Postings {
    private int[] ids = new int[8];
    private int[] levels = new int[8];
    private int size;
    /** The bytes it was decoded from, and where in them, until read. */
    private byte[] from;
    private int start;
    private int end;
    private String text;
    private String head;

    static Postings read(AnalysedDocument.Reader in, byte[] bytes) {
      Postings p = new Postings();
      p.size = in.next();
      int length = in.next();
      p.from = bytes;
      p.start = in.position();
      p.end = p.start + length;
      in.skip(length);
      return p;
    }

    /** Writes the number of postings, the length of their bytes and the bytes. */
    void writeTo(AnalysedDocument.Writer out) {
      out.add(size);
      if (from != null) {
        out.add(end - start);
        out.addBytes(from, start, end - start);
        return;
      }
      AnalysedDocument.Writer own = new AnalysedDocument.Writer(size * 3);
      int last = 0;
      for (int i = 0; i < size; i++) {
        own.add(ids[i] - last);
        own.add(levels[i]);
        last = ids[i];
      }
      byte[] bytes = own.bytes();
      out.add(bytes.length);
      out.addBytes(bytes, 0, bytes.length);
    }

    private void unpack() {
      if (from == null) {
        return;
      }
      ids = new int[Math.max(8, size + 1)];
      levels = new int[ids.length];
      AnalysedDocument.Reader in = new AnalysedDocument.Reader(from, start);
      int last = 0;
      for (int i = 0; i < size; i++) {
        last += in.next();
        ids[i] = last;
        levels[i] = in.next();
      }
      from = null;
    }

    /** Adds {@code id}, of weight level {@code level}, in its place. */
    void add(int id, int level) {
      unpack();
      text = null;
      head = null;
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        levels = Arrays.copyOf(levels, size * 2);
      }
      int at = size == 0 || ids[size - 1] < id ? size : -Arrays.binarySearch(ids, 0, size, id) - 1;
      System.arraycopy(ids, at, ids, at + 1, size - at);
      System.arraycopy(levels, at, levels, at + 1, size - at);
      ids[at] = id;
      levels[at] = level;
      size++;
    }

    /** Takes out {@code id}; true when none is left. */
    boolean remove(int id) {
      unpack();
      text = null;
      head = null;
      int at = Arrays.binarySearch(ids, 0, size, id);
      System.arraycopy(ids, at + 1, ids, at, size - at - 1);
      System.arraycopy(levels, at + 1, levels, at, size - at - 1);
      size--;
      return size == 0;
    }

    int size() {
      return size;
    }

    /** The whole list's text; a stem whose forms are in several fragments is encoded once. */
    String text() {
      if (text == null) {
        unpack();
        text = PostingsCodec.encode(ids, levels, size);
      }
      return text;
    }

    /**
     * The {@link SearchIndex#HEAD} best postings (highest level, then newest): the first page of
     * results of a query of this word alone, which needs nothing else of the list. Found in two
     * passes without sorting, as the lists of common words are as long as the site.
     */
    String head() {
      if (head != null) {
        return head;
      }
      unpack();
      int[] atLevel = new int[PostingsCodec.TOP_LEVEL + 2];
      for (int i = 0; i < size; i++) {
        atLevel[levels[i]]++;
      }
      // the lowest level of the best: every posting above it is in, and the newest of its own
      int lowest = PostingsCodec.TOP_LEVEL + 1;
      int above = 0;
      while (above + atLevel[lowest - 1] < SearchIndex.HEAD) {
        above += atLevel[--lowest];
      }
      lowest--;
      int ofLowest = SearchIndex.HEAD - above;
      boolean[] best = new boolean[size];
      for (int i = size - 1; i >= 0; i--) {
        if (levels[i] > lowest || levels[i] == lowest && ofLowest-- > 0) {
          best[i] = true;
        }
      }
      int[] headIds = new int[SearchIndex.HEAD];
      int[] headLevels = new int[SearchIndex.HEAD];
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (best[i]) {
          headIds[n] = ids[i];
          headLevels[n++] = levels[i];
        }
      }
      head = PostingsCodec.encode(headIds, headLevels, SearchIndex.HEAD);
      return head;
    }
  }
}
