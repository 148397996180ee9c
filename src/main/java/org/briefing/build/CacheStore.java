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
  private static final int FORMAT = 6;
  /** Story entries are saved in this many sections, so that loading can decode them in parallel. */
  private static final int ARTICLE_SECTIONS = 4;
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

  /** The cache of the last build into this output folder, or an empty one. */
  public BuildCache load() {
    BuildCache cache = new BuildCache();
    Path index = dir.resolve("index.bin");
    if (!Files.isRegularFile(index) || !Files.isDirectory(outDir)) {
      return cache;
    }
    CacheCodec.BodyStore bodies = new CacheCodec.BodyStore() {
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
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(index), 1 << 16))) {
      if (!readHeader(in, cache)) {
        return cache;
      }
      List<byte[]> sections = new ArrayList<>();
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        byte[] section = new byte[in.readInt()];
        in.readFully(section);
        sections.add(section);
      }
      // the sections are decoded in parallel: decoding 10,000 stories is most of a rebuild's reading
      // time; the first two hold the outputs and the word counts, which go straight into the cache
      List<List<BuildCache.Entry>> parts = java.util.stream.IntStream.range(0, sections.size()).parallel()
          .mapToObj(i -> switch (i) {
            case 0 -> readOutputs(sections.get(0), cache.outputs);
            case 1 -> readWords(sections.get(1), cache);
            default -> readEntries(sections.get(i), bodies);
          }).toList();
      parts.forEach(part -> part.forEach(e -> cache.articles.put(e.stamp().path(), e)));
      forgetMissingOutputs(cache);
      return cache;
    } catch (IOException | RuntimeException e) {
      cache.clear();
      return cache;
    }
  }

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
      readOutputs(outputs, header.outputs);
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
  private static List<BuildCache.Entry> readOutputs(byte[] bytes, Map<String, Long> outputs) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        outputs.put(CacheCodec.string(in), in.readLong());
      }
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The second section: the site's word counts, read into {@code cache}. */
  private static List<BuildCache.Entry> readWords(byte[] bytes, BuildCache cache) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      cache.documents = in.readInt();
      int words = in.readInt();
      for (int i = 0; i < words; i++) {
        cache.documentFrequency.put(CacheCodec.string(in), in.readInt());
      }
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of the other sections: a share of the story entries. */
  private static List<BuildCache.Entry> readEntries(byte[] bytes, CacheCodec.BodyStore bodies) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      int articles = in.readInt();
      List<BuildCache.Entry> entries = new ArrayList<>(articles);
      for (int i = 0; i < articles; i++) {
        entries.add(CacheCodec.readEntry(in, bodies));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file someone deleted from the output folder is made again by the next build. */
  private void forgetMissingOutputs(BuildCache cache) {
    cache.outputs.keySet().removeIf(path -> !Files.exists(outDir.resolve(path)));
  }

  public void save(BuildCache cache) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "index", ".tmp");
      List<BuildCache.Entry> entries = new ArrayList<>(cache.articles.values());
      List<byte[]> sections = new ArrayList<>();
      sections.add(section(out -> {
        out.writeInt(cache.outputs.size());
        for (Map.Entry<String, Long> e : cache.outputs.entrySet()) {
          CacheCodec.string(out, e.getKey());
          out.writeLong(e.getValue());
        }
      }));
      sections.add(section(out -> {
        out.writeInt(cache.documents);
        out.writeInt(cache.documentFrequency.size());
        for (Map.Entry<String, Integer> e : cache.documentFrequency.entrySet()) {
          CacheCodec.string(out, e.getKey());
          out.writeInt(e.getValue());
        }
      }));
      for (int part = 0; part < ARTICLE_SECTIONS; part++) {
        List<BuildCache.Entry> slice = entries.subList(entries.size() * part / ARTICLE_SECTIONS,
            entries.size() * (part + 1) / ARTICLE_SECTIONS);
        sections.add(section(out -> {
          out.writeInt(slice.size());
          for (BuildCache.Entry entry : slice) {
            CacheCodec.writeEntry(entry, out, new PathBodies(entry.stamp().path()));
          }
        }));
      }
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        CacheCodec.string(out, VERSION);
        CacheCodec.string(out, outDir.toString());
        out.writeLong(cache.inputStamp);
        out.writeLong(cache.nextRelease);
        out.writeInt(cache.stories);
        CacheCodec.problems(out, cache.warnings);
        out.writeInt(sections.size());
        for (byte[] section : sections) {
          out.writeInt(section.length);
          out.write(section);
        }
      }
      Files.move(temp, dir.resolve("index.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
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
