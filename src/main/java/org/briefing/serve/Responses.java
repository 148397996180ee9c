package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the preview's responses, with the same safety headers on every one. */
final class Responses {
  private Responses() {}

  static void body(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void html(HttpExchange exchange, int status, byte[] page, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    body(exchange, status, "text/html; charset=utf-8", page, head);
  }

  static void status(HttpExchange exchange, int status, String message, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    body(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  static void redirect(HttpExchange exchange, String location, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    status(exchange, 302, "Moved to " + location, head);
  }

  /** Sends an error status unless the response has already started. */
  static void tryStatus(HttpExchange exchange, int status, String message) {
    try {
      if (exchange.getResponseCode() == -1) {
        status(exchange, status, message, false);
      }
    } catch (IOException | RuntimeException e) {
      // The connection is already broken.
    }
  }
}
