package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Related stories" list of a story page: at most four other stories sharing a topic, nearest in time, newest first. */
class RelatedStoriesTest {
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG + Fixtures.SOURCES);
    // day, topics: story N is published on 1 + N October
    String[][] stories = {
        {"1", "Energy"}, {"2", "Energy, Trade"}, {"3", "Defence"}, {"4", "Trade"}, {"5", "Energy"},
        {"6", "Health"}, {"7", "Trade, Energy"}, {"8", "Energy"}, {"9", "Defence, Trade"}};
    for (String[] s : stories) {
      spec.append("""
          -- content/stories/story-%1$s.md --
          ---
          title: Story %1$s
          date: 2021-10-%2$02dT09:00:00+02:00
          topics: [%3$s]
          sources: [reuters]
          ---

          The text of story %1$s, which says what happened that day.
          """.formatted(s[0], 1 + Integer.parseInt(s[0]), s[1]));
    }
    site = TestSite.of(dir, spec.toString()).build();
  }

  private static java.util.List<String> related(int story) {
    return site.html("2021/10/%02d/story-%d/".formatted(1 + story, story)).select(".related li a").eachText();
  }

  @Test
  void theNearestStoriesSharingATopicOnEitherSideNewestFirst() {
    assertThat(related(5)).as("two newer, two older").containsExactly("Story 8", "Story 7", "Story 2", "Story 1");
    assertThat(related(2)).as("one older, so three newer").containsExactly("Story 7", "Story 5", "Story 4", "Story 1");
    assertThat(related(1)).as("the oldest: the four nearest newer").containsExactly("Story 8", "Story 7", "Story 5", "Story 2");
    assertThat(related(9)).as("the newest: the four nearest older, any shared topic")
        .containsExactly("Story 7", "Story 4", "Story 3", "Story 2");
  }

  @Test
  void aStoryIsNotRelatedToItselfAndAListMayBeShort() {
    assertThat(related(3)).containsExactly("Story 9");
    assertThat(related(6)).isEmpty();
    assertThat(site.html("2021/10/07/story-6/").select(".related")).isEmpty();
  }
}
