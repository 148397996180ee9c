package org.briefing.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.briefing.problem.TraceFile;
import picocli.CommandLine;

/**
 * Turns an unexpected failure of a command, or of any other thread, into one line on stderr that
 * names the file being processed (when known) and the file holding the full trace, and exit code 1.
 * Never a stack trace on the console, unless BRIEFING_DEBUG is set.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, Thread.UncaughtExceptionHandler {
  private final PrintStream fallback;

  /** @param fallback where failures of threads other than a command's are reported */
  ErrorReporter(PrintStream fallback) {
    this.fallback = fallback;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    // Errors reach here wrapped by catchingErrors (picocli's own wrapper, without a cause of its own otherwise)
    Throwable failure = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SiteOptions.BadSetting bad) {
        cli.getErr().println("error: " + bad.getMessage() + "\n  hint: " + bad.hint);
        cli.getErr().flush();
        return 2;
      }
      if (cause instanceof java.nio.file.InvalidPathException path && path.getReason().contains("unmappable")) {
        cli.getErr().println("error: the name '" + path.getInput() + "' cannot be written in the character set of this system's language"
            + " setting (" + System.getProperty("sun.jnu.encoding") + ")\n  hint: run Briefing with a UTF-8 language setting, e.g. "
            + "LC_ALL=C.UTF-8 (bin/briefing sets one when none is set)");
        cli.getErr().flush();
        return 1;
      }
    }
    report(failure, cli.getErr(), "running '" + cli.getCommandName() + "'");
    return 1;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable failure) {
    PrintWriter err = new PrintWriter(fallback, true);
    report(failure, err, "in thread " + thread.getName());
  }

  private static void report(Throwable failure, PrintWriter err, String context) {
    Path trace = TraceFile.save(context, failure);
    err.println("error: " + TraceFile.describe(failure, Path.of(""), trace)
        + " (please report it, with that file, if it looks like a bug)");
    if (System.getenv("BRIEFING_DEBUG") != null) {
      failure.printStackTrace(err);
    }
    err.flush();
  }

  /**
   * Picocli hands only exceptions to an execution exception handler and lets errors (a stack
   * overflow, running out of memory) escape with their trace; this strategy wraps them so that
   * they are reported like any other failure.
   */
  static CommandLine.IExecutionStrategy catchingErrors(CommandLine.IExecutionStrategy strategy) {
    return parseResult -> {
      try {
        return strategy.execute(parseResult);
      } catch (Error e) {
        throw new CommandLine.ExecutionException(lastCommand(parseResult), "unexpected " + e, e);
      }
    };
  }

  private static CommandLine lastCommand(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last.commandSpec().commandLine();
  }
}
