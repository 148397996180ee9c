package org.briefing.search;

/**
 * Which fragment file holds a word or a facet value: a hash of its key, the first
 * {@link #KEY_LENGTH} characters of a folded word (the whole of a shorter one) or "facet:name",
 * masked to the number of fragments. The search script computes the same hash (32-bit FNV-1a
 * over UTF-16 code units), so it needs no list of fragments.
 */
public final class Buckets {
  /** Three characters: every word typed that far finds, in one fragment, all the words it begins. */
  public static final int KEY_LENGTH = 3;

  private Buckets() {}

  /**
   * The number of fragments for {@code documents} documents: a power of two near a quarter of
   * them, at least 16, so that a fragment's size stays about the same as the site grows and the
   * number only changes when the count of documents crosses a power of two.
   */
  public static int count(int documents) {
    return Integer.highestOneBit(Math.max(16, documents / 4));
  }

  /** The key of a folded word: what a reader has typed once they typed {@link #KEY_LENGTH} characters. */
  static String key(String surface) {
    return surface.length() <= KEY_LENGTH ? surface : surface.substring(0, KEY_LENGTH);
  }

  /** The fragment of a folded word: that of its {@link #key}, without making the key. */
  static int ofWord(String surface, int count) {
    return of(surface, Math.min(surface.length(), KEY_LENGTH), count);
  }

  static int of(String key, int count) {
    return of(key, key.length(), count);
  }

  private static int of(String key, int length, int count) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < length; i++) {
      hash ^= key.charAt(i);
      hash *= 16777619;
    }
    return hash & (count - 1);
  }
}
