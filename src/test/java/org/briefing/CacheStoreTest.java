package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.briefing.pipeline.BuildCache;
import org.briefing.rebuild.CacheStore;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.model.BuildSettings;
import org.briefing.render.MemorySink;
import org.briefing.render.OutputFile;
import org.briefing.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {
  @TempDir Path dir;

  @Test
  void aCacheReadBackFromDiskFindsNothingToRebuild() {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    BuildSettings settings = new BuildSettings(dir, false, false, TestSite.NOW);
    Path out = dir.resolve("public");
    BuildCache cache = new BuildCache();
    new SiteWriter().write(out, new SiteBuilder(cache).build(settings, null).files());
    new CacheStore(out).save(cache);

    BuildCache loaded;
    try (CacheStore.Snapshot snapshot = new CacheStore(out).snapshot()) {
      loaded = new CacheStore(out).load(snapshot);
    }
    assertThat(loaded.outputs).isEqualTo(cache.outputs);
    MemorySink changes = new MemorySink();
    SiteBuilder.Result again = new SiteBuilder(loaded).build(settings, null, changes, true);
    assertThat(changes.files().stream().map(OutputFile::path)).isEmpty();
    assertThat(again.removed()).isEmpty();
  }

  static java.util.Map<String, String> tree(Path root) throws java.io.IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (var walk = java.nio.file.Files.walk(root)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(p))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  @Test
  void incrementalCommandLineBuildsWriteWhatACleanBuildWrites() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    site.write("""
        -- content/stories/added.md --
        ---
        title: An added story
        date: 2021-10-18T21:00:00+02:00
        topics: [Energy]
        sources: [reuters]
        ---
        Prices rose again.
        """);
    site.delete("content/stories/expulsions.md");
    java.nio.file.Files.writeString(dir.resolve("content/stories/reaction.md"),
        java.nio.file.Files.readString(dir.resolve("content/stories/reaction.md")).replace("Allies regret", "Allies deeply regret"));
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("removed");
    CliTest.Run clean = CliTest.run("build", "--site", dir.toString(), "--clean", "--out", dir.resolve("clean").toString());
    assertThat(clean.code()).as(clean.err()).isZero();
    assertThat(tree(dir.resolve("public"))).isEqualTo(tree(dir.resolve("clean")));
    assertThat(dir.resolve("public/2021/10/06")).doesNotExist();
  }

  @Test
  void aFailedIncrementalBuildLeavesTheOutputAsItWas() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    java.util.Map<String, String> before = tree(dir.resolve("public"));
    site.write("""
        -- content/stories/broken.md --
        ---
        title: Broken
        ---
        No date.
        """);
    java.nio.file.Files.writeString(dir.resolve("content/stories/reaction.md"),
        java.nio.file.Files.readString(dir.resolve("content/stories/reaction.md")).replace("Allies regret", "Allies deeply regret"));
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isEqualTo(1);
    assertThat(tree(dir.resolve("public"))).isEqualTo(before);
  }

  @Test
  void aDamagedCacheIsIgnored() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    java.nio.file.Files.write(dir.resolve(".briefing-cache/public/index.bin"), new byte[] {1, 2, 3});
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("unchanged");
  }

  /** Replaces {@code from} by {@code to}, of the same length, wherever it is in the file {@code file}; returns how often. */
  private static int replaceBytes(Path file, String from, String to) throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    byte[] a = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(b).hasSameSizeAs(a);
    int count = 0;
    for (int i = 0; i + a.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, bytes, i, b.length);
        count++;
      }
    }
    java.nio.file.Files.write(file, bytes);
    return count;
  }

  private static Path storiesFile(Path cache) throws Exception {
    try (var files = java.nio.file.Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().matches("stories-[0-9]+\\.bin")).findFirst().orElseThrow();
    }
  }

  /** Builds after a change to the cache, and checks that it warned once and wrote what a clean build writes. */
  private void buildsCleanWithOneWarning() throws Exception {
    CliTest.Run run = CliTest.run("build", "--site", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().split("the build cache was changed since it was saved", -1)).as(run.err()).hasSize(2);
    assertThat(run.out()).doesNotContain("unchanged");
    CliTest.Run clean = CliTest.run("build", "--site", dir.toString(), "--clean", "--out", dir.resolve("clean").toString());
    assertThat(clean.code()).as(clean.err()).isZero();
    assertThat(tree(dir.resolve("public"))).isEqualTo(tree(dir.resolve("clean")));
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.out()).contains("is up to date");
    assertThat(again.err()).doesNotContain("build cache");
  }

  @Test
  void aStoryChangedInTheCacheIsNoticedWhenAnEditReadsIt() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    Path cache = dir.resolve(".briefing-cache/public");
    assertThat(replaceBytes(storiesFile(cache), "Allies regret the decision", "Allies reject the decision")).isPositive();
    Path story = dir.resolve("content/stories/suspension.md");
    java.nio.file.Files.writeString(story, java.nio.file.Files.readString(story).replace("NATO said it regretted", "NATO said it deeply regretted"));
    buildsCleanWithOneWarning();
    assertThat(java.nio.file.Files.readString(dir.resolve("public/index.html"))).contains("Allies regret the decision")
        .doesNotContain("reject");
  }

  @Test
  void aStoryChangedInTheCacheIsNoticedWhenTheWholeModelIsBuilt() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    assertThat(replaceBytes(storiesFile(dir.resolve(".briefing-cache/public")), "Allies regret the decision", "Allies reject the decision"))
        .isPositive();
    site.write("""
        -- content/stories/added.md --
        ---
        title: An added story
        date: 2021-10-19T09:00:00+02:00
        topics: [NATO]
        sources: [reuters]
        ---
        Talks went on.
        """);
    buildsCleanWithOneWarning();
  }

  @Test
  void aChangedIndexIsNoticed() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    assertThat(replaceBytes(dir.resolve(".briefing-cache/public/index.bin"), "topics/nato/index.html", "topics/nato/index.htm_"))
        .isPositive();
    java.nio.file.Files.delete(dir.resolve("public/topics/nato/index.html"));
    buildsCleanWithOneWarning();
  }

  @Test
  void aRebuildWithNothingChangedReportsTheLastBuildWithoutBuilding() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("language: en", "language: en\nattribution: warn") + """
        -- content/stories/unattributed.md --
        ---
        title: A story without a source
        date: 2021-10-18T09:00:00+02:00
        ---
        Text.
        """);
    CliTest.Run first = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("unattributed.md");
    java.util.Map<String, String> built = tree(dir.resolve("public"));

    CliTest.Run again = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("is up to date").contains("its 4 stories");
    assertThat(again.err()).as("the warnings are reported again").contains("unattributed.md");
    assertThat(again.err()).as("only the check ran").contains("check").doesNotContain("render");
    assertThat(tree(dir.resolve("public"))).isEqualTo(built);

    // a deleted output file, a changed static file and a changed template each make a real build
    java.nio.file.Files.delete(dir.resolve("public/index.html"));
    assertThat(CliTest.run("build", "--site", dir.toString(), "--timings").err()).contains("render");
    assertThat(tree(dir.resolve("public"))).isEqualTo(built);
    site.write("""
        -- static/notes.txt --
        User-agent: *
        """);
    assertThat(CliTest.run("build", "--site", dir.toString(), "--timings").err()).contains("render");
    assertThat(dir.resolve("public/notes.txt")).hasContent("User-agent: *");
    site.write("""
        -- templates/404.ftlh --
        <!DOCTYPE html><html lang="en"><head><title>Lost</title></head><body><p>Not here.</p></body></html>
        """);
    assertThat(CliTest.run("build", "--site", dir.toString(), "--timings").err()).contains("render");
    assertThat(dir.resolve("public/404.html")).content().contains("Not here.");
    assertThat(CliTest.run("build", "--site", dir.toString(), "--timings").err()).doesNotContain("render");
    assertThat(CliTest.run("build", "--site", dir.toString(), "--drafts", "--timings").err()).contains("render");
  }

  /** Builds the site of {@code settings} into {@code out} and saves its cache, as briefing build does; returns the inputs' stamp. */
  private static long builtAndSaved(BuildSettings settings, Path out) {
    org.briefing.pipeline.InputStamp stamp = org.briefing.pipeline.InputStamp.of(settings, null);
    BuildCache cache = new BuildCache();
    new SiteWriter().write(out, new SiteBuilder(cache).build(settings, null).files());
    cache.recordInputs(stamp);
    new CacheStore(out).save(cache);
    return stamp.value();
  }

  /** The two editions and a story dated the day after {@link TestSite#NOW}. */
  private static final String TOMORROW = Fixtures.TWO_EDITIONS + """
      -- content/stories/tomorrow.md --
      ---
      title: Tomorrow's story
      date: 2021-11-02T09:00:00+01:00
      sources: [reuters]
      ---
      Text.
      """;

  @Test
  void aStoryDatedInTheFutureMakesTheSameFilesABuildAgainOnceItIsDue() {
    TestSite.of(dir, TOMORROW);
    BuildSettings settings = new BuildSettings(dir, false, false, TestSite.NOW);
    Path out = dir.resolve("public");
    long stamp = builtAndSaved(settings, out);

    CacheStore store = new CacheStore(out);
    try (CacheStore.Snapshot snapshot = store.snapshot()) {
      assertThat(store.unchangedSince(snapshot, stamp, TestSite.NOW)).isNotNull();
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-11-02T07:59:59Z"))).isNotNull();
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-11-02T08:00:00Z"))).as("the story is due").isNull();
      // the latest moment of a story published is an update, of 2021-10-18T20:00:00+03:00: before it,
      // that update would be an error
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-10-18T17:00:00Z"))).isNotNull();
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-10-18T16:59:59Z"))).as("before it").isNull();
      assertThat(store.unchangedSince(snapshot, stamp + 1, TestSite.NOW)).as("another stamp").isNull();
      assertThat(store.unchangedSince(null, stamp, TestSite.NOW)).as("no cache").isNull();
    }
  }

  /**
   * A build for an earlier moment than the last one (a clock put back, an older SOURCE_DATE_EPOCH)
   * leaves out a story the last build published that is not due then, on every way of building:
   * with nothing changed, and after an edit of another story.
   */
  @Test
  void aBuildForAnEarlierMomentLeavesOutAStoryThatIsNotDueThen() throws Exception {
    TestSite.of(dir, TOMORROW);
    Path out = dir.resolve("public");
    java.time.Instant later = java.time.Instant.parse("2021-11-03T00:00:00Z");
    BuildSettings atNow = new BuildSettings(dir, false, false, TestSite.NOW);
    java.util.function.Function<BuildSettings, org.briefing.rebuild.BuildPlanner.Way> build =
        settings -> new org.briefing.rebuild.BuildPlanner(out, false, step -> {}, () -> {}).build(settings, null).way();
    Path clean = dir.resolve("clean");
    new org.briefing.rebuild.BuildPlanner(clean, true, step -> {}, () -> {}).build(atNow, null);
    assertThat(tree(clean).keySet()).noneMatch(path -> path.contains("tomorrow"));

    build.apply(new BuildSettings(dir, false, false, later));
    assertThat(tree(out).keySet()).anyMatch(path -> path.contains("tomorrow"));
    assertThat(build.apply(atNow)).isNotEqualTo(org.briefing.rebuild.BuildPlanner.Way.UP_TO_DATE);
    assertThat(tree(out)).isEqualTo(tree(clean));

    build.apply(new BuildSettings(dir, false, false, later));
    Path story = dir.resolve("content/stories/reaction.md");
    java.nio.file.Files.writeString(story, java.nio.file.Files.readString(story).replace("Allied governments said", "Allied governments told reporters"));
    new org.briefing.rebuild.BuildPlanner(clean, true, step -> {}, () -> {}).build(atNow, null);
    assertThat(build.apply(atNow)).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.FULL);
    assertThat(tree(out)).isEqualTo(tree(clean));
  }

  /**
   * A story of today given to tomorrow's edition is due when that edition's day opens in the
   * site's zone (Brussels, 23:00 UTC): a build of unchanged files is not up to date from then on,
   * and one for an earlier moment than the last leaves it out again.
   */
  @Test
  void aStoryGivenToTomorrowsEditionIsDueWhenTheDayOpens() throws Exception {
    TestSite.of(dir, TOMORROW.replace("date: 2021-11-02T09:00:00+01:00", "date: 2021-11-01T09:00:00+01:00\nedition: 2021-11-02"));
    BuildSettings settings = new BuildSettings(dir, false, false, TestSite.NOW);
    Path out = dir.resolve("public");
    long stamp = builtAndSaved(settings, out);
    CacheStore store = new CacheStore(out);
    try (CacheStore.Snapshot snapshot = store.snapshot()) {
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-11-01T22:59:59Z"))).isNotNull();
      assertThat(store.unchangedSince(snapshot, stamp, java.time.Instant.parse("2021-11-01T23:00:00Z"))).as("the edition's day opens").isNull();
    }

    java.time.Instant later = java.time.Instant.parse("2021-11-03T00:00:00Z");
    java.util.function.Function<BuildSettings, org.briefing.rebuild.BuildPlanner.Way> build =
        s -> new org.briefing.rebuild.BuildPlanner(out, false, step -> {}, () -> {}).build(s, null).way();
    build.apply(new BuildSettings(dir, false, false, later));
    assertThat(tree(out).keySet()).contains("briefings/2021-11-02/index.html");
    Path clean = dir.resolve("clean");
    new org.briefing.rebuild.BuildPlanner(clean, true, step -> {}, () -> {}).build(settings, null);
    assertThat(build.apply(settings)).isNotEqualTo(org.briefing.rebuild.BuildPlanner.Way.UP_TO_DATE);
    assertThat(tree(out)).isEqualTo(tree(clean));
    assertThat(tree(out).keySet()).noneMatch(path -> path.contains("2021-11-02") || path.contains("tomorrow"));
  }

  /** A page's update, like a story's, is a moment before which a build of the same files is an error, not "up to date". */
  @Test
  void aBuildBeforeAPagesUpdateIsNotUpToDate() {
    TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/pages/about.md --
        ---
        title: About us
        updated: 2021-10-23
        ---
        Who we are.
        """);
    Path out = dir.resolve("public");
    org.briefing.rebuild.BuildPlanner planner = new org.briefing.rebuild.BuildPlanner(out, false, step -> {}, () -> {});
    planner.build(new BuildSettings(dir, false, false, TestSite.NOW), null);
    BuildSettings before = new BuildSettings(dir, false, false, java.time.Instant.parse("2021-10-22T21:30:00Z"));
    assertThatThrownBy(() -> planner.build(before, null)).isInstanceOf(org.briefing.problem.BuildFailure.class)
        .hasMessageContaining("the update date 2021-10-23 00:00 is after the moment of this build");
  }

  /**
   * The day a story's source was read, like its update, is a moment before which the same files are
   * an error: a build for an earlier moment reads the story again rather than keep the last build's.
   */
  @Test
  void aBuildBeforeTheDayASourceWasReadIsNotUpToDate() {
    TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/minutes.md --
        ---
        title: The council publishes its minutes
        date: 2021-10-20T10:00
        sources: [{name: Council minutes, accessed: 2021-10-23}]
        ---
        The minutes are out.
        """);
    Path out = dir.resolve("public");
    org.briefing.rebuild.BuildPlanner planner = new org.briefing.rebuild.BuildPlanner(out, false, step -> {}, () -> {});
    planner.build(new BuildSettings(dir, false, false, TestSite.NOW), null);
    // 23 October begins at 10:00 UTC on the 22nd in the first zone to reach it (UTC+14:00)
    BuildSettings before = new BuildSettings(dir, false, false, java.time.Instant.parse("2021-10-22T09:59:59Z"));
    assertThatThrownBy(() -> planner.build(before, null)).isInstanceOf(org.briefing.problem.BuildFailure.class)
        .hasMessageContaining("this source was read on 2021-10-23, a day that has not begun yet");
    planner.build(new BuildSettings(dir, false, false, java.time.Instant.parse("2021-10-22T10:00:00Z")), null);
    assertThat(out.resolve("2021/10/20/the-council-publishes-its-minutes/index.html")).exists();
  }

  @Test
  void aStoryThatIsALinkIsStampedByTheFileItPointsTo() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Path elsewhere = java.nio.file.Files.createDirectories(dir.resolve("drafts-folder")).resolve("linked.md");
    java.nio.file.Files.writeString(elsewhere, """
        ---
        title: A linked story
        date: 2021-10-18T09:00:00+02:00
        sources: [reuters]
        ---
        First version.
        """);
    java.nio.file.Files.createSymbolicLink(dir.resolve("content/stories/linked.md"), elsewhere);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    java.nio.file.Files.writeString(elsewhere, java.nio.file.Files.readString(elsewhere).replace("First version.", "Second, longer version."));
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.out()).doesNotContain("up to date");
    assertThat(dir.resolve("public/2021/10/18/a-linked-story/index.html")).content().contains("Second, longer version.");
  }
}
