package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.InputStamp;
import org.briefing.pipeline.SiteGraph;
import org.briefing.model.StoryReads;


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
  /** The lists the search index was laid out from, {@link org.briefing.search.IndexLists}. */
  private static final String SEARCH_LISTS = "search-lists.bin";
  /** The folder of the cache's resized photos. */
  static final String PHOTOS = "photos";
  private static final String STORES = "stories-[0-9]+\\.bin";
  static final int MAGIC = 0x42524643;
  /**
   * The cache's format: a number to raise when the codec writes the same records another way, and
   * the shape of every record it writes, found by following the components of a cache entry and of
   * a graph's story (names and types, nested records included), so that a field added to a story,
   * a placement or a source makes older caches unreadable with no hand-kept step.
   */
  private static final int FORMAT = formatOf(16, LastBuild.class, BuildCache.Entry.class,
      org.briefing.pipeline.SiteGraph.class, org.briefing.search.AnalysedDocument.class);
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
   * Fails when the cache's folders ({@code .briefing-cache}, this output's folder in it, its
   * resized photos and their folders) or the files in them are links: Briefing makes them and
   * never a link, and a build would write, read or delete them wherever the link leads.
   */
  void refuseLinks() {
    List<Path> found = new ArrayList<>(List.of(dir.getParent(), dir));
    for (Path folder : List.of(dir, dir.resolve(PHOTOS))) {
      if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (var entries = Files.list(folder)) {
          entries.forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + folder + ": " + org.briefing.problem.IoReason.of(e), e);
        }
      }
    }
    for (Path path : found) {
      if (Files.isSymbolicLink(path)) {
        throw new org.briefing.problem.BuildFailure(Problem.error(org.briefing.problem.SourcePosition.of(path),
            "this part of the build cache is a link; a build writes, reads and deletes its cache's files only in folders of"
                + " its own, never through a link, which could lead out of the site",
            "delete the link (not what it leads to): the next build makes again what the cache held there"));
      }
    }
  }


  /**
   * Whether something this store read from its files did not match the checksum saved with it
   * (the index as a whole, each story's record), so that the build ignored the cache.
   */
  public boolean damaged() {
    return damaged.get();
  }

  private static int checksum(byte[] bytes, int offset, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  Path outDir() {
    return outDir;
  }

  /** The cache read from {@code snapshot} (from {@link #snapshot}), or an empty one when it is null. */
  public BuildCache load(Snapshot snapshot) {
    BuildCache cache = new BuildCache();
    if (snapshot == null) {
      return cache;
    }
    try {
      cache.inputStamp = snapshot.last.inputStamp();
      cache.written = snapshot.last.written();
      cache.nextRelease = snapshot.last.nextRelease();
      cache.lastRelease = snapshot.last.lastRelease();
      cache.stories = snapshot.last.stories();
      cache.warnings = snapshot.last.warnings();
      cache.outputs.putAll(snapshot.outputs);
      cache.fieldsRead.putAll(snapshot.fieldsRead);
      cache.documentFrequency.putAll(snapshot.documentFrequency());
      cache.documents = snapshot.documents();
      cache.searchDocuments = snapshot.searchDocuments();
      // all the stories are wanted: the file is read at once, and decoded on all cores
      byte[] stories = snapshot.readAll();
      java.util.stream.IntStream.range(0, snapshot.store.entries().length).parallel().mapToObj(i -> snapshot.entry(stories, i))
          .toList().forEach(e -> cache.articles.put(e.stamp().path(), e));
      // a file someone deleted from the output folder is made again by the next build
      cache.outputs.keySet().removeIf(path -> !Files.exists(outDir.resolve(path)));
      cache.fieldsRead.keySet().retainAll(cache.outputs.keySet());
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
      in.skipBytes(8);
      if (!CacheCodec.string(in).equals(VERSION) || !CacheCodec.string(in).equals(outDir.toString())) {
        return null;
      }
      LastBuild last = CacheCodec.record(in, LastBuild.class);
      byte[] outputs = section(in);
      byte[] words = section(in);
      byte[] graph = section(in);
      Layout store = Layout.read(in);
      Path file = dir.resolve(store.name());
      if (!store.name().matches(STORES) || !Files.isRegularFile(file) || Files.size(file) < store.size()) {
        return null;
      }
      return new Snapshot(last, outputs, words, graph, store, file, damaged, dir.resolve(AnalysisFile.NAME), outDir);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] section(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return bytes;
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

  /**
   * A stories file as the index describes it: its name, how much of it the index points into, and
   * where the site graph's structure and each story's words and entry are in it.
   */
  private record Layout(String name, long size, Item structure, Item[] terms, Item[] entries) {
    static Layout read(DataInputStream in) throws IOException {
      String name = CacheCodec.string(in);
      long size = in.readLong();
      Item structure = Item.read(in);
      int count = in.readInt();
      Item[] terms = new Item[count];
      Item[] entries = new Item[count];
      for (int i = 0; i < count; i++) {
        terms[i] = Item.read(in);
        entries[i] = Item.read(in);
      }
      return new Layout(name, size, structure, terms, entries);
    }

    void write(DataOutputStream out) throws IOException {
      CacheCodec.string(out, name);
      out.writeLong(size);
      structure.write(out);
      out.writeInt(entries.length);
      for (int i = 0; i < entries.length; i++) {
        terms[i].write(out);
        entries[i].write(out);
      }
    }
  }

  /** The cache as the last build left it: the index read, the stories read when asked for. */
  public static final class Snapshot implements Closeable, Kept {
    final LastBuild last;
    final Map<String, Long> outputs = new java.util.HashMap<>();
    final Map<String, Long> fieldsRead = new java.util.HashMap<>();
    private final Layout store;
    private final FileChannel stories;
    // read from the index at once, decoded when first asked for: a build with nothing to do needs
    // only the header and the outputs
    private final byte[] wordBytes;
    private final byte[] graphBytes;
    private Words words;
    private boolean graphRead;
    private SiteGraph siteGraph;
    private Map<Path, Integer> storyByFile;
    private final Path searchFile;
    private Map<Long, org.briefing.search.AnalysedDocument> searchDocuments;
    private AnalysisFile.Index searchIndex;
    private final Object searchLock = new Object();
    private final java.util.concurrent.atomic.AtomicBoolean damaged;
    private final Path outDir;

    private Snapshot(LastBuild last, byte[] outputBytes, byte[] wordBytes, byte[] graphBytes, Layout store, Path file,
        java.util.concurrent.atomic.AtomicBoolean damaged, Path searchFile, Path outDir) throws IOException {
      this.last = last;
      this.outDir = outDir;
      DataInputStream in = new DataInputStream(new UnlockedBytes.In(outputBytes));
      for (int count = in.readInt(); count > 0; count--) {
        String path = CacheCodec.string(in);
        outputs.put(path, in.readLong());
        long fields = in.readLong();
        if (fields != StoryReads.EVERY_FIELD) {
          fieldsRead.put(path, fields);
        }
      }
      this.wordBytes = wordBytes;
      this.graphBytes = graphBytes;
      this.store = store;
      this.damaged = damaged;
      this.searchFile = searchFile;
      this.stories = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** How many stories use each word, as the last build counted, and how many stories that is of. */
    synchronized Words words() {
      if (words == null) {
        try {
          words = CacheCodec.record(new DataInputStream(new UnlockedBytes.In(wordBytes)), Words.class);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return words;
    }

    @Override
    public long nextRelease() {
      return last.nextRelease();
    }

    @Override
    public long lastRelease() {
      return last.lastRelease();
    }

    @Override
    public List<Problem> warnings() {
      return last.warnings();
    }

    @Override
    public Map<String, Long> outputs() {
      return outputs;
    }

    @Override
    public Map<String, Long> fieldsRead() {
      return fieldsRead;
    }

    @Override
    public boolean outputsThere() {
      return outputs.keySet().stream().allMatch(path -> Files.exists(outDir.resolve(path)));
    }

    @Override
    public Map<String, Integer> documentFrequency() {
      return words().frequency();
    }

    @Override
    public int documents() {
      return words().documents();
    }

    /** The shape of the last build's site; null when it did not keep one, or it cannot be read. */
    @Override
    public synchronized SiteGraph siteGraph() {
      if (!graphRead) {
        graphRead = true;
        try {
          SiteGraph graph = graphBytes.length == 0 ? null : CacheCodec.readGraph(new DataInputStream(new UnlockedBytes.In(graphBytes)),
              new DataInputStream(new UnlockedBytes.In(read(store.structure()))));
          if (graph != null && graph.stories().size() == store.entries().length) {
            storyByFile = new java.util.HashMap<>(graph.stories().size() * 2);
            for (int i = 0; i < graph.stories().size(); i++) {
              storyByFile.put(graph.stories().get(i).file().path(), i);
            }
            siteGraph = graph;
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
    @Override
    public Map<Long, org.briefing.search.AnalysedDocument> searchDocuments() {
      // a lock of its own, not the snapshot's: an edit reads search.bin on another core from its
      // start, and siteGraph() on the main thread waited for it under the snapshot's lock
      synchronized (searchLock) {
        if (searchDocuments == null) {
          searchDocuments = AnalysisFile.decode(searchBytes(), FORMAT, VERSION).documents();
        }
        return searchDocuments;
      }
    }

    @Override
    public org.briefing.search.AnalysedDocument searchDocument(long key) {
      synchronized (searchLock) {
        return searchDocuments != null ? searchDocuments.get(key) : searchIndex().get(key);
      }
    }

    /** Where each document of search.bin is, as this snapshot read the file. */
    AnalysisFile.Index searchIndex() {
      synchronized (searchLock) {
        if (searchIndex == null) {
          searchIndex = AnalysisFile.Index.of(searchFile, FORMAT, VERSION);
        }
        return searchIndex;
      }
    }

    /** The bytes of search.bin; none when it cannot be read. */
    private byte[] searchBytes() {
      try {
        return Files.isRegularFile(searchFile) ? Files.readAllBytes(searchFile) : new byte[0];
      } catch (IOException e) {
        return new byte[0];
      }
    }

    /** The lists the last build laid the search index out from, or null when it kept none. */
    @Override
    public byte[] searchLists() {
      try {
        Path lists = searchFile.resolveSibling(SEARCH_LISTS);
        return Files.isRegularFile(lists, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(lists) : null;
      } catch (IOException e) {
        return null;
      }
    }

    /** The position of each story of the site graph by the path of its file. */
    @Override
    public synchronized Map<Path, Integer> storyByFile() {
      siteGraph();
      return storyByFile;
    }

    /** The bytes of {@code item}, read from the stories file. */
    private byte[] read(Item item) {
      return verified(item, readRaw(item.at(), item.length()), 0);
    }

    /** {@code bytes}, which hold {@code item} from {@code offset} on, when their checksum is the one saved. */
    private byte[] verified(Item item, byte[] bytes, int offset) {
      if (checksum(bytes, offset, item.length()) != item.crc()) {
        damaged.set(true);
        throw new IllegalStateException("the build cache is damaged: a story's record does not match its checksum");
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

    /** The words of the story at {@code i} (in site order when there is a site graph). */
    @Override
    public String terms(int i) {
      return new String(read(store.terms()[i]), StandardCharsets.UTF_8);
    }

    /** The story at {@code i}, decoded; its body is bound to no build yet. */
    @Override
    public BuildCache.Entry entry(int i) {
      return entry(read(store.terms()[i]), 0, read(store.entries()[i]), 0, i);
    }

    /** The whole stories file, for a build that wants every story. */
    private byte[] readAll() {
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
    private BuildCache.Entry entry(byte[] all, int i) {
      Item words = store.terms()[i];
      Item entry = store.entries()[i];
      return entry(verified(words, all, (int) words.at()), (int) words.at(), verified(entry, all, (int) entry.at()), (int) entry.at(), i);
    }

    private BuildCache.Entry entry(byte[] words, int wordsAt, byte[] entry, int entryAt, int i) {
      try (DataInputStream in = new DataInputStream(new UnlockedBytes.In(entry, entryAt, store.entries()[i].length()))) {
        return CacheCodec.readEntry(in, new String(words, wordsAt, store.terms()[i].length(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        stories.close();
      } catch (IOException e) {
        // nothing was written through it
      }
      synchronized (searchLock) {
        if (searchIndex != null) {
          searchIndex.close();
        }
      }
    }
  }

  /**
   * What the last build into this folder reported, when it is still true: the input stamp is
   * {@code stamp}, no story it left out for its future date is due at {@code now}, and every file
   * it wrote is still in the output folder. Null when a build has something to do, or there is no
   * {@code snapshot} (from {@link #snapshot}).
   */
  public LastBuild unchangedSince(Snapshot snapshot, long stamp, java.time.Instant now) {
    if (snapshot == null || stamp == 0 || snapshot.last.inputStamp() != stamp || !BuildCache.sameStoriesDue(now.toEpochMilli(), snapshot.last.lastRelease(), snapshot.last.nextRelease())) {
      return null;
    }
    // on every core: a file looked up is a system call, and a 10,000-story site has 27,000 of them
    boolean outputsPresent = snapshot.outputs.keySet().parallelStream().allMatch(path -> Files.exists(outDir.resolve(path)));
    return outputsPresent ? snapshot.last : null;
  }

  /**
   * What the last build recorded of itself: the stamp of its inputs, when its next left-out story is
   * due, and the stories and warnings that a build finding nothing to do reports again.
   */
  public record LastBuild(long inputStamp, List<InputStamp.Written> written, long nextRelease, long lastRelease, int stories,
      List<Problem> warnings) {}

  /** How many stories use each word, and how many stories there are, for the summarizer's word weights. */
  private record Words(int documents, Map<String, Integer> frequency) {}

  /** Saves {@code cache} into a new stories file, with its stories in the order of its site graph when it has one. */
  public void save(BuildCache cache) {
    List<BuildCache.Entry> entries = cache.siteGraph == null ? new ArrayList<>(cache.articles.values())
        : cache.siteGraph.stories().stream().map(s -> cache.articles.get(s.file().path())).toList();
    int withText = cache.siteGraph == null ? 0 : cache.keptTexts;
    List<byte[]> encoded = java.util.stream.IntStream.range(0, entries.size()).parallel()
        .mapToObj(i -> encode(entries.get(i), i < withText)).toList();
    try {
      Files.createDirectories(dir);
      try (BuildLock held = BuildLock.take(dir)) {
        // the search index's analyses (a file of their own, some 12 MB for 10,000 stories) are
        // encoded and written on another core while this one writes the stories and the index
        java.util.concurrent.CompletableFuture<Void> search = java.util.concurrent.CompletableFuture.runAsync(() -> {
          try {
            writeSearch(cache.searchDocuments);
            writeLists(cache.searchLists);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        Layout store;
        try {
          byte[] structure = cache.siteGraph == null ? new byte[0] : bytes(o -> CacheCodec.writeGraphStructure(o, cache.siteGraph), 1 << 16);
          store = writeStore(structure, entries.size(), i -> termsOf(entries.get(i)), encoded::get);
        } finally {
          // done before the index, which deletes the files of unfinished saves (the analyses' among them), and before the lock is let go
          awaitQuietly(search);
        }
        try {
          search.join();
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof UncheckedIOException u) {
            throw u.getCause();
          }
          throw e;
        }
        writeIndex(new LastBuild(cache.inputStamp, cache.written, cache.nextRelease, cache.lastRelease, cache.stories, cache.warnings), cache.outputs, cache.fieldsRead,
            cache.documents, cache.documentFrequency, cache.siteGraph, store);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /** Waits until {@code work} is done, whether it failed or not. */
  private static void awaitQuietly(java.util.concurrent.CompletableFuture<?> work) {
    try {
      work.join();
    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
      // its caller reports how it failed
    }
  }

  /**
   * Records, after a build that found nothing to do, which files were written just before it
   * looked ({@link InputStamp#written}): those of the last build's list that are no longer among
   * them need not be read again by every build that follows. The rest of the cache is as it was.
   */
  void settle(Snapshot snapshot, List<InputStamp.Written> written) {
    LastBuild last = snapshot.last;
    try (BuildLock held = BuildLock.take(dir)) {
      writeIndex(new LastBuild(last.inputStamp(), written, last.nextRelease(), last.lastRelease(), last.stories(), last.warnings()),
          snapshot.outputs, snapshot.fieldsRead, snapshot.documents(), snapshot.documentFrequency(), snapshot.siteGraph(),
          snapshot.store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /**
   * Saves what an edit changed in the cache {@code before} was read from: the stories it changed
   * are appended to its stories file, and a new index points to them. When the file would be more
   * than half out of date, the stories are copied into a new one instead.
   */
  void saveEdit(Snapshot before, EditRebuild.Edit edit) {
    Map<Integer, BuildCache.Entry> changed = edit.changed();
    int keptTexts = edit.keptTexts();
    // the build holds the lock already; saving takes it too, for callers that save on their own:
    // appended stories must land where the index says, and a new stories file must not be taken for another
    try (BuildLock held = BuildLock.take(dir)) {
      Layout was = before.store;
      Path file = dir.resolve(was.name());
      long live = was.structure().length();
      for (int i = 0; i < was.entries().length; i++) {
        live += was.terms()[i].length() + was.entries()[i].length();
      }
      long current = Files.isRegularFile(file) ? Files.size(file) : -1;
      Layout store;
      if (current < was.size() || current > 2 * live) {
        // more than half out of date, or replaced by another build meanwhile: the stories are copied
        // into a new file (the snapshot still reads the old one)
        store = writeStore(before.read(was.structure()), was.entries().length,
            i -> changed.containsKey(i) ? termsOf(changed.get(i)) : before.read(was.terms()[i]),
            i -> changed.containsKey(i) ? encode(changed.get(i), i < keptTexts) : before.read(was.entries()[i]));
      } else {
        Item[] terms = was.terms().clone();
        Item[] entries = was.entries().clone();
        // a link put in the file's place is not written through
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        channel.position(current);
        try (Appender out = new Appender(java.nio.channels.Channels.newOutputStream(channel), current)) {
          for (Map.Entry<Integer, BuildCache.Entry> e : new java.util.TreeMap<>(changed).entrySet()) {
            terms[e.getKey()] = out.append(termsOf(e.getValue()));
            entries[e.getKey()] = out.append(encode(e.getValue(), e.getKey() < keptTexts));
          }
          store = new Layout(was.name(), out.position, was.structure(), terms, entries);
        }
      }
      before.close();
      if (edit.searchLists() != null) {
        appendSearch(before, edit.analysed(), edit.searchLists(), edit.listsToKeep());
      }
      writeIndex(new LastBuild(edit.inputStamp(), edit.written(), before.last.nextRelease(), before.last.lastRelease(), before.last.stories(), edit.warnings()), edit.outputs(),
          edit.fieldsRead(), before.documents(), edit.documentFrequency(), edit.graph(), store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  private static byte[] termsOf(BuildCache.Entry entry) {
    return entry.terms().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a new stories file: the site graph's structure, then each of {@code count} stories' words and entry. */
  private Layout writeStore(byte[] structure, int count, java.util.function.IntFunction<byte[]> terms,
      java.util.function.IntFunction<byte[]> entries) throws IOException {
    String name = nextStoreName();
    Path temp = dir.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
    Item[] termItems = new Item[count];
    Item[] entryItems = new Item[count];
    Layout layout;
    try (Appender out = new Appender(fresh(temp), 0)) {
      Item structureItem = out.append(structure);
      for (int i = 0; i < count; i++) {
        termItems[i] = out.append(terms.apply(i));
        entryItems[i] = out.append(entries.apply(i));
      }
      layout = new Layout(name, out.position, structureItem, termItems, entryItems);
    }
    Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    return layout;
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

  /**
   * Writes the index that points into the stories file {@code store}, then removes the stories
   * files, and files left by interrupted saves, that it no longer points to.
   */
  private void writeIndex(LastBuild last, Map<String, Long> outputs, Map<String, Long> fieldsRead, int documents, Map<String, Integer> documentFrequency,
      SiteGraph siteGraph, Layout store) throws IOException {
    // named after the process rather than by Files.createTempFile, whose random names cost a
    // noticeable part of a short rebuild to set up
    Path temp = dir.resolve(INDEX + "." + ProcessHandle.current().pid() + ".tmp");
    // the whole index is made in memory, with each section's length written in front of it once it
    // is known, in an array about the size of the last one
    Path lastIndex = dir.resolve(INDEX);
    long lastSize = Files.isRegularFile(lastIndex) ? Files.size(lastIndex) : 0;
    UnlockedBytes.Out index = new UnlockedBytes.Out((int) Math.min(Integer.MAX_VALUE / 2, lastSize + lastSize / 8 + (1 << 16)));
    DataOutputStream out = new DataOutputStream(index);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    CacheCodec.string(out, VERSION);
    CacheCodec.string(out, outDir.toString());
    CacheCodec.record(out, last);
    // the outputs are read by every build, the one with nothing to do included: written by hand, for
    // speed; each with the fields of story views its rendering read, when it is a page that read some
    section(index, out, o -> {
      o.writeInt(outputs.size());
      for (Map.Entry<String, Long> e : outputs.entrySet()) {
        CacheCodec.string(o, e.getKey());
        o.writeLong(e.getValue());
        o.writeLong(fieldsRead.getOrDefault(e.getKey(), StoryReads.EVERY_FIELD));
      }
    });
    section(index, out, o -> CacheCodec.record(o, new Words(documents, documentFrequency)));
    section(index, out, o -> {
      if (siteGraph != null) {
        CacheCodec.writeGraphStories(o, siteGraph);
      }
    });
    store.write(out);
    // the index ends with the checksum of everything before it
    out.writeInt(index.checksum());
    try (OutputStream file = fresh(temp)) {
      index.writeTo(file);
    }
    Files.move(temp, lastIndex, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.equals(store.name()) && (name.matches(STORES) || name.endsWith(".tmp"))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /**
   * Writes the search index's analysed documents, as a file of their own: each is kept under the
   * fingerprint of what it was analysed from, so the file is right whatever build wrote it last.
   */
  private void writeSearch(Map<Long, org.briefing.search.AnalysedDocument> documents) throws IOException {
    Path temp = dir.resolve(AnalysisFile.NAME + "." + ProcessHandle.current().pid() + ".tmp");
    try (java.io.OutputStream out = fresh(temp)) {
      AnalysisFile.write(out, documents, FORMAT, VERSION);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.move(temp, dir.resolve(AnalysisFile.NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Writes the lists the search index was laid out from ({@code search-lists.bin}), or deletes
   * the file when there are none. An edit reads them only while they are of the documents it has
   * ({@link org.briefing.search.IndexLists#holds}), so they need not be saved with the index.
   */
  private void writeLists(byte[] lists) throws IOException {
    Path file = dir.resolve(SEARCH_LISTS);
    if (lists == null) {
      Files.deleteIfExists(file);
      return;
    }
    Path temp = dir.resolve(SEARCH_LISTS + "." + ProcessHandle.current().pid() + ".tmp");
    try (OutputStream out = fresh(temp)) {
      out.write(lists);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Adds to the search index's file the documents an edit analysed ({@code made}) when the file is
   * as {@code before} read it; else, or when more than half of the file's records would be of no
   * use, writes it again whole with the documents of {@code lists}, the index the edit laid out,
   * and keeps those lists (the kept ones may name analyses no longer in the file). Keeps
   * {@code newLists} (the lists encoded) when the edit gathered them anew.
   */
  private void appendSearch(Snapshot before, Map<Long, org.briefing.search.AnalysedDocument> made,
      org.briefing.search.IndexLists lists, byte[] newLists) throws IOException {
    Path file = dir.resolve(AnalysisFile.NAME);
    // where the file's records are, as the edit found them (found now, if it needed none); its file is read no more
    AnalysisFile.Index read = before.searchIndex();
    read.close();
    Map<Long, org.briefing.search.AnalysedDocument> added = new java.util.HashMap<>(made);
    added.keySet().removeIf(read::has);
    boolean intact = read.end() >= 0 && Files.isRegularFile(file) && Files.size(file) == read.end();
    if (!intact || read.records() + added.size() > 2 * lists.size()) {
      Map<Long, org.briefing.search.AnalysedDocument> earlier = before.searchDocuments();
      writeSearch(lists.analyses(key -> made.containsKey(key) ? made.get(key) : earlier.get(key)));
      writeLists(newLists != null ? newLists : lists.encode());
      return;
    }
    if (newLists != null) {
      writeLists(newLists);
    }
    if (!added.isEmpty()) {
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(AnalysisFile.chunk(added));
        long at = read.end();
        while (chunk.hasRemaining()) {
          at += out.write(chunk, at);
        }
      }
    }
  }

  /**
   * A new file at {@code temp} to write: whatever is at its name (a file an interrupted build left,
   * a link put there) is deleted first, never written through.
   */
  private static OutputStream fresh(Path temp) throws IOException {
    Files.deleteIfExists(temp);
    return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** A name for a new stories file: one number past the highest there is. */
  private String nextStoreName() throws IOException {
    long highest = 0;
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.matches(STORES)) {
          highest = Math.max(highest, Long.parseLong(name.substring("stories-".length(), name.length() - ".bin".length())));
        }
      }
    }
    return "stories-" + (highest + 1) + ".bin";
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
    // the Java runtime too: its Unicode tables decide the words of the search index, and its time-zone
    // data the offset of a date written without one, so a cache made under another Java is not used
    String zones = java.time.zone.ZoneRulesProvider.getVersions("UTC").lastKey();
    return (version == null ? "development" : version) + jar + " java " + Runtime.version() + " tzdata " + zones;
  }
}
