package org.briefing.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What makes a folder a Briefing output: the marker file every build writes into it. A build
 * replaces only a folder with the marker, or one that is empty or missing; and it removes what a
 * killed build left beside it.
 */
public final class OutputFolder {
  /** The marker file at the top of every output folder. */
  public static final String MARKER = ".briefing-output";
  private static final byte[] MARKER_TEXT = ("""
      This folder is a site built by Briefing. The next build replaces it whole:
      keep nothing of your own here.
      """).getBytes(StandardCharsets.UTF_8);

  /** What a folder is to a build that would replace it. */
  public enum State {
    /** There is nothing there yet, or an empty folder. */
    FREE,
    /** A folder an earlier build made: it has the marker. */
    OURS,
    /** Anything else: a folder with other files in it, or a file. */
    FOREIGN
  }

  private OutputFolder() {}

  /** Whether a build may replace {@code out} without being told to. */
  public static State of(Path out) {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return State.FREE;
    }
    if (!Files.isDirectory(out)) {
      return State.FOREIGN;
    }
    if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return State.OURS;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
      return entries.iterator().hasNext() ? State.FOREIGN : State.FREE;
    } catch (IOException e) {
      return State.FOREIGN;
    }
  }

  /** Moves back to {@code out} the newest whole old site (one with its marker) among the folders named {@code old}… beside it. */
  private static void restoreOld(Path parent, String old, Path out) throws IOException {
    Path newest = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, entry -> entry.getFileName().toString().startsWith(old))) {
      for (Path candidate : entries) {
        if (Files.isRegularFile(candidate.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && (newest == null
            || Files.getLastModifiedTime(candidate).compareTo(Files.getLastModifiedTime(newest)) > 0)) {
          newest = candidate;
        }
      }
    }
    if (newest != null) {
      Files.move(newest, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Writes the marker into {@code folder}, a site about to become an output folder, when it has none. */
  static void mark(Path folder) throws IOException {
    Path marker = folder.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      SiteWriter.writeAnew(marker, MARKER_TEXT);
    }
  }

  /** The prefix of the folders a build of {@code out} stages a new site in. */
  static String stagingPrefix(Path out) {
    return "." + out.getFileName() + ".staging-";
  }

  /** The prefix of the name an old site of {@code out} has while it is being deleted. */
  static String oldPrefix(Path out) {
    return "." + out.getFileName() + ".old-";
  }

  /**
   * Deletes the staging and old-site folders that a build of {@code out} killed halfway left beside
   * it. A build killed between moving the old site aside and moving the new one in left no
   * {@code out} at all: the old site, whole while it still has its marker (deleting it starts with
   * the marker), is moved back first, as the last good output. The caller must keep other builds
   * of {@code out} from running meanwhile (the build lock).
   */
  public static void removeLeftovers(Path outDir) {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String staging = stagingPrefix(out);
    String old = oldPrefix(out);
    try {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        restoreOld(parent, old, out);
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
          entry -> entry.getFileName().toString().startsWith(staging) || entry.getFileName().toString().startsWith(old))) {
        for (Path leftover : entries) {
          SiteWriter.deleteTree(leftover);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove what an interrupted build left beside " + out + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }
}
