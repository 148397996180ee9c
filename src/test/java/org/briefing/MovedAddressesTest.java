package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.model.PublishedAddresses;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose address changes after it was published: the build keeps a record of the addresses
 * it published and warns, naming the alias to add, until the old address leads to the new one.
 */
class MovedAddressesTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + """
      -- content/pages/about.md --
      ---
      title: About us
      ---
      We write briefings.
      -- content/stories/talks.md --
      ---
      title: Ministers open talks on the grain corridor
      date: 2021-10-18T09:00
      sources: [{name: Reuters}]
      ---
      Ministers met.
      -- content/stories/port.md --
      ---
      title: The port strike ends
      date: 2021-10-18T10:00
      slug: port-strike
      sources: [{name: Port authority}]
      ---
      Dockers went back to work.
      """;

  private static final String OLD = "/2021/10/18/ministers-open-talks-on-the-grain-corridor/";

  @Test
  void aBuildRecordsWhatItPublishedAndWarnsWhenAStoryLeavesAnAddressBehind() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    assertThat(site.warnings()).isEmpty();
    assertThat(record(site)).contains(OLD + " content/stories/talks.md", "/2021/10/18/port-strike/ content/stories/port.md",
        "/about/ content/pages/about.md");

    // an edited headline with no written slug moves the story: the build names the alias to add
    site.edit("content/stories/talks.md", "title: Ministers open talks", "title: Ministers agree").build();
    List<Problem> warnings = site.warnings();
    assertThat(warnings).hasSize(1);
    Problem moved = warnings.get(0);
    assertThat(moved.position().file()).isEqualTo(dir.resolve(PublishedAddresses.FILE));
    assertThat(record(site).get(moved.position().line() - 1)).startsWith(OLD + " ");
    assertThat(moved.message()).contains(OLD, "content/stories/talks.md", "/2021/10/18/ministers-agree-on-the-grain-corridor/");
    assertThat(moved.hint()).contains("aliases: [" + OLD + "]");
    assertThat(record(site)).contains(OLD + " content/stories/talks.md",
        "/2021/10/18/ministers-agree-on-the-grain-corridor/ content/stories/talks.md");

    // the warning stays until the alias is added, also through the rebuild of an edited text
    site.edit("content/stories/talks.md", "Ministers met.", "Ministers met in Geneva.").build();
    assertThat(site.lastWay()).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.EDIT);
    assertThat(site.warnings()).hasSize(1);
    site.edit("content/stories/talks.md", "sources:", "aliases: [" + OLD + "]\nsources:").build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.exists(OLD.substring(1) + "index.html")).isTrue();

    // a written slug keeps the address whatever the headline says
    site.edit("content/stories/port.md", "title: The port strike ends", "title: Dockers return after a week").build();
    assertThat(site.warnings()).isEmpty();

    // a new date moves it too
    site.edit("content/stories/port.md", "date: 2021-10-18T10:00", "date: 2021-10-19T10:00").build();
    assertThat(site.warnings()).singleElement().satisfies(w -> assertThat(w.hint()).contains("aliases: [/2021/10/18/port-strike/]"));

    // a rule of the site's own _redirects keeps the old address alive as well as an alias does
    site.write("""
        -- static/_redirects --
        /2021/10/18/port-strike/ /2021/10/19/port-strike/ 301
        """).build();
    assertThat(site.warnings()).isEmpty();
  }

  @Test
  void deletingItsLineLetsAnOldAddressGoAndAnotherStoryMayTakeIt() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    site.edit("content/stories/talks.md", "title: Ministers open talks", "title: Ministers agree").build();
    assertThat(site.warnings()).hasSize(1);

    Path file = dir.resolve(PublishedAddresses.FILE);
    Files.writeString(file, String.join("\n", record(site).stream().filter(l -> !l.startsWith(OLD)).toList()) + "\n");
    site.build();
    assertThat(site.warnings()).isEmpty();

    // an address another story now has is not broken
    site.edit("content/stories/talks.md", "title: Ministers agree", "title: Ministers open talks").build();
    site.edit("content/stories/talks.md", "title: Ministers open talks", "title: Ministers agree")
        .write("""
            -- content/stories/talks-again.md --
            ---
            title: Talks again
            date: 2021-10-18T11:00
            slug: ministers-open-talks-on-the-grain-corridor
            sources: [{name: Reuters}]
            ---
            They met again.
            """).build();
    assertThat(site.warnings()).isEmpty();
  }

  @Test
  void draftsAndFutureStoriesBuiltForAPreviewAreNotRecorded() throws Exception {
    TestSite site = TestSite.of(dir, SITE + """
        -- content/stories/draft.md --
        ---
        title: A draft
        date: 2021-10-18T11:00
        draft: true
        sources: [{name: Reuters}]
        ---
        Not yet.
        """).drafts().build();
    assertThat(Files.exists(dir.resolve(PublishedAddresses.FILE))).isFalse();
  }

  @Test
  void aLineThatIsNoAddressIsAnErrorAtItsLine() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Path file = dir.resolve(PublishedAddresses.FILE);
    Files.writeString(file, Files.readString(file) + "2021/10/18/no-slash/\n");
    int line = record(site).size();
    List<Problem> errors = site.buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(file);
      assertThat(e.position().line()).isEqualTo(line);
    });
  }

  private List<String> record(TestSite site) throws Exception {
    return Files.readAllLines(site.dir().resolve(PublishedAddresses.FILE));
  }
}
