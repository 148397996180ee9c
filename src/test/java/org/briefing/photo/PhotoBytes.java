package org.briefing.photo;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.briefing.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Measures the bytes a phone downloads for pages of several builds of one site (bench/photo-bytes.sh,
 * docs/photos.md): each page is loaded in headless Chromium emulating a 390×844 screen at the
 * given device pixel ratios, from a local server that compresses text as static hosts do and lets
 * nothing be cached; the bytes are the Resource Timing transfer sizes of the page and everything
 * it loaded, once the page has loaded and again after scrolling to its end (lazy images).
 * Not a test: {@code java -cp target/classes:target/test-classes:DEPS org.briefing.photo.PhotoBytes NAME=DIR,... RATIOS PAGE...},
 * the first build the one the others are compared with, RATIOS as {@code 1,3}, each PAGE a path such as {@code /}.
 */
public final class PhotoBytes {
  private PhotoBytes() {}

  public static void main(String[] args) throws Exception {
    Map<String, HttpServer> builds = new java.util.LinkedHashMap<>();
    for (String build : args[0].split(",")) {
      int eq = build.indexOf('=');
      builds.put(build.substring(0, eq), serve(Path.of(build.substring(eq + 1))));
    }
    String first = builds.keySet().iterator().next();
    List<Double> ratios = new ArrayList<>();
    for (String r : args[1].split(",")) {
      ratios.add(Double.parseDouble(r));
    }
    System.out.println("| page | pixel ratio | build | KB on load | / " + first + " | KB scrolled to the end | / " + first
        + " | images on load |");
    System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |");
    try {
      for (double ratio : ratios) {
        ChromeDriver browser = start(ratio);
        try {
          for (int i = 2; i < args.length; i++) {
            Map<?, ?> reference = null;
            for (Map.Entry<String, HttpServer> build : builds.entrySet()) {
              Map<?, ?> m = measure(browser, "http://127.0.0.1:" + build.getValue().getAddress().getPort() + args[i]);
              reference = reference == null ? m : reference;
              System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %.1f | %.2f | %.1f | %.2f | %s |%n", args[i], ratio, build.getKey(),
                  kb(m, "load"), kb(m, "load") / kb(reference, "load"), kb(m, "scrolled"),
                  kb(m, "scrolled") / kb(reference, "scrolled"), m.get("images"));
            }
          }
        } finally {
          browser.quit();
        }
      }
    } finally {
      builds.values().forEach(server -> server.stop(0));
    }
  }

  private static double kb(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).doubleValue() / 1024.0;
  }

  private static ChromeDriver start(double pixelRatio) {
    ChromeOptions options = new ChromeOptions().setBinary(Chromium.BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=390,844");
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", pixelRatio)));
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile())
        .usingAnyFreePort().build(), options);
    browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
    return browser;
  }

  /** The bytes of {@code url} and what it loaded: on load, and after scrolling to the end and waiting for the network to rest. */
  private static Map<?, ?> measure(ChromeDriver browser, String url) {
    browser.get("about:blank");
    browser.get(url);
    return (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        function total() {
          var nav = performance.getEntriesByType('navigation')[0];
          return performance.getEntriesByType('resource').reduce(function (s, e) { return s + e.transferSize; }, nav.transferSize);
        }
        function images() {
          return performance.getEntriesByType('resource').filter(function (e) { return e.initiatorType === 'img'; })
            .map(function (e) { return e.name.replace(/^.*\\//, ''); }).join(' ');
        }
        function rest(then) {
          var count = -1;
          (function wait() {
            var n = performance.getEntriesByType('resource').length;
            if (n === count && document.readyState === 'complete') { return then(); }
            count = n; setTimeout(wait, 1500);
          })();
        }
        rest(function () {
          var load = total(), shown = images();
          var y = 0;
          (function scroll() {
            y += 400; window.scrollTo(0, y);
            if (y < document.documentElement.scrollHeight) { return setTimeout(scroll, 100); }
            rest(function () { done({load: load, scrolled: total(), images: shown}); });
          })();
        });
        """);
  }

  private static HttpServer serve(Path site) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      String path = java.net.URLDecoder.decode(exchange.getRequestURI().getPath(), java.nio.charset.StandardCharsets.UTF_8);
      Path file = site.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      boolean found = file.startsWith(site) && Files.isRegularFile(file);
      byte[] bytes = found ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
          : name.endsWith(".png") ? "image/png" : name.matches(".*\\.jpe?g") ? "image/jpeg" : "application/octet-stream");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      if (bytes.length > 0 && accept != null && accept.contains("gzip") && name.matches(".*\\.(html|css|js|json|svg|xml)")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
          gzip.write(bytes);
        }
        bytes = zipped.toByteArray();
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(found ? 200 : 404, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }
}
