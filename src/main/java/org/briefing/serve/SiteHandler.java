package org.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.briefing.photo.StaticPicture;
import org.briefing.render.OutputFile;

/**
 * Answers every request of the preview: the live-reload stream at its reserved path, and the
 * built site under its sub-path with only GET and HEAD, validators, the site's own 404 page, and
 * nothing that is not part of the built site.
 */
final class SiteHandler implements HttpHandler {
  private static final int MAX_HEADERS = 100;
  private static final int MAX_HEADER_BYTES = 32 * 1024;

  private final Supplier<PreviewState> state;
  private final LiveReload liveReload;
  private final Path siteDir;
  private final AllowedHosts hosts;

  SiteHandler(Supplier<PreviewState> state, LiveReload liveReload, Path siteDir, AllowedHosts hosts) {
    this.state = state;
    this.liveReload = liveReload;
    this.siteDir = siteDir;
    this.hosts = hosts;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean keepOpen = false;
    try {
      keepOpen = respond(exchange);
    } catch (IOException e) {
      // The browser went away mid-response; nothing to tell anyone.
    } catch (RuntimeException | Error e) {
      // a request must never end the worker thread (nor print a trace); the preview keeps running
      Responses.tryStatus(exchange, 500, "The preview could not answer this request: " + e);
    } finally {
      if (!keepOpen) {
        exchange.close();
      }
    }
  }

  /** Returns true when the exchange stays open as an event stream. */
  private boolean respond(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().close();
    String method = exchange.getRequestMethod();
    String raw = exchange.getRequestURI().getRawPath();
    boolean head = method.equals("HEAD");
    if (!allowedHost(exchange)) {
      Responses.status(exchange, 403, "This preview answers only requests addressed to localhost, to an IP address, or to the"
          + " name given with --bind, so that pages of other sites cannot read it (DNS rebinding). Open http://localhost:"
          + exchange.getLocalAddress().getPort() + "/ instead.", head);
      return false;
    }
    if (!head && !method.equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.status(exchange, 405, "Only GET and HEAD are allowed.", head);
      return false;
    }
    if (headersTooLarge(exchange)) {
      Responses.status(exchange, 431, "Request header fields too large.", head);
      return false;
    }
    String protocol = exchange.getProtocol();
    if (!"HTTP/1.1".equals(protocol) && !"HTTP/1.0".equals(protocol)) {
      Responses.status(exchange, 400, "Unsupported protocol.", head);
      return false;
    }
    if (PageInjector.EVENTS_PATH.equals(raw)) {
      if (head) {
        Responses.status(exchange, 200, "", true);
        return false;
      }
      liveReload.connect(exchange, state.get().id());
      return true;
    }
    if (exchange.getRequestURI().getRawQuery() != null && exchange.getRequestURI().getRawQuery().length() > RequestPath.MAX_LENGTH) {
      Responses.status(exchange, 414, "The address is too long.", head);
      return false;
    }
    // a target written as //host/path is read by the server as a host and a path (the URI keeps the text as it came):
    // it is refused, as // is anywhere
    RequestPath path = exchange.getRequestURI().toString().startsWith("//") ? new RequestPath(null, 400) : RequestPath.parse(raw);
    if (path.refused()) {
      Responses.status(exchange, path.status(), path.status() == 414 ? "The address is too long." : "Bad request path.", head);
      return false;
    }
    PreviewState current = state.get();
    if (current.site() == null) {
      Responses.html(exchange, 503, PageInjector.placeholder(current), head);
      return false;
    }
    serveSite(exchange, path.path(), raw, current, head);
    return false;
  }

  private boolean allowedHost(HttpExchange exchange) {
    java.util.List<String> values = exchange.getRequestHeaders().get("Host");
    return values == null ? hosts.allows(null) : values.stream().allMatch(hosts::allows);
  }

