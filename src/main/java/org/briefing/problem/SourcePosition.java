package org.briefing.problem;

import java.nio.file.Path;

/** A place in an input file: its path and a 1-based line and column, 0 when not known. */
public record SourcePosition(Path file, int line, int column) {

  public static SourcePosition of(Path file) {
    return new SourcePosition(file, 0, 0);
  }

  public static SourcePosition of(Path file, int line) {
    return new SourcePosition(file, line, 0);
  }

  /** {@code path:line:column}, leaving out what is not known. */
  public String describe(Path relativeTo) {
    String path = file == null ? "<unknown>" : display(file, relativeTo);
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }

  private static String display(Path file, Path relativeTo) {
    if (relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)) {
      return relativeTo.relativize(file).toString();
    }
    return file.toString();
  }
}
