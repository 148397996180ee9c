package org.briefing.photo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A picture of a site's {@code static/} folder as it is published: without its location, camera,
 * comments and editing history. A build cleans it when it publishes it, and the preview cleans it
 * again when it serves the file as it is on disk now, which may have changed since the build.
 */
public final class StaticPicture {
  /**
   * The pictures Briefing cannot take metadata out of, by the ending of their names: published as
   * they are when they hold nothing private, else refused ({@link UncleanedPicture}).
   */
  static final Set<String> UNCLEANED = Set.of("tif", "tiff", "heic", "heif", "avif", "jxl", "jp2", "jpx", "psd",
      "dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf");

  /** A picture that is not published: what it holds cannot be read, or cannot be taken out; {@link #line()} is where, 0 when not known. */
  public static class Refused extends RuntimeException {
    private final int line;
    private final String hint;

    Refused(String message, int line, String hint) {
      super(message);
      this.line = line;
      this.hint = hint;
    }

    public int line() {
      return line;
    }

    public String hint() {
      return hint;
    }
  }

  /** How many of a file's first bytes tell whether it is a picture: a HEIF's brands can come after its first 12. */
  static final int HEAD = 64;

  private StaticPicture() {}

  /**
   * The format a file's name says it has, as {@link PhotoReader#formatOf}, "svgz", or the ending of
   * a picture of {@link #UNCLEANED}; "other" for no picture.
   */
  public static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ending = name.substring(name.lastIndexOf('.') + 1);
    return name.endsWith(".svgz") ? "svgz" : name.contains(".") && UNCLEANED.contains(ending) ? ending : PhotoReader.formatOf(file);
  }

  /** Whether {@code file}'s name says it is a picture; a file of another name may still be one ({@link #startsAsPicture}). */
  public static boolean isPicture(Path file) {
    return !formatOf(file).equals("other");
  }

  /**
   * Whether {@code file} starts as a JPEG, PNG, GIF or WebP does, or as a picture of {@link #UNCLEANED},
   * whatever its name (a phone's photo saved as {@code IMG_2041} or {@code photo.jpg.download}): only
   * its first bytes are read.
   */
  public static boolean startsAsPicture(Path file) throws java.io.IOException {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD);
      return MetadataStripper.startsAsPicture(head) || UncleanedPicture.formatInside(head) != null;
    }
  }

  /**
   * {@code bytes} of a file named as {@code file} with its private metadata taken out: the same array
   * when there is nothing to take out (or the file is no picture, by its name and its first bytes). Throws {@link Refused} for a picture
   * whose private metadata cannot be taken out, or that cannot be read, as what it holds cannot be
   * checked ({@link SvgCleaner.Unreadable} for an SVG).
   */
  public static byte[] cleaned(Path file, byte[] bytes) {
    String format = formatOf(file);
    if (UNCLEANED.contains(format)) {
      return UncleanedPicture.judged(format, bytes);
    }
    // a TIFF or HEIF under a name of a picture Briefing cleans, or of none, is known by its bytes
    String inside = UncleanedPicture.formatInside(bytes);
    if (inside != null) {
      return UncleanedPicture.judged(inside, bytes, !format.equals("other"));
    }
    return switch (format) {
      case "svg" -> SvgCleaner.clean(bytes);
      case "svgz" -> SvgCleaner.cleanCompressed(bytes);
      case "other" -> MetadataStripper.startsAsPicture(bytes) ? MetadataStripper.strip(bytes) : bytes;
      default -> MetadataStripper.strip(bytes);
    };
  }
}
