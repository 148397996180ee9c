package org.briefing.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.photo.PhotoException;
import org.briefing.photo.PhotoInfo;
import org.briefing.photo.PhotoReader;

/**
 * The headers of the photo files one build reads, each file read once however many stories show
 * it: a site that gives a thousand stories one of twenty pictures reads twenty headers, not a
 * thousand (every read opens the file and parses its metadata). One instance lives for one build.
 */
public final class PhotoHeaders {
  private final Map<Path, Object> read = new ConcurrentHashMap<>();
  private final Map<Path, PhotoInfo> known = new ConcurrentHashMap<>();

  /**
   * Keeps what the last build read of {@code photo}'s file: while the file has the size and change stamp it
   * had then, it is not read again. A rebuild after a story was edited thus reads no photo (and
   * spares loading the image readers) unless the photo changed.
   */
  public void know(Photo photo) {
    if (photo != null && photo.source() != null && photo.info() != null) {
      known.put(photo.source(), photo.info());
    }
  }

  /** What {@code file} is ({@link PhotoReader#read}); throws the same {@link PhotoException} to every story that shows a broken file. */
  public PhotoInfo read(Path file) {
    Object header = read.computeIfAbsent(file, f -> {
      PhotoInfo before = known.get(f);
      if (before != null && unchanged(f, before)) {
        return before;
      }
      try {
        return PhotoReader.read(f);
      } catch (PhotoException e) {
        return e;
      }
    });
    if (header instanceof PhotoException e) {
      throw new PhotoException(e.getMessage());
    }
    return (PhotoInfo) header;
  }

  private static boolean unchanged(Path file, PhotoInfo info) {
    try {
      var attributes = org.briefing.fingerprint.FileStamp.read(file);
      return attributes.isRegularFile() && attributes.size() == info.size() && attributes.stamp() == info.stamp();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
