package org.briefing.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.briefing.render.OutputFile;

/**
 * The only code that writes a site to disk. It writes into a staging folder beside the output
 * and swaps it into place only when every file was written, so a failed build leaves the
 * previous output untouched. A path that would leave the output folder is refused.
 */
public final class SiteWriter {
  /** Threads that delete an old site at once: the disk, not the processor, is the limit. */
  private static final int DELETING_THREADS = 4;

  /** Thrown for an output path that is absolute, empty, or climbs out of the output folder. */
  public static final class UnsafePathException extends RuntimeException {
    public UnsafePathException(String path) {
      super("refusing to write '" + path + "': it would land outside the output folder");
    }
  }

  /** Writes a whole site: stages it, then swaps it into place. */
  public void write(Path outDir, List<OutputFile> files) {
    try (StagedOutput staged = stage(outDir)) {
      files.forEach(staged::accept);
      staged.commit();
    }
  }

  /** What a file is written as beside its place, before it is moved there; a dot-file, which no site publishes. */
  static final String TEMP_NAME = ".briefing-write.tmp";

  /**
   * Updates an existing output folder in place: deletes the removed files (and folders they leave
   * empty), then writes the changed ones. Used by incremental builds, after the build succeeded.
   * The caller checks first with {@link #checkPlaces}, so that a file where a folder is needed (or
   * the other way round) fails the update before anything is changed.
   */
  public void apply(Path outDir, List<OutputFile> changed, List<String> removed) {
    Path out = outDir.toAbsolutePath().normalize();
    String at = null;
    try {
      // first, so that a file that leaves makes room for a folder of its name, and a folder for a file
      for (String path : removed) {
        at = "deleting " + path;
        Path target = resolveInside(out, path);
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); !dir.equals(out) && isEmptyDirectory(dir); dir = dir.getParent()) {
          Files.delete(dir);
        }
      }
      for (OutputFile file : changed) {
        at = "writing " + file.path();
        Path target = resolveInside(out, file.path());
        Files.createDirectories(target.getParent());
        // a name of its own, not the file's with more added: a file's name may be as long as the system allows
        // made anew: a file or link of that name left in the output is not written through
        Path temp = target.resolveSibling(TEMP_NAME);
        if (file.isCopy()) {
          copy(file.copyOf(), temp);
        } else {
          writeAnew(temp, file.bytes());
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      OutputFolder.mark(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + out + (at == null ? "" : " (" + at + ")") + ": "
          + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /**
   * Fails, naming the path, when a file of {@code changed} cannot be written over {@code outDir}
   * once {@code removed} are deleted: a file that stays is where it needs a folder, or a folder where it is a file.
   */
  public void checkPlaces(Path outDir, List<OutputFile> changed, List<String> removed) {
    Path out = outDir.toAbsolutePath().normalize();
    java.util.Set<String> leaving = new java.util.HashSet<>(removed);
    java.util.Set<Path> checked = new java.util.HashSet<>(); // folders whose way up is checked: a full update writes every file
    for (String path : removed) {
      checkWay(out, path, "deletes", leaving, checked);
    }
    for (OutputFile file : changed) {
      checkPlace(out, file.path(), leaving, checked);
    }
  }

  /**
   * Refuses to write {@code path} into {@code out} when a file that stays is where it needs a folder,
   * or a folder that stays (one no removed file empties) is where it is to be a file.
   */
  private static void checkPlace(Path out, String path, java.util.Set<String> leaving, java.util.Set<Path> checked) {
    Path target = checkWay(out, path, "writes", leaving, checked);
    if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        && leaving.stream().noneMatch(gone -> gone.startsWith(path + "/"))) {
      throw blocked(target, path, "is a folder where this build writes the file " + path);
    }
  }

  /**
   * Refuses to write or delete {@code path} in {@code out} through a link on its way (a link to a
   * folder, put in the output by hand or by a checkout, would have the update write or delete
   * files wherever it leads), or when a file that stays is where its way needs a folder; returns
   * the path in {@code out}. The file itself may be a link: it is replaced or deleted, never followed.
   */
  private static Path checkWay(Path out, String path, String does, java.util.Set<String> leaving, java.util.Set<Path> checked) {
    Path target = resolveInside(out, path);
    for (Path dir = target.getParent(); !dir.equals(out) && checked.add(dir); dir = dir.getParent()) {
      if (Files.isSymbolicLink(dir)) {
        throw blocked(dir, path, "is a link where this build " + does + " " + path + ", and a build writes and deletes"
            + " nothing through a link: it could lead out of the output folder");
      }
      String folder = out.relativize(dir).toString().replace('\\', '/');
      if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir) && !leaving.contains(folder)) {
        throw blocked(dir, path, "is a file where this build " + does + " " + path);
      }
    }
    return target;
  }

