package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.rebuild.BuildPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview chooses its way with the same planner as 'briefing build': up to date, the rebuild
 * after an edit, full against its memory cache, or clean.
 */
class PreviewPlannerTest {
  @TempDir Path dir;

  private static final String STORY = """
      -- content/stories/one.md --
      ---
      title: One
      date: 2021-10-18T09:00:00+02:00
      topics: [Energy]
      sources: [reuters]
      ---

      The first story, with a sentence of its own.
      """;

  private BuildPlanner.Way build(BuildPlanner.InMemory planner, Instant now) {
    return planner.build(new BuildSettings(dir, false, false, now), null).way();
  }

  @Test
  void nothingChangedIsUpToDateAnEditRendersItsPagesAFailureIsFollowedByAFullBuild() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY);
    BuildPlanner.InMemory planner = new BuildPlanner.InMemory();

    assertThat(build(planner, TestSite.NOW)).isEqualTo(BuildPlanner.Way.CLEAN);
    int files = planner.files().size();
    assertThat(build(planner, TestSite.NOW)).isEqualTo(BuildPlanner.Way.UP_TO_DATE);
    assertThat(planner.files()).hasSize(files);

    site.edit("content/stories/one.md", "sentence of its own", "sentence of its own, now longer");
    assertThat(build(planner, TestSite.NOW)).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(planner.files()).anyMatch(f -> f.path().endsWith("/one/index.html")
        && new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("now longer"));
    site.edit("content/stories/one.md", "topics: [Energy]", "topics: [Energy, Oil]");
    assertThat(build(planner, TestSite.NOW)).as("a story in another topic changes the site's shape").isEqualTo(BuildPlanner.Way.FULL);
    files = planner.files().size();

    site.edit("content/stories/one.md", "title: One", "title: [One");
    assertThatThrownBy(() -> build(planner, TestSite.NOW)).isInstanceOf(BuildFailure.class);
    site.edit("content/stories/one.md", "title: [One", "title: One");
    assertThat(planner.files()).as("a failed build leaves the last good files").hasSize(files);
    assertThat(build(planner, TestSite.NOW)).as("the build after a failed one is not taken for up to date")
        .isEqualTo(BuildPlanner.Way.FULL);
  }

  @Test
  void aStoryThatComesDueIsBuiltThoughNoFileChanged() {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY + """
        -- content/stories/later.md --
        ---
        title: Later
        date: 2021-11-02T09:00:00+01:00
        topics: [Energy]
        sources: [reuters]
        ---

        A story dated the day after the build.
        """);
    BuildPlanner.InMemory planner = new BuildPlanner.InMemory();
    build(planner, TestSite.NOW);
    assertThat(planner.files()).noneMatch(f -> f.path().contains("later"));

    assertThat(build(planner, Instant.parse("2021-11-03T00:00:00Z"))).isEqualTo(BuildPlanner.Way.FULL);
    assertThat(planner.files()).anyMatch(f -> f.path().startsWith("2021/11/02/later/"));
    // and back to a moment before it: a clock put back, an older SOURCE_DATE_EPOCH
    assertThat(build(planner, TestSite.NOW)).isEqualTo(BuildPlanner.Way.FULL);
    assertThat(planner.files()).noneMatch(f -> f.path().contains("later"));
  }
}
