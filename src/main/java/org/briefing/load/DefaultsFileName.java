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
    return near.equals(ContentLoader.DEFAULTS) || Math.abs(near.length() - ContentLoader.DEFAULTS.length()) <= MOST_EDITS
        && FieldCheck.editDistance(near, ContentLoader.DEFAULTS) <= MOST_EDITS;
  }
}
