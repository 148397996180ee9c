package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.briefing.rebuild.BuildPlanner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stories of one day whose headlines make the same address are both published: the one whose
 * slug the editor wrote, or else the first by file name, keeps it, the other gets "-2", with a
 * warning. (Two slugs the editor wrote that clash are an error: {@link BadInputTest}.)
 */
class AddressesTest {
  @TempDir Path dir;

  private static final String TWINS = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/b-second.md --
      ---
      title: Ministers meet in Brussels
      date: 2021-10-18T15:00
      sources: [reuters]
      ---

      The second text, filed in the afternoon.
      -- content/stories/a-first.md --
      ---
      title: Ministers meet in Brussels
      date: 2021-10-18T09:00
      sources: [nato]
      ---

      The first text, filed in the morning.
      """;

  @Test
  void theSecondStoryByFileNameIsPublishedAtTheNextFreeAddressWithAWarning() {
    TestSite site = TestSite.of(dir, TWINS).build();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).contains("The first text");
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The second text");
    List<Problem> warnings = site.warnings();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).format(dir)).contains("content/stories/b-second.md:1", "/2021/10/18/ministers-meet-in-brussels-2/",
        "a-first.md", "slug:");
    Document edition = site.html("briefings/2021-10-18/index.html");
    assertThat(edition.select("a[href]").eachAttr("href"))
        .contains("/2021/10/18/ministers-meet-in-brussels/", "/2021/10/18/ministers-meet-in-brussels-2/");
    assertThat(new HtmlValidator().errors(site.out().resolve("2021/10/18/ministers-meet-in-brussels-2/index.html"))).isEmpty();
  }

  @Test
  void aSlugTheEditorWroteKeepsItsAddress() {
    TestSite site = TestSite.of(dir, TWINS).write("""
        -- content/stories/b-second.md --
        ---
        title: Another headline
        slug: ministers-meet-in-brussels
        date: 2021-10-18T15:00
        sources: [reuters]
        ---

        The second text, filed in the afternoon.
        """).build();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).contains("The second text");
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The first text");
  }

  @Test
  void aRebuildMovesTheStoryBackWhenTheAddressIsFreeAgainAsACleanBuildWould() throws Exception {
    TestSite.of(dir, TWINS);
    CliTest.Run first = CliTest.run("build", "--site", dir.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("ministers-meet-in-brussels-2");

    Path story = dir.resolve("content/stories/a-first.md");
    Files.writeString(story, Files.readString(story).replace("title: Ministers meet in Brussels", "title: Ministers arrive in Brussels"));
    CliTest.Run again = CliTest.run("build", "--site", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    // the second story leaves the address it was published at, which the build names
    assertThat(again.err().lines().filter(l -> l.contains("warning"))).singleElement().asString()
        .contains("/2021/10/18/ministers-meet-in-brussels-2/ was published for content/stories/b-second.md");
    assertThat(dir.resolve("public/2021/10/18/ministers-meet-in-brussels/index.html")).content().contains("The second text");
    assertThat(dir.resolve("public/2021/10/18/ministers-meet-in-brussels-2")).doesNotExist();

    Path clean = dir.resolve("clean/public");
    CliTest.Run reference = CliTest.run("build", "--site", dir.toString(), "--out", clean.toString());
    assertThat(reference.code()).as(reference.err()).isZero();
    assertThat(CacheStoreTest.tree(dir.resolve("public"))).isEqualTo(CacheStoreTest.tree(clean));

    // and an edit to a story that had to move keeps giving a clean build's output
    Files.writeString(story, Files.readString(story).replace("title: Ministers arrive in Brussels", "title: Ministers meet in Brussels"));
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    Path other = dir.resolve("content/stories/b-second.md");
    Files.writeString(other, Files.readString(other).replace("filed in the afternoon", "filed late in the afternoon"));
    CliTest.Run edited = CliTest.run("build", "--site", dir.toString());
    assertThat(edited.code()).as(edited.err()).isZero();
    Path clean2 = dir.resolve("clean2/public");
    assertThat(CliTest.run("build", "--site", dir.toString(), "--out", clean2.toString()).code()).isZero();
    assertThat(CacheStoreTest.tree(dir.resolve("public"))).isEqualTo(CacheStoreTest.tree(clean2));
    assertThat(dir.resolve("public/2021/10/18/ministers-meet-in-brussels-2/index.html")).content().contains("filed late");
  }

  /**
   * A story given another address is kept in the cache as its file makes it, and the site graph
   * keeps the story at its address: edits of the other stories take the edit way, and every way
   * of building gives a clean build's bytes (TestSite compares them), the search index's result
   * files, which name the story's address, among them.
   */
  @Test
  void editsBesideAStoryGivenAnotherAddressTakeTheEditWay() {
    TestSite site = TestSite.of(dir, TWINS + """
        -- content/stories/c-third.md --
        ---
        title: Talks end without a deal
        date: 2021-10-18T19:00
        sources: [reuters]
        ---

