package org.briefing.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview's HTTP server (the JDK's own): it serves whatever {@link PreviewState} was
 * published last and tells open pages through {@link LiveReload} when that changes.
 */
public final class PreviewServer implements Closeable {
  private final HttpServer http;
  private final LiveReload liveReload = new LiveReload();
  private final AtomicReference<PreviewState> state;
  private final ExecutorService workers;
  private final ScheduledExecutorService pinger;

  private PreviewServer(HttpServer http, Path siteDir, String firstId) {
    this.http = http;
    this.state = new AtomicReference<>(new PreviewState(null, List.of(), firstId));
    this.workers = Executors.newFixedThreadPool(16, daemon("briefing-http"));
    this.pinger = Executors.newSingleThreadScheduledExecutor(daemon("briefing-ping"));
    http.createContext("/", new SiteHandler(state::get, liveReload, siteDir));
    http.setExecutor(workers);
  }

  /** Binds the address now (so a busy port is found before any build) without answering requests yet. */
  public static PreviewServer bind(Path siteDir, InetSocketAddress address, String firstId) throws IOException {
    // The JDK server drops requests past its own header limits without an answer; with higher
    // limits they reach SiteHandler, which answers 431. Read once, when the first server starts.
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqHeaders", "10000");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(4 << 20));
    return new PreviewServer(HttpServer.create(address, 64), siteDir, firstId);
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
