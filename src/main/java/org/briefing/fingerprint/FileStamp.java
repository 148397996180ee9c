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
 */
public record FileStamp(boolean isDirectory, boolean isSymbolicLink, boolean isRegularFile, long size, long stamp) {
  /** Whether the file system keeps a change time (ctime) for each file, as every Unix one does. */
  private static final boolean CHANGE_TIMES = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  private static final String UNIX_ATTRIBUTES = "unix:isDirectory,isSymbolicLink,isRegularFile,size,lastModifiedTime,ctime";

  /** The stamp of {@code path}, in one system call; through a link unless {@code options} says not to follow it. */
  public static FileStamp read(Path path, LinkOption... options) throws IOException {
    if (CHANGE_TIMES) {
      Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, options);
      long modified = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
      long changed = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
      return new FileStamp((Boolean) a.get("isDirectory"), (Boolean) a.get("isSymbolicLink"), (Boolean) a.get("isRegularFile"),
          (Long) a.get("size"), Long.rotateLeft(modified, 31) ^ changed);
    }
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
    return new FileStamp(a.isDirectory(), a.isSymbolicLink(), a.isRegularFile(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }
}
