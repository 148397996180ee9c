package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.SiteGraph;


import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.problem.Problem;

/**
 * Keeps a {@link BuildCache} on disk in {@code .briefing-cache/NAME/} beside the output folder
 * NAME, in two files. {@code index.bin} holds the small parts, read whole: the report of the last build, the
 * output files' fingerprints, the word counts, the site graph, and where each story's words and
 * entry are in the second file. {@code stories-N.bin} holds those, and the rest of the site graph;
 * a story is read from it only when a build needs it. A full save writes a new stories file; an
 * edit appends the stories it changed to the current one, and writes a new one only when more
 * than half of it is out of date. Story bodies are not stored: a cached story's text is rendered
 * again from its unchanged file when a page needs it. A cache that is missing, made for another
 * output folder or by another version of Briefing, or damaged, is ignored: the build is then a
 * clean one.
 */
public final class CacheStore {
  public static final String DIR = ".briefing-cache";
  private static final String INDEX = "index.bin";
  static final int MAGIC = 0x42524643;
  /**
   * The cache's format: a number to raise when the codec writes the same records another way, and
   * the shape of every record it writes, found by following the components of a cache entry and of
   * a graph's story (names and types, nested records included), so that a field added to a story,
   * a placement or a source makes older caches unreadable with no hand-kept step.
   */
  private static final int FORMAT = formatOf(12, BuildCache.Entry.class, org.briefing.pipeline.SiteGraph.Story.class,
      org.briefing.search.AnalysedDocument.class);
  private static final String VERSION = version();

  private final Path dir;
  private final Path outDir;
  /** Whether a checksum of what this store read did not match: the cache was changed since it was saved. */
  private final java.util.concurrent.atomic.AtomicBoolean damaged = new java.util.concurrent.atomic.AtomicBoolean();

  public CacheStore(Path outDir) {
    this.outDir = outDir.toAbsolutePath().normalize();
    this.dir = dirFor(this.outDir);
  }

  /**
   * The cache folder of the output folder {@code outDir}: {@code .briefing-cache/NAME/} beside it,
   * one per output, so that two sites built into one parent folder keep a cache each.
   */
  public static Path dirFor(Path outDir) {
    Path out = outDir.toAbsolutePath().normalize();
    return out.getParent().resolve(DIR).resolve(out.getFileName().toString());
  }

  /** The cache's index file for the output folder {@code outDir}; bin/briefing looks for it there too. */
  public static Path indexFor(Path outDir) {
    return dirFor(outDir).resolve(INDEX);
  }

  public Path dir() {
    return dir;
  }

  /**
   * Whether something this store read from its files did not match the checksum saved with it
   * (the index as a whole, each story's record), so that the build ignored the cache.
   */
  public boolean damaged() {
    return damaged.get();
  }

  /** A part of the cache whose checksum does not match what was saved. */
  static final class Damaged extends RuntimeException {
    Damaged(String what) {
      super("the build cache is damaged: " + what + " does not match its checksum");
    }
  }

