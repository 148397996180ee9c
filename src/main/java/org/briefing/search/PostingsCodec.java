package org.briefing.search;

/**
 * The text a postings list is written as in the index's files: document numbers rising, each with
 * a weight level (1 to 63), as characters of the URL-safe base-64 alphabet. Two forms, the shorter
 * is written: {@code s} then, per posting, the gap from the number before (from 0 for the first)
 * as a variable-length number and the level as one character; or {@code d}, the first number, then
 * one character per number from the first to the last, the level or {@code A} (0) for a document
 * without the word, which suits the postings of a word of most documents and compresses well.
 * A variable-length number is written 5 bits a character, the lowest first, 32 added to every
 * character but the last. The search script reads the same text (templates/assets/search.js).
 */
public final class PostingsCodec {
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  /** The highest level: a weight (BM25 × 100, at most 220) is kept as a level of steps of 4. */
  static final int TOP_LEVEL = 63;
  static final int STEP = 4;

  private PostingsCodec() {}

  /** The level a weight is written as: a step of {@link #STEP}, at least 1, so that a present word never reads as absent. */
  static int level(int weight) {
    return Math.max(1, Math.min(TOP_LEVEL, Math.round(weight / (float) STEP)));
  }

  /** The text of {@code count} postings, {@code ids} rising, each with its level. */
  public static String encode(int[] ids, int[] levels, int count) {
    // the length of each form is worked out first and only the shorter is written: the lists of
    // common words, as long as the site, are dense
    int sparseLength = 1;
    int last = 0;
    for (int i = 0; i < count; i++) {
      sparseLength += length(ids[i] - last) + 1;
      last = ids[i];
    }
    if (count == 0 || ids[count - 1] - ids[0] + 1 >= sparseLength) {
      char[] sparse = new char[sparseLength];
      sparse[0] = 's';
      int at = 1;
      last = 0;
      for (int i = 0; i < count; i++) {
        at = number(sparse, at, ids[i] - last);
        sparse[at++] = ALPHABET.charAt(levels[i]);
        last = ids[i];
      }
      return new String(sparse);
    }
    char[] dense = new char[1 + length(ids[0]) + ids[count - 1] - ids[0] + 1];
    dense[0] = 'd';
    int start = number(dense, 1, ids[0]);
    java.util.Arrays.fill(dense, start, dense.length, 'A');
    for (int i = 0; i < count; i++) {
      dense[start + ids[i] - ids[0]] = ALPHABET.charAt(levels[i]);
    }
    return new String(dense);
  }

  /** How many characters {@code value} is written in. */
  private static int length(int value) {
    int length = 1;
    while ((value >>>= 5) != 0) {
      length++;
    }
    return length;
  }

  /** Writes {@code value} into {@code out} at {@code at}; returns where it ends. */
  private static int number(char[] out, int at, int value) {
    do {
      int low = value & 31;
      value >>>= 5;
      out[at++] = ALPHABET.charAt(value == 0 ? low : low + 32);
    } while (value != 0);
    return at;
  }

  /** The document numbers, rising, of {@code text}, with their levels as {@code [id, level, id, level, …]}. */
  public static int[] decode(String text) {
    int[] out = new int[16];
    int n = 0;
    int[] at = {1};
    if (text.charAt(0) == 's') {
      int id = 0;
      while (at[0] < text.length()) {
        id += number(text, at);
        out = room(out, n + 2);
        out[n++] = id;
        out[n++] = ALPHABET.indexOf(text.charAt(at[0]++));
      }
    } else {
      int id = number(text, at);
      for (; at[0] < text.length(); at[0]++, id++) {
        int level = ALPHABET.indexOf(text.charAt(at[0]));
        if (level > 0) {
          out = room(out, n + 2);
          out[n++] = id;
          out[n++] = level;
        }
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static int[] room(int[] array, int size) {
    return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
  }

  private static int number(String text, int[] at) {
    int value = 0;
    int shift = 0;
    while (true) {
      int c = ALPHABET.indexOf(text.charAt(at[0]++));
      value |= (c & 31) << shift;
      if (c < 32) {
        return value;
      }
      shift += 5;
    }
  }
}
