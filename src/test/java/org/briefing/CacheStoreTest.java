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
}
