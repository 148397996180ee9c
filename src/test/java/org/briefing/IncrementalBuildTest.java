package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.model.BuildSettings;
import org.briefing.render.MemorySink;
import org.briefing.render.OutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild from the cache gives exactly the files of a clean build, however the site changed. */
class IncrementalBuildTest {
  @TempDir Path dir;
  TestSite site;
  BuildCache cache;
  Map<String, String> output;
  java.util.Set<String> rendered = new java.util.TreeSet<>();

  @BeforeEach
  void firstBuild() {
    site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/editions/2021-10-18.md --
        ---
        title: The Monday briefing
        ---
        A note.
        """);
    cache = new BuildCache();
    output = new TreeMap<>();
    SiteBuilder.Result first = rebuild();
    assertThat(first.fileCount()).isEqualTo(output.size());
  }

  /** Rebuilds from the cache, applies the changed and removed files, and returns the result. */
  private SiteBuilder.Result rebuild() {
    MemorySink sink = new MemorySink();
    SiteBuilder.Result result = new SiteBuilder(cache).build(settings(), null, sink, !output.isEmpty());
    rendered.clear();
    for (OutputFile file : sink.files()) {
      output.put(file.path(), content(file));
      rendered.add(file.path());
    }
    result.removed().forEach(output::remove);
    return result;
  }

  private BuildSettings settings() {
    return new BuildSettings(dir, false, false, TestSite.NOW);
  }

  private static String content(OutputFile file) {
    try {
      return file.isCopy() ? "copy of " + file.copyOf() + ": " + Files.readString(file.copyOf()) : new String(file.bytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertSameAsCleanBuild() {
    Map<String, String> clean = new TreeMap<>();
    for (OutputFile file : new SiteBuilder().build(settings(), null).files()) {
      clean.put(file.path(), content(file));
    }
    assertThat(output.keySet()).isEqualTo(clean.keySet());
    assertThat(output).isEqualTo(clean);
  }

  private void edit(String path, String from, String to) throws Exception {
    Path file = dir.resolve(path);
    Files.writeString(file, Files.readString(file).replace(from, to));
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
  }

  @Test
  void aRebuildWithoutChangesRendersNothing() {
    SiteBuilder.Result again = rebuild();
    assertThat(again.fileCount()).isZero();
    assertThat(again.removed()).isEmpty();
    assertSameAsCleanBuild();
  }

  @Test
  void editingAStoryRerendersOnlyThePagesThatShowIt() throws Exception {
    edit("content/stories/expulsions.md", "NATO expels eight members", "NATO expels eight diplomats");
    SiteBuilder.Result again = rebuild();
    assertThat(again.fileCount()).isEqualTo(rendered.size()).isPositive();
    assertThat(rendered).contains("briefings/2021-10-06/index.html", "topics/russia/index.html", "feed.xml")
        .doesNotContain("briefings/2021-10-18/index.html", "2021/10/18/allies-regret-the-decision/index.html",
            "topics/nato/index.html", "assets/briefing.css");
    assertThat(output).containsKey("2021/10/06/nato-expels-eight-diplomats-of-the-russian-mission/index.html");
    assertThat(again.removed()).contains("2021/10/06/nato-expels-eight-members-of-the-russian-mission/index.html");
    assertSameAsCleanBuild();
  }

  @Test
  void anIndexWhoseTemplateReadsNoStoryIsNotRenderedAgainAfterAHeadlineEdit() throws Exception {
    edit("content/stories/expulsions.md", "NATO expels eight members", "NATO expels eight diplomats");
    rebuild();
    // the bundled topics index prints each topic's name and count: the headline is none of its business
    assertThat(rendered).contains("topics/russia/index.html").doesNotContain("topics/index.html");
    assertSameAsCleanBuild();
  }

  @Test
  void anIndexWhoseTemplateReadsAStoryIsRenderedAgainWhenTheStoryChanges() throws Exception {
    site.write("""
        -- templates/topics.ftlh --
        <#list topics as t><p>${t.name}<#list t.articles as a>: ${a.title}</#list></p></#list>
        """);
    rebuild();
    assertSameAsCleanBuild();
    edit("content/stories/expulsions.md", "NATO expels eight members", "NATO expels eight diplomats");
    rebuild();
    assertThat(rendered).contains("topics/index.html");
    assertThat(output.get("topics/index.html")).contains("NATO expels eight diplomats");
    assertSameAsCleanBuild();
    edit("content/stories/expulsions.md", "NATO expels eight diplomats", "NATO expels eight envoys");
    rebuild();
    assertThat(output.get("topics/index.html")).contains("NATO expels eight envoys");
    assertSameAsCleanBuild();
  }

  @Test
  void editingAStoryBodyChangesItsAutomaticSummaryEverywhere() throws Exception {
    edit("content/stories/expulsions.md", "NATO withdrew the accreditation", "The alliance withdrew the accreditation");
    rebuild();
    assertThat(output.get("briefings/2021-10-06/index.html")).contains("The alliance withdrew the accreditation");
    assertSameAsCleanBuild();
  }

  @Test
  void addingAndDeletingStoriesUpdatesIndexes() throws Exception {
    site.write("""
        -- content/stories/new.md --
        ---
        title: A new story about Russia
        date: 2021-10-19T09:00:00+02:00
        topics: [Russia, Energy]
        sources: [reuters]
        ---
        Gas prices rose on Tuesday.
        """);
    rebuild();
    assertThat(output).containsKeys("topics/energy/index.html", "briefings/2021-10-19/index.html");
    assertSameAsCleanBuild();
    site.delete("content/stories/new.md");
    SiteBuilder.Result again = rebuild();
    assertThat(again.removed()).contains("topics/energy/index.html", "briefings/2021-10-19/index.html");
    assertSameAsCleanBuild();
  }

  @Test
  void templateConfigDefaultsSourcesAndStaticChangesAreAllPickedUp() throws Exception {
    site.write("""
        -- templates/topic.ftlh --
        <p>${topic.name}</p>
        """);
    rebuild();
    assertThat(output.get("topics/russia/index.html")).isEqualTo("<p>Russia</p>\n");
    assertSameAsCleanBuild();

    edit("briefing.yaml", "title: Test Briefing", "title: Renamed Briefing");
    rebuild();
    assertThat(output.get("index.html")).contains("Renamed Briefing");
    assertSameAsCleanBuild();

    site.write("""
        -- content/stories/_defaults.yaml --
        authors: [Desk]
        """);
    rebuild();
    assertSameAsCleanBuild();

    edit("content/sources.yaml", "name: Reuters", "name: Reuters News");
    rebuild();
    assertThat(output.get("sources/index.html")).contains("Reuters News");
    assertSameAsCleanBuild();

    site.write("""
        -- static/images/extra.txt --
        hello
        """);
    rebuild();
    assertThat(output).containsKey("images/extra.txt");
    site.delete("static/images/extra.txt");
    assertThat(rebuild().removed()).containsExactly("images/extra.txt");
    assertSameAsCleanBuild();
  }

  @Test
  void aDeletedPhotoIsNoticedEvenWhenItsStoryDidNotChange() {
    site.delete("static/images/flag.png");
    org.assertj.core.api.Assertions.assertThatThrownBy(this::rebuild)
        .isInstanceOf(org.briefing.problem.BuildFailure.class).hasMessageContaining("does not exist");
  }
}
