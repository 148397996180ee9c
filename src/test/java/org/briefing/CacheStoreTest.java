package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefing.build.BuildCache;
import org.briefing.build.CacheStore;
import org.briefing.build.SiteBuilder;
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

    BuildCache loaded = new CacheStore(out).load();
    assertThat(loaded.outputs()).isEqualTo(cache.outputs());
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
    java.nio.file.Files.write(dir.resolve(".briefing-cache/index.bin"), new byte[] {1, 2, 3});
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("unchanged");
  }
}
