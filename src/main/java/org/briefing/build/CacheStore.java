package org.briefing.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.briefing.model.Body;
import org.briefing.problem.Problem;

/**
 * Keeps a {@link BuildCache} on disk in {@code .briefing-cache/} beside the output folder. Story
 * bodies are not stored: a cached story's text is rendered again from its unchanged file when a
 * page needs it. A cache that is missing, made for another output folder or by another version of
 * Briefing, or damaged, is ignored: the build is then a clean one.
 */
public final class CacheStore {
  public static final String DIR = ".briefing-cache";
  private static final int MAGIC = 0x42524643;
  private static final int FORMAT = 7;
  /** The sections of the file, in order: the stories' words and entries are in site order when there is a site map. */
  private static final int OUTPUTS = 0;
  private static final int WORDS = 1;
  private static final int STORIES = 2;
  private static final int STRUCTURE = 3;
  private static final int TERMS = 4;
  private static final int ENTRIES = 5;
  private static final int SECTIONS = 6;
  private static final String VERSION = version();

  private final Path dir;
  private final Path outDir;

  public CacheStore(Path outDir) {
    this.outDir = outDir.toAbsolutePath().normalize();
    this.dir = this.outDir.getParent().resolve(DIR);
  }

  public Path dir() {
    return dir;
  }

  Path outDir() {
    return outDir;
  }

  /** The cache of the last build into this output folder, or an empty one. */
  public BuildCache load() {
    return load(snapshot());
  }

  /** The cache read from {@code snapshot} (from {@link #snapshot}), or an empty one when it is null. */
  public BuildCache load(Snapshot snapshot) {
    BuildCache cache = new BuildCache();
    if (snapshot == null) {
      return cache;
    }
    try {
      snapshot.into(cache);
      // the stories are decoded on all cores: decoding 10,000 of them is most of a rebuild's reading time
      java.util.stream.IntStream.range(0, snapshot.entryCount()).parallel().mapToObj(snapshot::entry).toList()
          .forEach(e -> cache.articles.put(e.stamp().path(), e));
      forgetMissingOutputs(cache);
      return cache;
    } catch (RuntimeException e) {
      cache.clear();
      return cache;
    }
  }

