package org.briefing.rebuild;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.search.AnalysedDocument;

/**
 * The search index's analysed documents as the cache keeps them ({@code search.bin}), by the key
 * each was analysed under. After a header (format and version), the file is a run of chunks, each
 * with its length in front and its checksum after it: a full build writes one chunk of every
 * document it asked for, and a build after an edit appends one chunk of the documents it analysed,
 * so an edit does not write the whole file again. A later chunk's document wins over an earlier
 * one's under the same key (they are equal: a key fingerprints what its document was made from).
 * In a chunk every string is written once, in a table at its start, and a document names its
 * stems, forms, facet names and language by their number in it: a site's vocabulary is far
 * smaller than its text, and a document that comes back from the file shares its strings with
 * every other one of its chunk. Numbers are written in 7-bit groups, most of them in one or two
 * bytes. A file that is not one of this version gives no documents; reading stops at the first
 * chunk that is cut short or damaged (a write cut off by a crash), keeping the chunks before it.
 */
final class AnalysisFile {
  static final String NAME = "search.bin";
  private static final int MAGIC = 0x42525342;

  private AnalysisFile() {}

  /** What a file holds: its documents by key, how many records it has in all, and where its last whole chunk ends. */
  record Contents(Map<Long, AnalysedDocument> documents, int records, long end) {
    static final Contents NONE = new Contents(Map.of(), 0, -1);
  }

  /** The bytes of a whole file of {@code documents}, for a Briefing whose cache is of {@code format} and {@code version}. */
  static byte[] encode(Map<Long, AnalysedDocument> documents, int format, String version) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    write(bytes, documents, format, version);
    return bytes.toByteArray();
  }

  /** Writes to {@code to} what {@link #encode} returns. */
  static void write(OutputStream to, Map<Long, AnalysedDocument> documents, int format, String version) {
    Out header = new Out(64);
    header.fixed(MAGIC);
    header.fixed(format);
    header.text(version);
    header.writeTo(to);
    writeChunk(to, documents);
  }

  /** The bytes of a chunk of {@code documents}, to add at the end of a file. */
  static byte[] chunk(Map<Long, AnalysedDocument> documents) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    writeChunk(bytes, documents);
    return bytes.toByteArray();
  }

  /**
   * Writes to {@code to} what {@link #chunk} returns. The documents are encoded into one array,
   * sized for them from the start, and the string table into another; both go to {@code to}
   * as they are (a 10,000-story site's chunk is some 15 MB: every copy of it is garbage the
   * collector has to move while the build's pages are still alive).
   */
  static void writeChunk(OutputStream to, Map<Long, AnalysedDocument> documents) {
    Map<String, Integer> table = new HashMap<>();
    long numbers = 0;
    for (AnalysedDocument d : documents.values()) {
      numbers += 2L * (d.stems().length + d.forms().length) + 8;
    }
    // a number takes one byte or two but for the ids of rare strings (1.65 bytes on average for a bench site's)
    Out body = new Out((int) Math.min(Integer.MAX_VALUE - 64, numbers * 2 + 16L * documents.size() + 64));
    body.number(documents.size());
    // a method a document: the JIT compiles it as it is called, where a loop over every document in
    // one method was compiled on the stack (OSR) whole, twice, some 250 ms of a compiler thread
    documents.forEach((key, d) -> writeDocument(body, table, key, d));
    String[] strings = new String[table.size()];
    table.forEach((s, i) -> strings[i] = s);
    Out strung = new Out(strings.length * 12 + 64);
    strung.number(strings.length);
    for (String s : strings) {
      strung.text(s);
    }
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(strung.bytes, 0, strung.size);
    crc.update(body.bytes, 0, body.size);
    Out length = new Out(8);
    length.fixed((long) strung.size + body.size);
    Out sum = new Out(8);
    sum.fixed(crc.getValue());
    length.writeTo(to);
    strung.writeTo(to);
    body.writeTo(to);
    sum.writeTo(to);
  }

  private static void writeDocument(Out body, Map<String, Integer> table, long key, AnalysedDocument d) {
    body.fixed(key);
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
    String[] stems = d.stems();
    int[] weights = d.weights();
    body.number(stems.length);
    for (int i = 0; i < stems.length; i++) {
      body.number(id(table, stems[i]));
      body.number(weights[i]);
    }
    String[] forms = d.forms();
    int[] formStems = d.formStems();
    body.number(forms.length);
    for (int i = 0; i < forms.length; i++) {
      body.number(id(table, forms[i]));
      body.number(formStems[i]);
    }
    body.fixed(d.source());
  }

  /**
   * The documents in {@code bytes}: none when they are not a file of {@code format} and
   * {@code version}; those of the chunks before the first one cut short or damaged.
   */
  static Contents decode(byte[] bytes, int format, String version) {
    In in = new In(bytes, bytes.length);
    try {
      if (in.fixed() != MAGIC || in.fixed() != format || !in.text().equals(version)) {
        return Contents.NONE;
      }
    } catch (RuntimeException notOurs) {
      return Contents.NONE;
    }
    Map<Long, AnalysedDocument> documents = new HashMap<>();
    int records = 0;
    long end = in.position;
    while (in.position < bytes.length) {
      try {
        long length = in.fixed();
        if (length < 0 || length > bytes.length - in.position - 8) {
          break;
        }
        int start = in.position;
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, start, (int) length);
        if (new In(bytes, bytes.length).at(start + (int) length).fixed() != crc.getValue()) {
          break;
        }
        In chunk = new In(bytes, start + (int) length).at(start);
        Map<Long, AnalysedDocument> read = readChunk(chunk);
        if (chunk.position != start + length) {
          break;
        }
        // a chunk counts only whole
        documents.putAll(read);
        records += read.size();
        in.at(start + (int) length + 8);
        end = in.position;
      } catch (RuntimeException damaged) {
        break;
      }
    }
    return new Contents(documents, records, end);
  }

  private static Map<Long, AnalysedDocument> readChunk(In in) {
    String[] strings = new String[(int) in.number()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.text();
    }
    int count = (int) in.number();
    Map<Long, AnalysedDocument> read = new HashMap<>(count * 2);
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
      read.put(key, new AnalysedDocument(hidden, date, language, facets, stems, weights, forms, formStems, in.fixed()));
    }
    return read;
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

    void writeTo(OutputStream to) {
      try {
        to.write(bytes, 0, size);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
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
