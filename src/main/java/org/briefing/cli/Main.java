package org.briefing.cli;

/** The entry point of the {@code briefing} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ErrorReporter reporter = new ErrorReporter(System.err);
    // a failure in a thread of the preview (a worker, the watcher) is one line too, never a trace
    Thread.setDefaultUncaughtExceptionHandler(reporter);
    int code;
    try {
      Warmup.startFor(args);
      code = BriefingCommand.forArguments(args).execute(args);
    } catch (RuntimeException | Error e) {
      reporter.uncaughtException(Thread.currentThread(), e);
      code = 1;
    }
    System.exit(code);
  }
}
