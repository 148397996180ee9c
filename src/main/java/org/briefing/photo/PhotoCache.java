package org.briefing.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefing.fingerprint.FileStamp;

/**
 * The resized photos of earlier builds, by the content of the original and the settings they were
 * made with: in a folder ({@code .briefing-cache/NAME/photos/} for {@code briefing build}), or in
 * memory (the preview, tests). A digest of an original is remembered with the file's path, size
 * and change stamp, so that an unchanged photo is not read again to find its digest, except by a
 * clean build, which reads every original (on a system that keeps no change time, a file given
 * new bytes of the same size and time is put right by it, docs/incremental.md). Files no build asked for since the last
 * {@link #forgetUnused()} are deleted then.
 */
public final class PhotoCache {
  private static final String DIGESTS = "digests.txt";
  /** The digest of each stored file's own bytes, by its name: what a clean build checks a stored file against. */
  private static final String SUMS = "sums.txt";

  /** A file of the cache: its bytes in memory, or the file holding them. */
  public record Stored(byte[] bytes, Path file) {}

  private final Path dir;
  private final Map<String, byte[]> memory = new ConcurrentHashMap<>();
  private final Map<String, String> digests = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Set<String> usedStamps = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
  private final Map<String, String> sums = new ConcurrentHashMap<>();
  /** The stored files found whole in this build: a clean build reads each once. */
  private final Set<String> checked = ConcurrentHashMap.newKeySet();
  private boolean digestsRead;
  private boolean sumsRead;
  private final boolean checkStored;

  private PhotoCache(Path dir, boolean trustStamps) {
    this.dir = dir;
    this.digestsRead = !trustStamps;
    this.checkStored = !trustStamps;
  }

  /** A cache in {@code dir}, made when first written. */
  public static PhotoCache in(Path dir) {
    return new PhotoCache(dir, true);
  }

  /**
   * A cache in {@code dir} that finds the digest of every original by reading it, as a clean build
   * must: the digests remembered by path, size and stamp are not used, only replaced; and that
   * reads every stored file it gives out, to check it against the digest saved when it was made,
   * so that a file damaged since is made again rather than published.
   */
  public static PhotoCache readingEveryOriginal(Path dir) {
    return new PhotoCache(dir, false);
  }

  /** A cache kept in memory for as long as this object lives. */
  public static PhotoCache inMemory() {
    return new PhotoCache(null, true);
  }

  /**
   * The digest (SHA-256, hex) of the content of {@code file}, whose size and change stamp
   * ({@link org.briefing.fingerprint.FileStamp#stamp}) are those given.
   */
  public String digest(Path file, long size, long changeStamp) {
    readDigests();
    String stamp = file.toAbsolutePath().normalize() + "\t" + size + "\t" + changeStamp;
    usedStamps.add(stamp);
    String known = digests.get(stamp);
    if (known != null) {
      return known;
    }
    // an original written just now may be written again within the file system's tick with the
    // same size and stamp: its digest is not remembered by them (looked at before it is read)
    boolean settled = !FileStamp.justWritten(file);
    String digest = sha256(file);
    if (settled) {
      digests.put(stamp, digest);
    }
    return digest;
  }

  /** The stored file named {@code key}, or null when no build made it. */
  public Stored find(String key) {
    used.add(key);
    if (dir == null) {
      byte[] bytes = memory.get(key);
      return bytes == null ? null : new Stored(bytes, null);
    }
    Path file = dir.resolve(key.substring(0, 2)).resolve(key);
    // a link put in the cache is no photo it made: it is made again, and put in the link's place
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (checkStored && !checked.contains(key)) {
      readSums();
      String sum = sums.get(key);
      if (sum == null || !sum.equals(sumOf(file))) {
        return null; // made again, and put in its place
      }
      checked.add(key);
    }
    return new Stored(null, file);
  }

  /** Keeps {@code bytes} as {@code key} and returns where they are. */
  public Stored put(String key, byte[] bytes) {
    used.add(key);
    made.incrementAndGet();
    if (dir == null) {
      memory.put(key, bytes);
      return new Stored(bytes, null);
    }
    Path file = dir.resolve(key.substring(0, 2)).resolve(key);
    readSums();
    sums.put(key, sha256(bytes));
    checked.add(key);
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), ".part-", "");
      Files.write(temporary, bytes);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Stored(null, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the photo cache " + file + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /** How many files were made (not found in the cache) since this cache was opened or last counted; resets the count. */
  public int takeMadeCount() {
    return made.getAndSet(0);
  }

  /**
   * Saves the digests and deletes every stored file and digest that the build just done did not
   * ask for, so that the cache holds the photos of the site as it is.
   */
  public void forgetUnused() {
    if (dir == null) {
      memory.keySet().retainAll(used);
      used.clear();
      return;
    }
    digests.keySet().retainAll(usedStamps);
    usedStamps.clear();
    List<String> lines = new ArrayList<>();
    digests.forEach((stamp, digest) -> lines.add(stamp + "\t" + digest));
    readSums();
    sums.keySet().retainAll(used);
    List<String> sumLines = new ArrayList<>();
    sums.forEach((key, sum) -> sumLines.add(key + "\t" + sum));
    try {
      Files.createDirectories(dir);
      save(DIGESTS, lines);
      save(SUMS, sumLines);
      try (Stream<Path> walk = Files.walk(dir, 2)) {
        for (Path file : walk.filter(f -> !f.getParent().equals(dir) && Files.isRegularFile(f)).toList()) {
          if (!used.contains(file.getFileName().toString())) {
            Files.deleteIfExists(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy the photo cache " + dir + ": " + org.briefing.problem.IoReason.of(e), e);
    }
    used.clear();
  }

  /** Writes {@code lines}, sorted, to the file {@code name} of the cache's folder, whole or not at all. */
  private void save(String name, List<String> lines) throws IOException {
    lines.sort(null);
    Path temporary = Files.createTempFile(dir, ".part-", "");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private synchronized void readSums() {
    if (sumsRead || dir == null) {
      return;
    }
    sumsRead = true;
    Path file = dir.resolve(SUMS);
    try {
      if (Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int tab = line.lastIndexOf('\t');
          if (tab > 0 && line.length() - tab - 1 == 64) {
            sums.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      sums.clear(); // a damaged list costs a clean build the stored files: each is made again
    }
  }

  private synchronized void readDigests() {
    if (digestsRead || dir == null) {
      return;
    }
    digestsRead = true;
    Path file = dir.resolve(DIGESTS);
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0 && line.length() - tab - 1 == 64) {
          digests.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      digests.clear(); // a damaged list is only slower: each photo is read again
    }
  }

  /** The digest of a stored file, or "" when it cannot be read (it is then made again). */
  private static String sumOf(Path file) {
    try {
      return sha256(file);
    } catch (PhotoException e) {
      return "";
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
