package org.briefing.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.briefing.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures search on a built site in headless Chromium, Briefing's page and Pagefind's JS API side
 * by side, both served by one static server that compresses text files with gzip as static hosts do
 * (Pagefind's own files are compressed at rest and sent as they are). Not a test: bench/search.sh
 * runs it with the test classpath (docs/search.md).
 *
 * <ul>
 *   <li>{@code speed SITE QUERY...}: per query, the bytes of the bodies the server sent (compressed as
 *       sent) from the moment the query was typed, whatever asked for them (Pagefind fetches from
 *       a web worker, which the page's Resource Timing does not see), apart from what a browser
 *       keeps for every later query (Pagefind's metadata, WebAssembly and worker, counted as
 *       setup); and the time from the input event to the first result and to ten results, read
 *       back from the browser's performance timeline (performance.measure);</li>
 *   <li>{@code quality SITE QUERIES.tsv}: for each line {@code target<TAB>query}, whether the story
 *       whose address holds the target's slug is first, or in the first three, for each tool.</li>
 * </ul>
 * SITE must hold a Briefing build with search/ and Pagefind's pagefind/ folder.
 */
public final class SearchBenchmark {
  private static final int RESULTS = 10;

  private final JavascriptExecutor js;
  private final ChromeDriver browser;
  private final String base;
  /** Every response the server sent: its path and the bytes of its body as sent. */
  private final List<String> sent;

  private SearchBenchmark(ChromeDriver browser, String base, List<String> sent) {
    this.browser = browser;
    this.js = browser;
    this.base = base;
    this.sent = sent;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !List.of("speed", "quality").contains(args[0])) {
      System.err.println("usage: SearchBenchmark speed SITE QUERY... | quality SITE QUERIES.tsv");
      System.exit(2);
    }
    Path site = Path.of(args[1]);
    List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    HttpServer server = serve(site, sent);
    ChromeDriver browser = Chromium.start(Files.createTempDirectory("search-bench"), 1280, 900);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    try {
      SearchBenchmark bench = new SearchBenchmark(browser, "http://127.0.0.1:" + server.getAddress().getPort(), sent);
      if (args[0].equals("speed")) {
        bench.speed(List.of(args).subList(2, args.length));
      } else {
        bench.quality(Path.of(args[2]));
      }
    } finally {
      browser.quit();
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  /**
   * A static server: no caching, text (HTML, CSS, JavaScript, JSON) compressed with gzip when the
   * browser accepts it, small writes sent at once as static hosts send them (nginx's tcp_nodelay is
   * on by default): with Nagle's algorithm the body of each small file waited some 40 ms for the
   * browser's delayed acknowledgement of its headers, which is a cost of the JDK server, not of an index.
   */
  private static HttpServer serve(Path site, List<String> sent) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = site.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript"
          : name.endsWith(".css") ? "text/css" : name.endsWith(".json") ? "application/json" : name.endsWith(".txt") ? "text/plain; charset=utf-8"
          : name.endsWith(".wasm") || name.contains(".wasm.") ? "application/wasm" : "application/octet-stream";
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      if (accept != null && accept.contains("gzip") && !type.startsWith("application/octet") && !type.startsWith("application/wasm")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
          gzip.write(bytes);
        }
        bytes = zipped.toByteArray();
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      sent.add(path + " " + bytes.length);
      exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    // more threads than the 6 connections Chromium opens to one host over HTTP/1.1: as with any
    // static host, the browser's limit is the one a page meets, not the server's
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.start();
    return server;
  }

  /** What one query took: the time to results read from the performance timeline, what was sent, what was found. */
  private record Run(double ms, double first, long bytes, int files, long setup, List<String> top, String count, List<String> paths, String timeline) {}

  private static final String BRIEFING_READY = """
      var done = arguments[arguments.length - 1];
      (function wait() { document.querySelector('.search-filters').hidden ? setTimeout(wait, 20) : done(true); })();
      """;

  // the query typed as one input event; the time is from that event to the status line under the
  // search box saying how many results there are, which the page writes after putting the first ten in the list
  private static final String BRIEFING = """
      var query = arguments[0], want = arguments[1], done = arguments[arguments.length - 1];
      var input = document.getElementById('search-q'), list = document.querySelector('.search-results');
      var status = document.querySelector('.search-status');
      var first = null;
      new MutationObserver(function () {
        if (first === null && list.querySelector('h2')) {
          performance.mark('briefing-first');
          first = performance.measure('briefing-first-result', 'briefing-typed', 'briefing-first').duration;
        }
      }).observe(list, { childList: true });
      new MutationObserver(function (m, o) {
        if (!status.textContent) { return; }
        o.disconnect();
        performance.mark('briefing-shown');
        var typed = performance.getEntriesByName('briefing-typed')[0].startTime;
        var at = function (t) { return Math.round(t - typed); };
        var timeline = performance.getEntriesByType('resource').filter(function (e) { return e.startTime >= typed; })
          .map(function (e) { return e.name.split('/search/').pop().split('?')[0] + ' ' + at(e.startTime) + (e.connectEnd > e.connectStart ? '-c' + at(e.connectStart) + ':' + at(e.connectEnd) : '') + '-' + at(e.requestStart) + '-' + at(e.responseStart) + '-' + at(e.responseEnd); })
          .concat(performance.getEntriesByType('mark').filter(function (e) { return e.startTime >= typed && !/^briefing-/.test(e.name); })
            .map(function (e) { return e.name + ' ' + at(e.startTime); }));
        var ms = performance.measure('briefing-query', 'briefing-typed', 'briefing-shown').duration;
        done({ ms: ms, first: first === null ? ms : first, timeline: timeline.join(', '),
          top: Array.from(list.querySelectorAll('h2 a')).slice(0, want).map(function (a) { return a.getAttribute('href'); }),
          count: status.textContent });
      }).observe(status, { childList: true, characterData: true, subtree: true });
      performance.mark('briefing-typed');
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      """;

  private static final String PAGEFIND_READY = """
      var done = arguments[arguments.length - 1];
      import('/pagefind/pagefind.js').then(async function (pf) {
        await pf.init();
        window.pf = pf;
        done(true);
      }).catch(function (e) { done(String(e)); });
      """;

  // Pagefind's JS API once init() is done: from search() to the data of the first ten results
  private static final String PAGEFIND = """
      var query = arguments[0], want = arguments[1], done = arguments[arguments.length - 1];
      (async function () {
        performance.mark('pagefind-typed');
        var search = await window.pf.search(query);
        var data = await Promise.all(search.results.slice(0, want).map(function (r) { return r.data(); }));
        performance.mark('pagefind-shown');
        done({ ms: performance.measure('pagefind-query', 'pagefind-typed', 'pagefind-shown').duration,
          top: data.map(function (d) { return d.url; }), count: String(search.results.length) });
      })().catch(function (e) { done({ error: String(e) }); });
      """;

  private Run briefing(String query, int want) {
    int start = sent.size();
    browser.get(base + "/search/");
    js.executeAsyncScript(BRIEFING_READY);
    int typed = sent.size();
    return measure(start, typed, js.executeAsyncScript(BRIEFING, query, want));
  }

  private Run pagefind(String query, int want) {
    int start = sent.size();
    // a small file of the site, as a page with nothing of either tool's search on it
    browser.get(base + "/pagefind/pagefind-entry.json");
    Object ready = js.executeAsyncScript(PAGEFIND_READY);
    if (!Boolean.TRUE.equals(ready)) {
      throw new IllegalStateException("Pagefind: " + ready);
    }
    int typed = sent.size();
    return measure(start, typed, js.executeAsyncScript(PAGEFIND, query, want));
  }

  /** The bytes the server sent from {@code start} on, split at the moment the query was typed. */
  private Run measure(int start, int typed, Object result) {
    Map<?, ?> r = (Map<?, ?>) result;
    if (r.containsKey("error")) {
      throw new IllegalStateException(String.valueOf(r.get("error")));
    }
    try {
      Thread.sleep(400); // files fetched ahead for the page of results
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> all;
    synchronized (sent) {
      all = List.copyOf(sent.subList(start, sent.size()));
    }
    long setup = 0;
    long bytes = 0;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains("/favicon.")) {
        continue; // asked for by the browser whenever it likes
      }
      long b = Long.parseLong(all.get(i).substring(all.get(i).lastIndexOf(' ') + 1));
      // Pagefind reads its metadata and loads its WebAssembly at the first search: setup, as a browser
      // keeps them for the next query
      if (i < typed - start || all.get(i).matches("/pagefind/(pagefind-entry\\.json|pagefind-worker\\.js|.*\\.pf_meta|wasm\\..*) \\d+")) {
        setup += b;
      } else {
        bytes += b;
        paths.add(all.get(i));
      }
    }
    double ms = ((Number) r.get("ms")).doubleValue();
    return new Run(ms, r.containsKey("first") ? ((Number) r.get("first")).doubleValue() : ms, bytes, paths.size(), setup,
        ((List<?>) r.get("top")).stream().map(String::valueOf).toList(), String.valueOf(r.get("count")), paths,
        String.valueOf(r.containsKey("timeline") ? r.get("timeline") : ""));
  }

  private void speed(List<String> queries) {
    boolean verbose = System.getenv("SEARCH_BENCH_VERBOSE") != null;
    // SEARCH_BENCH_BRIEFING_ONLY=1: Briefing's page alone, to compare two of its scripts in less time
    boolean withPagefind = System.getenv("SEARCH_BENCH_BRIEFING_ONLY") == null;
    briefing(queries.get(0), RESULTS); // the browser's first page load is slower than any other: not measured
    if (withPagefind) {
      pagefind(queries.get(0), RESULTS);
    }
    System.out.println("| query | Briefing: bytes sent for the query | files | page's setup | ms to first result | ms to ten results | results"
        + " | Pagefind: bytes sent for the query | files | setup | ms to ten results' data | results |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    List<Double> briefingFirst = new ArrayList<>();
    List<Double> briefingMs = new ArrayList<>();
    List<Double> pagefindMs = new ArrayList<>();
    for (String query : queries) {
      Run b = briefing(query, RESULTS);
      Run p = withPagefind ? pagefind(query, RESULTS) : new Run(0, 0, 0, 0, 0, List.of(), "–", List.of(), "");
      briefingFirst.add(b.first());
      briefingMs.add(b.ms());
      pagefindMs.add(p.ms());
      System.out.printf(Locale.ROOT, "| %s | %,d | %d | %,d | %.0f | %.0f | %s | %,d | %d | %,d | %.0f | %s |%n", query.replace("|", "\\|"),
          b.bytes(), b.files(), b.setup(), b.first(), b.ms(), b.count(), p.bytes(), p.files(), p.setup(), p.ms(), p.count());
      if (verbose) {
        System.out.println("  briefing: " + b.paths());
        System.out.println("  briefing's fetches, ms after typing (start-request sent-first byte-end), and the page's own marks: " + b.timeline());
        System.out.println("  pagefind: " + p.paths());
      }
    }
    System.out.printf(Locale.ROOT, "%nms, median and worst: Briefing to the first result %.0f and %.0f, to ten results %.0f and %.0f;"
        + " Pagefind to ten results' data %.0f and %.0f%n",
        median(briefingFirst), max(briefingFirst), median(briefingMs), max(briefingMs), median(pagefindMs), max(pagefindMs));
  }

  private void quality(Path file) throws IOException {
    List<String[]> queries = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", 2)).toList();
    int[] briefing = new int[2];
    int[] pagefind = new int[2];
    int[] pagefindStories = new int[2];
    List<Double> ms = new ArrayList<>();
    List<Long> bytes = new ArrayList<>();
    List<Long> pagefindBytes = new ArrayList<>();
    System.out.println("| target | query | Briefing rank | bytes | ms | Pagefind rank | among stories | bytes |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String[] q : queries) {
      String slug = "/" + q[0].replace('_', '-') + "/";
      Run b = briefing(q[1], 3);
      Run p = pagefind(q[1], RESULTS);
      ms.add(b.ms());
      bytes.add(b.bytes());
      pagefindBytes.add(p.bytes());
      int rb = rank(b.top(), slug);
      int rp = rank(p.top().subList(0, Math.min(3, p.top().size())), slug);
      int rs = rank(p.top().stream().filter(u -> u.matches(".*/(business|entertainment|politics|sport|tech)-\\d+/")).limit(3).toList(), slug);
      count(briefing, rb);
      count(pagefind, rp);
      count(pagefindStories, rs);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %.0f | %s | %s | %,d |%n", q[0], q[1].replace("|", "\\|"), show(rb), b.bytes(), b.ms(),
          show(rp), show(rs), p.bytes());
    }
    int n = queries.size();
    System.out.printf(Locale.ROOT, "%n%d queries. Top 1 / top 3: Briefing %d / %d, Pagefind %d / %d, Pagefind counting story pages only %d / %d%n",
        n, briefing[0], briefing[1], pagefind[0], pagefind[1], pagefindStories[0], pagefindStories[1]);
    System.out.printf(Locale.ROOT, "Briefing: ms to results, median and worst: %.0f and %.0f; bytes sent for a query, median and worst: %,.0f and %,.0f"
        + " (Pagefind, for ten results' data: %,.0f and %,.0f)%n",
        median(ms), max(ms), median(bytes.stream().map(Long::doubleValue).toList()), max(bytes.stream().map(Long::doubleValue).toList()),
        median(pagefindBytes.stream().map(Long::doubleValue).toList()), max(pagefindBytes.stream().map(Long::doubleValue).toList()));
  }

  private static int rank(List<String> top, String slug) {
    for (int i = 0; i < top.size(); i++) {
      if (String.valueOf(top.get(i)).contains(slug)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static void count(int[] hits, int rank) {
    if (rank == 1) {
      hits[0]++;
    }
    if (rank >= 1 && rank <= 3) {
      hits[1]++;
    }
  }

  private static String show(int rank) {
    return rank == 0 ? "–" : Integer.toString(rank);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
