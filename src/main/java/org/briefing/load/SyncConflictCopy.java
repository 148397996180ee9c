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

  /** Whether the file {@code name} is a sync tool's conflict copy of another. */
  public static boolean is(String name) {
    return SYNCTHING.matcher(name).find() || DROPBOX.matcher(name).find();
  }
}
