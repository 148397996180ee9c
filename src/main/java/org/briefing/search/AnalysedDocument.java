package org.briefing.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One document of the index as its analysis left it, which is all the layout of the index
 * ({@link SearchIndex#build}) reads of it: its date (null for a page), language, and its terms
 * ({@link Terms}: stems with weights, surface forms with their stems, facet names), and the
 * fingerprint of what it was analysed from ({@code source}: the key it is kept under, which
 * covers its own part of its result file, {@link SearchIndex#documentFile}, too). A hidden
 * document (a draft, a story not yet due) keeps its number and date and has nothing else.
 * {@code document} is the fingerprint of the {@link SearchDocument} itself (its address, text,
 * date, language and facets), which the index's version is made of: unlike {@code source}, it does
 * not depend on where the site's folder is or when its files were saved. It
 * depends on its own document only, so a build can keep it and reuse it while the document is
 * unchanged.
 *
 * <p>The terms are kept encoded, as one array of numbers in 7-bit groups, the strings among them by their
 * number in {@code vocabulary}: a 10,000-story site keeps some 15 MB of them in one array a
 * document, where arrays of strings and numbers took three times that in four arrays and a map,
 * whose references the collector followed at every collection while the site's pages were being
 * made. {@code search.bin} stores the same bytes.
 */
public record AnalysedDocument(boolean hidden, LocalDate date, String language, Vocabulary vocabulary, byte[] encoded,
    long source, long document) {

  private static final byte[] NONE = new byte[0];

  /**
   * The terms of a document: its distinct stems (sorted) each with its weight, the folded surface
   * forms it has, each with the position of its stem in {@code stems} (sorted by form, then stem),
   * and its facet names by facet, each in its order.
   */
  public record Terms(String[] stems, int[] weights, String[] forms, int[] formStems, Map<String, List<String>> facets) {
    public Terms {
      if (stems.length != weights.length || forms.length != formStems.length) {
        throw new IllegalArgumentException("stems and weights, forms and their stems must pair up");
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Terms t && Arrays.equals(stems, t.stems) && Arrays.equals(weights, t.weights)
          && Arrays.equals(forms, t.forms) && Arrays.equals(formStems, t.formStems) && facets.equals(t.facets);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(stems), Arrays.hashCode(weights), Arrays.hashCode(forms), Arrays.hashCode(formStems),
          facets);
    }

    @Override
    public String toString() {
      return stems.length + " stems, " + forms.length + " forms, facets " + facets;
    }
  }

  /** A document of {@code terms}, its strings numbered in {@code vocabulary}, made from a document of fingerprint {@code source}. */
  public static AnalysedDocument of(LocalDate date, String language, Terms terms, long source, Vocabulary vocabulary) {
    return new AnalysedDocument(false, date, language, vocabulary, encode(terms, vocabulary), source, source);
  }

  /** A document that keeps its number and date in the index and nothing else. */
  public static AnalysedDocument hidden(LocalDate date) {
    return new AnalysedDocument(true, date, "", null, NONE, 0, 0);
  }

  /** Its terms, read from {@code encoded} (made anew at each call). */
  public Terms terms() {
    return terms(encoded, encoded.length == 0 ? null : vocabulary::string);
  }

  /**
   * A document read from a file whose terms, {@code encoded}, number their strings as
   * {@code string} names them: numbered anew in a vocabulary of its own, so that no other string
   * of the file is read.
   */
  public static AnalysedDocument read(boolean hidden, LocalDate date, String language, byte[] encoded,
      java.util.function.IntFunction<String> string, long source, long document) {
    if (hidden || encoded.length == 0) {
      return new AnalysedDocument(hidden, date, language, null, encoded, source, document);
    }
    Vocabulary own = new Vocabulary();
    return new AnalysedDocument(false, date, language, own, encode(terms(encoded, string), own), source, document);
  }

  private static Terms terms(byte[] encoded, java.util.function.IntFunction<String> string) {
    if (encoded.length == 0) {
      return new Terms(new String[0], new int[0], new String[0], new int[0], Map.of());
    }
    Reader in = new Reader(encoded);
    String[] stems = new String[in.next()];
    int[] weights = new int[stems.length];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = string.apply(in.next());
      weights[i] = in.next();
    }
    String[] forms = new String[in.next()];
    int[] formStems = new int[forms.length];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = string.apply(in.next());
      formStems[i] = in.next();
    }
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (int f = in.next(); f > 0; f--) {
      String facet = string.apply(in.next());
      String[] names = new String[in.next()];
      for (int i = 0; i < names.length; i++) {
        names[i] = string.apply(in.next());
      }
      facets.put(facet, List.of(names));
    }
    return new Terms(stems, weights, forms, formStems, facets);
  }

  /** The same document with its strings numbered in {@code other}. */
  public AnalysedDocument in(Vocabulary other) {
    return vocabulary == other || encoded.length == 0 ? this
        : new AnalysedDocument(hidden, date, language, other, encode(terms(), other), source, document);
  }

  /** The terms' bytes, for {@code vocabulary}: facets in the order of their names. */
  static byte[] encode(Terms t, Vocabulary vocabulary) {
    Writer out = new Writer(4 * (t.stems.length + t.forms.length) + 32);
    out.add(t.stems.length);
    for (int i = 0; i < t.stems.length; i++) {
      out.add(vocabulary.id(t.stems[i]));
      out.add(t.weights[i]);
    }
    out.add(t.forms.length);
    for (int i = 0; i < t.forms.length; i++) {
      out.add(vocabulary.id(t.forms[i]));
      out.add(t.formStems[i]);
    }
    addFacets(out, t.facets, vocabulary);
    return out.bytes();
  }

  /** Adds to {@code out} the facet names of a document's terms, in the order of the facets' names. */
  static void addFacets(Writer out, Map<String, List<String>> facets, Vocabulary vocabulary) {
    Map<String, List<String>> sorted = new TreeMap<>(facets);
    out.add(sorted.size());
    sorted.forEach((facet, names) -> {
      out.add(vocabulary.id(facet));
      out.add(names.size());
      names.forEach(name -> out.add(vocabulary.id(name)));
    });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalysedDocument d && hidden == d.hidden && source == d.source && document == d.document
        && Objects.equals(date, d.date)
        && language.equals(d.language)
        && (vocabulary == d.vocabulary ? Arrays.equals(encoded, d.encoded) : terms().equals(d.terms()));
  }

  @Override
  public int hashCode() {
    // of the fields alone: two equal documents may number their strings in different vocabularies
    return Objects.hash(hidden, date, language, source);
  }

  @Override
  public String toString() {
    return "AnalysedDocument[" + (hidden ? "hidden " : "") + date + " " + language + ", " + terms() + "]";
  }

  /** Numbers of 0 or more written in groups of 7 bits, lowest first, into an array that grows as needed. */
  static final class Writer {
    private byte[] bytes;
    private int size;

    Writer(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void add(int value) {
      if (size + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + 5, bytes.length * 2));
      }
      while ((value & ~0x7F) != 0) {
        bytes[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    /** A number of 64 bits, as two of 32. */
    void addLong(long value) {
      add((int) (value >>> 32));
      add((int) value);
    }

    /** A text, as the length of its UTF-8 bytes and the bytes. */
    void addText(String text) {
      byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      add(utf8.length);
      addBytes(utf8, 0, utf8.length);
    }

    void addBytes(byte[] from, int offset, int length) {
      if (size + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + length, bytes.length * 2));
      }
      System.arraycopy(from, offset, bytes, size, length);
      size += length;
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** Reads what {@link Writer} wrote: {@link #encoded} read in place, as the layout does, with nothing made of it. */
  static final class Reader {
    private final byte[] bytes;
    private int position;

    Reader(byte[] bytes) {
      this(bytes, 0);
    }

    Reader(byte[] bytes, int position) {
      this.bytes = bytes;
      this.position = position;
    }

    long nextLong() {
      long high = next() & 0xFFFFFFFFL;
      return high << 32 | next() & 0xFFFFFFFFL;
    }

    String nextText() {
      int length = next();
      position += length;
      return new String(bytes, position - length, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the next number starts; {@link #skip} passes over {@code length} bytes. */
    int position() {
      return position;
    }

    void skip(int length) {
      position += length;
    }

    int next() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[position++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }
  }
}
