package org.briefing.rebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The note a build leaves in its cache folder from the moment it starts changing the output
 * folder until it has saved the cache that describes the new output. A build that finds it knows
 * the last one was stopped in between (killed, or out of disk), so that the output may be part old,
 * part new, or not the one the cache describes; it then writes the whole site again.
 */
public final class UnfinishedWrite {
  /** The name of the note in the cache folder. */
  public static final String FILE = "writing";

  private final Path file;

  public UnfinishedWrite(Path cacheDir) {
    this.file = cacheDir.resolve(FILE);
  }

  /** Whether a build began to change the output and did not finish. */
  public boolean found() {
    return Files.exists(file);
  }

  /** Notes that the output is about to change. */
  public void begin() {
    try {
      Files.createDirectories(file.getParent());
      // made anew, never written through: a link put in its place would empty the file it leads to
      org.briefing.write.SiteWriter.writeAnew(file, new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /** Notes that the output and the cache are from the same build again. */
  public void end() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }
}
