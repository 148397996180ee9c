package org.briefing.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.problem.SourcePosition;

/**
 * Parsed YAML as plain values (maps, lists, strings, booleans, numbers, null) together with the
 * 1-based line in the whole file where each value starts, keyed by its path ({@code image.src},
 * {@code sources.2}).
 *
 * @param inherited where each value taken from another file (a folder's {@code _defaults.yaml})
 *     was written, by its path; empty for a file's own YAML
 */
public record YamlData(Map<String, Object> values, Map<String, Integer> lines, int firstLine, Map<String, SourcePosition> inherited) {

  public YamlData {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    lines = Map.copyOf(lines);
    inherited = Map.copyOf(inherited);
  }

  public YamlData(Map<String, Object> values, Map<String, Integer> lines, int firstLine) {
    this(values, lines, firstLine, Map.of());
  }

  public static YamlData empty(int firstLine) {
    return new YamlData(Map.of(), Map.of(), firstLine);
  }

  /**
   * Where the value at {@code path} was written: its line in {@code file}, whose YAML this is, or
   * the file and line it was taken from; else its nearest parent's; else the block's first line.
   */
  public SourcePosition positionOf(Path file, String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return SourcePosition.of(file, line);
      }
      SourcePosition elsewhere = inherited.get(p);
      if (elsewhere != null) {
        return elsewhere;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return SourcePosition.of(file, firstLine);
      }
      p = p.substring(0, dot);
    }
  }

  /** This file's YAML as values taken from {@code file}: every path with its position there. */
  public YamlData from(Path file) {
    Map<String, SourcePosition> at = new java.util.HashMap<>();
    lines.forEach((path, line) -> at.put(path, SourcePosition.of(file, line)));
    return new YamlData(values, Map.of(), firstLine, at);
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

  /**
   * A copy whose values are those of {@code defaults} (values taken from other files, with where
   * each was written) overridden by these values, key by key.
   */
  public YamlData over(YamlData defaults) {
    if (defaults.values().isEmpty()) {
      return this;
    }
    Map<String, Object> merged = new java.util.LinkedHashMap<>(defaults.values());
    merged.putAll(values);
    Map<String, SourcePosition> at = new java.util.HashMap<>(inherited);
    defaults.inherited().forEach((path, position) -> {
      if (!values.containsKey(topKey(path))) {
        at.put(path, position);
      }
    });
    return new YamlData(merged, lines, firstLine, at);
  }

  private static String topKey(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  public List<String> keys() {
    return List.copyOf(values.keySet());
  }
}
