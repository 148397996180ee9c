package org.briefing.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files a build writes, each with what asked for it, so that a clash is found before anything
 * is written: one file asked for twice, a file where another file needs a folder (an alias
 * {@code /robots.txt/} beside the site's {@code robots.txt}), or two paths that differ only in
 * case, which are one file on the disks and hosts that ignore case (macOS, Windows, many web hosts),
 * or in how an accented letter is encoded ({@code é} as one character or as {@code e} and an accent).
 */
public final class OutputPaths {
  /** What a new path meets: the path it clashes with and what asked for that one (null for the site's own files). */
  public record Clash(Kind kind, String other, String origin) {
    /** What asked for the other path: its origin, else "a file the site makes". */
    public String owner() {
      return origin == null ? "a file the site makes" : origin;
    }

    /** Says how {@code path}, which clashes, meets the other path, to follow "X " in an error message. */
    public String explain(String path) {
      return switch (kind) {
        case SAME -> "is also " + owner() + " (" + path + ")";
        case FOLDER_OF_FILE -> "would be written to " + path + ", inside " + other + ", which is " + owner();
        case FILE_IN_FOLDER -> "would be written to " + path + ", which is a folder of " + owner() + " (" + other + ")";
        case CASE -> path.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT))
            ? "would be written to " + path + ", which differs only in case from " + other + ", " + owner()
                + ": one file on disks and hosts that ignore case (macOS, Windows, many web hosts)"
            : "would be written to " + path + ", which differs from " + other + ", " + owner() + ", only in case or in how a"
                + " letter is written (é as one character or as e and an accent, Unicode NFC and NFD; σ or ς); one file on"
                + " macOS disks, and one name to readers, who cannot tell the two apart";
      };
    }
  }

  /** How two paths clash. */
  public enum Kind {
    /** The very same file. */
    SAME,
    /** The new path needs as a folder what the other path is as a file. */
    FOLDER_OF_FILE,
    /** The new path is a file where the other path needs a folder. */
    FILE_IN_FOLDER,
    /** The two differ only in case. */
    CASE
  }

  private final Map<String, String> files = new HashMap<>();
  /** A file in each folder that holds one, by the folder's path ("2021/10"). */
  private final Map<String, String> folders = new HashMap<>();
  /** Each file and folder by its path in lower case. */
  private final Map<String, String> folded = new HashMap<>();

  /** Notes {@code path} as written, asked for by {@code origin} (null for the site's own files), without checking it. */
  public void claim(String path, String origin) {
    files.put(path, origin);
    folded.putIfAbsent(fold(path), path);
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      if (folders.putIfAbsent(folder, path) != null) {
        continue;
      }
      folded.putIfAbsent(fold(folder), folder);
    }
  }

  /** Whether {@code path} is a file noted already. */
  public boolean has(String path) {
    return files.containsKey(path);
  }

  /** The first clash of {@code path} with a path noted already, or null when it has none. */
  public Clash clash(String path) {
    if (files.containsKey(path)) {
      return new Clash(Kind.SAME, path, files.get(path));
    }
    if (folders.containsKey(path)) {
      String inside = folders.get(path);
      return new Clash(Kind.FILE_IN_FOLDER, inside, files.get(inside));
    }
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      if (files.containsKey(folder)) {
        return new Clash(Kind.FOLDER_OF_FILE, folder, files.get(folder));
      }
    }
    Clash folded = caseClash(path);
    for (int slash = path.indexOf('/'); folded == null && slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String other = this.folded.get(fold(path.substring(0, slash)));
      if (other != null && files.containsKey(other)) {
        folded = new Clash(Kind.CASE, other, files.get(other));
      }
    }
    return folded;
  }

  private Clash caseClash(String path) {
    String other = folded.get(fold(path));
    if (other == null || other.equals(path)) {
      return null;
    }
    String owner = files.containsKey(other) ? other : folders.get(other);
    return new Clash(Kind.CASE, other, files.get(owner));
  }

  private static String fold(String path) {
    if (isAscii(path)) {
      return path.toLowerCase(Locale.ROOT); // nearly every path: nothing below to fold
    }
    // lower case leaves letters that case-insensitive disks fold together (final sigma and σ, long s
    // and s, the micro sign and μ, ϑ and θ): each letter is taken to its upper case and back; not the
    // dotless ı, which would become i
    String lower = java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> folded.appendCodePoint(c == 0x131 ? c : Character.toLowerCase(Character.toUpperCase(c))));
    return folded.toString();
  }

  /** Whether every character of {@code path} is ASCII; a loop, since a stream here showed in the profile of every build. */
  private static boolean isAscii(String path) {
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
