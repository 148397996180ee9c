package org.briefing.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.config.ConfigLoader;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.render.OutputFile;

/**
 * The one place where the preview builds the site, through the build planner, which keeps a build
 * cache and the site's files in memory, so a rebuild re-renders only the pages a change affects;
 * for a change in {@code static/} alone it lists the static files again without rendering anything.
 */
public final class Rebuilder {
  private final Path siteDir;
  private final boolean drafts;
  private final boolean future;
  private final Supplier<Instant> now;
  private final URI origin;
  private final BuildPlanner.InMemory planner = new BuildPlanner.InMemory();

  /** @param origin the preview's own address, e.g. {@code http://127.0.0.1:1313}; the site's sub-path is added to it */
  public Rebuilder(Path siteDir, boolean drafts, boolean future, Supplier<Instant> now, URI origin) {
    this.siteDir = siteDir;
    this.drafts = drafts;
    this.future = future;
    this.now = now;
    this.origin = origin;
  }

  public Path siteDir() {
    return siteDir;
  }

  /**
   * Builds the site the way the planner chooses; throws {@link BuildFailure} with every problem
   * when it has errors.
   */
  public synchronized Built build() {
    BuildPlanner.Outcome outcome = planner.build(new BuildSettings(siteDir, drafts, future, now.get()), previewUrl());
    SiteBuilder.Result result = outcome.result();
    long written = outcome.way() == BuildPlanner.Way.UP_TO_DATE ? 0 : result.pages();
    return new Built(new SiteSnapshot(result.config().basePath(), planner.files(), result.articles()), result.warnings(), written);
  }

  /** The address the site is previewed at: the preview's origin and base_url's sub-path ("/" while the config is broken). */
  public URI previewUrl() {
    String basePath = "/";
    try {
      basePath = ConfigLoader.load(siteDir, new Problems()).basePath();
    } catch (RuntimeException e) {
      // The build that follows reports what is wrong with briefing.yaml.
    }
    return URI.create(origin.toString().replaceAll("/+$", "") + basePath);
  }

  /** The previous snapshot with {@code static/} listed again; a generated file keeps its path over a static one. */
  public SiteSnapshot refreshStatic(SiteSnapshot previous) {
    Path staticDir = siteDir.resolve("static");
    Map<String, OutputFile> byPath = new LinkedHashMap<>();
    for (OutputFile f : previous.files()) {
      if (!(f.isCopy() && SiteSnapshot.isBelow(f.copyOf(), staticDir))) {
        byPath.put(f.path(), f);
      }
    }
    if (Files.isDirectory(staticDir)) {
      try (Stream<Path> walk = Files.walk(staticDir)) {
        for (Path file : walk.sorted().toList()) {
          String rel = staticDir.relativize(file).toString().replace('\\', '/');
          if (!Files.isSymbolicLink(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
              && !rel.startsWith(".") && !rel.contains("/.")) {
            byPath.putIfAbsent(rel, OutputFile.copy(rel, file));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // A folder deleted while it was listed: the next change event lists it again.
      }
    }
    List<OutputFile> files = new ArrayList<>(byPath.values());
    files.sort(Comparator.comparing(OutputFile::path));
    return previous.withFiles(files);
  }

  /**
   * A successful build, its warnings, and how many of its pages it made anew (the others kept the
   * bytes of the last build, and were not rendered again).
   */
  public record Built(SiteSnapshot snapshot, List<Problem> warnings, long pagesChanged) {}
}
