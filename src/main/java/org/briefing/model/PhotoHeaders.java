package org.briefing.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.briefing.load.ContentLoader.ContentFile;
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
  private final Function<Path, ContentFile> listed;

  /** Headers whose files' sizes and stamps are read as the headers are. */
  public PhotoHeaders() {
    this(null);
  }

  /**
   * Headers whose files' sizes and stamps are those {@code listed} gives (the build's look at its
   * inputs, taken before anything was read, {@code InputStamp.listed}): a photo written
   * after the look, and again in the same tick with the same size, would otherwise keep the stamp
   * recorded as its header was read, and the next build the first header.
   */
  public PhotoHeaders(Function<Path, ContentFile> listed) {
    this.listed = listed;
  }

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
        return asListed(f, PhotoReader.read(f));
      } catch (PhotoException e) {
        return e;
      }
    });
    if (header instanceof PhotoException e) {
      throw new PhotoException(e.getMessage());
    }
    return (PhotoInfo) header;
  }

  /** {@code info} with the stamp the look at the inputs found. */
  private PhotoInfo asListed(Path file, PhotoInfo info) {
    return listed == null ? info : info.withStamp(listed.apply(file).stamp());
  }

  /** Whether {@code file} has the size and stamp recorded in {@code info}, a header an earlier build read. */
  public boolean unchanged(Path file, PhotoInfo info) {
    if (listed != null) {
      ContentFile then = listed.apply(file);
      return then.size() == info.size() && then.stamp() == info.stamp();
    }
    try {
      var attributes = org.briefing.fingerprint.FileStamp.read(file);
      return attributes.isRegularFile() && attributes.size() == info.size() && attributes.stamp() == info.stamp();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
