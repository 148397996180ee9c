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

  /**
   * Sends the {@code size} bytes of {@code file} as they are read, never the whole file in memory;
   * a file that grew since its size was read is sent up to that size.
   */
  static void file(HttpExchange exchange, int status, String type, java.nio.file.Path file, long size, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, size);
    try (OutputStream out = exchange.getResponseBody(); java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long left = size;
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
        out.write(buffer, 0, n);
      }
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
