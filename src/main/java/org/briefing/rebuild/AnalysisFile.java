package org.briefing.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.search.AnalysedDocument;

/**
 * The search index's analysed documents as the cache keeps them ({@code search.bin}), by the key
 * each was analysed under. Every string is written once, in a table at the start, and a document
 * names its stems, forms, facet names and language by their number in it: a site's vocabulary is
 * far smaller than its text, and a document that comes back from the file shares its strings with
 * every other one. Numbers are written in 7-bit groups, most of them in one or two bytes. A file
 * that is not one of this version, or damaged, gives no documents: they are analysed again.
 */
final class AnalysisFile {
  static final String NAME = "search.bin";
  private static final int MAGIC = 0x42525341;

  private AnalysisFile() {}

  /** The bytes of {@code documents}, for a Briefing whose cache is of {@code format} and {@code version}. */
  static byte[] encode(Map<Long, AnalysedDocument> documents, int format, String version) {
    Map<String, Integer> table = new HashMap<>();
    Out body = new Out(documents.size() * 1024 + 64);
    body.number(documents.size());
    for (Map.Entry<Long, AnalysedDocument> e : documents.entrySet()) {
      AnalysedDocument d = e.getValue();
      body.fixed(e.getKey());
      body.number(d.hidden() ? 1 : 0);
      body.number(d.date() == null ? 0 : d.date().toEpochDay() - Integer.MIN_VALUE + 1);
      body.number(id(table, d.language()));
      body.number(d.facets().size());
      for (Map.Entry<String, List<String>> f : d.facets().entrySet()) {
        body.number(id(table, f.getKey()));
        body.number(f.getValue().size());
        for (String name : f.getValue()) {
          body.number(id(table, name));
        }
      }
      body.number(d.stems().length);
      for (int i = 0; i < d.stems().length; i++) {
        body.number(id(table, d.stems()[i]));
        body.number(d.weights()[i]);
      }
      body.number(d.forms().length);
      for (int i = 0; i < d.forms().length; i++) {
        body.number(id(table, d.forms()[i]));
        body.number(d.formStems()[i]);
      }
      body.fixed(d.source());
    }
    String[] strings = new String[table.size()];
    table.forEach((s, i) -> strings[i] = s);
    Out out = new Out(body.size + strings.length * 12 + 64);
    out.fixed(MAGIC);
    out.fixed(format);
    out.text(version);
    out.number(strings.length);
    for (String s : strings) {
      out.text(s);
    }
    out.bytes(body.bytes, body.size);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(out.bytes, 0, out.size);
    out.fixed(crc.getValue());
    return Arrays.copyOf(out.bytes, out.size);
  }

  /** The documents in {@code bytes}; none when they are not a file of {@code format} and {@code version}, or damaged. */
  static Map<Long, AnalysedDocument> decode(byte[] bytes, int format, String version) {
    try {
      if (bytes.length < 8) {
        return Map.of();
      }
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bytes, 0, bytes.length - 8);
      In in = new In(bytes, bytes.length - 8);
      if (in.fixed() != MAGIC || in.fixed() != format || !in.text().equals(version)
          || new In(bytes, bytes.length).at(bytes.length - 8).fixed() != crc.getValue()) {
        return Map.of();
      }
      String[] strings = new String[(int) in.number()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.text();
      }
      int count = (int) in.number();
      Map<Long, AnalysedDocument> documents = new HashMap<>(count * 2);
      for (int n = 0; n < count; n++) {
        long key = in.fixed();
        boolean hidden = in.number() == 1;
        long day = in.number();
        LocalDate date = day == 0 ? null : LocalDate.ofEpochDay(day - 1 + Integer.MIN_VALUE);
        String language = strings[(int) in.number()];
        Map<String, List<String>> facets = new HashMap<>();
        for (int f = (int) in.number(); f > 0; f--) {
          String facet = strings[(int) in.number()];
          String[] names = new String[(int) in.number()];
          for (int i = 0; i < names.length; i++) {
            names[i] = strings[(int) in.number()];
          }
          facets.put(facet, List.of(names));
        }
        String[] stems = new String[(int) in.number()];
        int[] weights = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
          stems[i] = strings[(int) in.number()];
          weights[i] = (int) in.number();
        }
        String[] forms = new String[(int) in.number()];
        int[] formStems = new int[forms.length];
        for (int i = 0; i < forms.length; i++) {
          forms[i] = strings[(int) in.number()];
          formStems[i] = (int) in.number();
        }
        documents.put(key, new AnalysedDocument(hidden, date, language, facets, stems, weights, forms, formStems, in.fixed()));
      }
      return in.position == bytes.length - 8 ? documents : Map.of();
    } catch (RuntimeException damaged) {
      return Map.of();
    }
  }

  private static int id(Map<String, Integer> table, String s) {
    Integer id = table.get(s);
    if (id == null) {
      id = table.size();
      table.put(s, id);
    }
    return id;
  }

  /** Bytes written into an array that grows as needed. */
  private static final class Out {
    private byte[] bytes;
    private int size;

    Out(int capacity) {
      bytes = new byte[Math.max(64, capacity)];
    }

    private void room(int n) {
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
      }
    }

    /** A number of 0 or more, in groups of 7 bits, lowest first. */
    void number(long value) {
      room(10);
      while ((value & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    void fixed(long value) {
      room(8);
      for (int i = 0; i < 8; i++) {
        bytes[size++] = (byte) (value >>> (8 * i));
      }
    }

    void text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      bytes(utf8, utf8.length);
    }

    void bytes(byte[] from, int length) {
      room(length);
      System.arraycopy(from, 0, bytes, size, length);
      size += length;
    }
  }

  /** Reads what {@link Out} wrote; running past {@code end} throws. */
  private static final class In {
    private final byte[] bytes;
    private final int end;
    private int position;

    In(byte[] bytes, int end) {
      this.bytes = bytes;
      this.end = end;
    }

    In at(int at) {
      position = at;
      return this;
    }

    private byte next() {
      if (position >= end) {
        throw new IllegalStateException("past the end");
      }
      return bytes[position++];
    }

    long number() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = next();
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalStateException("a number too long");
    }

    long fixed() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value |= (long) (next() & 0xFF) << (8 * i);
      }
      return value;
    }

    String text() {
      int length = (int) number();
      if (length < 0 || position + length > end) {
        throw new IllegalStateException("past the end");
      }
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
  }
}
