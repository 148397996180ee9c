package org.briefing.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.fingerprint.Fingerprint;

/**
 * Analyses one document at a time into what the index keeps of it ({@link AnalysedDocument}):
 * the stems of its words with their weights, its folded surface forms and its facets. Not
 * thread-safe (it remembers the words it has seen); a build uses one per thread.
 *
 * <p>A weight depends on its own document only (a BM25 term weight with a fixed length pivot
 * instead of the site's average, and no idf): an edit changes the weights of the story it edits
 * and no other. The browser works out idf from the length of a postings list and the number of
 * documents.
 */
public final class Analyser {
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

  /** Forms by surface, then stem: one comparison of the surfaces, which differ but for a form with several stems. */
  private static final java.util.Comparator<Object> FORM_ORDER = (x, y) -> {
    Words.Word a = (Words.Word) x;
    Words.Word b = (Words.Word) y;
    int bySurface = a.surface().compareTo(b.surface());
    return bySurface != 0 ? bySurface : a.stem().compareTo(b.stem());
  };
  private static final java.util.Comparator<Object> STEM_ORDER = (a, b) -> ((Words.Stem) a).text.compareTo(((Words.Stem) b).text);

  private final Words words = new Words();
  /** Where the strings of this analyser's documents are numbered; each word keeps its number. */
  private final Vocabulary vocabulary;
  /** The number of the document being analysed, which marks the words and stems it has been seen to have. */
  private int document;
  private final List<Words.Stem> stems = new ArrayList<>();
  private final List<Words.Word> forms = new ArrayList<>();
  private int weight;
  private final java.util.function.Consumer<Words.Word> counter = this::count;

  /** An analyser numbering its documents' strings in a vocabulary of its own. */
  public Analyser() {
    this(new Vocabulary());
  }

  /** An analyser numbering its documents' strings in {@code vocabulary}, which other analysers may share. */
  public Analyser(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** What the index keeps of {@code d}, analysed under {@code source}, the fingerprint of what {@code d} was made from. */
  public AnalysedDocument analyse(SearchDocument d, long source) {
    if (d.hidden()) {
      return AnalysedDocument.hidden(d.date());
    }
    document++;
    stems.clear();
    forms.clear();
    int length = 0;
    length += add(d.title(), d.language(), HEADLINE);
    length += add(d.standfirst(), d.language(), STANDFIRST);
    length += add(d.summary(), d.language(), SUMMARY);
    for (String facet : SearchDocument.FACETS) {
      for (String name : d.facets().getOrDefault(facet, List.of())) {
        length += add(name, d.language(), FACET);
      }
    }
    // a source filed under its organisation is found by its own name too
    List<String> filed = d.facets().getOrDefault("source", List.of());
    for (String name : d.sources()) {
      if (!filed.contains(name)) {
        length += add(name, d.language(), FACET);
      }
    }
    for (String paragraph : d.body()) {
      length += add(paragraph, d.language(), BODY);
    }
    double norm = K1 * (1 - B + B * lengthStep(length) / PIVOT);
    // arrays of Object, both of them: a sort inlined with arrays of two element types failed its
    // store checks in turn, and each failure had the JIT compile this method again (JFR)
    Object[] sortedStems = stems.toArray();
    sort(sortedStems, s -> ((Words.Stem) s).order, STEM_ORDER);
    Object[] sortedForms = forms.toArray();
    sort(sortedForms, w -> ((Words.Word) w).order, FORM_ORDER);
    // the terms as AnalysedDocument.encode writes them, with each string's number kept on its word (looked up once a word)
    AnalysedDocument.Writer out = new AnalysedDocument.Writer(4 * (sortedStems.length + sortedForms.length) + 64);
    writeStems(out, sortedStems, norm);
    writeForms(out, sortedForms);
    Map<String, List<String>> facets = new HashMap<>();
    SearchDocument.FACETS.forEach(f -> facets.put(f, d.facets().getOrDefault(f, List.of())));
    AnalysedDocument.addFacets(out, facets, vocabulary);
    return new AnalysedDocument(false, d.date(), d.language(), vocabulary, out.bytes(), source, Fingerprint.of(d));
  }

  // each loop in a method of its own: compiled as called, not on the stack with the whole analysis
  private void writeStems(AnalysedDocument.Writer out, Object[] sorted, double norm) {
    out.add(sorted.length);
    for (int i = 0; i < sorted.length; i++) {
      Words.Stem stem = (Words.Stem) sorted[i];
      stem.position = i;
      if (stem.id < 0) {
        stem.id = vocabulary.id(stem.text);
      }
      out.add(stem.id);
      int tf = stem.count;
      out.add((int) Math.max(1, Math.round(100 * (K1 + 1) * tf / (tf + norm))));
    }
  }

  private void writeForms(AnalysedDocument.Writer out, Object[] sorted) {
    out.add(sorted.length);
    for (Object o : sorted) {
      Words.Word form = (Words.Word) o;
      if (form.id < 0) {
        form.id = vocabulary.id(form.surface());
      }
      out.add(form.id);
      out.add(form.stemOf().position);
    }
  }

  private long[] keys = new long[256];

  /**
   * Sorts {@code items} by {@code order}, as {@code prefix} orders most of them: numbers made of
   * each one's prefix and place are sorted (a sort of primitives, several times faster than one of
   * objects, which took a third of the analysis), then each run of items with the same prefix is
   * sorted by {@code order}.
   */
  private <T> void sort(T[] items, java.util.function.ToLongFunction<T> prefix, java.util.Comparator<T> order) {
    int n = items.length;
    if (n > 1 << 16) {
      Arrays.sort(items, order);
      return;
    }
    if (keys.length < n) {
      keys = new long[Math.max(n, keys.length * 2)];
    }
    long[] keys = this.keys;
    for (int i = 0; i < n; i++) {
      keys[i] = prefix.applyAsLong(items[i]) << 16 | i;
    }
    Arrays.sort(keys, 0, n);
    T[] unsorted = items.clone();
    for (int i = 0; i < n; i++) {
      items[i] = unsorted[(int) (keys[i] & 0xFFFF)];
    }
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && keys[end] >> 16 == keys[start] >> 16) {
        end++;
      }
      if (end - start > 1) {
        Arrays.sort(items, start, end, order);
      }
    }
  }

  /** The folded stop words of {@code language}, which are not indexed and which the browser leaves out of a query. */
  Set<String> stopWords(String language) {
    return words.stopWords(language);
  }

  /**
   * A document's length rounded to a step of 10 %: a word more or less in an edit seldom moves it,
   * so the edit rewrites the fragments of the words it changed and not those of every word of the story.
   */
  static double lengthStep(int length) {
    return length < 1 ? 1 : Math.pow(1.1, Math.round(Math.log(length) / Math.log(1.1)));
  }

  /** Counts the words of {@code text} at {@code weight} and returns how many there are. */
  private int add(String text, String language, int weight) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    this.weight = weight;
    return words.scan(text, language, counter);
  }

  private void count(Words.Word w) {
    Words.Stem stem = w.stemOf();
    if (stem == null) {
      return;
    }
    if (stem.document != document) {
      stem.document = document;
      stem.count = 0;
      stems.add(stem);
    }
    stem.count += weight;
    if (w.document != document) {
      w.document = document;
      forms.add(w);
    }
  }
}
