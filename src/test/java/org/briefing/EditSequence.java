package org.briefing;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.briefing.problem.Problem;
import org.briefing.rebuild.BuildPlanner;

/**
 * Makes the edits of a {@link RandomEdits} one at a time on a {@link TestSite}, each followed by
 * the site's builds (which fail with an {@link AssertionError} when an incremental build differs
 * from a clean one). An edit that makes the site fail to build is undone, and the site built
 * again.
 */
final class EditSequence {
  /** One edit: what it was, and the first error of the build it broke (null when it built). */
  record Step(String edit, Problem failed) {}

  private final Random random;
  private RandomEdits model;
  private TestSite site;
  private Map<String, String> written;

  /** Writes every file of {@code model} into {@code site}. */
  EditSequence(TestSite site, RandomEdits model, Random random) {
    this.site = site;
    this.model = model;
    this.random = random;
    written = model.files();
    RandomEdits.sync(site, new TreeMap<>(), written);
  }

  /** Builds the site as it is; returns its errors (none when it built). */
  List<Problem> build() {
    return site.buildOrFail();
  }

  /**
   * Makes one edit and builds; undoes it (and builds again) when the build failed. An
   * {@link AssertionError} of the builds is thrown again with the edit in its message.
   */
  Step next() {
    RandomEdits before = model.copy();
    String edit = model.edit(random);
    write(model);
    List<Problem> errors = buildAfter(edit);
    if (errors.isEmpty()) {
      return new Step(edit, null);
    }
    model = before;
    write(model);
    String undone = edit + " (failed: " + errors.get(0).message() + "), then undone";
    List<Problem> again = buildAfter(undone);
    if (!again.isEmpty()) {
      throw new AssertionError(undone + ": the site does not build: " + again.get(0).format(site.dir()));
    }
    return new Step(edit, errors.get(0));
  }

  private List<Problem> buildAfter(String edit) {
    try {
      return site.buildOrFail();
    } catch (AssertionError e) {
      throw new AssertionError(edit + ":\n" + e.getMessage(), e);
    }
  }

  /** The way {@code briefing build} went in the last build. */
  BuildPlanner.Way lastWay() {
    return site.lastWay();
  }

  /** The way the preview's rebuild went in the last build. */
  BuildPlanner.Way lastPreviewWay() {
    return site.lastPreviewWay();
  }

  /** Goes on with {@code fresh}, a site over the same folder with no builds of its own yet. */
  void continueWith(TestSite fresh) {
    site = fresh;
  }

  private void write(RandomEdits next) {
    Map<String, String> files = next.files();
    RandomEdits.sync(site, written, files);
    written = files;
  }
}
