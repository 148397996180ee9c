package org.briefing.summary.input;

import java.nio.file.Path;

/** An input article that cannot be read; the message names the file and says what to do. */
public final class UnreadableArticleException extends Exception {
  private final transient Path file;

  public UnreadableArticleException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}