  private static BuildFailure blocked(Path in, String path, String what) {
    return new BuildFailure(Problem.error(SourcePosition.of(in), what + "; nothing in the output folder was changed",
        "build with --clean to write the whole output folder again"));
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  /** Opens a staging folder beside {@code outDir} for a site to be written into. */
  public StagedOutput stage(Path outDir) {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new UnsafePathException(out.toString());
    }
    try {
      Files.createDirectories(parent);
      OutputFolder.removeLeftovers(out);
      return new StagedOutput(out, newFolder(parent, OutputFolder.stagingPrefix(out)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site to " + out + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /** Resolves an output path inside {@code root}, refusing any that would leave it. */
  public static Path resolveInside(Path root, String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      throw new UnsafePathException(path);
    }
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new UnsafePathException(path);
    }
    return target;
  }

  static void swap(Path staging, Path out) throws IOException {
    swapLeavingOld(staging, out).run();
  }

  /**
   * Puts {@code staging} in place of {@code out} and starts deleting the old site on threads of its
   * own; the result waits until that is done. The old site is out of the way already (under a name
   * of its own, which the next build removes if this one stops before it is gone), so a build can
   * save its cache meanwhile: at 10,000 stories the old site holds 13,000 to 27,000 files.
   */
  static Runnable swapLeavingOld(Path staging, Path out) throws IOException {
    if (!Files.exists(out)) {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      return () -> {};
    }
    Path old = newFolder(out.getParent(), OutputFolder.oldPrefix(out));
    Files.delete(old);
    Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    // the marker goes first: an old site that still has it is whole, and the next build moves it
    // back should this one be killed before the new site is in place (OutputFolder.removeLeftovers)
    Files.deleteIfExists(old.resolve(OutputFolder.MARKER));
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(DELETING_THREADS);
    java.util.concurrent.ForkJoinTask<Void> deleting = pool.submit(new DeleteTree(old));
    return () -> {
      try {
        deleting.join();
      } catch (RuntimeException e) {
        // the new site is in place; the next build removes what is left of the old one
      } finally {
        pool.shutdown();
      }
    };
  }

  /**
   * A new, empty folder named {@code prefix} and a random number in {@code parent}, with the
   * permissions of any folder the user makes (not {@link Files#createTempDirectory}'s owner-only
   * ones, which the swap would hand on to the output folder and a web server could not read).
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    java.util.Random random = new java.util.Random();
    while (true) {
      try {
        return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36)));
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  /**
   * Copies a file into a new one that gets the permissions of any file the user makes, rather than
   * those of the source (a photo readable by its owner alone would be published so). The target
   * is made anew: a file or a link in its place is deleted, never written through.
   */
  /**
   * Writes {@code bytes} into a new file {@code file}: a file or a link in its place is deleted
   * first, never written through (a link put there would send the bytes outside the site).
   */
  public static void writeAnew(Path file, byte[] bytes) throws IOException {
    Files.deleteIfExists(file);
    Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
  }

  static void copy(Path source, Path target) throws IOException {
    Files.deleteIfExists(target);
    try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(source);
        java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      long size = in.size();
      long done = 0;
      while (done < size) {
        long sent = in.transferTo(done, size - done, out);
        if (sent <= 0) {
          break;
        }
        done += sent;
      }
    }
  }

  /**
   * Deletes a folder and everything in it. Deleting is the file system's work, not the
   * processor's, so folders are deleted on several threads at once: at 100,000 stories the old
   * site of a clean build holds 110,000 files in as many folders.
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(DELETING_THREADS);
    try {
      pool.invoke(new DeleteTree(root));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdown();
    }
  }

  /** Deletes one folder: its subfolders as tasks of their own, then its files, then itself. */
  private static final class DeleteTree extends java.util.concurrent.RecursiveAction {
    private final Path dir;

    DeleteTree(Path dir) {
      this.dir = dir;
    }

    @Override
    protected void compute() {
      try {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(dir);
          return;
        }
        List<DeleteTree> folders = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
          for (Path entry : entries) {
            if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              folders.add(new DeleteTree(entry));
            } else {
              Files.delete(entry);
            }
          }
        }
        invokeAll(folders);
        Files.delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
