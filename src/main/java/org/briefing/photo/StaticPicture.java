package org.briefing.photo;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A picture of a site's {@code static/} folder as it is published: without its location, camera,
 * comments and editing history. A build cleans it when it publishes it, and the preview cleans it
 * again when it serves the file as it is on disk now, which may have changed since the build.
 */
public final class StaticPicture {
  private StaticPicture() {}

  /** The format a file's name says it has, as {@link PhotoReader#formatOf} and "svgz"; "other" for no picture. */
  public static String formatOf(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svgz") ? "svgz" : PhotoReader.formatOf(file);
  }

  public static boolean isPicture(Path file) {
    return !formatOf(file).equals("other");
  }

  /**
   * {@code bytes} of a file named as {@code file} with its private metadata taken out: the same array
   * when there is nothing to take out (or the file is no picture). Throws {@link SvgCleaner.Unreadable}
   * for an SVG that cannot be read, as what it holds cannot be checked.
   */
  public static byte[] cleaned(Path file, byte[] bytes) {
    return switch (formatOf(file)) {
      case "svg" -> SvgCleaner.clean(bytes);
      case "svgz" -> SvgCleaner.cleanCompressed(bytes);
      case "other" -> bytes;
      default -> MetadataStripper.strip(bytes);
    };
  }
}
