package org.briefing.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with a site's input: where, what, and what to do about it.
 *
 * @param passes the moment (epoch milliseconds) from which the same input no longer has this
 *     problem, for one that is wrong only until then (a date after the moment of the build);
 *     {@link Long#MAX_VALUE} for any other
 * @param check the check that found it, for one whose problems a rebuild replaces by the check's
 *     new ones (a check across stories, enrich/PhotoCredits); empty for any other. A code, never
 *     shown, so that rewording a message or hint cannot change which problems are the check's
 */
public record Problem(Severity severity, SourcePosition position, String message, String hint, long passes, String check) {

  /** How bad a problem is: an error stops the build, a warning does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.position().file() == null ? "" : p.position().file().toString())
          .thenComparingInt(p -> p.position().line())
          .thenComparingInt(p -> p.position().column())
          .thenComparing(Problem::message);

  public static Problem error(SourcePosition at, String message, String hint) {
    return new Problem(Severity.ERROR, at, message, hint, Long.MAX_VALUE, "");
  }

  public static Problem warning(SourcePosition at, String message, String hint) {
    return new Problem(Severity.WARNING, at, message, hint, Long.MAX_VALUE, "");
  }

  /** This problem, which the same input no longer has from {@code moment} on. */
  public Problem passesAt(java.time.Instant moment) {
    return new Problem(severity, position, message, hint, moment.toEpochMilli(), check);
  }

  /** This problem as one of the check {@code name} ({@link #check}). */
  public Problem foundBy(String name) {
    return new Problem(severity, position, message, hint, passes, name);
  }

  /** Whether the check {@code name} found this problem. */
  public boolean isFoundBy(String name) {
    return check.equals(name);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The two console lines: {@code path:line:column: error: message} and the hint. */
  public String format(Path relativeTo) {
    String kind = isError() ? "error" : "warning";
    String first = position.describe(relativeTo) + ": " + kind + ": " + messageShownFrom(relativeTo);
    return hint == null || hint.isBlank() ? first : first + System.lineSeparator() + "  hint: " + hintShownFrom(relativeTo);
  }

  /** The message, with the files it names inside the folder {@code relativeTo} named from there, as its position is. */
  public String messageShownFrom(Path relativeTo) {
    return relative(message, relativeTo);
  }

  /** The hint, with the files it names shown as in {@link #messageShownFrom(Path)}. */
  public String hintShownFrom(Path relativeTo) {
    return relative(hint, relativeTo);
  }

  private static String relative(String text, Path relativeTo) {
    if (text == null || relativeTo == null || !relativeTo.isAbsolute()) {
      return text;
    }
    String folder = relativeTo.normalize().toString();
    return text.replace(folder.endsWith(java.io.File.separator) ? folder : folder + java.io.File.separator, "");
  }
}
