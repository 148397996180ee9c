package org.briefing.summary.input;

import java.nio.file.Path;
import org.briefing.problem.Problem;

/** An input article that cannot be read; the message names the file and says what to do. */
public final class UnreadableArticleException extends Exception {
  private final transient Path file;

  public UnreadableArticleException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /**
   * A file a build would refuse as well, told as the build tells it: its position (file, line
   * and column), what is wrong, and the hint on the next line.
   */
  public UnreadableArticleException(Problem problem) {
    super(problem.position().describe(null) + ": " + problem.message()
        + (problem.hint() == null || problem.hint().isBlank() ? "" : System.lineSeparator() + "  hint: " + problem.hint()));
    this.file = problem.position().file();
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}
