package org.briefing.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputSink;

/**
 * A site being written into a staging folder beside its output folder. {@link #commit()} swaps
 * it into place; {@link #abort()} deletes it and leaves the previous output untouched.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
  private final Path out;
  private final Path staging;
  private final AtomicLong count = new AtomicLong();
  /**
   * The folders of the staging folder, each with the files waiting to be written into it. Files
   * of one folder are written by one thread at a time: making a file locks its folder in the
   * kernel, and a second thread making one there meanwhile spins on that lock (the spinning was
   * 3 % of perf's samples of a clean 10,000-story build, whose search index writes 10,000 result
   * files into one folder from both cores). A thread that finds its file's folder busy leaves
   * the file to the thread writing there and goes back to rendering.
   */
  private final java.util.concurrent.ConcurrentHashMap<Path, Folder> folders = new java.util.concurrent.ConcurrentHashMap<>();
  private boolean done;
  /** Whether there is an old site in the output folder, whose unchanged files the new one keeps. */
  private final boolean oldSite;
  /** The old site's folder with every link in its path resolved. */
  private final Path outReal;
  /** The permissions a file made now gets (after the umask), which an old file must have to be kept; null until asked. */
  private java.util.Set<java.nio.file.attribute.PosixFilePermission> newFilePermissions;

  /** A folder of the staging folder: made once, by the first thread to write into it. */
  private static final class Folder {
    final java.util.concurrent.ConcurrentLinkedQueue<Pending> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();
    final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();
    boolean made;
    /** Whether the old site's folder at the same path is a folder of the old site itself (null: not looked at yet). */
    Boolean oldInside;
  }

  private record Pending(Path target, OutputFile file) {}

  StagedOutput(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
    this.oldSite = Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    this.outReal = oldSite ? realPath(out) : null;
  }

  private static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  /**
   * Writes {@code file}, or leaves it to the thread writing into its folder at the moment, which
   * writes it before it returns: once every call has returned, every file is written.
   */
  @Override
  public void accept(OutputFile file) {
    Path target = SiteWriter.resolveInside(staging, file.path());
    Folder folder = folders.computeIfAbsent(target.getParent(), f -> new Folder());
    folder.waiting.add(new Pending(target, file));
    // the writer looks at the queue again after letting the folder go, so no file is left behind
    while (!folder.waiting.isEmpty() && folder.writing.tryLock()) {
      try {
        if (!folder.made) {
          Files.createDirectories(target.getParent());
          folder.made = true;
        }
        for (Pending next = folder.waiting.poll(); next != null; next = folder.waiting.poll()) {
          write(next, folder);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make the folder of " + file.path() + ": " + org.briefing.problem.IoReason.of(e), e);
      } finally {
        folder.writing.unlock();
      }
    }
  }

  private void write(Pending pending, Folder folder) {
    try {
      if (pending.file().isCopy()) {
        SiteWriter.copy(pending.file().copyOf(), pending.target());
      } else if (!keptFromOldSite(pending.target(), pending.file().bytes(), folder)) {
        Files.write(pending.target(), pending.file().bytes());
      }
      count.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pending.file().path() + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /**
   * Links the old site's file at the same path into the staging folder, rather than making a new
   * file, when it holds exactly {@code bytes}; false when there is none or it differs. A clean
   * build of a site whose pages did not change then makes almost no new files, and deleting the
   * old site frees almost none: on a file system without a journal, ext4 looks at every inode
   * freed in the last minutes before it hands one out (its "recently deleted" check), which made
   * each new file of a clean build made right after another cost up to half a millisecond of
   * system time (perf: 10 % of all samples, the 10,000-story bench site, 27,000 files).
   */
  private boolean keptFromOldSite(Path target, byte[] bytes, Folder folder) {
    if (!oldSite) {
      return false;
    }
    if (folder.oldInside == null) {
      folder.oldInside = insideOldSite(out.resolve(staging.relativize(target.getParent())));
    }
    if (!folder.oldInside) {
      return false;
    }
    Path old = out.resolve(staging.relativize(target));
    try {
      java.nio.file.attribute.PosixFileAttributes seen = Files.readAttributes(old,
          java.nio.file.attribute.PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      // a file of an earlier build under another umask keeps its permissions: it is written anew, as a clean build would
      if (!seen.isRegularFile() || seen.size() != bytes.length || !seen.permissions().equals(newFilePermissions())
          || !java.util.Arrays.equals(Files.readAllBytes(old), bytes)) {
        return false;
      }
      Files.createLink(target, old);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no such file, or links not allowed there: the file is written
    }
  }

  private synchronized java.util.Set<java.nio.file.attribute.PosixFilePermission> newFilePermissions() throws IOException {
    if (newFilePermissions == null) {
      Path probe = Files.createFile(staging.resolve(".permissions-" + System.nanoTime()));
      try {
        newFilePermissions = Files.getPosixFilePermissions(probe);
      } finally {
        Files.delete(probe);
      }
    }
    return newFilePermissions;
  }

  /**
   * Whether {@code folder} of the old site is really in it: a symbolic link to a folder elsewhere,
   * put in the output folder by hand, would otherwise have the new site link a file outside it.
   */
  private boolean insideOldSite(Path folder) {
    try {
      return folder.toRealPath().equals(outReal.resolve(out.relativize(folder)));
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  public long files() {
    return count.get();
  }

  /** Puts the staged site in place of the output folder. */
  public void commit() {
    commitLeavingOld().run();
  }

  /**
   * Puts the staged site in place of the output folder and starts deleting the old site; the
   * result waits until the old site is gone (the caller does other work meanwhile).
   */
  public Runnable commitLeavingOld() {
    try {
      OutputFolder.mark(staging);
      Runnable oldSiteGone = SiteWriter.swapLeavingOld(staging, out);
      done = true;
      return oldSiteGone;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the new site into " + out + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /** Throws the staged files away. */
  public void abort() {
    if (!done) {
      try {
        SiteWriter.deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the staging folder " + staging, e);
      } finally {
        done = true;
      }
    }
  }

  @Override
  public void close() {
    abort();
  }
}
