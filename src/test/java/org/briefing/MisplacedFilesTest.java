package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file of content/ that a build would read under another name or in another place stops the
 * build, naming it and where it goes: it was read as nothing, or as a story, and what the editor
 * wrote in it was not what was published.
 */
class MisplacedFilesTest {
  @TempDir Path dir;

  private static final String STORY = """
      -- content/stories/talks.md --
      ---
      title: Talks resume
      date: 2021-10-18T10:00:00+02:00
      topics: [North Atlantic Treaty Organization]
      authors: [I. Sokolova]
      sources: [reuters]
      ---
      Text.
      """;

  private TestSite site() {
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY);
  }

  /**
   * A term file under a near name, or in other letter case (which only a system that ignores
   * letter case would read), was ignored without a word: the story's spelling got a page of its
   * own and the declared description was never published.
   */
  @ParameterizedTest
  @CsvSource({"topics.yml,topics.yaml", "topic.yaml,topics.yaml", "Topics.yaml,topics.yaml", "TOPICS.YML,topics.yaml",
      "author.yaml,authors.yaml", "autors.yaml,authors.yaml", "Sources.yaml,sources.yaml", "source.yml,sources.yaml"})
  void aTermFileOrSourcesFileUnderANearNameIsAnErrorNamingTheNameToGiveIt(String name, String meant) {
    TestSite site = site().build();
    String published = site.file("2021/10/18/talks-resume/index.html");
    site.write("-- content/" + name + " --\nNATO:\n  aliases: [North Atlantic Treaty Organization]\n");
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/" + name));
      assertThat(e.message()).startsWith("this file is not read: the ").endsWith(" are read from content/" + meant + " only");
      assertThat(e.hint()).isEqualTo(meant.equals("sources.yaml") ? "move what it holds into content/sources.yaml and delete it"
          : "rename it to " + meant);
    });
    assertThat(site.file("2021/10/18/talks-resume/index.html")).isEqualTo(published);
  }

  /** Renamed as it should be, the term file is read: the story's spelling is the declared term's. */
  @Test
  void theTermFileRenamedAsTheErrorSaysIsRead() {
    TestSite site = site().write("""
        -- content/topics.yml --
        NATO:
          aliases: [North Atlantic Treaty Organization]
          description: The alliance and its dealings.
        """);
    assertThat(site.buildFails()).extracting(Problem::hint).containsExactly("rename it to topics.yaml");
    site.delete("content/topics.yml").write("""
        -- content/topics.yaml --
        NATO:
          aliases: [North Atlantic Treaty Organization]
          description: The alliance and its dealings.
        """).build();
    assertThat(site.file("topics/nato/index.html")).contains("The alliance and its dealings.");
    assertThat(site.exists("topics/north-atlantic-treaty-organization/index.html")).isFalse();
  }

  /**
   * A term file of a grouping the site does not configure, or any other YAML file at the top of
   * content/, is read by nothing; so is a term file in a folder of stories.
   */
  @Test
  void aYamlFileAtTheTopOfContentThatNoGroupingReadsOrATermFileInAFolderOfStoriesIsAnError() {
    List<Problem> errors = site().write("""
        -- content/series.yaml --
        Winter Talks:
          description: Our series.
        -- content/stories/authors.yaml --
        Irina Sokolova:
          aliases: [I. Sokolova]
          role: Moscow correspondent
        """).buildFails();
    assertThat(errors).extracting(e -> e.format(dir)).containsExactly(
        "content/series.yaml: error: this file is not read: at the top of content/ a build reads only authors.yaml, places.yaml,"
            + " sources.yaml, topics.yaml and folder defaults (_defaults.yaml)\n  hint: if it declares the terms of a grouping"
            + " 'series', add the grouping to 'groups:' in briefing.yaml (docs/groups.md); else move the file out of content/",
        "content/stories/authors.yaml: error: this file is not read: the terms of the grouping 'authors' are read from"
            + " content/authors.yaml only\n  hint: move it to content/authors.yaml");
  }

  /** The files a site reads, and YAML or Markdown named like no misplaced one, build as before. */
  @Test
  void theFilesASiteReadsAndNotesOfItsOwnStillBuild() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("language: en", "language: en\ngroups:\n  series: {}\n  desks: {}")
        + Fixtures.SOURCES + STORY.replace("topics:", "series: Winter Talks\ndesks: Europe\ntopics:") + """
        -- content/series.yaml --
        Winter Talks:
          description: Our series.
        -- content/desks.yaml --
        Europe:
          description: The Europe desk.
        -- content/stories/notes.yaml --
        to: the desk
        -- content/stories/pages.yaml --
        not: read
        -- content/stories/2021-10-19.md --
        ---
        title: A story named after its day
        date: 2021-10-19T10:00:00+02:00
        sources: [reuters]
        ---
        Text.
        -- content/editions/README.txt --
        Edition files are named after their day.
        -- content/stories/agency.txt --
        MOSCOW, Oct 18 (Reuters) - Copy to import.
        -- content/editorial/paged.md --
        ---
        title: A story in a folder of its own
        date: 2021-10-17T10:00:00+02:00
        sources: [reuters]
        ---
        Text.
        """).build();
    assertThat(site.file("series/winter-talks/index.html")).contains("Our series.");
    assertThat(site.exists("2021/10/19/a-story-named-after-its-day/index.html")).isTrue();
    assertThat(site.exists("2021/10/17/a-story-in-a-folder-of-its-own/index.html")).isTrue();
  }
}
