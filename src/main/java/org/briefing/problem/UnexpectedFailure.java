package org.briefing.problem;

import java.nio.file.Path;

/**
 * A failure that no check of the input foresaw (a bug, or input that exhausted the machine),
 * with the file that was being processed when it happened, so that the one line the user sees
 * can name it.
 */
public final class UnexpectedFailure extends RuntimeException {
  private final transient Path file;

  private UnexpectedFailure(Path file, Throwable cause) {
    super("unexpected " + cause.getClass().getSimpleName() + " while processing " + file
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    this.file = file;
  }

  /**
   * {@code failure} tied to {@code file}; a failure already tied to a file keeps that one, being
   * the more precise, and a {@link BuildFailure} (a reported input error) is returned as it is.
   */
  public static RuntimeException in(Path file, Throwable failure) {
    if (failure instanceof UnexpectedFailure || failure instanceof BuildFailure) {
      return (RuntimeException) failure;
    }
    return new UnexpectedFailure(file, failure);
  }

  public Path file() {
    return file;
  }

  /** The file named by the first {@code UnexpectedFailure} in the cause chain of {@code t}, or null. */
  public static Path fileOf(Throwable t) {
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof UnexpectedFailure u) {
        return u.file;
      }
    }
    return null;
  }

  /** The innermost cause of {@code t}: what actually went wrong, under any wrapping. */
  public static Throwable rootOf(Throwable t) {
    Throwable root = t;
    for (int i = 0; i < 100 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    return root;
  }
}
