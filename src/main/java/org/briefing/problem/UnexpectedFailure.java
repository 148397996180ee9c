package org.briefing.problem;

import java.nio.file.Path;

/**
 * A failure that no check of the input foresaw (a bug, or input that exhausted the machine),
 * with the file that was being processed when it happened, so that the one line the user sees
 * can name it.
 */
public final class UnexpectedFailure extends RuntimeException {
  private final transient Path file;
  private final String detail;

  private UnexpectedFailure(Path file, String detail, Throwable cause) {
    super("unexpected " + cause.getClass().getSimpleName() + " while " + (file == null ? detail : "processing " + file
        + (detail == null ? "" : " (" + detail + ")")) + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    this.file = file;
    this.detail = detail;
  }

  /**
   * {@code failure} tied to {@code file}; a failure already tied to a file keeps that one, being
   * the more precise, and a {@link BuildFailure} (a reported input error) is returned as it is.
   */
  public static RuntimeException in(Path file, Throwable failure) {
    return in(file, null, failure);
  }

  /**
   * As {@link #in(Path, Throwable)}, with what was being done, e.g. {@code rendering topics/index.html};
   * {@code file} may be null when the work had no file of the site's own (a bundled template).
   */
  public static RuntimeException in(Path file, String detail, Throwable failure) {
    if (failure instanceof UnexpectedFailure || failure instanceof BuildFailure) {
      return (RuntimeException) failure;
    }
    return new UnexpectedFailure(file, detail, failure);
  }

  /** The file named by the first {@code UnexpectedFailure} in the cause chain of {@code t}, or null. */
  public static Path fileOf(Throwable t) {
    UnexpectedFailure u = find(t);
    return u == null ? null : u.file;
  }

  /**
   * What was being done when {@code t} happened, e.g. {@code processing content/a.md} or
   * {@code rendering 404.html with the bundled template 404.ftlh}, with paths relative to
   * {@code relativeTo} when they are inside it; null when not known.
   */
  public static String whileDoing(Throwable t, Path relativeTo) {
    UnexpectedFailure u = find(t);
    if (u == null) {
      return null;
    }
    if (u.file == null) {
      return u.detail;
    }
    return "processing " + relative(u.file, relativeTo) + (u.detail == null ? "" : " (" + u.detail + ")");
  }

  /** The innermost cause of {@code t}: what actually went wrong, under any wrapping. */
  public static Throwable rootOf(Throwable t) {
    Throwable root = t;
    for (int i = 0; i < 100 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    return root;
  }

  private static UnexpectedFailure find(Throwable t) {
    Throwable c = t;
    for (int i = 0; i < 100 && c != null; i++, c = c.getCause()) {
      if (c instanceof UnexpectedFailure u) {
        return u;
      }
    }
    return null;
  }

  private static String relative(Path file, Path relativeTo) {
    if (relativeTo != null) {
      Path base = relativeTo.toAbsolutePath().normalize();
      Path abs = file.toAbsolutePath().normalize();
      if (abs.startsWith(base)) {
        return base.relativize(abs).toString().replace('\\', '/');
      }
    }
    return file.toString();
  }
}
