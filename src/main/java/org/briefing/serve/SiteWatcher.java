package org.briefing.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.briefing.config.ConfigLoader;

/**
 * Watches a site's {@code briefing.yaml}, {@code content/}, {@code templates/} and {@code static/}
 * with the JDK's watch service, registering folders as they appear, and hands each burst of
 * changes to a listener once the files have been quiet for a moment.
 */
public final class SiteWatcher implements Closeable {
  private static final List<String> WATCHED = List.of("content", "templates", "static");
  private static final Duration LONGEST_BURST = Duration.ofSeconds(2);

  private final Path siteDir;
  private final Duration quiet;
  private final Consumer<ChangeSet> listener;
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
  /**
   * The links to files among the watched files, by the real path of the file each leads to: an edit
   * of that file changes what the build reads through the link, but when it lies outside the
   * watched folders only its own folder, watched for it, reports the edit.
   */
  private final Map<Path, Set<Path>> linksByTarget = new ConcurrentHashMap<>();
  private final Thread thread;

  public SiteWatcher(Path siteDir, Duration quiet, Consumer<ChangeSet> listener) throws IOException {
    this.siteDir = siteDir;
    this.quiet = quiet;
    this.listener = listener;
    this.service = siteDir.getFileSystem().newWatchService();
    register(siteDir);
    registerAll(new LinkedHashSet<>());
    this.thread = new Thread(this::run, "briefing-watcher");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    service.close();
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey first = service.take();
        try {
          burst(first);
        } catch (ClosedWatchServiceException e) {
          throw e;
        } catch (RuntimeException | Error e) {
          // A preview whose watcher died would serve the old site forever, even after the fix:
          // whatever fails is reported, and the watcher goes on with the next change.
          report(e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Stopped.
    }
  }

  /** Gathers the changes that follow {@code first} until the files are quiet, and hands them to the listener. */
  private void burst(WatchKey first) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    Set<Path> born = new java.util.HashSet<>();
    long deadline = System.nanoTime() + LONGEST_BURST.toNanos();
    collect(first, changed, born);
    WatchKey next;
    while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      collect(next, changed, born);
    }
    // a file made and gone within the burst (an editor's or sed -i's temporary file, renamed over a story) changed no input
    changed.removeIf(path -> born.contains(path) && Files.notExists(path, LinkOption.NOFOLLOW_LINKS));
    ChangeSet set = ChangeSet.of(siteDir, changed);
    if (!set.isEmpty()) {
      listener.accept(set);
    }
  }

  private void report(Throwable failure) {
    try {
      thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    } catch (RuntimeException | Error e) {
      // Nothing more can be done about it; watching matters more.
    }
  }

  /** Adds the paths of {@code key}'s events to {@code changed}, and to {@code born} those whose first event of the burst made them. */
  private void collect(WatchKey key, Set<Path> changed, Set<Path> born) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        // Events were lost: rebuild everything and look at the folders again.
        changed.add(siteDir.resolve("briefing.yaml"));
        registerAll(changed);
        continue;
      }
      if (dir == null) {
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      changed.addAll(linksByTarget.getOrDefault(child, Set.of()));
      if (dir.equals(siteDir) && !child.getFileName().toString().equals("briefing.yaml")
          && !WATCHED.contains(child.getFileName().toString()) && !ConfigLoader.isMisnamed(child.getFileName().toString())) {
        continue;
      }
      if (changed.add(child) && event.kind() == ENTRY_CREATE) {
        born.add(child);
      }
      if (event.kind() == ENTRY_DELETE) {
        forget(child);
      } else if (event.kind() == ENTRY_CREATE && (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
          || followsFolderLinks(child) && Files.isDirectory(child))) {
        registerTree(child, changed);
      } else if (event.kind() == ENTRY_CREATE && Files.isSymbolicLink(child)) {
        followLink(child);
      }
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  /**
   * Registers a folder and every folder below it, through links to folders where the build follows
   * them; files already inside count as changed, since they appeared unseen.
   */
  private void registerTree(Path top, Set<Path> changed) {
    boolean follow = followsFolderLinks(top);
    Set<Path> seen = new java.util.HashSet<>();
    try {
      Files.walkFileTree(top, follow ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (follow && !seen.add(realFolder(dir))) {
            return FileVisitResult.SKIP_SUBTREE; // two links to one folder: the JDK would hand back its key under the second name
          }
          register(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          changed.add(file);
          if (Files.isSymbolicLink(file)) {
            followLink(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Gone again before it could be read: its deletion is another event.
    }
  }

  /**
   * Watches the folder of the file that {@code link} leads to, so that an edit of that file counts
   * as a change of the link. A folder watched already (by another name, when the site is reached
   * through a link) is not watched again: the JDK would hand back its key under the new name.
   */
  private void followLink(Path link) {
    try {
      Path target = link.toRealPath();
      if (!Files.isRegularFile(target)) {
        return;
      }
      Path folder = target.getParent();
      Path watchedAs = watchedAs(folder);
      if (watchedAs == null) {
        register(folder);
        watchedAs = folder;
      }
      linksByTarget.computeIfAbsent(watchedAs.resolve(target.getFileName()), t -> ConcurrentHashMap.newKeySet()).add(link);
    } catch (IOException e) {
      // a broken link: the build reports it with its path
    }
  }

  /** The name under which the folder whose real path is {@code folder} is watched, or null. */
  private Path watchedAs(Path folder) {
    for (Path watched : keys.values()) {
      if (watched.equals(folder) || sameFolder(watched, folder)) {
        return watched;
      }
    }
    return null;
  }

  private static Path realFolder(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir;
    }
  }

  private static boolean sameFolder(Path watched, Path realFolder) {
    try {
      return watched.toRealPath().equals(realFolder);
    } catch (IOException e) {
      return false;
    }
  }

  private void register(Path dir) {
    try {
      WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      Path known = keys.get(key);
      if (known != null && !known.equals(dir)) {
        // A watched folder was moved here: the JDK hands back the old key, still named after the old path.
        key.cancel();
        keys.remove(key);
        key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
      keys.put(key, dir);
    } catch (IOException e) {
      // Deleted or unreadable meanwhile.
    }
  }

  /** Stops watching a deleted or moved-away folder and everything below it. */
  private void forget(Path gone) {
    keys.entrySet().removeIf(entry -> {
      if (entry.getValue().startsWith(gone) && !entry.getValue().equals(siteDir)) {
        entry.getKey().cancel();
        return true;
      }
      return false;
    });
  }

  private void registerAll(Set<Path> changed) {
    for (String name : WATCHED) {
      Path dir = siteDir.resolve(name);
      if (followsFolderLinks(dir) ? Files.isDirectory(dir) : Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        registerTree(dir, changed);
      }
    }
  }

  /**
   * Whether the build follows links to folders at {@code path}: under {@code templates/} it does
   * (a site may link a theme shared with others), elsewhere it does not ({@code FileTree}).
   */
  private boolean followsFolderLinks(Path path) {
    return path.startsWith(siteDir.resolve("templates"));
  }
}
