package org.briefing.serve;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Measures search on a built site in headless Chromium, Briefing's page and Pagefind's JS API
 * side by side (docs/search.md): bytes fetched by a query and time from typing to the first
 * result. Not a test: run with the test classpath,
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.briefing.serve.SearchBenchmark SITE QUERY...}.
 * SITE must hold a Briefing build with search/ and Pagefind's pagefind/ folder.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = site.resolve(path.substring(1));
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
          : name.endsWith(".wasm") || name.contains(".wasm.") ? "application/wasm" : "application/octet-stream");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      // as static hosts do: text compressed on the way (Pagefind's files are compressed already)
      String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      if (bytes.length > 0 && accept != null && accept.contains("gzip") && name.matches(".*\\.(json|js|html)")) {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
          gzip.write(bytes);
        }
        bytes = zipped.toByteArray();
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(bytes.length == 0 && !Files.isRegularFile(file) ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
        .usingAnyFreePort().build(), options);
    browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    JavascriptExecutor js = browser;
    try {
      System.out.println("| query | Briefing: bytes for the query | with page's setup | ms to first result | results | Pagefind: bytes for the query | with setup | ms to 10 results' data | results |");
      System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      for (int i = 1; i < args.length; i++) {
        String query = args[i];
        browser.get(base + "/search/");
        Object briefing = js.executeAsyncScript("""
            var query = arguments[0], done = arguments[arguments.length - 1];
            var input = document.getElementById('search-q'), list = document.querySelector('.search-results');
            function ready() { return !document.querySelector('.search-filters').hidden; }
            (function wait() { if (!ready()) { return setTimeout(wait, 20); }
              var before = performance.getEntriesByType('resource').length;
              performance.clearResourceTimings && 0;
              var t0 = performance.now();
              new MutationObserver(function (m, o) {
                if (list.children.length) { o.disconnect();
                  var t1 = performance.now();
                  setTimeout(function () {
                    var bytes = performance.getEntriesByType('resource').slice(before).reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
                    var total = performance.getEntriesByType('resource').reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
                    done({ms: t1 - t0, bytes: bytes, total: total, results: document.querySelector('.search-status').textContent});
                  }, 500);
                }
              }).observe(list, {childList: true});
              input.value = query; input.dispatchEvent(new Event('input', {bubbles: true}));
            })();
            """, query);
        browser.get(base + "/");
        Object pagefind = js.executeAsyncScript("""
            var query = arguments[0], done = arguments[arguments.length - 1];
            import('/pagefind/pagefind.js').then(async function (pf) {
              await pf.init();
              var before = performance.getEntriesByType('resource').length;
              var t0 = performance.now();
              var search = await pf.search(query);
              var data = await Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); }));
              var t1 = performance.now();
              var bytes = performance.getEntriesByType('resource').slice(before).reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
              var total = performance.getEntriesByType('resource').reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
              done({ms: t1 - t0, bytes: bytes, total: total, results: search.results.length});
            }).catch(function (e) { done({error: String(e)}); });
            """, query);
        Map<?, ?> b = (Map<?, ?>) briefing;
        Map<?, ?> p = (Map<?, ?>) pagefind;
        System.out.printf("| %s | %s | %s | %.0f | %s | %s | %s | %.0f | %s |%n", query, b.get("bytes"), b.get("total"), ((Number) b.get("ms")).doubleValue(),
            b.get("results"), p.get("bytes"), p.get("total"), p.get("ms") == null ? -1 : ((Number) p.get("ms")).doubleValue(),
            p.containsKey("error") ? p.get("error") : p.get("results"));
      }
    } finally {
      browser.quit();
      server.stop(0);
    }
  }
}
