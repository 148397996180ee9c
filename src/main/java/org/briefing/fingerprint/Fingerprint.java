package org.briefing.fingerprint;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 64-bit fingerprint of values: texts, numbers, lists, maps and records, taken apart the same
 * way every time. Incremental builds compare fingerprints to find what changed; they are not for
 * security. Objects that know their own fingerprint implement {@link Fingerprinted}.
 */
public final class Fingerprint {
  private static final long SEED = 0x9E3779B97F4A7C15L;
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  /** Starts an outline's state, so that no outline is taken for the whole fingerprint of the same values. */
  private static final long OUTLINE_SEED = 0x6A09E667F3BCC909L;

  private long state;
  private final boolean outline;

  /** Something that supplies its fingerprint, such as a story view whose value is remembered. */
  public interface Fingerprinted {
    long fingerprint();
  }

  /**
   * A list whose items are made when they are read (a page's story views). An {@link #outline}
   * takes its size alone; the renderer keeps an outline as a page's fingerprint only when the
   * page's rendering read no item of such a list, so the items cannot have changed its bytes.
   */
  public interface Deferred extends Fingerprinted {
    int size();
  }

  public Fingerprint() {
    this(false);
  }

  private Fingerprint(boolean outline) {
    this.outline = outline;
    this.state = outline ? OUTLINE_SEED : SEED;
  }

  /** A fingerprint that takes each {@link Deferred} list by its size, not by its items. */
  public static Fingerprint outline() {
    return new Fingerprint(true);
  }

  public static long of(Object value) {
    return new Fingerprint().add(value).value();
  }

  public long value() {
    return mix(state);
  }

  public Fingerprint add(long value) {
    state = mix(state ^ value) * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    return this;
  }

  public Fingerprint add(CharSequence text) {
    if (text instanceof String s) {
      return add(s.toCharArray());
    }
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    return add(h ^ text.length());
  }

  // a copied array is read much faster than String.charAt by code the JIT has not compiled yet
  private Fingerprint add(char[] chars) {
    long h = 0xCBF29CE484222325L;
    for (char c : chars) {
      h = (h ^ c) * 0x100000001B3L;
    }
    return add(h ^ chars.length);
  }

  public Fingerprint add(byte[] bytes) {
    long h = 0xCBF29CE484222325L;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * 0x100000001B3L;
    }
    return add(h ^ bytes.length);
  }

  /** Adds any value: null, text, number, boolean, collection, map, record, enum or fingerprinted object. */
  public Fingerprint add(Object value) {
    if (value == null) {
      return add(0x5A5A5A5AL);
    } else if (outline && value instanceof Deferred d) {
      return add(0xDEFE44EDL).add(d.size());
    } else if (value instanceof Fingerprinted f) {
      return add(f.fingerprint());
    } else if (value instanceof CharSequence s) {
      return add(s);
    } else if (value instanceof Integer i) {
      // the commonest number (the search index's postings are millions of them): its value, after
      // a tag of its own, rather than its type's name and decimal text
      return add(0x1A7E6E5L).add(i.longValue());
    } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
        || value instanceof java.time.temporal.TemporalAccessor || value instanceof java.nio.file.Path
        || value instanceof java.net.URI || value instanceof Character || value instanceof java.time.ZoneId) {
      return add(value.getClass().getName()).add(value.toString());
    } else if (value instanceof Collection<?> list) {
      add(list.size());
      for (Object item : list) {
        add(item);
      }
      return this;
    } else if (value instanceof Map<?, ?> map) {
      // a map's order is part of what it says (templates list a story's params in the file's order),
      // except in Map.of and Map.copyOf, whose order changes from one JVM to the next: their keys go in sorted
      add(map.size() + 0x3000L);
      Map<?, ?> ordered = isUnordered(map) && map.keySet().stream().allMatch(k -> k instanceof String) ? new java.util.TreeMap<>(map) : map;
      for (Map.Entry<?, ?> e : ordered.entrySet()) {
        add(e.getKey()).add(e.getValue());
      }
      return this;
    } else if (value instanceof Record record) {
      return addComponents(record);
    } else if (value instanceof byte[] bytes) {
      return add(bytes);
    }
    throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
  }

  /** Adds a record's components, even when the record is {@link Fingerprinted} itself. */
  public Fingerprint addComponents(Record record) {
    add(record.getClass().getName());
    for (Method accessor : accessors(record.getClass())) {
      if (accessor.getReturnType() == long.class && accessor.getName().equals("fingerprint")) {
        continue;
      }
      try {
        add(accessor.invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
    return this;
  }

  private static Method[] accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, t -> {
      RecordComponent[] components = t.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        methods[i].setAccessible(true);
      }
      return methods;
    });
  }

  private static boolean isUnordered(Map<?, ?> map) {
    return map.getClass().getName().startsWith("java.util.ImmutableCollections");
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
