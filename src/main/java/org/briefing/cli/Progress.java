package org.briefing.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Says what a long command is doing. On a terminal, one line overwritten as each step starts; on
 * any other output (a script, CI), a line for each step, but only once the command has run for
 * {@link #QUIET_MILLIS}, so that quick commands print nothing extra. Silent with {@code -q}.
 */
final class Progress implements Consumer<String>, AutoCloseable {
  static final long QUIET_MILLIS = 2_000;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long quietMillis;
  private final long start = System.nanoTime();
  private ScheduledExecutorService timer;
  private String pending;
  private boolean shown;

  Progress(PrintWriter err, boolean terminal, boolean quiet, long quietMillis) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.quietMillis = quietMillis;
  }

  static Progress forConsole(PrintWriter err, boolean quiet) {
    return new Progress(err, System.console() != null, quiet, QUIET_MILLIS);
  }

  @Override
  public synchronized void accept(String step) {
    if (quiet) {
      return;
    }
    if (terminal) {
      err.print("\r\033[K" + step + "…");
      err.flush();
      shown = true;
      return;
    }
    pending = step;
    long waited = (System.nanoTime() - start) / 1_000_000;
    if (waited >= quietMillis) {
      printPending();
    } else if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
      });
      timer.schedule(this::printPendingSynchronized, quietMillis - waited, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void printPendingSynchronized() {
    printPending();
  }

  private void printPending() {
    if (pending != null) {
      err.println(pending + "…");
      err.flush();
      pending = null;
    }
  }

  /** Ends the progress display: stops the timer, and on a terminal clears the progress line. */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
    pending = null;
    if (terminal && shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
