package org.briefing.load;

import java.nio.file.Path;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * A content file split into its YAML front matter and its Markdown body, each with the line of
 * the whole file where it starts, so that errors in either can name the right line.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

  /** Splits {@code text}; a file without a front-matter block is an error naming what to add. */
  public static FrontMatter split(String text, Path file) {
    if (!text.startsWith("---") || !isFence(firstLine(text))) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file, 1),
          "the file does not start with a front-matter block",
          "begin the file with a line '---', then 'title: …' and 'date: …', then another '---'"));
    }
    int start = text.indexOf('\n');
    if (start < 0) {
      throw unclosed(file);
    }
    start++;
    int line = 2;
    int pos = start;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (isFence(current) || current.stripTrailing().equals("...")) {
        String yaml = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(yaml, 2, body, line + 1);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw unclosed(file);
  }

  private static BuildFailure unclosed(Path file) {
    return new BuildFailure(Problem.error(SourcePosition.of(file, 1),
        "the front-matter block that starts here is never closed",
        "add a line '---' after the last front-matter field"));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }
}
