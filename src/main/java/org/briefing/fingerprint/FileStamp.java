package org.briefing.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a build needs to know of a file to tell whether it changed since the last build: its kind,
 * its size and a stamp.
 *
 * @param stamp a number that changes whenever the file is written: its modification time and,
 *     where the system keeps one, its change time. The first alone misses an edit that keeps the
 *     file's size when a tool sets the time back ({@code touch -r}, {@code cp -p}, {@code rsync
 *     -t}, an editor that keeps times); no tool can set the change time, which any write or
 *     rename moves on.
 * @param written when the file was last written, in nanoseconds since 1970: its change time, which
 *     every write sets to the system's clock and no tool sets otherwise, where the system keeps
 *     one, else its modification time. A file written within one tick of the file system's clock
 *     of a build's look at it may be written again with the same stamp ({@link #justWritten()})
 */
public record FileStamp(boolean isDirectory, boolean isSymbolicLink, boolean isRegularFile, long size, long stamp, long written) {
  /**
   * How long before a build's look at its inputs a file counts as written just then, in
   * milliseconds: the coarsest tick of the file systems an editor may keep a site on (FAT keeps
   * times to two seconds; ext3, HFS+ and many network file systems to one). A file written as
   * recently as that can be written again with the same size and stamp, so a build notes what it
   * held ({@code InputStamp.Written}).
   */
  public static long recent() {
    return Math.max(2_000, tick());
  }

  /** A span of moments, in nanoseconds since 1970, as {@link #written} gives them. */
  public record Window(long from, long to) {
    /** A window no file was written in. */
    public static final Window NONE = new Window(Long.MAX_VALUE, Long.MIN_VALUE);

    public boolean contains(long written) {
      return written >= from && written <= to;
    }
  }

  /**
   * The moments at which a file written counts as just written: within {@link #recent} of now. A
   * file dated later than that (a clock put back since, or, where no change time is kept, a
   * modification time set ahead) is written again only at another time.
   */
  public static Window justWritten() {
    long now = System.currentTimeMillis();
    return new Window((now - recent()) * 1_000_000, (now + recent()) * 1_000_000);
  }

  /** Whether {@code file} was written within {@link #recent} of now (true when it cannot be looked at). */
  public static boolean justWritten(Path file) {
    try {
      return justWritten().contains(read(file).written());
    } catch (IOException e) {
      return true;
    }
  }

  /** Whether the file system keeps a change time (ctime) for each file, as every Unix one does. */
  private static final boolean CHANGE_TIMES = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  private static final String UNIX_ATTRIBUTES = "unix:isDirectory,isSymbolicLink,isRegularFile,size,lastModifiedTime,ctime";

  /** The stamp of {@code path}, in one system call; through a link unless {@code options} says not to follow it. */
  public static FileStamp read(Path path, LinkOption... options) throws IOException {
    long tick = tick() * 1_000_000;
    if (CHANGE_TIMES) {
      Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, options);
      long modified = coarse(((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS), tick);
      long changed = coarse(((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), tick);
      return new FileStamp((Boolean) a.get("isDirectory"), (Boolean) a.get("isSymbolicLink"), (Boolean) a.get("isRegularFile"),
          (Long) a.get("size"), Long.rotateLeft(modified, 31) ^ changed, changed);
    }
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
    long modified = coarse(a.lastModifiedTime().to(TimeUnit.NANOSECONDS), tick);
    return new FileStamp(a.isDirectory(), a.isSymbolicLink(), a.isRegularFile(), a.size(), modified, modified);
  }

  /**
   * The tick of file times, in milliseconds, that tests give with the system property
   * {@code briefing.test.fileTimeTick} to make times as coarse as a file system that keeps them to
   * the second does; 0 (times as the system gives them) otherwise.
   */
  private static long tick() {
    return Long.getLong("briefing.test.fileTimeTick", 0);
  }

  private static long coarse(long nanos, long tick) {
    return tick <= 0 ? nanos : Math.floorDiv(nanos, tick) * tick;
  }
}
