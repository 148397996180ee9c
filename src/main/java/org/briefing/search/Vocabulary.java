package org.briefing.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the strings of analysed documents (stems, forms, facet names), in the order they
 * were first asked for: a document keeps its words as numbers into one of these, which the
 * collector never has to follow, and {@code search.bin} keeps it as its string table, so that a
 * document goes to the file and comes back from it with no re-encoding. Strings are only added,
 * never removed or renumbered. Safe for many threads.
 */
public final class Vocabulary {
  private final ConcurrentHashMap<String, Integer> ids;
  /** The strings by number; replaced by a longer copy as it fills, published after each string is added. */
  private volatile String[] strings;
  private int size;

  public Vocabulary() {
    ids = new ConcurrentHashMap<>();
    strings = new String[1024];
  }

  /** A vocabulary whose strings are {@code strings}, numbered in that order (none may repeat). */
  public Vocabulary(String[] strings) {
    ids = new ConcurrentHashMap<>(strings.length * 2);
    this.strings = Arrays.copyOf(strings, Math.max(1024, strings.length * 5 / 4));
    size = strings.length;
    for (int i = 0; i < strings.length; i++) {
      if (ids.put(strings[i], i) != null) {
        throw new IllegalArgumentException("a vocabulary's strings repeat: " + strings[i]);
      }
    }
  }

  /** The number of {@code s}, given to it now if it has none. */
  public int id(String s) {
    Integer id = ids.get(s);
    return id != null ? id : add(s);
  }

  private synchronized int add(String s) {
    Integer id = ids.get(s);
    if (id != null) {
      return id;
    }
    String[] all = strings;
    if (size == all.length) {
      all = Arrays.copyOf(all, size * 2);
    }
    all[size] = s;
    // the array is published before the number: whoever reads the number finds the string
    strings = all;
    ids.put(s, size);
    return size++;
  }

  /** The string numbered {@code id}. */
  public String string(int id) {
    return strings[id];
  }

  /** How many strings it has. */
  public synchronized int size() {
    return size;
  }

  /** Its first {@code count} strings, in order. */
  public String[] strings(int count) {
    return Arrays.copyOf(strings, count);
  }

  /** The vocabulary most of {@code documents} number their strings in, or a new one when none does. */
  public static Vocabulary mostUsedBy(java.util.Collection<AnalysedDocument> documents) {
    java.util.Map<Vocabulary, Integer> counts = new java.util.IdentityHashMap<>();
    Vocabulary most = null;
    int highest = 0;
    for (AnalysedDocument d : documents) {
      if (d.vocabulary() != null) {
        int count = counts.merge(d.vocabulary(), 1, Integer::sum);
        if (count > highest) {
          highest = count;
          most = d.vocabulary();
        }
      }
    }
    return most == null ? new Vocabulary() : most;
  }
}
