package org.briefing.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the time from saving a story to the reload event reaching a listening page, through
 * the real watcher, rebuild and event stream. Not a test: run it by hand, see docs/serve.md.
 *
 * <p>Arguments: {@code example [runs]} for the repository's example site, or
 * {@code generated COUNT [runs]} for a made-up site of COUNT stories.
 */
public final class ServeBench {
  private ServeBench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "example";
    Path dir = Files.createTempDirectory("briefing-serve-bench");
    Path story;
    int runs;
    if (which.equals("generated")) {
      int count = Integer.parseInt(args[1]);
      runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
      long start = System.nanoTime();
      story = BenchSite.write(dir, count);
      System.out.printf("wrote %d stories in %d ms%n", count, ms(start));
    } else {
      runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
      for (String part : List.of("briefing.yaml", "content", "static", "templates")) {
        Folders.copy(Path.of(part).toAbsolutePath(), dir.resolve(part));
      }
      story = dir.resolve("content/stories/2021-10-22-nato-defence-ministers-back-new-plan.md");
    }
    StringWriter console = new StringWriter();
    long start = System.nanoTime();
    try (ServeSession session = ServeSession.start(new ServeOptions(dir, InetAddress.getLoopbackAddress(), 0, true, false, false,
        () -> Instant.parse("2021-11-01T12:00:00Z"), ServeOptions.DEFAULT_QUIET), new PrintWriter(console, true))) {
      System.out.printf("first build: %d ms, %d pages; debounce quiet period %d ms%n", ms(start),
          session.server().state().site().pages(), ServeOptions.DEFAULT_QUIET.toMillis());
      BlockingQueue<Long> reloads = listen(session.url());
      reloads.poll(10, TimeUnit.SECONDS); // the hello
      String original = Files.readString(story);
      List<Long> latencies = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        long saved = System.nanoTime();
        Files.writeString(story, original + "\nA sentence added in edit " + i + ".\n");
        Long received = reloads.poll(10, TimeUnit.MINUTES);
        if (received == null) {
          throw new IllegalStateException("no reload event; console:\n" + console);
        }
        latencies.add((received - saved) / 1_000_000);
        Thread.sleep(300);
      }
      List<String> rebuilds = console.toString().lines().filter(l -> l.contains(" — rebuilt ")).map(l -> l.replaceAll(".* in (\\d+) ms.*", "$1")).toList();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("save -> reload event, %d edits of one story: median %d ms, min %d ms, max %d ms (each: %s)%n",
          runs, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), latencies);
      System.out.println("rebuild times the console printed (ms): " + rebuilds);
    }
  }

  /** Listens to the event stream and queues the arrival time of every reload. */
  private static BlockingQueue<Long> listen(URI site) throws IOException, InterruptedException {
    BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    HttpResponse<java.io.InputStream> events = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(site.resolve(PageInjector.EVENTS_PATH)).build(), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("data: ")) {
            arrivals.add(System.nanoTime());
          }
        }
      } catch (IOException e) {
        // The server stopped.
      }
    });
    reader.setDaemon(true);
    reader.start();
    return arrivals;
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

}
