package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * The settings saved under a near name (briefing.yml, Briefing.yaml) were read as nothing: the
   * site built with the default title, address and time zone, without a word. Added beside a
   * site already built, the file stops 'briefing build' too, which took the site for up to date.
   */
  @ParameterizedTest
  @ValueSource(strings = {"briefing.yml", "Briefing.yaml", "breifing.yaml", "briefing.YAML"})
  void aSettingsFileUnderANearNameIsAnError(String name) throws Exception {
    TestSite site = site().build();
    site.write("-- " + name + " --\ntitle: Another title\n");
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(name));
      assertThat(e.message()).isEqualTo("this file is not read: the site's settings are read from briefing.yaml only");
      assertThat(e.hint()).isEqualTo("move what it holds into the briefing.yaml beside it, and delete it");
    });
    site.delete(name).build();

    java.nio.file.Files.move(dir.resolve("briefing.yaml"), dir.resolve(name));
    assertThat(site.buildFails()).singleElement().extracting(Problem::hint).isEqualTo("rename it to briefing.yaml");
  }

  /** An editor's scratch copy of the settings, or a hidden one, is no settings file. */
  @Test
  void scratchAndHiddenCopiesOfTheSettingsAreNoSettingsFiles() {
    site().write("""
        -- briefing.yaml~ --
        title: Old
        -- .briefing.yaml.swp --
        title: Old
        -- #briefing.yaml# --
        title: Old
        -- .briefing.yml --
        title: Old
        """).build();
  }

  /**
   * An edition file in a misspelt folder, or filed by year below content/editions/, was read as a
   * story and refused for its missing 'date', which pushed the editor to make the note a story.
   */
  @ParameterizedTest
  @ValueSource(strings = {"edition", "Editions", "editions/2021", "briefings", "stories/editions"})
  void anEditionFileOutOfContentEditionsIsAnErrorSayingWhereItGoes(String folder) {
    TestSite site = site().build();
    site.write("-- content/" + folder + "/2021-10-18.md --\n---\ntitle: Monday special\nstories: [talks-resume]\n---\nOur note.\n");
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/" + folder + "/2021-10-18.md"));
      assertThat(e.message()).isEqualTo("this is not read as an edition file, nor as a story: edition files are read only from"
          + " content/editions/ itself, not from a folder in it or beside it");
      assertThat(e.hint()).isEqualTo("move it to content/editions/2021-10-18.md");
    });

    site.write("-- content/editions/2021-10-18.md --\n---\ntitle: Monday special\n---\n");
    assertThat(site.buildFails()).singleElement().extracting(Problem::hint)
        .isEqualTo("content/editions/2021-10-18.md is there already: keep one of the two files");
    site.delete("content/" + folder + "/2021-10-18.md").build();
    assertThat(site.html("briefings/2021-10-18/").select("h1").text()).isEqualTo("Monday special");
  }

  /**
   * A story whose name hides its Markdown (saved as text by an editor that hides extensions,
   * another tool's extension, a space after '.md') and an edition file that is no Markdown were
   * left out without a word; a folder of edition files' defaults and a page in a folder named
   * like content/pages/ are not applied either.
   */
  @Test
  void filesNamedOrPlacedNearlyAsTheBuildReadsThemAreErrors() {
    String text = "---\ntitle: Lost\ndate: 2021-10-18T10:00:00+02:00\nsources: [reuters]\n---\nText.\n";
    TestSite site = site().write("""
        -- content/editions/2021-10-18.txt --
        A note saved as text.
        -- content/editions/_defaults.yaml --
        draft: true
        -- content/Pages/about.md --
        ---
        title: About us
        ---
        Who we are.
        """);
    for (String name : List.of("lost.md.txt", "lost.mdown", "lost.md ")) {
      site.writeBytes("content/stories/" + name, text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(site.buildFails()).extracting(e -> e.format(dir)).containsExactly(
        "content/Pages/about.md: error: this is not read as a page, nor as a story: pages are read only from content/pages/,"
            + " in that letter case\n  hint: move it to content/pages/about.md",
        "content/editions/2021-10-18.txt: error: this file is not read: an edition file is a Markdown file named after its date"
            + "\n  hint: rename it to 2021-10-18.md",
        "content/editions/_defaults.yaml: error: edition files take no folder defaults: nothing in this file applies to the edition"
            + " files beside it\n  hint: give each edition file its fields in its own front matter (for example 'draft: true'), and"
            + " delete this file",
        "content/stories/lost.md : error: this file is not read: stories, pages and edition files are read from files ending in .md"
            + " or .markdown (this name has a space at its start or end)\n  hint: rename it to lost.md",
        "content/stories/lost.md.txt: error: this file is not read: stories, pages and edition files are read from files ending in"
            + " .md or .markdown\n  hint: rename it to lost.md",
        "content/stories/lost.mdown: error: this file is not read: stories, pages and edition files are read from files ending in"
            + " .md or .markdown\n  hint: rename it to lost.md");
  }
}
