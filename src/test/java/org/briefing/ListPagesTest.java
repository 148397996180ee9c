package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic and source pages list fifty stories a page, newest first, with links between the pages. */
class ListPagesTest {
  private static final int STORIES = 53;

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    StringBuilder spec = new StringBuilder(Fixtures.CONFIG + Fixtures.SOURCES);
    for (int i = 1; i <= STORIES; i++) {
      spec.append("""
          -- content/stories/story-%1$d.md --
          ---
          title: Story %1$d
          date: 2021-09-01T08:00:00+02:00
          updated: 2021-09-01T%2$02d:%3$02d:00+02:00
          topics: [Energy]
          sources: [reuters]
          ---

          The text of story %1$d.
          """.formatted(i, 8 + i / 60, i % 60));
    }
    site = TestSite.of(dir, spec.toString()).build();
  }

  @Test
  void aTopicOfFiftyThreeStoriesHasTwoPagesLinkedBothWays() {
    Document first = site.html("topics/energy/");
    assertThat(first.select(".story-list article")).hasSize(50);
    assertThat(first.select(".pager .count").text()).isEqualTo("Page 1 of 2");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();
    assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/topics/energy/page/2/");
    assertThat(first.select(".group-header p:not(.kicker):not(.follow)").text()).isEqualTo("53 stories, newest first.");

    Document second = site.html("topics/energy/page/2/");
    assertThat(second.select(".story-list article")).hasSize(3);
    assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/topics/energy/");
    assertThat(second.select(".pager a[rel=next]")).isEmpty();
    assertThat(second.title()).startsWith("Energy (page 2 of 2)");
    assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/topics/energy/page/2/");
  }

  @Test
  void everyStoryIsOnExactlyOnePageOfItsSource() {
    Document first = site.html("sources/reuters/");
    Document second = site.html("sources/reuters/page/2/");
    assertThat(first.select(".story-items li")).hasSize(50);
    assertThat(second.select(".story-items li")).hasSize(STORIES - 50);
    java.util.List<String> all = new java.util.ArrayList<>(first.select(".story-items li a").eachText());
    all.addAll(second.select(".story-items li a").eachText());
    assertThat(all).doesNotHaveDuplicates().hasSize(STORIES);
    assertThat(site.exists("sources/reuters/page/3/index.html")).isFalse();
  }

  @Test
  void shortListsHaveNoPagerAndEveryPageIsInTheSitemapAndValid() {
    assertThat(site.html("topics/").select(".pager")).isEmpty();
    assertThat(site.file("sitemap.xml")).contains("<loc>https://example.org/topics/energy/page/2/</loc>",
        "<loc>https://example.org/sources/reuters/page/2/</loc>");
    assertThat(new HtmlValidator().errors(site.out().resolve("topics/energy/page/2/index.html"))).isEmpty();
    assertThat(new HtmlValidator().errors(site.out().resolve("sources/reuters/index.html"))).isEmpty();
  }

  @Test
  void storiesOfTheSameInstantAreListedByTheirLocalTimeThenByAddress(@TempDir Path other) {
    // file names put them in the opposite order, so an order kept from reading would show
    TestSite tied = TestSite.of(other, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/1.md --
        ---
        title: C story
        date: 2021-10-18T09:00:00+01:00
        topics: [Energy]
        sources: [reuters]
        ---
        Text.
        -- content/stories/2.md --
        ---
        title: B story
        date: 2021-10-18T10:00:00+02:00
        topics: [Energy]
        sources: [reuters]
        ---
        Text.
        -- content/stories/3.md --
        ---
        title: A story
        date: 2021-10-18T10:00:00+02:00
        topics: [Energy]
        sources: [reuters]
        ---
        Text.
        -- content/stories/4.md --
        ---
        title: Later story
        date: 2021-10-18T11:00:00+02:00
        topics: [Energy]
        sources: [reuters]
        ---
        Text.
        """).build();
    assertThat(tied.html("topics/energy/").select(".story-list article h3, .story-list article h2").eachText())
        .containsExactly("Later story", "A story", "B story", "C story");
  }
}
