package org.briefing.problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves the full trace of an unexpected failure in a new file of the system's temporary folder,
 * so that the console can show one line and still keep everything a bug report needs.
 */
public final class TraceFile {
  private TraceFile() {}

  /** Writes the trace of {@code failure} with a first line saying what was running; null when nothing could be written. */
  public static Path save(String context, Throwable failure) {
    try {
      StringWriter text = new StringWriter();
      try (PrintWriter out = new PrintWriter(text)) {
        out.println("Briefing " + context + ", Java " + System.getProperty("java.version") + " on "
            + System.getProperty("os.name") + ":");
        failure.printStackTrace(out);
      }
      Path file = Files.createTempFile("briefing-error-", ".txt");
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * One line for the console: what failed, in which file (when known) and where the trace is,
   * e.g. {@code unexpected StackOverflowError while processing content/a.md; the full trace is in /tmp/briefing-error-1.txt}.
   */
  public static String describe(Throwable failure, Path relativeTo, Path traceFile) {
    Throwable root = UnexpectedFailure.rootOf(failure);
    String doing = UnexpectedFailure.whileDoing(failure, relativeTo);
    String what = root.getClass().getSimpleName();
    String message = root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
    String where = doing == null ? "" : " while " + doing;
    String trace = traceFile == null ? "; its trace could not be saved" : "; the full trace is in " + traceFile;
    return "unexpected " + what + where + message + trace;
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
