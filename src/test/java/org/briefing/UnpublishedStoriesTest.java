package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft or a story dated after "now" is not published: no output file of any kind names it,
 * links to it or carries a word of it, however it is tied to the stories that are published
 * (same day, same topics, same sources, an image beside it).
 */
class UnpublishedStoriesTest {
  @TempDir Path dir;

  /** Words that occur only in the draft and the future story, in every field that reaches a page somewhere. */
  private static final Pattern MARKERS = Pattern.compile("(?i)quokka|wombat|numbat|bilby|dugong|platypus|echidna|kookaburra");

  static final String SITE = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/published.md --
      ---
      title: Ministers meet in Brussels
      date: 2021-10-18T10:00:00+02:00
      topics: [NATO, Russia]
      sources: [reuters, nato]
      ---
      Defence ministers met in Brussels on Monday to agree a new plan for the alliance.
      -- content/stories/older.md --
      ---
      title: Allies plan the meeting
      date: 2021-10-12T10:00:00+02:00
      topics: [NATO]
      sources: [reuters]
      ---
      Allies prepared the meeting of defence ministers for the following week.
      -- content/stories/quokka/index.md --
      ---
      title: Quokka plan leaks ahead of the summit
      slug: quokka-draft-story
      date: 2021-10-18T12:00:00+02:00
      draft: true
      standfirst: Wombat officials are said to be unhappy.
      summary: Numbat delegates walked out.
      topics: [NATO, Russia, Bilby affairs]
      places: [Dugongville]
      authors: [Platypus Jones]
      sources:
        - reuters
        - {name: "Echidna Gazette: the leaked plan", url: "https://echidna.example/plan", publisher: Echidna Gazette}
      image: {src: kookaburra-photo.jpg, alt: Quokka at dusk, caption: Quokka caption, credit: Wombat Photo Agency}
      why_it_matters: Numbat matters.
      key_points: [Bilby point]
      whats_next: Dugong next.
      go_deeper:
        - {title: Platypus reading, url: "https://echidna.example/reading"}
      ---
      Quokka officials met wombat envoys in Brussels. Defence ministers of NATO in Brussels agreed a
      numbat plan for the alliance.
      -- content/stories/quokka/kookaburra-photo.jpg --
      image: jpeg 60x40
      -- content/stories/future.md --
      ---
      title: Wombat summit opens next month
      slug: wombat-future-story
      date: 2021-12-02T09:00:00+01:00
      standfirst: Bilby leaders will attend.
      topics: [NATO, Platypus talks]
      sources:
        - nato
        - {name: "Dugong Herald: summit agenda", url: "https://dugong.example/agenda", publisher: Dugong Herald}
      ---
      Kookaburra delegates from NATO will meet in Brussels, where defence ministers agreed a plan.
      -- content/stories/edition-only.md --
      ---
      title: Echidna edition story
      slug: echidna-edition-only
      date: 2021-10-20T09:00:00+02:00
      draft: true
      edition: 2021-10-18
      sources: [reuters]
      ---
      Echidna text.
      """;

  /** An editor's swap and backup files left in static/ are not published, nor watched by the preview (FileTree.isScratchFile). */
  @Test
  void editorsScratchFilesInStaticAreNotPublished() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- static/notes.txt --
        Published.
        -- static/.notes.txt.swp --
        swap
        -- static/notes.swp --
        swap
        -- static/notes.txt~ --
        backup
        -- static/#notes.txt# --
        autosave
        -- static/4913 --
        probe
        -- static/files/~$report.docx --
        lock
        -- static/files/report.docx.bak --
        backup
        -- static/files/report.orig --
        merge leftover
        -- static/files/upload.tmp --
        temporary
        -- static/files/data.csv.crdownload --
        half a download
        -- static/images/Thumbs.db --
        small copies of the folder's pictures
        -- static/images/desktop.ini --
        folder settings
        -- static/files/report.pdf.part --
        half a download in Firefox
        -- static/files/notes.txt.kate-swp --
        Kate's swap
        -- static/files/notes.txt.save --
        nano's emergency save
        -- static/files/notes.txt.save.1 --
        nano's second emergency save
        """);
    // macOS keeps a folder's custom icon in a file named 'Icon' and a carriage return
    site.writeBytes("static/images/Icon\r", new byte[] {0});
    site.build();
    assertThat(site.outputPaths()).contains("notes.txt")
        .noneMatch(p -> p.endsWith(".swp") || p.endsWith("~") || p.endsWith("#") || p.equals("4913"))
        .noneMatch(p -> p.startsWith("files/") || p.startsWith("images/Thumbs") || p.startsWith("images/desktop") || p.startsWith("images/Icon"));
  }

  /**
   * An editor keeps a story open while the preview runs: the swap file beside it changes with
   * every keystroke. It is no input, so a build is up to date, and a story saved beside it takes
   * the edit way, not the full one.
   */
  @Test
  void scratchFilesBesideTheInputsAreNoInputs() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    site.write("""
        -- content/stories/.suspension.md.swp --
        swap
        -- content/stories/#reaction.md# --
        autosave
        -- static/notes.txt~ --
        backup
        """).build();
    assertThat(site.lastWay()).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.UP_TO_DATE);
    site.write("""
        -- content/stories/.suspension.md.swp --
        swap, longer now
        """).edit("content/stories/reaction.md", "Officials spoke after", "Officials spoke briefly after").build();
    assertThat(site.lastWay()).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.EDIT);
  }

  @Test
  void noOutputFileNamesOrQuotesADraftOrAFutureStory() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    List<String> paths = site.outputPaths();
    assertThat(paths).as("output files").noneMatch(p -> MARKERS.matcher(p).find() || p.contains("-story") || p.contains("edition-only"));
    assertThat(paths).as("a month with only a future story has no archive page").noneMatch(p -> p.startsWith("archive/2021/12"));
    for (String path : paths) {
      String text = new String(Files.readAllBytes(site.out().resolve(path)), StandardCharsets.UTF_8);
      assertThat(MARKERS.matcher(text).find()).as(path + " mentions an unpublished story: " + excerpt(text)).isFalse();
      assertThat(text).as(path).doesNotContain("quokka-draft-story", "wombat-future-story", "echidna-edition-only", "2021/12/02");
    }
    assertThat(site.html("2021/10/18/ministers-meet-in-brussels/").select(".related a").eachText())
        .containsExactly("Allies plan the meeting");
  }

  @Test
  void aPublishedStoryMadeADraftLeavesNoTraceOnTheNextBuild() throws Exception {
    TestSite site = TestSite.of(dir, SITE).drafts().build();
    assertThat(site.exists("2021/10/18/quokka-draft-story/index.html")).isTrue();
    site = TestSite.of(dir, "").build();
    for (String path : site.outputPaths()) {
      String text = new String(Files.readAllBytes(site.out().resolve(path)), StandardCharsets.UTF_8);
      assertThat(MARKERS.matcher(path + text).find()).as(path + " mentions an unpublished story: " + excerpt(text)).isFalse();
    }
  }

  @Test
  void aPublishedStoryPostponedLeavesNoTraceOnTheNextBuild() {
    TestSite site = TestSite.of(dir, SITE).build();
    assertThat(site.exists("2021/10/12/allies-plan-the-meeting/index.html")).isTrue();
    site.write("""
        -- content/stories/older.md --
        ---
        title: Allies plan the meeting
        date: 2021-11-12T10:00:00+02:00
        topics: [NATO]
        sources: [reuters]
        ---
        Allies prepared the meeting of defence ministers for the following week.
        """).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("allies-plan-the-meeting") || p.startsWith("2021/10/12"));
    for (String path : site.outputPaths()) {
      assertThat(site.file(path)).as(path).doesNotContain("Allies plan the meeting", "allies-plan-the-meeting");
    }
  }

  /**
   * An editor preparing an edition lists its stories before they are all out: a draft or a story
   * dated later that belongs to the edition is passed over until it is published, then takes its
   * place; an edition file whose stories all wait is no mistake.
   */
  @Test
  void anEditionFileMayListStoriesOfItsEditionThatAreNotPublishedYet() {
    TestSite site = TestSite.of(dir, SITE + """
        -- content/editions/2021-10-18.md --
        ---
        stories: [echidna-edition-only, quokka-draft-story, ministers-meet-in-brussels]
        ---
        -- content/editions/2021-12-02.md --
        ---
        title: The summit
        stories: [wombat-future-story]
        ---
        """).build();
    assertThat(site.warnings()).as("warnings").noneMatch(p -> p.message().contains("edition"));
    assertThat(site.html("briefings/2021-10-18/").select("main h2 a, main h3 a").eachText()).contains("Ministers meet in Brussels");
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("2021-12-02"));

    site.edit("content/stories/published.md", "agree a new plan", "agree a newer plan").build();
    List<String> order = site.drafts().future().build().html("briefings/2021-10-18/").select("main article h2, main article h3").eachText();
    assertThat(order).as("the edition's stories once the drafts are published")
        .containsSubsequence("Echidna edition story", "Quokka plan leaks ahead of the summit", "Ministers meet in Brussels");
    assertThat(site.exists("briefings/2021-12-02/index.html")).isTrue();
  }

  /** A listed slug that no story has, published or waiting, or a waiting story of another edition's, is still an error. */
  @Test
  void anEditionFileListingAStoryOfAnotherEditionOrNoneIsStillAnError() {
    List<org.briefing.problem.Problem> errors = TestSite.of(dir, SITE + """
        -- content/editions/2021-10-18.md --
        ---
        stories: [ministers-meet-in-brussels, wombat-future-story, no-such-story]
        ---
        """).buildFails();
    assertThat(errors).extracting(org.briefing.problem.Problem::message)
        .containsExactlyInAnyOrder("no story of this edition has the slug 'wombat-future-story'", "no story of this edition has the slug 'no-such-story'");
  }

  /**
   * The file of an edition whose stories are all still to come is checked at once against them: a
   * misspelt slug found only on the edition's day would stop the build that publishes them.
   */
  @Test
  void anEditionFileOfADayToComeIsCheckedAgainstItsStoriesAtOnce() {
    List<org.briefing.problem.Problem> errors = TestSite.of(dir, SITE + """
        -- content/editions/2021-12-02.md --
        ---
        title: The summit
        stories:
          - wombat-future-story
          - wombat-futur-story
        ---
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/editions/2021-12-02.md"));
      assertThat(e.position().line()).isEqualTo(5);
      assertThat(e.message()).isEqualTo("no story of this edition has the slug 'wombat-futur-story'");
      assertThat(e.hint()).isEqualTo("use one of: wombat-future-story");
    });
  }

  /** A listed story that fails to read is reported once, at its own error, not again as missing from the edition. */
  @Test
  void aListedStoryWithAnErrorIsNotReportedMissingFromItsEditionToo() {
    List<org.briefing.problem.Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("date: 2021-10-18T18:00:00+02:00", "date: 2021-10-18T25:00:00+02:00") + """
        -- content/editions/2021-10-18.md --
        ---
        stories: [allies-regret-the-decision, russia-suspends-its-mission-to-nato]
        ---
        """).buildFails();
    assertThat(errors).extracting(p -> p.position().file()).containsExactly(dir.resolve("content/stories/reaction.md"));
  }

  @Test
  void draftsAndFutureStoriesArePublishedWhenAsked() {
    TestSite site = TestSite.of(dir, SITE).drafts().future().build();
    assertThat(site.exists("2021/10/18/quokka-draft-story/index.html")).isTrue();
    assertThat(site.exists("2021/10/18/quokka-draft-story/kookaburra-photo.jpg")).isTrue();
    assertThat(site.exists("2021/12/02/wombat-future-story/index.html")).isTrue();
  }

  private static String excerpt(String text) {
    java.util.regex.Matcher m = MARKERS.matcher(text);
    return m.find() ? "…" + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80)) + "…" : "";
  }
}
