package org.briefing.rebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two builds from working on one output folder at once. A build holds it from reading the
 * last build's cache until it has saved its own, so that the output files and the cache that
 * describes them always come from the same build; a second build waits for the first.
 *
 * <p>It is the file {@code lock} in the cache folder, locked by the operating system (which frees
 * it when a process dies), and, because a process cannot lock a file twice, a lock per folder
 * within this process. It can be taken again by the thread that holds it.
 */
public final class BuildLock implements AutoCloseable {
  static final String FILE = "lock";
  private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();

  /** The lock of one folder: the thread holding it in this process, and the file while it is held. */
  private static final class Held {
    final ReentrantLock inProcess = new ReentrantLock();
    FileChannel channel;
    FileLock file;
  }

  private final Held held;

  private BuildLock(Held held) {
    this.held = held;
  }

  /** Takes the lock of the cache folder {@code dir}, calling {@code waiting} first when another build holds it. */
  public static BuildLock take(Path dir, Runnable waiting) {
    Held held = HELD.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Held());
    boolean told = false;
    if (!held.inProcess.tryLock()) {
      waiting.run();
      told = true;
      held.inProcess.lock();
    }
    if (held.inProcess.getHoldCount() > 1) {
      return new BuildLock(held);
    }
    try {
      Files.createDirectories(dir);
      // anything but a file at its name is deleted: a link would make or lock a file where it leads, and
      // opening a pipe waits for a reader forever
      Path file = dir.resolve(FILE);
      if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
      }
      FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          if (!told) {
            waiting.run();
          }
          lock = channel.lock();
        }
        held.channel = channel;
        held.file = lock;
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      return new BuildLock(held);
    } catch (IOException e) {
      held.inProcess.unlock();
      throw new UncheckedIOException("cannot lock the build cache in " + dir + ": " + org.briefing.problem.IoReason.of(e), e);
    } catch (RuntimeException e) {
      held.inProcess.unlock();
      throw e;
    }
  }

  /** Takes the lock without telling anyone about a wait. */
  static BuildLock take(Path dir) {
    return take(dir, () -> {});
  }

  @Override
  public void close() {
    try {
      if (held.inProcess.getHoldCount() == 1) {
        held.file.release();
        held.channel.close();
        held.file = null;
        held.channel = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unlock the build cache: " + e.getMessage(), e);
    } finally {
      held.inProcess.unlock();
    }
  }
}
