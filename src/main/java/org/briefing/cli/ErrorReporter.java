package org.briefing.cli;

import picocli.CommandLine;

/** Turns an unexpected exception into one line on stderr and exit code 1, never a stack trace. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    cli.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (System.getenv("BRIEFING_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    } else {
      cli.getErr().println("hint: run again with BRIEFING_DEBUG=1 for the full trace, and report it if it looks like a bug");
    }
    return 1;
  }
}