  private static int checksum(byte[] bytes, int offset, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  Path outDir() {
    return outDir;
  }

  /** The cache of the last build into this output folder, or an empty one. */
  public BuildCache load() {
    try (Snapshot snapshot = snapshot()) {
      return load(snapshot);
    }
  }

  /** The cache read from {@code snapshot} (from {@link #snapshot}), or an empty one when it is null. */
  public BuildCache load(Snapshot snapshot) {
    BuildCache cache = new BuildCache();
    if (snapshot == null) {
      return cache;
    }
    try {
      snapshot.into(cache);
      // all the stories are wanted: the file is read at once, and decoded on all cores
      byte[] stories = snapshot.readAll();
      java.util.stream.IntStream.range(0, snapshot.entryCount()).parallel().mapToObj(i -> snapshot.entry(stories, i)).toList()
          .forEach(e -> cache.articles.put(e.stamp().path(), e));
      forgetMissingOutputs(cache);
      return cache;
    } catch (RuntimeException e) {
      cache.clear();
      return cache;
    }
  }

  /**
   * The cache of the last build into this output folder, with its small parts read and its stories
   * left to be read one by one; null when there is none that this build can use. Close it when done.
   */
  public Snapshot snapshot() {
    Path index = dir.resolve(INDEX);
    if (!Files.isRegularFile(index) || !Files.isDirectory(outDir)) {
      return null;
    }
    FileChannel stories = null;
    try {
      byte[] bytes = Files.readAllBytes(index);
      ByteBuffer head = ByteBuffer.wrap(bytes);
      if (bytes.length >= 12 && head.getInt(0) == MAGIC && head.getInt(4) != FORMAT) {
        return null; // a cache of another version of Briefing
      }
      if (bytes.length < 12 || head.getInt(0) != MAGIC || head.getInt(bytes.length - 4) != checksum(bytes, 0, bytes.length - 4)) {
        damaged.set(true);
        return null;
      }
      DataInputStream in = new DataInputStream(new UnlockedBytes.In(bytes, 0, bytes.length - 4));
      BuildCache header = new BuildCache();
      if (!readHeader(in, header)) {
        return null;
      }
      String storeName = CacheCodec.string(in);
      long storeSize = in.readLong();
      Path store = dir.resolve(storeName);
      if (!storeName.matches("stories-[0-9]+\\.bin") || !Files.isRegularFile(store) || Files.size(store) < storeSize) {
        return null;
      }
      stories = FileChannel.open(store, StandardOpenOption.READ);
      return new Snapshot(in, header, storeName, storeSize, stories, damaged, dir.resolve(AnalysisFile.NAME));
    } catch (IOException | RuntimeException e) {
      closeQuietly(stories);
      return null;
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException e) {
      // nothing was written through it
    }
  }

  /** Where one story's words or entry are in the stories file, and the checksum (CRC32C) of its bytes. */
  private record Item(long at, int length, int crc) {
    static Item read(DataInputStream in) throws IOException {
      return new Item(in.readLong(), in.readInt(), in.readInt());
    }

    void write(DataOutputStream out) throws IOException {
      out.writeLong(at);
      out.writeInt(length);
      out.writeInt(crc);
    }
  }

  /** The cache as the last build left it: the index read, the stories read when asked for. */
  public static final class Snapshot implements Closeable {
    final BuildCache header;
    final Map<String, Long> outputs = new java.util.HashMap<>();
    private final String storeName;
    /** How much of the stories file the index points into. */
    private final long storeSize;
    private final FileChannel stories;
    private final Item structure;
    private final Item[] terms;
    private final Item[] entries;
    // read from the index at once, decoded when first asked for: a build with nothing to do needs
    // only the header and the outputs
    private final byte[] wordBytes;
    private final byte[] storyBytes;
    private Map<String, Integer> documentFrequency;
    private int documents;
    private boolean mapRead;
    private SiteGraph siteGraph;
    private Map<Path, Integer> storyByFile;
    private final Path searchFile;
    private Map<Long, org.briefing.search.AnalysedDocument> searchDocuments;

    private final java.util.concurrent.atomic.AtomicBoolean damaged;

    private Snapshot(DataInputStream in, BuildCache header, String storeName, long storeSize, FileChannel stories,
        java.util.concurrent.atomic.AtomicBoolean damaged, Path searchFile) throws IOException {
      this.damaged = damaged;
      this.searchFile = searchFile;
      this.header = header;
      this.storeName = storeName;
      this.storeSize = storeSize;
      this.stories = stories;
      byte[] outputBytes = section(in);
      this.wordBytes = section(in);
      this.storyBytes = section(in);
      this.structure = Item.read(in);
      int count = in.readInt();
      this.terms = new Item[count];
      this.entries = new Item[count];
      for (int i = 0; i < count; i++) {
        terms[i] = Item.read(in);
        entries[i] = Item.read(in);
      }
      readOutputs(new DataInputStream(new UnlockedBytes.In(outputBytes)), outputs);
    }

    /** How many stories use each word, as the last build counted. */
    synchronized Map<String, Integer> documentFrequency() {
      if (documentFrequency == null) {
        documentFrequency = new java.util.HashMap<>();
        try (DataInputStream in = new DataInputStream(new UnlockedBytes.In(wordBytes))) {
          documents = in.readInt();
          for (int words = in.readInt(); words > 0; words--) {
            documentFrequency.put(CacheCodec.string(in), in.readInt());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return documentFrequency;
    }

    /** How many stories the word counts are of. */
    int documents() {
      documentFrequency();
      synchronized (this) {
        return documents;
      }
    }

    /** The shape of the last build's site; null when it did not keep one, or it cannot be read. */
    synchronized SiteGraph siteGraph() {
      if (!mapRead) {
        mapRead = true;
        try {
          SiteGraph map = storyBytes.length == 0 ? null : CacheCodec.readGraph(new DataInputStream(new UnlockedBytes.In(storyBytes)),
              new DataInputStream(new UnlockedBytes.In(read(structure))));
          if (map != null && map.stories().size() == entries.length) {
            storyByFile = new java.util.HashMap<>(map.stories().size() * 2);
            for (int i = 0; i < map.stories().size(); i++) {
              storyByFile.put(map.stories().get(i).file().path(), i);
            }
            siteGraph = map;
          }
        } catch (IOException | RuntimeException e) {
          siteGraph = null;
        }
      }
      return siteGraph;
    }

    /**
     * The search index's documents as earlier builds analysed them, by the key each was analysed
     * under; none when there are none this build can read (they are then analysed again).
     */
    public synchronized Map<Long, org.briefing.search.AnalysedDocument> searchDocuments() {
      if (searchDocuments == null) {
        byte[] bytes;
        try {
          bytes = Files.isRegularFile(searchFile) ? Files.readAllBytes(searchFile) : new byte[0];
        } catch (IOException e) {
          bytes = new byte[0];
        }
        searchDocuments = AnalysisFile.decode(bytes, FORMAT, VERSION);
      }
      return searchDocuments;
    }

    /** The position of each story of the site graph by the path of its file. */
    synchronized Map<Path, Integer> storyByFile() {
      siteGraph();
      return storyByFile;
    }

    private static byte[] section(DataInputStream in) throws IOException {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return bytes;
    }

    private byte[] read(Item item) {
      return verified(item, readRaw(item.at(), item.length()), 0);
    }

    /** {@code bytes}, which hold {@code item} from {@code offset} on, when their checksum is the one saved. */
    private byte[] verified(Item item, byte[] bytes, int offset) {
      if (checksum(bytes, offset, item.length()) != item.crc()) {
        damaged.set(true);
        throw new Damaged("a story's record in the stories file");
      }
      return bytes;
    }

    private byte[] readRaw(long at, int length) {
      ByteBuffer buffer = ByteBuffer.allocate(length);
      try {
        while (buffer.hasRemaining()) {
          if (stories.read(buffer, at + buffer.position()) < 0) {
            throw new IOException("the stories file of the cache is shorter than its index says");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return buffer.array();
    }

    int entryCount() {
      return entries.length;
    }

    /** The words of the story at {@code i} (in site order when there is a site graph). */
    String terms(int i) {
      return new String(read(terms[i]), StandardCharsets.UTF_8);
    }

    /** The story at {@code i}, decoded; its body is bound to no build yet. */
    BuildCache.Entry entry(int i) {
      return entry(read(terms[i]), 0, read(entries[i]), 0, i);
    }

    /** The whole stories file, for a build that wants every story. */
    byte[] readAll() {
      try {
        long size = stories.size();
        if (size > Integer.MAX_VALUE - 16) {
          throw new IOException("the stories file of the cache is too large to read at once");
        }
        return readRaw(0, (int) size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The story at {@code i}, decoded from {@code all}, the bytes of the whole stories file. */
    BuildCache.Entry entry(byte[] all, int i) {
      return entry(verified(terms[i], all, (int) terms[i].at()), (int) terms[i].at(),
          verified(entries[i], all, (int) entries[i].at()), (int) entries[i].at(), i);
    }

    private BuildCache.Entry entry(byte[] words, int wordsAt, byte[] entry, int entryAt, int i) {
      try (DataInputStream in = new DataInputStream(new UnlockedBytes.In(entry, entryAt, entries[i].length()))) {
        return CacheCodec.readEntry(in, new String(words, wordsAt, terms[i].length(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void into(BuildCache cache) {
      cache.inputStamp = header.inputStamp;
      cache.nextRelease = header.nextRelease;
      cache.stories = header.stories;
      cache.warnings = header.warnings;
      cache.outputs.putAll(outputs);
      cache.documentFrequency.putAll(documentFrequency());
      cache.documents = documents();
      cache.searchDocuments = searchDocuments();
    }

    @Override
    public void close() {
      closeQuietly(stories);
    }
  }

  /**
   * What the last build into this folder reported, when it is still true: the input stamp is
   * {@code stamp}, no story it left out for its future date is due at {@code now}, and every file
   * it wrote is still in the output folder. Null when a build has something to do.
   */
  public LastBuild unchangedSince(long stamp, java.time.Instant now) {
    try (Snapshot snapshot = snapshot()) {
      return unchangedSince(snapshot, stamp, now);
    }
  }

  /** As {@link #unchangedSince(long, java.time.Instant)}, from a snapshot already read (null: there is none). */
  public LastBuild unchangedSince(Snapshot snapshot, long stamp, java.time.Instant now) {
    if (snapshot == null || stamp == 0 || snapshot.header.inputStamp != stamp || now.toEpochMilli() >= snapshot.header.nextRelease) {
      return null;
    }
    boolean outputsPresent = snapshot.outputs.keySet().stream().allMatch(path -> Files.exists(outDir.resolve(path)));
    return outputsPresent ? new LastBuild(snapshot.header.stories, snapshot.header.warnings) : null;
  }

  /** What a build that found nothing to do reports: the stories and warnings of the last one. */
  public record LastBuild(int stories, List<Problem> warnings) {}

  /** Reads the header into {@code cache}; false when the file is not a cache of this version for this output folder. */
  private boolean readHeader(DataInputStream in, BuildCache cache) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT || !CacheCodec.string(in).equals(VERSION)
        || !CacheCodec.string(in).equals(outDir.toString())) {
      return false;
    }
    cache.inputStamp = in.readLong();
    cache.nextRelease = in.readLong();
    cache.stories = in.readInt();
    cache.warnings = CacheCodec.problems(in);
    return true;
  }

  /** The fingerprints of the output files. */
  private static void readOutputs(DataInputStream in, Map<String, Long> outputs) {
    try (in) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        outputs.put(CacheCodec.string(in), in.readLong());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file someone deleted from the output folder is made again by the next build. */
  private void forgetMissingOutputs(BuildCache cache) {
    cache.outputs.keySet().removeIf(path -> !Files.exists(outDir.resolve(path)));
  }

  /** Saves {@code cache} into a new stories file, with its stories in the order of its site graph when it has one. */
  public void save(BuildCache cache) {
    List<BuildCache.Entry> entries = cache.siteGraph == null ? new ArrayList<>(cache.articles.values())
        : cache.siteGraph.stories().stream().map(s -> cache.articles.get(s.file().path())).toList();
    int withText = cache.siteGraph == null ? 0 : cache.keptTexts;
    List<byte[]> encoded = java.util.stream.IntStream.range(0, entries.size()).parallel()
        .mapToObj(i -> encode(entries.get(i), i < withText)).toList();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
    try (BuildLock held = BuildLock.take(dir)) {
      String storeName = nextStoreName();
      Path temp = dir.resolve(storeName + "." + ProcessHandle.current().pid() + ".tmp");
      Item structure;
      Item[] terms = new Item[entries.size()];
      Item[] items = new Item[entries.size()];
      long size;
      try (Appender out = new Appender(Files.newOutputStream(temp), 0)) {
        structure = out.append(cache.siteGraph == null ? new byte[0] : bytes(o -> CacheCodec.writeGraphStructure(o, cache.siteGraph)));
        for (int i = 0; i < entries.size(); i++) {
          terms[i] = out.append(entries.get(i).terms().getBytes(StandardCharsets.UTF_8));
          items[i] = out.append(encoded.get(i));
        }
        size = out.position;
      }
      Files.move(temp, dir.resolve(storeName), StandardCopyOption.REPLACE_EXISTING);
      writeSearch(cache.searchDocuments);
      writeIndex(cache.inputStamp, cache.nextRelease, cache.stories, cache.warnings, storeName, size, cache.outputs,
          cache.documents, cache.documentFrequency, cache.siteGraph, structure, terms, items);
      removeStoresOtherThan(storeName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Saves what an edit changed in the cache {@code before} was read from: the stories at the keys
   * of {@code changed} are appended to its stories file (the first {@code keptTexts} of the site
   * with their text), and a new index points to them. When the
   * file would be more than half out of date, the stories are copied into a new one instead.
   */
  void saveEdit(Snapshot before, long inputStamp, List<Problem> warnings, Map<String, Long> outputs,
      Map<String, Integer> documentFrequency, SiteGraph siteGraph, Map<Integer, BuildCache.Entry> changed, int keptTexts,
      Map<Long, org.briefing.search.AnalysedDocument> searchDocuments) {
    // the build holds the lock already; saving takes it too, for callers that save on their own:
    // appended stories must land where the index says, and a new stories file must not be taken for another
    try (BuildLock held = BuildLock.take(dir)) {
      Path store = dir.resolve(before.storeName);
      Item[] terms = before.terms.clone();
      Item[] entries = before.entries.clone();
      long live = before.structure.length();
      for (int i = 0; i < entries.length; i++) {
        live += terms[i].length() + entries[i].length();
      }
      String storeName = before.storeName;
      Item structure = before.structure;
      long size;
      long current = Files.isRegularFile(store) ? Files.size(store) : -1;
      if (current < before.storeSize || current > 2 * live) {
        // more than half out of date, or replaced by another build meanwhile: the stories are copied
        // into a new file (the snapshot still reads the old one)
        storeName = nextStoreName();
        Path temp = dir.resolve(storeName + "." + ProcessHandle.current().pid() + ".tmp");
        try (Appender out = new Appender(Files.newOutputStream(temp), 0)) {
          structure = out.append(before.read(before.structure));
          for (int i = 0; i < entries.length; i++) {
            terms[i] = out.append(changed.containsKey(i) ? changed.get(i).terms().getBytes(StandardCharsets.UTF_8) : before.read(terms[i]));
            entries[i] = out.append(changed.containsKey(i) ? encode(changed.get(i), i < keptTexts) : before.read(entries[i]));
          }
          size = out.position;
        }
        Files.move(temp, dir.resolve(storeName), StandardCopyOption.REPLACE_EXISTING);
      } else {
        FileChannel file = FileChannel.open(store, StandardOpenOption.WRITE);
        file.position(current);
        try (Appender out = new Appender(java.nio.channels.Channels.newOutputStream(file), current)) {
          for (Map.Entry<Integer, BuildCache.Entry> e : new java.util.TreeMap<>(changed).entrySet()) {
            terms[e.getKey()] = out.append(e.getValue().terms().getBytes(StandardCharsets.UTF_8));
            entries[e.getKey()] = out.append(encode(e.getValue(), e.getKey() < keptTexts));
          }
          size = out.position;
        }
      }
      before.close();
      if (searchDocuments != null) {
        writeSearch(searchDocuments);
      }
      writeIndex(inputStamp, before.header.nextRelease, before.header.stories, warnings, storeName, size, outputs,
          before.documents(), documentFrequency, siteGraph, structure, terms, entries);
      removeStoresOtherThan(storeName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes to a stories file, knowing where each piece went. */
  private static final class Appender implements Closeable {
    private final OutputStream out;
    private long position;

    Appender(OutputStream out, long position) {
      this.out = new BufferedOutputStream(out, 1 << 16);
      this.position = position;
    }

    Item append(byte[] bytes) throws IOException {
      out.write(bytes);
      Item item = new Item(position, bytes.length, checksum(bytes, 0, bytes.length));
      position += bytes.length;
      return item;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private void writeIndex(long inputStamp, long nextRelease, int stories, List<Problem> warnings, String storeName,
      long storeSize, Map<String, Long> outputs, int documents, Map<String, Integer> documentFrequency, SiteGraph siteGraph,
      Item structure, Item[] terms, Item[] entries) throws IOException {
    // named after the process rather than by Files.createTempFile, whose random names cost a
    // noticeable part of a short rebuild to set up
    Path temp = dir.resolve(INDEX + "." + ProcessHandle.current().pid() + ".tmp");
    // the whole index is made in memory, with each section's length written in front of it once it
    // is known, in an array about the size of the last one
    Path last = dir.resolve(INDEX);
    long lastSize = Files.isRegularFile(last) ? Files.size(last) : 0;
    UnlockedBytes.Out index = new UnlockedBytes.Out((int) Math.min(Integer.MAX_VALUE / 2, lastSize + lastSize / 8 + (1 << 16)));
    DataOutputStream out = new DataOutputStream(index);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    CacheCodec.string(out, VERSION);
    CacheCodec.string(out, outDir.toString());
    out.writeLong(inputStamp);
    out.writeLong(nextRelease);
    out.writeInt(stories);
    CacheCodec.problems(out, warnings);
    CacheCodec.string(out, storeName);
    out.writeLong(storeSize);
    section(index, out, o -> {
      o.writeInt(outputs.size());
      for (Map.Entry<String, Long> e : outputs.entrySet()) {
        CacheCodec.string(o, e.getKey());
        o.writeLong(e.getValue());
      }
    });
    section(index, out, o -> {
      o.writeInt(documents);
      o.writeInt(documentFrequency.size());
      for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
        CacheCodec.string(o, e.getKey());
        o.writeInt(e.getValue());
      }
    });
    section(index, out, o -> {
      if (siteGraph != null) {
        CacheCodec.writeGraphStories(o, siteGraph);
      }
    });
    structure.write(out);
    out.writeInt(entries.length);
    for (int i = 0; i < entries.length; i++) {
      terms[i].write(out);
      entries[i].write(out);
    }
    // the index ends with the checksum of everything before it
    out.writeInt(index.checksum());
    try (OutputStream file = Files.newOutputStream(temp)) {
      index.writeTo(file);
    }
    Files.move(temp, dir.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Writes the search index's analysed documents, as a file of their own: each is kept under the
   * fingerprint of what it was analysed from, so the file is right whatever build wrote it last.
   */
  private void writeSearch(Map<Long, org.briefing.search.AnalysedDocument> documents) throws IOException {
    Path temp = dir.resolve(AnalysisFile.NAME + "." + ProcessHandle.current().pid() + ".tmp");
    Files.write(temp, AnalysisFile.encode(documents, FORMAT, VERSION));
    Files.move(temp, dir.resolve(AnalysisFile.NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A name for a new stories file: one number past the highest there is. */
  private String nextStoreName() throws IOException {
    long highest = 0;
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.matches("stories-[0-9]+\\.bin")) {
          highest = Math.max(highest, Long.parseLong(name.substring("stories-".length(), name.length() - ".bin".length())));
        }
      }
    }
    return "stories-" + (highest + 1) + ".bin";
  }

  /** Removes the stories files, and files left by interrupted saves, that the index no longer points to. */
  private void removeStoresOtherThan(String storeName) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.equals(storeName) && (name.matches("stories-[0-9]+\\.bin") || name.endsWith(".tmp"))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Writes what {@code writer} writes to {@code out}, whose bytes go to {@code index}, after its length. */
  private static void section(UnlockedBytes.Out index, DataOutputStream out, SectionWriter writer) throws IOException {
    int at = index.size();
    out.writeInt(0);
    writer.write(out);
    index.intAt(at, index.size() - at - 4);
  }

  private interface SectionWriter {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(SectionWriter writer) throws IOException {
    return bytes(writer, 1 << 16);
  }

  private static byte[] bytes(SectionWriter writer, int expectedSize) throws IOException {
    UnlockedBytes.Out bytes = new UnlockedBytes.Out(expectedSize);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    }
    return bytes.toByteArray();
  }

  /** An entry as the stories file keeps it, with its text when {@code withText} and the text is at hand. */
  private static byte[] encode(BuildCache.Entry entry, boolean withText) {
    try {
      return bytes(out -> CacheCodec.writeEntry(entry, out, withText), 4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The version of Briefing that wrote a cache, with the size and time of its jar: a Briefing
   * built again from changed sources may render differently, so it starts from a clean build.
   */
  private static int formatOf(int layout, Class<?>... roots) {
    org.briefing.fingerprint.Fingerprint f = new org.briefing.fingerprint.Fingerprint().add(layout);
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    java.util.Deque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>(List.of(roots));
    while (!todo.isEmpty()) {
      java.lang.reflect.Type type = todo.pop();
      if (type instanceof java.lang.reflect.ParameterizedType p) {
        todo.addAll(List.of(p.getActualTypeArguments()));
      } else if (type instanceof Class<?> record && record.isRecord() && seen.add(record)) {
        f.add(record.getName());
        for (java.lang.reflect.RecordComponent c : record.getRecordComponents()) {
          f.add(c.getName()).add(c.getGenericType().getTypeName());
          todo.add(c.getGenericType());
        }
      }
    }
    return (int) f.value();
  }

  private static String version() {
    String version = CacheStore.class.getPackage().getImplementationVersion();
    String jar = "";
    try {
      Path code = Path.of(CacheStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        jar = " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // no jar to describe (classes run from a folder, as in tests)
    }
    return (version == null ? "development" : version) + jar;
  }
}
