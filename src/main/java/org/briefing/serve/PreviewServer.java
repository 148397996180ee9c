package org.briefing.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview's HTTP server (the JDK's own): it serves whatever {@link PreviewState} was
 * published last and tells open pages through {@link LiveReload} when that changes.
 */
public final class PreviewServer implements Closeable {
  /** How long a client may take to send a whole request, in seconds. */
  static final long REQUEST_SECONDS = 10;
  /** How many requests are read and answered at once; more wait for a free worker. */
  static final int WORKERS = 200;

  private final HttpServer http;
  private final LiveReload liveReload = new LiveReload();
  private final AtomicReference<PreviewState> state;
  private final ExecutorService workers;
  private final ScheduledExecutorService pinger;

  private PreviewServer(HttpServer http, Path siteDir, String firstId, String bindName) {
    this.http = http;
    this.state = new AtomicReference<>(new PreviewState(null, List.of(), firstId));
    ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        daemon("briefing-http"));
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
    this.pinger = Executors.newSingleThreadScheduledExecutor(daemon("briefing-ping"));
    http.createContext("/", new SiteHandler(state::get, liveReload, siteDir, new AllowedHosts(bindName)));
    http.setExecutor(workers);
  }

  /**
   * Binds the address now (so a busy port is found before any build) without answering requests yet.
   *
   * @param bindName the name the address was given by with {@code --bind}, whose requests are answered too; or null
   */
  public static PreviewServer bind(Path siteDir, InetSocketAddress address, String firstId, String bindName) throws IOException {
    setJdkServerLimits();
    return new PreviewServer(HttpServer.create(address, 64), siteDir, firstId, bindName);
  }

  /**
   * Sets the JDK server's limits for the preview. The JDK reads them once, when the first server
   * of the process starts: code that starts another {@code com.sun.net.httpserver} server in the
   * same process before the preview (a test serving files) must call this first.
   *
   * <p>The JDK server drops requests past its own header limits without an answer; with higher
   * limits they reach SiteHandler, which answers 431. A worker reads a request's headers itself,
   * blocking: a client that sends them slowly holds a worker, so a request must be read whole
   * within a time limit (the connection is closed after it), and there are enough workers that a
   * few slow clients cannot take all. Responses get no limit: the live-reload stream is a response
   * that stays open.
   *
   * <p>Small writes go out at once ({@code TCP_NODELAY}): the JDK server writes a response's
   * headers and its body separately, and with Nagle's algorithm the body of a small file waited for
   * the browser's delayed acknowledgement of the headers, some 40 ms on Linux, for every
   * stylesheet, script and search file of a page.
   */
  public static void setJdkServerLimits() {
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqHeaders", "10000");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(4 << 20));
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(REQUEST_SECONDS));
  }

  public void start() {
    http.start();
    pinger.scheduleAtFixedRate(liveReload::ping, 15, 15, TimeUnit.SECONDS);
  }

  public InetSocketAddress address() {
    return http.getAddress();
  }

  public PreviewState state() {
    return state.get();
  }

  /** Serves a new state and tells open pages: swap stylesheets when that is all that changed, else reload. */
  public void publish(PreviewState next, boolean stylesheetsOnly) {
    PreviewState previous = state.getAndSet(next);
    if (stylesheetsOnly && previous.failed() == next.failed()) {
      liveReload.stylesheets(next.id(), previous.id());
    } else {
      liveReload.reload(next.id());
    }
  }

  /** How many pages are listening for reloads. */
  public int listeners() {
    return liveReload.clients();
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    liveReload.closeAll();
    http.stop(0);
    workers.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
