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
   * The folders of the staging folder made so far: a site has a few folders for many files (the
   * search index's 10,000 result files share one), and asking the file system to make a folder
   * that is there costs a failed system call, an exception and a look at the folder, file by file.
   */
  private final java.util.Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private boolean done;

  StagedOutput(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  @Override
  public void accept(OutputFile file) {
    Path target = SiteWriter.resolveInside(staging, file.path());
    try {
      Path folder = target.getParent();
      if (!made.contains(folder)) {
        Files.createDirectories(folder);
        made.add(folder);
      }
      if (file.isCopy()) {
        SiteWriter.copy(file.copyOf(), target);
      } else {
        Files.write(target, file.bytes());
      }
      count.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.path() + ": " + e.getMessage(), e);
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
      throw new UncheckedIOException("cannot move the new site into " + out + ": " + e.getMessage(), e);
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