  /**
   * The cache of the last build into this output folder as it is on disk, with its small parts
   * read and its stories left to be read one by one; null when there is none that this build can use.
   */
  public Snapshot snapshot() {
    Path index = dir.resolve("index.bin");
    if (!Files.isRegularFile(index) || !Files.isDirectory(outDir)) {
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(index);
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
      BuildCache header = new BuildCache();
      if (!readHeader(in, header)) {
        return null;
      }
      int count = in.readInt();
      if (count != SECTIONS) {
        return null;
      }
      int[] start = new int[count];
      int[] length = new int[count];
      int at = bytes.length - in.available();
      for (int i = 0; i < count; i++) {
        length[i] = in.readInt();
        start[i] = at + 4;
        at = start[i] + length[i];
        in.skipNBytes(length[i]);
      }
      return new Snapshot(bytes, start, length, header);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The cache file's bytes, with its header and small sections read; stories are decoded when asked for. */
  public static final class Snapshot {
    private final byte[] bytes;
    private final int[] start;
    private final int[] length;
    final BuildCache header;
    final Map<String, Long> outputs = new java.util.HashMap<>();
    final Map<String, Integer> documentFrequency = new java.util.HashMap<>();
    int documents;
    /** The shape of the last build's site, null when it did not keep one. */
    final SiteMap siteMap;
    private final int[] termAt;
    private final int[] entryAt;

    private Snapshot(byte[] bytes, int[] start, int[] length, BuildCache header) throws IOException {
      this.bytes = bytes;
      this.start = start;
      this.length = length;
      this.header = header;
      // the small sections are decoded side by side, the map of the site on this thread
      var others = java.util.concurrent.CompletableFuture.runAsync(() -> {
        readOutputs(section(OUTPUTS), outputs);
        readWords(section(WORDS), this);
      });
      this.siteMap = length[STORIES] == 0 ? null : SiteMap.read(section(STORIES), section(STRUCTURE));
      this.termAt = offsets(TERMS);
      this.entryAt = offsets(ENTRIES);
      others.join();
      if (termAt.length != entryAt.length || (siteMap != null && siteMap.stories().size() != entryAt.length)) {
        throw new IOException("the cache's parts do not match");
      }
    }

    private DataInputStream section(int i) {
      return new DataInputStream(new java.io.ByteArrayInputStream(bytes, start[i], length[i]));
    }

    /** Where each item of a section of length-prefixed items starts (its length, then its bytes). */
    private int[] offsets(int section) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes, start[section], length[section]);
      int[] at = new int[buffer.getInt()];
      for (int i = 0; i < at.length; i++) {
        at[i] = buffer.position();
        buffer.position(at[i] + 4 + buffer.getInt(at[i]));
      }
      return at;
    }

    int entryCount() {
      return entryAt.length;
    }

    /** The words of the story at {@code i} (in site order when there is a site map). */
    String terms(int i) {
      return new String(bytes, termAt[i] + 4, java.nio.ByteBuffer.wrap(bytes).getInt(termAt[i]), StandardCharsets.UTF_8);
    }

    /** The story at {@code i}, decoded; its body is bound to no build yet. */
    BuildCache.Entry entry(int i) {
      int size = java.nio.ByteBuffer.wrap(bytes).getInt(entryAt[i]);
      try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, entryAt[i] + 4, size))) {
        return CacheCodec.readEntry(in, STORED_BODIES, terms(i));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Copies item {@code i} of a section of length-prefixed items, prefix included. */
    private void copyItem(int[] at, int i, DataOutputStream out) throws IOException {
      out.write(bytes, at[i], 4 + java.nio.ByteBuffer.wrap(bytes).getInt(at[i]));
    }

    void into(BuildCache cache) {
      cache.inputStamp = header.inputStamp;
      cache.nextRelease = header.nextRelease;
      cache.stories = header.stories;
      cache.warnings = header.warnings;
      cache.outputs.putAll(outputs);
      cache.documentFrequency.putAll(documentFrequency);
      cache.documents = documents;
    }
  }

  /** Bodies read from the cache: the story file they are rendered from again, and their fingerprint. */
  private static final CacheCodec.BodyStore STORED_BODIES = new CacheCodec.BodyStore() {
    @Override
    public void write(Body body, DataOutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Body read(DataInputStream in) throws IOException {
      Path file = Path.of(CacheCodec.string(in));
      return new SourceBody(file, in.readLong(), null);
    }
  };

  /**
   * What the last build into this folder reported, when it is still true: the input stamp is
   * {@code stamp}, no story it left out for its future date is due at {@code now}, and every file
   * it wrote is still in the output folder. Null when a build has something to do.
   */
  public LastBuild unchangedSince(long stamp, java.time.Instant now) {
    Path index = dir.resolve("index.bin");
    if (stamp == 0 || !Files.isRegularFile(index) || !Files.isDirectory(outDir)) {
      return null;
    }
    BuildCache header = new BuildCache();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(index), 1 << 16))) {
      if (!readHeader(in, header) || header.inputStamp != stamp || now.toEpochMilli() >= header.nextRelease || in.readInt() < 1) {
        return null;
      }
      byte[] outputs = new byte[in.readInt()];
      in.readFully(outputs);
      readOutputs(new DataInputStream(new java.io.ByteArrayInputStream(outputs)), header.outputs);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    boolean outputsPresent = header.outputs.keySet().stream().allMatch(path -> Files.exists(outDir.resolve(path)));
    return outputsPresent ? new LastBuild(header.stories, header.warnings) : null;
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

  /** The first section: the fingerprints of the output files. */
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

  /** The second section: the site's word counts. */
  private static void readWords(DataInputStream in, Snapshot snapshot) {
    try (in) {
      snapshot.documents = in.readInt();
      int words = in.readInt();
      for (int i = 0; i < words; i++) {
        snapshot.documentFrequency.put(CacheCodec.string(in), in.readInt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file someone deleted from the output folder is made again by the next build. */
  private void forgetMissingOutputs(BuildCache cache) {
    cache.outputs.keySet().removeIf(path -> !Files.exists(outDir.resolve(path)));
  }

  /** Saves {@code cache}, with its stories in the order of its site map when it has one. */
  public void save(BuildCache cache) {
    List<BuildCache.Entry> entries = cache.siteMap == null ? new ArrayList<>(cache.articles.values())
        : cache.siteMap.stories().stream().map(s -> cache.articles.get(s.file().path())).toList();
    List<byte[]> encoded = entries.parallelStream().map(CacheStore::encode).toList();
    try {
      byte[] structure = cache.siteMap == null ? new byte[0] : section(cache.siteMap::writeStructure);
      write(cache.inputStamp, cache.nextRelease, cache.stories, cache.warnings, cache.outputs, cache.documents,
          cache.documentFrequency, cache.siteMap, structure, (i, out) -> CacheCodec.string(out, entries.get(i).terms()),
          (i, out) -> out.write(encoded.get(i)), entries.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Saves what an edit changed in the cache {@code before} was read from: the stories at the keys
   * of {@code changed} are written anew, every other one is copied as it was.
   */
  void saveEdit(Snapshot before, long inputStamp, List<Problem> warnings, Map<String, Long> outputs,
      Map<String, Integer> documentFrequency, SiteMap siteMap, Map<Integer, BuildCache.Entry> changed) {
    try {
      byte[] structure = java.util.Arrays.copyOfRange(before.bytes, before.start[STRUCTURE],
          before.start[STRUCTURE] + before.length[STRUCTURE]);
      write(inputStamp, before.header.nextRelease, before.header.stories, warnings, outputs, before.documents,
          documentFrequency, siteMap, structure,
          (i, out) -> {
            if (changed.containsKey(i)) {
              CacheCodec.string(out, changed.get(i).terms());
            } else {
              before.copyItem(before.termAt, i, out);
            }
          },
          (i, out) -> {
            if (changed.containsKey(i)) {
              out.write(encode(changed.get(i)));
            } else {
              before.copyItem(before.entryAt, i, out);
            }
          }, before.entryCount());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  private interface ItemWriter {
    void write(int i, DataOutputStream out) throws IOException;
  }

  private void write(long inputStamp, long nextRelease, int stories, List<Problem> warnings, Map<String, Long> outputs,
      int documents, Map<String, Integer> documentFrequency, SiteMap siteMap, byte[] structure, ItemWriter terms,
      ItemWriter entries, int count) throws IOException {
    Files.createDirectories(dir);
    // named after the process rather than by Files.createTempFile, whose random names cost a
    // noticeable part of a short rebuild to set up
    Path temp = dir.resolve("index." + ProcessHandle.current().pid() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      CacheCodec.string(out, VERSION);
      CacheCodec.string(out, outDir.toString());
      out.writeLong(inputStamp);
      out.writeLong(nextRelease);
      out.writeInt(stories);
      CacheCodec.problems(out, warnings);
      out.writeInt(SECTIONS);
      writeSection(out, section(o -> {
        o.writeInt(outputs.size());
        for (Map.Entry<String, Long> e : outputs.entrySet()) {
          CacheCodec.string(o, e.getKey());
          o.writeLong(e.getValue());
        }
      }));
      writeSection(out, section(o -> {
        o.writeInt(documents);
        o.writeInt(documentFrequency.size());
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
          CacheCodec.string(o, e.getKey());
          o.writeInt(e.getValue());
        }
      }));
      writeSection(out, siteMap == null ? new byte[0] : section(siteMap::writeStories));
      writeSection(out, structure);
      writeSection(out, items(terms, count));
      writeSection(out, items(entries, count));
    }
    Files.move(temp, dir.resolve("index.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeSection(DataOutputStream out, byte[] section) throws IOException {
    out.writeInt(section.length);
    out.write(section);
  }

  /** A section of {@code count} length-prefixed items. */
  private static byte[] items(ItemWriter writer, int count) throws IOException {
    return section(out -> {
      out.writeInt(count);
      for (int i = 0; i < count; i++) {
        writer.write(i, out);
      }
    });
  }

  /** An entry, length-prefixed, as one item of a section. */
  private static byte[] encode(BuildCache.Entry entry) {
    try {
      byte[] body = section(out -> CacheCodec.writeEntry(entry, out, new PathBodies(entry.stamp().path())));
      return java.nio.ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface SectionWriter {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] section(SectionWriter writer) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    }
    return bytes.toByteArray();
  }

  /** Writes a body as the path of the story file it is rendered from, and its fingerprint. */
  private record PathBodies(Path file) implements CacheCodec.BodyStore {
    @Override
    public void write(Body body, DataOutputStream out) throws IOException {
      CacheCodec.string(out, file.toString());
      out.writeLong(body.fingerprint());
    }

    @Override
    public Body read(DataInputStream in) {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * The version of Briefing that wrote a cache, with the size and time of its jar: a Briefing
   * built again from changed sources may render differently, so it starts from a clean build.
   */
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
