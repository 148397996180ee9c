package org.briefing.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.build.BuildCache;
import org.briefing.build.BuildLock;
import org.briefing.build.CacheStore;
import org.briefing.build.EditRebuild;
import org.briefing.build.InputStamp;
import org.briefing.build.SiteBuilder;
import org.briefing.render.MemorySink;
import org.briefing.config.BaseUrls;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.write.SiteWriter;
import org.briefing.write.StagedOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing build}: builds the site into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
    "Builds the site into public/ (or --out).",
    "The previous output is replaced only when the whole build succeeds."})
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin SiteOptions siteOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: public/ in the site folder).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Publish for this address instead of base_url from briefing.yaml.")
  String baseUrl;

  @Option(names = "--drafts", description = "Include stories marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--future", description = "Include stories dated in the future.")
  boolean future;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Option(names = "--timings", description = "Print how long each phase of the build took.")
  boolean timings;

  @Option(names = "--clean", description = "Ignore the build cache (.briefing-cache/ beside the output) and build everything.")
  boolean clean;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path site = siteOptions.siteDir();
    Path output = (out == null ? site.resolve("public") : out).toAbsolutePath().normalize();
    URI base = null;
    if (baseUrl != null) {
      try {
        base = BaseUrls.parse(baseUrl);
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
      }
    }
    if (site.startsWith(output) || output.startsWith(site.resolve("content")) || output.startsWith(site.resolve("static"))
        || output.startsWith(site.resolve("templates"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out " + output + " would overwrite the site's own files; choose a folder such as public/");
    }
    long start = System.nanoTime();
    try {
      SiteBuilder.Result result = build(new BuildSettings(site, drafts, future, SiteOptions.now()), base, output);
      if (!quiet) {
        result.warnings().forEach(w -> err.println(w.format(site)));
      }
      if (!quiet && System.console() != null) {
        err.print("\r\033[K");
        err.flush();
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (!quiet && upToDate) {
        spec.commandLine().getOut().printf("%s is up to date: nothing changed since the last build of its %d stories (checked in %d ms)%n",
            display(output), result.articles(), ms);
      } else if (!quiet) {
        spec.commandLine().getOut().printf("Built %d stories into %s in %d ms: %d pages (%d files) %s%n",
            result.articles(), display(output), ms, result.pages(), result.fileCount(),
            incremental ? "written, " + result.removed().size() + " removed, the rest unchanged" : "written");
      }
      if (timings) {
        timingsOfLastBuild.forEach(t -> err.printf("  %-8s %6d ms%n", t.phase(), t.millis()));
      }
      return 0;
    } catch (BuildFailure failure) {
      if (!quiet && System.console() != null) {
        err.print("\r\033[K");
      }
      for (Problem p : failure.problems()) {
        err.println(p.format(site));
      }
      long errors = failure.errors().size();
      err.printf("Build failed with %d error%s; %s was left unchanged.%n", errors, errors == 1 ? "" : "s", display(output));
      return 1;
    } catch (SiteWriter.UnsafePathException | java.io.UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      err.printf("Build failed; %s was left unchanged.%n", display(output));
      return 1;
    }
  }

  private boolean incremental;
  private boolean upToDate;
  private List<SiteBuilder.Timing> timingsOfLastBuild = List.of();

  /**
   * A clean build streams every file into a staging folder that replaces the output at the end;
   * with a cache from the last build, only the files that changed are rendered, kept in memory
   * until the build succeeded, and then written over the output.
   */
  private SiteBuilder.Result build(BuildSettings settings, URI base, Path output) {
    CacheStore store = new CacheStore(output);
    // from reading the last build's cache to saving this one's, no other build may change the output
    try (BuildLock lock = BuildLock.take(store.dir(), () -> waiting(output))) {
      return build(settings, base, output, store);
    }
  }

  private void waiting(Path output) {
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Waiting for another build of " + display(output) + " to finish…");
      err.flush();
    }
  }

  private SiteBuilder.Result build(BuildSettings settings, URI base, Path output, CacheStore store) {
    long start = System.nanoTime();
    // the last build's cache is read on the second core while this one stamps the inputs
    java.util.concurrent.CompletableFuture<CacheStore.Snapshot> reading = clean
        ? java.util.concurrent.CompletableFuture.completedFuture(null)
        : java.util.concurrent.CompletableFuture.supplyAsync(store::snapshot);
    InputStamp stamp = InputStamp.of(settings, base);
    long stamped = System.nanoTime();
    CacheStore.Snapshot snapshot = reading.join();
    CacheStore.LastBuild unchanged = clean ? null : store.unchangedSince(snapshot, stamp.value(), settings.now());
    upToDate = unchanged != null;
    if (upToDate) {
      snapshot.close();
      incremental = true;
      timingsOfLastBuild = List.of(new SiteBuilder.Timing("check", (System.nanoTime() - start) / 1_000_000));
      return new SiteBuilder.Result(null, List.of(), unchanged.warnings(), unchanged.stories(), 0, 0, List.of(), List.of());
    }
    long checked = stamped;
    long read = System.nanoTime();
    if (snapshot != null) {
      SiteBuilder.Result edited = afterEdit(settings, base, output, store, stamp, snapshot, start, checked, read);
      if (edited != null) {
        return edited;
      }
    }
    BuildCache cache = store.load(snapshot);
    if (snapshot != null) {
      snapshot.close();
    }
    long loaded = System.nanoTime();
    SiteBuilder builder = new SiteBuilder(cache, progress());
    SiteBuilder.Result result;
    incremental = !cache.isEmpty();
    if (incremental) {
      MemorySink changes = new MemorySink();
      result = builder.build(settings, base, changes, true, stamp);
      new SiteWriter().apply(output, changes.files(), result.removed());
    } else {
      try (StagedOutput staged = new SiteWriter().stage(output)) {
        result = builder.build(settings, base, staged, false, stamp);
        staged.commit();
      }
    }
    long saving = System.nanoTime();
    cache.recordInputs(stamp.value());
    if (cache.changed()) {
      store.save(cache);
    }
    List<SiteBuilder.Timing> timings = new java.util.ArrayList<>();
    timings.add(new SiteBuilder.Timing("check", (checked - start) / 1_000_000));
    timings.add(new SiteBuilder.Timing("cache", (loaded - checked) / 1_000_000));
    timings.addAll(result.timings());
    timings.add(new SiteBuilder.Timing("write", (saving - loaded) / 1_000_000 - result.timings().stream().mapToLong(SiteBuilder.Timing::millis).sum()));
    timings.add(new SiteBuilder.Timing("save", (System.nanoTime() - saving) / 1_000_000));
    this.timingsOfLastBuild = timings;
    return result;
  }

  /**
   * The rebuild after an edit that left the site's shape as it was ({@link EditRebuild}): the
   * pages that show the edited stories are rendered and written over the output. Null when the
   * change was of another kind, for the full rebuild to do.
   */
  private SiteBuilder.Result afterEdit(BuildSettings settings, URI base, Path output, CacheStore store, InputStamp stamp,
      CacheStore.Snapshot snapshot, long start, long checked, long read) {
    EditRebuild edit = new EditRebuild(store);
    MemorySink changes = new MemorySink();
    SiteBuilder.Result result = edit.build(settings, base, stamp, snapshot, changes);
    if (result == null) {
      return null;
    }
    long built = System.nanoTime();
    new SiteWriter().apply(output, changes.files(), List.of());
    long written = System.nanoTime();
    edit.save();
    incremental = true;
    List<SiteBuilder.Timing> timings = new java.util.ArrayList<>();
    timings.add(new SiteBuilder.Timing("check", (checked - start) / 1_000_000));
    timings.add(new SiteBuilder.Timing("cache", (read - checked) / 1_000_000));
    timings.addAll(result.timings());
    timings.add(new SiteBuilder.Timing("write", (written - built) / 1_000_000));
    timings.add(new SiteBuilder.Timing("save", (System.nanoTime() - written) / 1_000_000));
    this.timingsOfLastBuild = timings;
    return result;
  }

  /** On a terminal, one line that says what the build is doing, overwritten as it goes on. */
  private java.util.function.Consumer<String> progress() {
    if (quiet || System.console() == null) {
      return step -> {};
    }
    PrintWriter err = spec.commandLine().getErr();
    return step -> {
      err.print("\r\033[K" + step + "…");
      err.flush();
    };
  }

  static String display(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    return path.startsWith(cwd) && !path.equals(cwd) ? cwd.relativize(path) + "/" : path.toString();
  }
}
