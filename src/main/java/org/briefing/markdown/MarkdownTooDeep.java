package org.briefing.markdown;

import java.nio.file.Path;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * A Markdown text nests block quotes, list items, emphasis or links more than
 * {@link InputLimits#MARKDOWN_DEPTH} levels deep; the caller, which knows
 * the file, reports it there.
 */
public final class MarkdownTooDeep extends RuntimeException {
  private final int line;

  MarkdownTooDeep(int line) {
    super("Markdown nested too deeply" + (line > 0 ? " at line " + line : ""), null, false, false);
    this.line = line;
  }

  /** The error to report, for a text that starts at line {@code firstLine} of {@code file}. */
  public Problem problem(Path file, int firstLine) {
    return Problem.error(SourcePosition.of(file, line > 0 ? firstLine + line - 1 : firstLine),
        "block quotes, list items, emphasis or links are nested more than " + InputLimits.MARKDOWN_DEPTH + " levels deep"
            + (line > 0 ? " here" : " in this text"),
        "nest fewer levels; a line that starts with many '>' or list markers, or deep indentation, is the usual cause");
  }

  /** The 1-based line of the text where the limit is passed, 0 when not known. */
  public int line() {
    return line;
  }
}
