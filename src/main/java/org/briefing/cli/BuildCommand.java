package org.briefing.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.rebuild.OutputChoice;
import org.briefing.rebuild.OutputComparison;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.config.BaseUrls;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.write.SiteWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing build}: builds the site into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
    "Builds the site into public/ (or --out).",
    "The previous output is replaced only when the whole build succeeds."})
public final class BuildCommand implements Callable<Integer> {
  /** The output folder inside the site when there is no --out; bin/briefing assumes the same. */
  public static final String DEFAULT_OUTPUT = "public";

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

  @Option(names = "--strict", description = "Treat every warning as an error (for CI): the build fails and the output is left unchanged.")
  boolean strict;

  @Option(names = "--clean", description = "Ignore the build cache (.briefing-cache/ beside the output) and build everything.")
  boolean clean;

  @Option(names = "--force", description = {"Replace the output folder even when no build made it: everything in it is deleted.",
      "Never the site folder, content/, templates/, static/ or a build cache."})
  boolean force;
  @Option(names = "--verify-incremental", description = {
      "After building, build the site again from scratch into a scratch folder and compare:",
      "list every file of the output that differs from a clean build, and exit with 1 when one does."})
  boolean verifyIncremental;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path site = siteOptions.siteDir();
    if (!Files.exists(site)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--site " + site + ": no such folder;"
          + " give the folder that holds briefing.yaml and content/, or make one with: " + ToolName.command() + " init DIR");
    }
    if (!Files.isDirectory(site)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--site " + site + " is a file, not a site folder;"
          + " give the folder that holds briefing.yaml and content/");
    }
    Path output;
    try {
      output = outputFolder(site, out);
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + e.getMessage());
    }
    URI base = null;
    if (baseUrl != null) {
      try {
        base = BaseUrls.parse(baseUrl);
      } catch (BaseUrls.Refused e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--base-url '" + baseUrl + "' cannot be the site's address: "
            + e.getMessage() + "; " + e.hint());
      }
    }
    String forbidden = OutputChoice.forbidden(site, output);
    if (forbidden != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + output + " cannot be the output folder: "
          + forbidden + "; choose another folder, such as public/ in the site folder");
    }
    long start = System.nanoTime();
    try {
      BuildSettings settings = new BuildSettings(site, drafts, future, SiteOptions.now());
      SiteBuilder.Result result = build(settings, base, output);
      printNotices();
      if (!quiet) {
        result.warnings().forEach(w -> err.println(w.format(site)));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (!quiet && upToDate) {
        spec.commandLine().getOut().printf("%s is up to date: nothing changed since the last build of its %s (checked in %d ms)%n",
            display(output), stories(result.articles()), ms);
      } else if (!quiet) {
        spec.commandLine().getOut().printf("Built %s into %s in %d ms: %d pages (%d files) %s%n",
            stories(result.articles()), display(output), ms, result.pages(), result.fileCount(),
            incremental ? "written, " + result.removed().size() + " removed, the rest unchanged" : "written");
      }
      if (timings) {
        timingsOfLastBuild.forEach(t -> err.printf("  %-8s %6d ms%n", t.phase(), t.millis()));
        if (result.search().documents() > 0) {
          err.printf("  search index: %d of %d documents analysed, the others as the last build analysed them; "
              + "%d of %d fragments laid out%n", result.search().analysed(), result.search().documents(),
              result.search().laidOut(), result.search().fragments());
        }
      }
      return verifyIncremental ? verify(settings, base, output) : 0;
    } catch (BuildFailure failure) {
      printNotices();
      for (Problem p : failure.problems()) {
        err.println(p.format(site));
      }
      long errors = failure.errors().size();
      err.printf("Build failed with %d error%s%s; %s was left unchanged.%n", errors, errors == 1 ? "" : "s",
          strict ? " (--strict counts warnings as errors)" : "", display(output));
      return 1;
    } catch (SiteWriter.UnsafePathException | java.io.UncheckedIOException e) {
      printNotices();
      err.println("error: " + e.getMessage());
      String hint = org.briefing.problem.IoReason.hint(e);
      if (hint != null) {
        err.println("  hint: " + hint);
      }
      err.println(switch (planner == null ? BuildPlanner.Stage.READING : planner.stage()) {
        case UPDATING -> "Build failed while updating " + display(output) + ": some of its files may be new and others old;"
            + " the next build writes the whole site again.";
        case WRITTEN -> "The site in " + display(output) + " was written, but the build cache was not saved;"
            + " the next build writes the whole site again.";
        default -> "Build failed; " + display(output) + " was left unchanged.";
      });
      return 1;
    }
  }

  /** What the planner found before building (a stopped build, a damaged cache), printed once. */
  /**
   * The output folder of {@code site} that {@code out} names (the default one when null): a link
   * to the folder a web server serves is followed, so that the build goes into the folder and the
   * link stays, and every command finds the same folder (and its build cache) through it.
   *
   * @throws java.io.IOException when it is a link to a folder that does not exist, with the message to show
   */
  static Path outputFolder(Path site, Path out) throws java.io.IOException {
    Path output = (out == null ? site.resolve(DEFAULT_OUTPUT) : out).toAbsolutePath().normalize();
    if (!Files.isSymbolicLink(output)) {
      return output;
    }
    try {
      return output.toRealPath();
    } catch (java.io.IOException e) {
      throw new java.io.IOException(output + " is a link to a folder that does not exist (" + e.getMessage()
          + "); create that folder, or remove the link", e);
    }
  }

  private void printNotices() {
    if (!quiet && planner != null && !noticesPrinted) {
      planner.notices().forEach(n -> spec.commandLine().getErr().println(n.format(siteOptions.siteDir())));
      noticesPrinted = true;
    }
  }

  private BuildPlanner planner;
  private boolean noticesPrinted;

  /** Compares the output with a clean build; 1 when they differ. */
  private int verify(BuildSettings settings, URI base, Path output) {
    List<OutputComparison.Difference> differences = OutputComparison.againstCleanBuild(output, settings, base);
    if (differences.isEmpty()) {
      if (!quiet) {
        spec.commandLine().getOut().printf("Verified: %s is what a clean build makes.%n", display(output));
      }
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    differences.forEach(d -> err.printf("differs from a clean build: %s (%s)%n", d.path(), d.what()));
    err.printf("%d file%s of %s differ from a clean build; 'briefing build --clean' rebuilds everything.%n", differences.size(), differences.size() == 1 ? "" : "s", display(output));
    return 1;
  }

  private boolean incremental;
  private boolean upToDate;
  private List<SiteBuilder.Timing> timingsOfLastBuild = List.of();

  private SiteBuilder.Result build(BuildSettings settings, URI base, Path output) {
    BuildPlanner.Outcome outcome;
    try (Progress progress = Progress.forConsole(spec.commandLine().getErr(), quiet)) {
      planner = new BuildPlanner(output, clean, strict, progress, () -> waiting(output)).force(force);
      outcome = planner.build(settings, base);
    }
    upToDate = outcome.way() == BuildPlanner.Way.UP_TO_DATE;
    incremental = outcome.way() != BuildPlanner.Way.CLEAN;
    timingsOfLastBuild = outcome.timings();
    return outcome.result();
  }

  private void waiting(Path output) {
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Waiting for another build of " + display(output) + " to finish…");
      err.flush();
    }
  }

  static String stories(int count) {
    return count == 1 ? "1 story" : count + " stories";
  }

  static String display(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    if (!path.startsWith(cwd) || path.equals(cwd)) {
      return path.toString();
    }
    return cwd.relativize(path) + (Files.isDirectory(path) ? "/" : "");
  }
}
