package org.briefing.serve;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.render.OutputFile;

/**
 * One successful build held in memory: the files by their path below the site root. Files that
 * are copies are read from their source when served, so nothing is written anywhere.
 */
public final class SiteSnapshot {
  private final String basePath;
  private final Map<String, OutputFile> files;
  private final int articles;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  SiteSnapshot(String basePath, List<OutputFile> files, int articles) {
    this.basePath = basePath;
    this.files = files.stream().collect(Collectors.toUnmodifiableMap(OutputFile::path, Function.identity(), (a, b) -> b));
    this.articles = articles;
  }

  /** The site's sub-path from base_url: "/" or e.g. "/briefings/". */
  public String basePath() {
    return basePath;
  }

  public OutputFile file(String path) {
    return files.get(path);
  }

  public List<OutputFile> files() {
    return files.values().stream().sorted(java.util.Comparator.comparing(OutputFile::path)).toList();
  }

  public int articles() {
    return articles;
  }

  public long pages() {
    return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
  }

  /** A hash of an in-memory file's bytes, computed when first asked for: the basis of its ETag. */
  String hash(OutputFile file) {
    return hashes.computeIfAbsent(file.path(), p -> {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes()), 0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** A copy of this snapshot with other files, for a change that needs no rendering. */
  SiteSnapshot withFiles(List<OutputFile> newFiles) {
    return new SiteSnapshot(basePath, newFiles, articles);
  }

  static boolean isBelow(Path file, Path dir) {
    return file.normalize().startsWith(dir.normalize());
  }
}
