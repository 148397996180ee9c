package org.briefing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.briefing.bench.CorpusGenerator;
import org.briefing.problem.Problem;
import org.briefing.rebuild.BuildPlanner;

/**
 * {@code bench/edits.sh}: the random edits of {@link RandomEditsTest} on a generated bench site
 * of N stories. After each edit the site is built clean in memory, the way {@code briefing build}
 * builds it (its planner, with the disk cache) and the way the preview server does, through
 * {@link TestSite}; every file of the incremental builds must have the clean build's bytes.
 *
 * <p>Arguments: {@code STORIES EDITS SEED DIR}. Prints the seed, progress every 50 edits and every
 * difference (the edit, the file and its first differing line); after a difference the site's
 * output and caches are thrown away and the run goes on. Exits with 1 when any edit gave a
 * difference, 2 when the site could not be set up.
 */
public final class BenchEdits {
  /** The corpus seed of {@code bench/run.sh}, so that both work on the same stories. */
  private static final long CORPUS_SEED = 42;
  private static final int PROGRESS_EVERY = 50;
  /** EDITS_BODIES=whole: stories in lists printed with their bodies, as in RandomEditsTest (several times slower). */
  private static final boolean WHOLE_BODIES = "whole".equals(System.getenv("EDITS_BODIES"));

  private BenchEdits() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: BenchEdits STORIES EDITS SEED DIR");
      System.exit(2);
    }
    int stories = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Path dir = Path.of(args[3]).toAbsolutePath();
    System.exit(run(stories, count, seed, dir, System.out));
  }

  static int run(int stories, int count, long seed, Path dir, PrintStream out) throws IOException {
    long start = System.nanoTime();
    out.printf("edits: %d random edits on a bench site of %d stories, seed %d (replay: bench/edits.sh %d %d %d)%n",
        count, stories, seed, stories, count, seed);
    delete(dir);
    new CorpusGenerator(stories, CORPUS_SEED).write(dir);
    delete(dir.resolve("hugo"));
    Path siteDir = dir.resolve("site");
    Random random = new Random(seed);
    RandomEdits model = RandomEdits.of(siteDir, TestSite.NOW.toString().substring(0, 10), WHOLE_BODIES, random);
    EditSequence edits = new EditSequence(TestSite.of(siteDir, ""), model, random);
    List<Problem> errors;
    try {
      errors = edits.build();
    } catch (AssertionError e) {
      out.println("edits: the first build already differs from a clean build:\n" + e.getMessage());
      return 1;
    }
    if (!errors.isEmpty()) {
      out.println("edits: the bench site does not build: " + errors.get(0).format(siteDir));
      return 2;
    }
    out.printf("edits: first build of %d stories in %.1f s%n", model.storyCount(), seconds(start));

    Map<BuildPlanner.Way, Integer> ways = new EnumMap<>(BuildPlanner.Way.class);
    List<String> differences = new ArrayList<>();
    int undone = 0;
    for (int i = 1; i <= count; i++) {
      TestSite site = null;
      try {
        EditSequence.Step step = edits.next();
        if (step.failed() != null) {
          undone++;
        }
      } catch (AssertionError e) {
        differences.add("edit " + i);
        out.printf("edits: DIFFERENCE at edit %d (seed %d): %s%n", i, seed, e.getMessage());
        // the output and caches are no longer what the builds left; start them again from nothing
        site = forgetBuilds(siteDir);
      }
      if (site != null) {
        edits.continueWith(site);
        if (!edits.build().isEmpty()) {
          out.println("edits: the site does not build after a difference; stopping");
          break;
        }
      }
      ways.merge(edits.lastWay(), 1, Integer::sum);
      if (i % PROGRESS_EVERY == 0 || i == count) {
        out.printf("edits: %d/%d in %.0f s; briefing build went %s; %d edits broke the site and were undone; %d differences%n",
            i, count, seconds(start), ways, undone, differences.size());
      }
    }
    out.printf("edits: %s: %d edits on %d stories, seed %d, %.0f s, %d differences%s%n",
        differences.isEmpty() ? "PASSED" : "FAILED", count, stories, seed, seconds(start), differences.size(),
        differences.isEmpty() ? "" : " (" + String.join(", ", differences) + ")");
    return differences.isEmpty() ? 0 : 1;
  }

  private static TestSite forgetBuilds(Path siteDir) throws IOException {
    try (Stream<Path> files = Files.list(siteDir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.equals("public") || name.startsWith(".briefing")) {
          delete(p);
        }
      }
    }
    return TestSite.of(siteDir, "");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
