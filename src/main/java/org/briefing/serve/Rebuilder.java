package org.briefing.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.config.ConfigLoader;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;

/**
 * The one place where the preview builds the site, through the build planner, which keeps a build
 * cache and the site's files in memory, so a rebuild re-renders only the pages a change affects.
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
    return new Built(new SiteSnapshot(result.config().basePath(), planner.files(), result.articles()), result.warnings(), written,
        outcome.way() == BuildPlanner.Way.CLEAN);
  }

  /** When the next story the last build left out for its date is due (epoch milliseconds), else {@code Long.MAX_VALUE}. */
  public long nextRelease() {
    return planner.nextRelease();
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

  /**
   * A successful build, its warnings, and how many of its pages it made anew (the others kept the
   * bytes of the last build, and were not rendered again); {@code afresh}: whether it made every
   * page with nothing kept (the first build, or the one after a build that failed unexpectedly),
   * when those pages are not known to have changed.
   */
  public record Built(SiteSnapshot snapshot, List<Problem> warnings, long pagesChanged, boolean afresh) {}
}
