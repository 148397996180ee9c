package org.briefing.rebuild;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.search.AnalysedDocument;
import org.briefing.search.Vocabulary;

/**
 * The search index's analysed documents as the cache keeps them ({@code search.bin}), by the key
 * each was analysed under. After a header (format and version), the file is a run of chunks, each
 * with its length in front and its checksum after it: a full build writes one chunk of every
 * document it asked for, and a build after an edit appends one chunk of the documents it analysed,
 * so an edit does not write the whole file again. A later chunk's document wins over an earlier
 * one's under the same key (they are equal: a key fingerprints what its document was made from).
 * In a chunk every string is written once, in a table at its start, and a document names its
 * language by its number there; its terms are written as the document keeps them
 * ({@link AnalysedDocument#encoded}), numbers into that table: a full build's chunk takes the
 * vocabulary its documents share as its table, so that they are written and read back as they
 * are, with nothing encoded again (a chunk added after an edit has a table of its own
 * documents' strings). Numbers are written in 7-bit groups, most of them in one or two bytes. A
 * file that is not one of this version gives no documents; reading stops at the first chunk that
 * is cut short or damaged (a write cut off by a crash), keeping the chunks before it.
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

  /**
   * Writes to {@code to} what {@link #encode} returns: the header, and one chunk whose table is the
   * vocabulary most of {@code documents} use.
   */
  static void write(OutputStream to, Map<Long, AnalysedDocument> documents, int format, String version) {
    Out header = new Out(64);
    header.fixed(MAGIC);
    header.fixed(format);
    header.text(version);
    header.writeTo(to);
    writeChunk(to, documents, Vocabulary.mostUsedBy(documents.values()));
  }

  /** The bytes of a chunk of {@code documents}, to add at the end of a file: its table has their strings alone. */
  static byte[] chunk(Map<Long, AnalysedDocument> documents) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    writeChunk(bytes, documents, new Vocabulary());
    return bytes.toByteArray();
  }

  /**
   * Writes a chunk of {@code documents} to {@code to}, with {@code table} as its string table: a
   * document numbered in another vocabulary is numbered in this one first. Its length comes
   * first, so each part is measured, then written as it is, the checksum taken on the way.
   */
  private static void writeChunk(OutputStream to, Map<Long, AnalysedDocument> documents, Vocabulary table) {
    List<Map.Entry<Long, AnalysedDocument>> entries = new java.util.ArrayList<>(documents.size());
    long bodyLength = 0;
    for (Map.Entry<Long, AnalysedDocument> e : documents.entrySet()) {
      AnalysedDocument d = e.getValue().in(table);
      entries.add(Map.entry(e.getKey(), d));
      bodyLength += 8 + 1 + Out.length(day(d)) + Out.length(table.id(d.language())) + Out.length(d.encoded().length)
          + d.encoded().length + 8 + 8;
    }
    String[] strings = table.strings(table.size());
    Out strung = new Out(strings.length * 12 + 64);
    strung.number(strings.length);
    for (String s : strings) {
      strung.text(s);
    }
    strung.number(entries.size());
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    Out length = new Out(8);
    length.fixed(strung.size + bodyLength);
    length.writeTo(to);
    strung.writeTo(to, crc);
    Out head = new Out(64);
    for (Map.Entry<Long, AnalysedDocument> e : entries) {
      AnalysedDocument d = e.getValue();
      head.size = 0;
      head.fixed(e.getKey());
      head.number(d.hidden() ? 1 : 0);
      head.number(day(d));
      head.number(table.id(d.language()));
      head.number(d.encoded().length);
      head.writeTo(to, crc);
      Out.write(to, crc, d.encoded(), d.encoded().length);
      head.size = 0;
      head.fixed(d.source());
      head.fixed(d.document());
      head.writeTo(to, crc);
    }
    Out sum = new Out(8);
    sum.fixed(crc.getValue());
    sum.writeTo(to);
  }

  /** The document's day as the file keeps it: 0 for none, else one more than its epoch day above the lowest int. */
  private static long day(AnalysedDocument d) {
    return d.date() == null ? 0 : d.date().toEpochDay() - Integer.MIN_VALUE + 1;
  }

  /**
   * The documents in {@code bytes}: none when they are not a file of {@code format} and
   * {@code version}; those of the chunks before the first one cut short or damaged.
   */
  static Contents decode(byte[] bytes, int format, String version) {
    Index index = new Index(bytes, format, version);
    return index.end() < 0 ? Contents.NONE : new Contents(index.all(), index.records(), index.end());
  }

  /**
   * Gives {@code reader} each whole chunk that {@code in} reads in turn, to read to its end, and
   * runs what it returns once the chunk proved whole (its checksum taken of the bytes read on the
   * way); returns where the last whole chunk ends, or -1 when the file is not one of
   * {@code format} and {@code version}.
   */
  private static long chunks(In in, int format, String version, java.util.function.Function<In, Runnable> reader) {
    try {
      if (in.fixed() != MAGIC || in.fixed() != format || !in.text().equals(version)) {
        return -1;
      }
    } catch (RuntimeException notOurs) {
      return -1;
    }
    long end = in.position;
    while (in.position < in.size) {
      try {
        long length = in.fixed();
        if (length < 0 || length > in.size - in.position - 8) {
          break;
        }
        long start = in.position;
        in.chunk(start + length);
        Runnable keep = reader.apply(in);
        long sum = in.checksum();
        if (in.position != start + length || in.fixed() != sum) {
          break;
        }
        // a chunk counts only whole
        keep.run();
        end = in.position;
      } catch (RuntimeException damaged) {
        break;
      }
    }
    return end;
  }

  /**
   * The documents of a file found by key and decoded one at a time, with only the strings each
   * names: an edit asks for a few of them. The file is read once through a small window, for the
   * checksums and to note where each document and string is, and then only where a document asked
   * for is: reading the whole of it into memory took an edit longer than laying out its index. A
   * later chunk's document wins over an earlier one's, as in {@link #decode}.
   */
  static final class Index implements java.io.Closeable {
    /** Where documents asked for are read: a small window, as a document's strings are far apart. */
    private final In file;
    /** By key, where the document's fields start. */
    private final Map<Long, long[]> places = new HashMap<>();
    /** By chunk, where each string of its table starts. */
    private final List<long[]> tables = new java.util.ArrayList<>();
    private int records;
    private final long end;

    /** The index of the file at {@code path}, none when it cannot be read. */
    static Index of(Path path, int format, String version) {
      try {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return new Index(In.of(channel, 1 << 16), In.of(channel, 1 << 9), format, version);
      } catch (IOException e) {
        return new Index(new byte[0], format, version);
      }
    }

    Index(byte[] bytes, int format, String version) {
      this(In.of(bytes), In.of(bytes), format, version);
    }

    private Index(In walk, In file, int format, String version) {
      this.file = file;
      this.end = chunks(walk, format, version, chunk -> {
        long[] table = new long[(int) chunk.number()];
        for (int i = 0; i < table.length; i++) {
          table[i] = chunk.position;
          chunk.skip(chunk.number());
        }
        int count = (int) chunk.number();
        long[] keys = new long[count];
        long[] starts = new long[count];
        for (int n = 0; n < count; n++) {
          keys[n] = chunk.fixed();
          starts[n] = chunk.position;
          chunk.number();
          chunk.number();
          chunk.number();
          chunk.skip(chunk.number());
          chunk.fixed();
          chunk.fixed();
        }
        return () -> {
          int number = tables.size();
          tables.add(table);
          for (int n = 0; n < count; n++) {
            places.put(keys[n], new long[] {number, starts[n]});
          }
          records += count;
        };
      });
    }

    /** The document under {@code key}, or null. */
    synchronized AnalysedDocument get(long key) {
      long[] place = places.get(key);
      if (place == null) {
        return null;
      }
      long[] table = tables.get((int) place[0]);
      return read(place[1], i -> file.at(table[i]).text(), null);
    }

    /**
     * Every document, numbered in a vocabulary of its chunk's table, so that the terms of those
     * of one chunk are read as they were written and share it.
     */
    synchronized Map<Long, AnalysedDocument> all() {
      Vocabulary[] vocabularies = new Vocabulary[tables.size()];
      Map<Long, AnalysedDocument> all = new HashMap<>(places.size() * 2);
      places.forEach((key, place) -> {
        int chunk = (int) place[0];
        if (vocabularies[chunk] == null) {
          long[] table = tables.get(chunk);
          String[] strings = new String[table.length];
          for (int i = 0; i < strings.length; i++) {
            strings[i] = file.at(table[i]).text();
          }
          vocabularies[chunk] = new Vocabulary(strings);
        }
        all.put(key, read(place[1], vocabularies[chunk]::string, vocabularies[chunk]));
      });
      return all;
    }

    /**
     * The document whose fields start at {@code at}, its strings named by {@code string}: numbered
     * in {@code table}, their vocabulary, or, when it is null, in a vocabulary of its own.
     */
    private AnalysedDocument read(long at, java.util.function.IntFunction<String> string, Vocabulary table) {
      file.at(at);
      boolean hidden = file.number() == 1;
      long day = file.number();
      LocalDate date = day == 0 ? null : LocalDate.ofEpochDay(day - 1 + Integer.MIN_VALUE);
      int language = (int) file.number();
      byte[] terms = file.bytes((int) file.number());
      long source = file.fixed();
      long document = file.fixed();
      // the strings last: reading one moves the file's place
      return table != null ? new AnalysedDocument(hidden, date, string.apply(language), hidden ? null : table, terms, source, document)
          : AnalysedDocument.read(hidden, date, string.apply(language), terms, string, source, document);
    }

    boolean has(long key) {
      return places.containsKey(key);
    }

    /** How many records the file has, all chunks counted. */
    int records() {
      return records;
    }

    /** Where its last whole chunk ends; -1 for a file that is none of this version. */
    long end() {
      return end;
    }

    @Override
    public void close() {
      file.close();
    }
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
      write(to, null, bytes, size);
    }

    void writeTo(OutputStream to, java.util.zip.Checksum sum) {
      write(to, sum, bytes, size);
    }

    /** Writes {@code bytes[0, length)} to {@code to}, adding them to {@code sum} when there is one. */
    static void write(OutputStream to, java.util.zip.Checksum sum, byte[] bytes, int length) {
      if (sum != null) {
        sum.update(bytes, 0, length);
      }
      try {
        to.write(bytes, 0, length);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** How many bytes {@link #number} writes for {@code value}. */
    static int length(long value) {
      int length = 1;
      while ((value & ~0x7FL) != 0) {
        value >>>= 7;
        length++;
      }
      return length;
    }
  }

  /**
   * Reads what {@link Out} wrote, from an array or from a file through a window of its bytes that
   * moves as it reads; running past its limit throws. Between {@link #chunk} and
   * {@link #checksum} it takes the checksum of every byte it passes, which it then reads in order.
   */
  private static final class In {
    private final FileChannel channel;
    private final long size;
    private byte[] window;
    /** Where in the file the window starts, and how many of its bytes are the file's. */
    private long base;
    private int filled;
    private long limit;
    private long position;
    private java.util.zip.CRC32C crc;
    /** Where the bytes not yet in the checksum start. */
    private long summed;

    private In(FileChannel channel, long size, byte[] window, int filled) {
      this.channel = channel;
      this.size = size;
      this.window = window;
      this.filled = filled;
      this.limit = size;
    }

    static In of(byte[] bytes) {
      return new In(null, bytes.length, bytes, bytes.length);
    }

    /** Reads {@code channel} through a window of {@code window} bytes. */
    static In of(FileChannel channel, int window) throws IOException {
      return new In(channel, channel.size(), new byte[window], 0);
    }

    In at(long at) {
      position = at;
      return this;
    }

    /** Reads no further than {@code end}, the end of a chunk, and takes the checksum of what it reads from here. */
    void chunk(long end) {
      limit = end;
      crc = new java.util.zip.CRC32C();
      summed = position;
    }

    /** The checksum of the bytes read since {@link #chunk}; no more are taken, and it reads on to the end. */
    long checksum() {
      sum();
      long value = crc.getValue();
      crc = null;
      limit = size;
      return value;
    }

    private void sum() {
      if (crc != null && summed < position) {
        crc.update(window, (int) (summed - base), (int) (position - summed));
        summed = position;
      }
    }

    /** Makes the window start at {@code position}. */
    private void fill() {
      if (channel == null) {
        throw new IllegalStateException("past the end");
      }
      sum();
      base = position;
      filled = 0;
      try {
        java.nio.ByteBuffer into = java.nio.ByteBuffer.wrap(window);
        while (into.hasRemaining() && base + filled < size) {
          int read = channel.read(into, base + filled);
          if (read < 0) {
            break;
          }
          filled += read;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (filled == 0) {
        throw new IllegalStateException("past the end");
      }
    }

    private byte next() {
      if (position >= limit) {
        throw new IllegalStateException("past the end");
      }
      if (position < base || position >= base + filled) {
        fill();
      }
      return window[(int) (position++ - base)];
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

    /** Passes over {@code length} bytes, which go into the checksum as it is taken. */
    void skip(long length) {
      if (length < 0 || position + length > limit) {
        throw new IllegalStateException("past the end");
      }
      while (length > 0) {
        if (position < base || position >= base + filled) {
          fill();
        }
        long step = Math.min(length, base + filled - position);
        position += step;
        length -= step;
      }
    }

    byte[] bytes(int length) {
      if (length < 0 || position + length > limit) {
        throw new IllegalStateException("past the end");
      }
      byte[] copy = new byte[length];
      for (int at = 0; at < length; ) {
        if (position < base || position >= base + filled) {
          fill();
        }
        int step = (int) Math.min(length - at, base + filled - position);
        System.arraycopy(window, (int) (position - base), copy, at, step);
        position += step;
        at += step;
      }
      return copy;
    }

    String text() {
      return new String(bytes((int) number()), StandardCharsets.UTF_8);
    }

    void close() {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // read only: nothing was left unwritten
        }
      }
    }
  }
}
