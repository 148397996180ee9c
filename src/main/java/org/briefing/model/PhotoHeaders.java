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

  /** What {@code file} is ({@link PhotoReader#read}); throws the same {@link PhotoException} to every story that shows a broken file. */
  public PhotoInfo read(Path file) {
    Object header = read.computeIfAbsent(file, f -> {
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
}
