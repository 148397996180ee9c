package org.briefing.load;

import java.util.regex.Pattern;

/**
 * Tells the second version a sync tool keeps of a file changed in two places: Syncthing's
 * {@code a.sync-conflict-20261206-101010-ABCDEFG.md}, Dropbox's and Nextcloud's
 * {@code a (conflicted copy 2026-12-06).md} or {@code a (Sara's conflicted copy 2026-12-06).md},
 * and Dropbox's {@code a (Case Conflict).md}.
 */
public final class SyncConflictCopy {
  /** What to do about one. */
  public static final String HINT = "resolve the conflict: keep one copy (move into the original what you need from this one) and delete the other";
  private static final Pattern SYNCTHING = Pattern.compile("\\.sync-conflict-[0-9]{8}-[0-9]{6}(-[A-Za-z0-9]+)?(\\.|$)");
  // the date the copy was made closes the parentheses, so a title that speaks of conflicted copies is not one
  private static final Pattern DROPBOX = Pattern.compile(
      "(?i) \\(([^()]*['’]s )?conflicted copy [0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{6})?\\)|(?i) \\(case conflict( [0-9]+)?\\)");

  private SyncConflictCopy() {}

  /**
   * What {@code path} (from its folder, with '/') is, for an error: "a copy a sync tool made of a
   * file changed in two places ('…')" when it is {@code copy} itself, "in a copy … of a folder …" when
   * {@code copy} is a folder above it.
   */
  public static String described(String path, String copy) {
    boolean itself = copy.equals(path);
    return (itself ? "" : "in ") + "a copy a sync tool made of a " + (itself ? "file" : "folder") + " changed in two places ('" + copy + "')";
  }

  /** Whether the file or folder {@code name} is a sync tool's conflict copy of another. */
  public static boolean is(String name) {
    return SYNCTHING.matcher(name).find() || DROPBOX.matcher(name).find();
  }

  /**
   * The part of {@code path} (a file's, from {@code content/} or {@code static/}, with '/') up to
   * the first folder or file name that is a conflict copy, for example {@code stories (conflicted
   * copy 2026-12-06)} for {@code stories (conflicted copy 2026-12-06)/a.md}; null when there is
   * none. A sync tool copies a folder changed in two places with the files in it under their own names.
   */
  public static String copyIn(String path) {
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (is(path.substring(start, end))) {
        return path.substring(0, end);
      }
      start = end + 1;
    }
    return null;
  }
}
