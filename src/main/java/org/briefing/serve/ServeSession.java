package org.briefing.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.TraceFile;
import org.briefing.problem.UnexpectedFailure;

/**
 * A running preview: the server, the first build, the watcher and the rebuilds it triggers, and
 * the console lines that say what changed and how long it took.
 */
public final class ServeSession implements Closeable {
  private static final int PORTS_TO_TRY = 20;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ServeOptions options;
  private final PrintWriter out;
  private final PreviewServer server;
  private final Rebuilder rebuilder;
  private final String instance = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
  private final AtomicLong builds = new AtomicLong();
  /** The warnings the last build printed: a rebuild prints those it adds, so a warning that went away and came back is printed again. */
  private Set<Problem> warningsShown = new HashSet<>();
  private SiteWatcher watcher;
  /** Rebuilds when a story left out for its date comes due, as {@code briefing build} would publish it then. */
  private final java.util.concurrent.ScheduledExecutorService releases = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
      work -> {
        Thread thread = new Thread(work, "briefing-releases");
        thread.setDaemon(true);
        return thread;
      });
  private java.util.concurrent.ScheduledFuture<?> release;
  /** When the errors of the last build, all of them dates after its moment, pass (epoch milliseconds), else {@code Long.MAX_VALUE}. */
  private long errorsPass = Long.MAX_VALUE;
  /** The moment the timer was last set for: a rebuild it made that still leaves it ahead sets no timer again. */
  private long releaseAwaited = Long.MAX_VALUE;

  private ServeSession(ServeOptions options, PrintWriter out, PreviewServer server) {
    this.options = options;
    this.out = out;
    this.server = server;
    InetSocketAddress address = server.address();
    String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1"
        : address.getAddress() instanceof Inet6Address ? "[" + address.getAddress().getHostAddress() + "]"
        : address.getAddress().getHostAddress();
    this.rebuilder = new Rebuilder(options.siteDir(), options.drafts(), options.future(), options.now(),
        URI.create("http://" + host + ":" + address.getPort()));
  }

  /**
   * Binds the port, builds the site once (a failed build is shown as an overlay) and starts
   * serving and watching. Throws {@link BindException} when the port is busy and was given.
   */
  public static ServeSession start(ServeOptions options, PrintWriter out) throws IOException {
    ServeSession session = new ServeSession(options, out, bind(options));
    // the folders are watched from before the first build reads them: a file saved while it runs
    // is seen once the watcher starts, after it
    session.watcher = new SiteWatcher(options.siteDir(), options.quiet(), session::rebuild);
    session.firstBuild();
    session.server.start();
    session.watcher.start();
    return session;
  }

  private static PreviewServer bind(ServeOptions options) throws IOException {
    int tries = options.portGiven() || options.port() == 0 ? 1 : PORTS_TO_TRY;
    BindException last = null;
    for (int i = 0; i < tries; i++) {
      try {
        return PreviewServer.bind(options.siteDir(), new InetSocketAddress(options.bind(), options.port() + i), "starting",
            options.bindName());
      } catch (BindException e) {
        last = e;
      }
    }
    throw last;
  }

  /** The address of the site's home page, with base_url's sub-path. */
  public URI url() {
    PreviewState state = server.state();
    URI origin = rebuilder.previewUrl();
    return state.site() == null ? origin : origin.resolve(state.site().basePath());
  }

  public PreviewServer server() {
    return server;
  }

  private void firstBuild() {
    long start = System.nanoTime();
    PreviewState state = build();
    server.publish(state, false);
    if (state.failed()) {
      say("The first build failed; the preview shows the errors and rebuilds when a file changes.");
    } else {
      say(String.format(java.util.Locale.ROOT, "Built %d pages from %d stories in %d ms.", state.site().pages(), state.site().articles(), ms(start)));
    }
    awaitRelease(false);
  }

  /**
   * Called by the watcher with each burst of changes; runs on the watcher's thread, one at a time.
   * Nothing escapes it: whatever fails is shown, and the next change is rebuilt again.
   */
  synchronized void rebuild(ChangeSet changes) {
    rebuild(changes, changes.describe());
    awaitRelease(false);
  }

  private void rebuild(ChangeSet changes, String description) {
    long start = System.nanoTime();
    String what = "[" + LocalTime.now().format(CLOCK) + "] " + description;
    try {
      rebuild(changes, what, start);
    } catch (RuntimeException | Error e) {
      PreviewState next = unexpected(e, server.state());
      say(what + " — failed in " + ms(start) + " ms; still serving the last good site");
      server.publish(next, false);
    }
  }

  /**
   * Sets the timer for the next story left out for its date, from the build's idea of now. After
   * a rebuild the timer made ({@code timed}), a story still ahead of a now that did not move
   * (SOURCE_DATE_EPOCH) sets none, so that a fixed now cannot make the timer fire again and again.
   */
  private void awaitRelease(boolean timed) {
    if (release != null) {
      release.cancel(false);
    }
    long next = Math.min(rebuilder.nextRelease(), errorsPass);
    if (next == Long.MAX_VALUE || timed && next == releaseAwaited) {
      return;
    }
    releaseAwaited = next;
    long delay = Math.max(0, next - options.now().get().toEpochMilli()) + 1;
    release = releases.schedule(() -> {
      synchronized (this) {
        rebuild(ChangeSet.of(options.siteDir(), List.of()), next == errorsPass ? "the dates the errors named have come" : "a story came due");
        awaitRelease(true);
      }
    }, delay, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Rebuilds, says what was done, then serves the result: whoever sees the new site can read the console line too. */
  private void rebuild(ChangeSet changes, String what, long start) {
    // a change of static/ is built like any other: the build resizes the photos stories show
    // (and pages give their sizes), merges _redirects and strips photos' metadata
    PreviewState before = server.state();
    PreviewState next = build();
    if (next.failed()) {
      say(what + " — build failed in " + ms(start) + " ms; still serving the last good site");
    } else {
      say(what + " — rebuilt in " + ms(start) + " ms: " + (afresh ? "all " + next.site().pages() + " pages made afresh"
          : pagesChanged + " of " + next.site().pages() + " pages changed") + (before.failed() ? "; errors cleared" : ""));
    }
    server.publish(next, changes.stylesheetsOnly());
  }

  /** How many pages the last successful build made anew, and whether it kept nothing, for the console. */
  private long pagesChanged;
  private boolean afresh;

  /** Builds the site; the state to serve next, with the errors in the overlay when it failed. */
  private PreviewState build() {
    PreviewState before = server.state();
    PreviewState next;
    try {
      Rebuilder.Built built = rebuilder.build();
      pagesChanged = built.pagesChanged();
      afresh = built.afresh();
      for (Problem w : built.warnings()) {
        if (!warningsShown.contains(w)) {
          say(w.format(options.siteDir()));
        }
      }
      warningsShown = new HashSet<>(built.warnings());
      errorsPass = Long.MAX_VALUE;
      next = new PreviewState(built.snapshot(), List.of(), nextId());
    } catch (BuildFailure failure) {
      failure.problems().forEach(p -> say(p.format(options.siteDir())));
      warningsShown = new HashSet<>(failure.problems());
      errorsPass = failure.passes();
      next = new PreviewState(before.site(), failure.errors().stream().map(this::overlayError).toList(), nextId());
    } catch (RuntimeException | Error e) {
      errorsPass = Long.MAX_VALUE;
      next = unexpected(e, before);
    }
    return next;
  }

  /**
   * The state after a failure no check foresaw (a bug, a stack overflow, memory running out):
   * the last good site with the failure in the overlay, its trace saved in a file.
   */
  private PreviewState unexpected(Throwable failure, PreviewState before) {
    Path trace = TraceFile.save("serving " + options.siteDir(), failure);
    say("error: " + TraceFile.describe(failure, options.siteDir(), trace));
    Path file = UnexpectedFailure.fileOf(failure);
    Throwable root = UnexpectedFailure.rootOf(failure);
    String location = file == null ? "(build)" : SourcePosition.of(file).describe(options.siteDir());
    String doing = UnexpectedFailure.whileDoing(failure, options.siteDir());
    String message = "the build failed unexpectedly" + (doing == null ? "" : " while " + doing) + ": " + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
    String hint = (file == null ? "undo or fix the last change" : "undo or fix the last change to this file")
        + "; the preview rebuilds on the next save. "
        + (trace == null ? "" : "The full trace is in " + trace + "; ") + "report it if it looks like a bug";
    return new PreviewState(before.site(), List.of(new PreviewState.OverlayError(location, message, hint)), nextId());
  }

  private PreviewState.OverlayError overlayError(Problem p) {
    SourcePosition at = p.position();
    return new PreviewState.OverlayError(at.describe(options.siteDir()), p.messageShownFrom(options.siteDir()), p.hintShownFrom(options.siteDir()));
  }

  private String nextId() {
    return instance + "-" + builds.incrementAndGet();
  }

  private void say(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public void close() {
    releases.shutdownNow();
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // Closing anyway.
    }
    server.close();
  }
}