        The talks ended in the evening.
        """).build();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The second text");

    site.edit("content/stories/c-third.md", "ended in the evening", "ended late in the evening").build();
    // (the preview's first rebuild goes the full way here: briefing build wrote the record of
    // published addresses after the preview's first build read the inputs)
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(site.warnings()).singleElement().extracting(w -> w.format(dir)).asString().contains("b-second.md:1");
    // the page of the day lists the story given another address at that address, as it was before the edit
    assertThat(site.html("briefings/2021-10-18/index.html").select("a[href]").eachAttr("href"))
        .contains("/2021/10/18/ministers-meet-in-brussels-2/");

    site.edit("content/stories/b-second.md", "filed in the afternoon", "filed in the early afternoon").build();
    assertThat(site.lastWay()).as("the story that was given another address is made again the full way").isEqualTo(BuildPlanner.Way.FULL);
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("early afternoon");

    site.edit("content/stories/c-third.md", "ended late in the evening", "ended in the evening").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(site.lastPreviewWay()).isEqualTo(BuildPlanner.Way.EDIT);

    // once the address is free again, the story goes back to it; the search index names it there
    site.edit("content/stories/a-first.md", "title: Ministers meet in Brussels", "title: Ministers arrive in Brussels").build();
    assertThat(site.exists("2021/10/18/ministers-meet-in-brussels-2/index.html")).isFalse();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).contains("early afternoon");
    site.edit("content/stories/c-third.md", "ended in the evening", "ended at night").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
  }

  /** The story given another address gets that address as a slug of its own: the warning that said it was moved goes. */
  @Test
  void aMovedStoryGivenItsNewAddressAsItsSlugLosesItsWarning() {
    TestSite site = TestSite.of(dir, TWINS).build();
    assertThat(site.warnings()).hasSize(1);
    site.edit("content/stories/b-second.md", "title: Ministers meet in Brussels", "title: Ministers meet in Brussels\nslug: ministers-meet-in-brussels-2")
        .build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The second text");
  }

  /**
   * Which of two stories keeps an address depends on whether the editor wrote its slug, which an
   * edit can change while the story's slug and address stay as they were (a written slug equal to
   * the headline's taken away): the placement holds the choice, so such an edit goes the full way
   * and settles the addresses again.
   */
  @Test
  void aWrittenSlugTakenAwayThatLeavesTheAddressAsItWasGivesACleanBuildsFiles() {
    TestSite site = TestSite.of(dir, TWINS).edit("content/stories/b-second.md", "title: Ministers meet in Brussels",
        "title: Ministers meet in Brussels\nslug: ministers-meet-in-brussels").build();
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).as("a written slug keeps the address, "
        + "though the headline makes the same one").contains("The second text");
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The first text");
    assertThat(site.warnings()).singleElement().extracting(w -> w.format(dir)).asString().contains("a-first.md:1");

    site.edit("content/stories/b-second.md", "\nslug: ministers-meet-in-brussels", "").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.FULL);
    assertThat(site.lastPreviewWay()).isEqualTo(BuildPlanner.Way.FULL);
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).contains("The first text");
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels-2/index.html")).contains("The second text");

    site.edit("content/stories/b-second.md", "title: Ministers meet in Brussels",
        "title: Ministers meet in Brussels\nslug: ministers-meet-in-brussels").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.FULL);
    assertThat(site.file("2021/10/18/ministers-meet-in-brussels/index.html")).contains("The second text");
  }

}
