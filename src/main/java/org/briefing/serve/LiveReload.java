package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Server-Sent Events channel open pages listen to. Each message is {@code <build id> <action>}:
 * {@code hello} when a page connects, {@code reload} after a rebuild, and {@code css <previous id>}
 * when only stylesheets changed.
 */
final class LiveReload {
  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

  /** Opens the event stream for one page and tells it the current build id. */
  void connect(HttpExchange exchange, String currentId) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
    exchange.sendResponseHeaders(200, 0);
    clients.add(exchange);
    // A short retry: after a restart the page reconnects, sees a new id and reloads.
    send(exchange, "retry: 500\ndata: " + currentId + " hello\n\n");
  }

  void reload(String id) {
    broadcast("data: " + id + " reload\n\n");
  }

  void stylesheets(String id, String previousId) {
    broadcast("data: " + id + " css " + previousId + "\n\n");
  }

  /** A comment line that keeps idle connections open and finds the ones that closed. */
  void ping() {
    broadcast(": ping\n\n");
  }

  int clients() {
    return clients.size();
  }

  void closeAll() {
    for (HttpExchange e : clients) {
      clients.remove(e);
      e.close();
    }
  }

  private void broadcast(String message) {
    for (HttpExchange e : clients) {
      send(e, message);
    }
  }

  private void send(HttpExchange exchange, String message) {
    try {
      synchronized (exchange) {
        OutputStream body = exchange.getResponseBody();
        body.write(message.getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (IOException | RuntimeException e) {
      clients.remove(exchange);
      exchange.close();
    }
  }
}
