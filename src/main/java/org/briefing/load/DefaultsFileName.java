package org.briefing.load;

import java.util.Locale;

/**
 * Tells a folder-defaults file written under another name ({@code _default.yaml},
 * {@code _defualts.yaml}, {@code defaults.yml}, {@code _defaults.yaml } with a trailing space):
 * no build reads it, so a {@code draft: true} in it would hold nothing back.
 */
final class DefaultsFileName {
  /** Edits (a letter added, dropped, changed, or two swapped) that a misspelling may be from the real name. */
  private static final int MOST_EDITS = 2;

  private DefaultsFileName() {}

  /** Whether {@code name} is not {@value ContentLoader#DEFAULTS} but within two edits of it, case and spaces aside. */
  static boolean isMisspelt(String name) {
    if (name.equals(ContentLoader.DEFAULTS)) {
      return false;
    }
    String near = name.strip().toLowerCase(Locale.ROOT);
    return near.equals(ContentLoader.DEFAULTS) || edits(near, ContentLoader.DEFAULTS, MOST_EDITS) <= MOST_EDITS;
  }

  /** The edits from {@code a} to {@code b}, a swap of two neighbours counting as one; past {@code most}, any number above it. */
  private static int edits(String a, String b, int most) {
    if (Math.abs(a.length() - b.length()) > most) {
      return most + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
