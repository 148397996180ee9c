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
import java.util.Map;
import org.briefing.model.Body;

/**
 * Keeps a {@link BuildCache} on disk in {@code .briefing-cache/} beside the output folder. Story
 * bodies are not stored: a cached story's text is rendered again from its unchanged file when a
 * page needs it. A cache that is missing, made for another output folder or by another version of
 * Briefing, or damaged, is ignored: the build is then a clean one.
 */
public final class CacheStore {
  public static final String DIR = ".briefing-cache";
  private static final int MAGIC = 0x42524643;
  private static final int FORMAT = 4;

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
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !CacheCodec.string(in).equals(version())
          || !CacheCodec.string(in).equals(outDir.toString())) {
        return cache;
      }
      int outputs = in.readInt();
      for (int i = 0; i < outputs; i++) {
        cache.outputs.put(CacheCodec.string(in), in.readLong());
      }
      cache.documents = in.readInt();
      int words = in.readInt();
      for (int i = 0; i < words; i++) {
        cache.documentFrequency.put(CacheCodec.string(in), in.readInt());
      }
      int articles = in.readInt();
      for (int i = 0; i < articles; i++) {
        BuildCache.Entry entry = CacheCodec.readEntry(in, bodies);
        cache.articles.put(entry.stamp().path(), entry);
      }
      forgetMissingOutputs(cache);
      return cache;
    } catch (IOException | RuntimeException e) {
      cache.clear();
      return cache;
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
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        CacheCodec.string(out, version());
        CacheCodec.string(out, outDir.toString());
        out.writeInt(cache.outputs.size());
        for (Map.Entry<String, Long> e : cache.outputs.entrySet()) {
          CacheCodec.string(out, e.getKey());
          out.writeLong(e.getValue());
        }
        out.writeInt(cache.documents);
        out.writeInt(cache.documentFrequency.size());
        for (Map.Entry<String, Integer> e : cache.documentFrequency.entrySet()) {
          CacheCodec.string(out, e.getKey());
          out.writeInt(e.getValue());
        }
        out.writeInt(cache.articles.size());
        for (BuildCache.Entry entry : cache.articles.values()) {
          CacheCodec.writeEntry(entry, out, new PathBodies(entry.stamp().path()));
        }
      }
      Files.move(temp, dir.resolve("index.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir + ": " + e.getMessage(), e);
    }
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

  private static String version() {
    String version = CacheStore.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