  private static boolean headersTooLarge(HttpExchange exchange) {
    int count = 0;
    long bytes = 0;
    for (var header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        count++;
        bytes += header.getKey().length() + value.length() + 4;
      }
    }
    return count > MAX_HEADERS || bytes > MAX_HEADER_BYTES;
  }

  private void serveSite(HttpExchange exchange, String path, String raw, PreviewState current, boolean head) throws IOException {
    SiteSnapshot site = current.site();
    // the sub-path as base_url writes it (escaped, as links and redirects carry it) and as requests are compared with it
    String base = site.basePath();
    RequestPath decoded = RequestPath.parse(base);
    String decodedBase = decoded.refused() ? base : decoded.path();
    if (!path.startsWith(decodedBase)) {
      if (path.equals("/") || (path + "/").equals(decodedBase)) {
        Responses.redirect(exchange, base, head);
      } else {
        notFound(exchange, current, head);
      }
      return;
    }
    String rel = path.substring(decodedBase.length());
    OutputFile file = site.file(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    if (file == null && !rel.isEmpty() && !rel.endsWith("/") && site.file(rel + "/index.html") != null) {
      String query = exchange.getRequestURI().getRawQuery();
      Responses.redirect(exchange, raw + "/" + (query == null ? "" : "?" + query), head);
      return;
    }
    if (file == null || !send(exchange, file, 200, current, head)) {
      notFound(exchange, current, head);
    }
  }

  private void notFound(HttpExchange exchange, PreviewState current, boolean head) throws IOException {
    OutputFile page = current.site().file("404.html");
    if (page == null || !send(exchange, page, 404, current, head)) {
      Responses.status(exchange, 404, "Not found.", head);
    }
  }

  /**
   * Copied files larger than this that are no page and no picture are sent as they are read from the
   * disk, with no ETag (it would need the whole file read first); smaller ones are read whole, for an
   * ETag of their bytes.
   */
  static final long STREAMED = 8L << 20;

  /** Sends one file of the site; false when a copied file is gone or not safe to read. */
  private boolean send(HttpExchange exchange, OutputFile file, int status, PreviewState current, boolean head) throws IOException {
    String type = ContentTypes.of(file.path());
    byte[] body;
    String etag;
    String lastModified = null;
    if (file.isCopy()) {
      Path source = safeSource(file.copyOf());
      if (source == null) {
        return false;
      }
      try {
        BasicFileAttributes attrs = Files.readAttributes(source, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().toMillis();
        lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(modified).atOffset(ZoneOffset.UTC));
        if (attrs.size() > STREAMED && !ContentTypes.isHtml(file.path()) && !StaticPicture.isPicture(file.copyOf())
            && !StaticPicture.startsAsPicture(source)) {
          // a large file that is no page and no picture is sent from the disk as it is read: held whole in
          // memory for each request, a few clients that never read it took gigabytes, and a file over 2 GB failed
          exchange.getResponseHeaders().set("Last-Modified", lastModified);
          exchange.getResponseHeaders().set("Cache-Control", "no-cache");
          Responses.file(exchange, status, type, source, attrs.size(), head);
          return true;
        }
        // the file as it is now, which may have changed since the build judged it: cleaned as a build would clean it
        body = StaticPicture.cleaned(file.copyOf(), Files.readAllBytes(source));
        // of the bytes read, not of the file's size and time: a file replaced by one of the same size and time is another file
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        etag = "\"f" + Long.toHexString(body.length) + "-" + Long.toHexString(crc.getValue()) + "\"";
      } catch (NoSuchFileException e) {
        return false;
      } catch (StaticPicture.Refused e) {
        Responses.status(exchange, 503, "This picture cannot be published as it is now (" + e.getMessage()
            + "); the next build names the error.", head);
        return true;
      }
    } else {
      body = file.bytes();
      etag = "\"h" + current.site().hash(file) + "\"";
    }
    if (ContentTypes.isHtml(file.path())) {
      body = PageInjector.inject(body, current);
      etag = etag.substring(0, etag.length() - 1) + "-" + current.id() + (current.failed() ? "-e" : "") + "\"";
    }
    exchange.getResponseHeaders().set("ETag", etag);
    if (lastModified != null) {
      exchange.getResponseHeaders().set("Last-Modified", lastModified);
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    if (status == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      return true;
    }
    Responses.body(exchange, status, type, body, head);
    return true;
  }

  /**
   * The real path of a copied file when it is a regular file inside the site's {@code static/}
   * or {@code content/} folder, or a link there to a file inside the site, as the build publishes
   * one; null for anything else, such as a symbolic link pointing out.
   */
  private Path safeSource(Path source) {
    try {
      if (Files.isSymbolicLink(source)) {
        return org.briefing.load.SiteFiles.inside(siteDir, source) && Files.isRegularFile(source) ? source.toRealPath() : null;
      }
      Path real = source.toRealPath();
      for (String folder : new String[] {"static", "content"}) {
        Path dir = siteDir.resolve(folder);
        if (Files.isDirectory(dir) && real.startsWith(dir.toRealPath()) && Files.isRegularFile(real)) {
          return real;
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
