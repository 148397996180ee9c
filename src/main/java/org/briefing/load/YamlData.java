package org.briefing.load;

import java.util.List;
import java.util.Map;

/**
 * Parsed YAML as plain values (maps, lists, strings, booleans, numbers, null) together with the
 * 1-based line in the whole file where each value starts, keyed by its path ({@code image.src},
 * {@code sources.2}).
 */
public record YamlData(Map<String, Object> values, Map<String, Integer> lines, int firstLine) {

  public YamlData {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    lines = Map.copyOf(lines);
  }

  public static YamlData empty(int firstLine) {
    return new YamlData(Map.of(), Map.of(), firstLine);
  }

  /** The line of the value at {@code path}, else of its nearest parent, else the block's first line. */
  public int lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return firstLine;
      }
      p = p.substring(0, dot);
    }
  }

  /** A copy whose values are {@code defaults} overridden by these values, key by key. */
  public YamlData over(Map<String, Object> defaults) {
    if (defaults.isEmpty()) {
      return this;
    }
    Map<String, Object> merged = new java.util.LinkedHashMap<>(defaults);
    merged.putAll(values);
    return new YamlData(merged, lines, firstLine);
  }

  public List<String> keys() {
    return List.copyOf(values.keySet());
  }
}
