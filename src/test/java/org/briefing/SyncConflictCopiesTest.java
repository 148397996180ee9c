package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.nio.file.Path;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sync tool (Syncthing, Dropbox, Nextcloud) keeps both versions of a file changed in two places,
 * the second under a name of its own. Such a copy of a story would be published beside the
 * original, even when the editor made the original a draft: in {@code content/} it is an error,
 * in {@code static/} it is not published and the build says so.
 */
class SyncConflictCopiesTest {
  @TempDir Path dir;

  private static final String HELD_STORY = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/open.md --
      ---
      title: An open story
      date: 2021-10-18T09:00:00+02:00
      sources: [reuters]
      ---
      Out now.
      -- content/stories/held.md --
      ---
      title: A held story
      date: 2021-10-18T10:00:00+02:00
      draft: true
      sources: [reuters]
      ---
      Not yet.
      """;

  private static final String OLD_VERSION = """
      ---
      title: A held story
      date: 2021-10-18T10:00:00+02:00
      sources: [reuters]
      ---
      The version from the other laptop.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"held.sync-conflict-20211018-101010-ABCDEFG.md", "held (conflicted copy 2021-10-18).md",
      "held (Sara's conflicted copy 2021-10-18).md", "held (conflicted copy 2021-10-18 101010).md", "held (Case Conflict).md"})
  void aConflictCopyOfAStoryIsAnErrorNotASecondStory(String copy) {
    List<Problem> errors = TestSite.of(dir, HELD_STORY + "-- content/stories/" + copy + " --\n" + OLD_VERSION).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/stories/" + copy));
      assertThat(e.message()).startsWith("this is a copy a sync tool made");
      assertThat(e.hint()).contains("keep one copy");
    });
  }

  /** The copy of a folder's defaults is not read, and may be the one that held the folder back. */
  @Test
  void aConflictCopyOfFolderDefaultsIsAnError() {
    List<Problem> errors = TestSite.of(dir, HELD_STORY + """
        -- content/stories/_defaults.yaml --
        authors: [Desk]
        -- content/stories/_defaults.sync-conflict-20211018-101010-ABCDEFG.yaml --
        draft: true
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.position().file())
        .isEqualTo(dir.resolve("content/stories/_defaults.sync-conflict-20211018-101010-ABCDEFG.yaml")));
  }

  @Test
  void aConflictCopyInStaticIsNotPublishedAndTheBuildSaysSo() {
    TestSite site = TestSite.of(dir, HELD_STORY + """
        -- static/css/extra.css --
        p { color: black; }
        -- static/css/extra.sync-conflict-20211018-101010-ABCDEFG.css --
        p { color: red; }
        -- static/css/extra (conflicted copy 2021-10-18).css --
        p { color: blue; }
        """).build();
    assertThat(site.outputPaths()).contains("css/extra.css").noneMatch(p -> p.contains("conflict"));
    assertThat(site.warnings()).extracting(w -> w.position().file().getFileName().toString() + ": " + w.message()).containsExactlyInAnyOrder(
        "extra.sync-conflict-20211018-101010-ABCDEFG.css: this is a copy a sync tool made of a file changed in two places; it is not published",
        "extra (conflicted copy 2021-10-18).css: this is a copy a sync tool made of a file changed in two places; it is not published");
  }

  @Test
  void namesThatOnlySpeakOfConflictsAreContent() {
    TestSite site = TestSite.of(dir, HELD_STORY + """
        -- content/stories/sync-conflict-in-the-baltic.md --
        ---
        title: A conflict copy of the Baltic dispute
        date: 2021-10-18T11:00:00+02:00
        sources: [reuters]
        ---
        Out now.
        -- static/files/conflicted copy rules (2021).pdf --
        rules
        """).build();
    assertThat(site.exists("2021/10/18/a-conflict-copy-of-the-baltic-dispute/index.html")).isTrue();
    assertThat(site.outputPaths()).contains("files/conflicted copy rules (2021).pdf");
    assertThat(site.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stories (conflicted copy 2021-10-18)", "stories.sync-conflict-20211018-101010-ABCDEFG",
      "stories (Sara's conflicted copy 2021-10-18)/autumn", "stories/autumn (Case Conflict)"})
  void aConflictCopyOfAFolderOfStoriesIsOneErrorNamingTheFolder(String folder) {
    List<Problem> errors = TestSite.of(dir, HELD_STORY + "-- content/" + folder + "/held.md --\n" + OLD_VERSION
        + "-- content/" + folder + "/other.md --\n" + OLD_VERSION.replace("A held story", "Another story")).buildFails();
    String copy = folder.endsWith("/autumn") ? folder.substring(0, folder.indexOf('/')) : folder;
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/" + copy));
      assertThat(e.message()).isEqualTo("this is a copy a sync tool made of a folder changed in two places; nothing in it is built");
      assertThat(e.hint()).contains("keep one copy");
    });
  }

  @Test
  void aConflictCopyOfAFolderInStaticIsNotPublishedAndTheBuildSaysSoOnce() {
    TestSite site = TestSite.of(dir, HELD_STORY + """
        -- static/images/x.txt --
        kept
        -- static/images.sync-conflict-20211018-101010-ABCDEFG/x.txt --
        old
        -- static/images.sync-conflict-20211018-101010-ABCDEFG/icons/y.txt --
        old
        -- static/css (conflicted copy 2021-10-18)/extra.css --
        p { color: red; }
        """).build();
    assertThat(site.outputPaths()).contains("images/x.txt").noneMatch(p -> p.contains("conflict"));
    assertThat(site.warnings()).extracting(w -> dir.resolve("static").relativize(w.position().file()) + ": " + w.message())
        .containsExactlyInAnyOrder(
            "images.sync-conflict-20211018-101010-ABCDEFG: this is a copy a sync tool made of a folder changed in two places; nothing in it is published",
            "css (conflicted copy 2021-10-18): this is a copy a sync tool made of a folder changed in two places; nothing in it is published");
  }

  @Test
  void foldersThatOnlySpeakOfConflictsAreContent() {
    TestSite site = TestSite.of(dir, HELD_STORY + """
        -- content/stories/sync-conflict-in-the-baltic/baltic.md --
        ---
        title: The Baltic dispute
        date: 2021-10-18T11:00:00+02:00
        sources: [reuters]
        ---
        Out now.
        -- static/files/conflicted copy rules (2021)/rules.pdf --
        rules
        """).build();
    assertThat(site.exists("2021/10/18/the-baltic-dispute/index.html")).isTrue();
    assertThat(site.outputPaths()).contains("files/conflicted copy rules (2021)/rules.pdf");
    assertThat(site.warnings()).isEmpty();
  }

  /** static/ does not publish a conflict copy, so a story's photo or an author's cannot be one: it would be published all the same. */
  @ParameterizedTest
  @ValueSource(strings = {"images/held (conflicted copy 2021-10-18).jpg", "images.sync-conflict-20211018-101010-ABCDEFG/held.jpg"})
  void aPhotoThatIsOrIsInAConflictCopyIsAnErrorAtItsLine(String copy) {
    String folder = copy.startsWith("images/") ? null : copy.substring(0, copy.indexOf('/'));
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/open.md --
        ---
        title: An open story
        date: 2021-10-18T09:00:00+02:00
        sources: [reuters]
        authors: [Ana Ruiz]
        image:
          src: /%1$s
          alt: The quay at dawn
          credit: Lea Park
        ---
        Out now.
        -- content/authors.yaml --
        Ana Ruiz:
          photo: {src: /%1$s, credit: Lea Park}
        -- static/images/held.jpg --
        image: jpeg 60x40
        -- static/%1$s --
        image: jpeg 60x40
        """.formatted(copy)).buildFails();
    String what = folder == null ? "a copy a sync tool made of a file changed in two places ('" + copy + "')"
        : "in a copy a sync tool made of a folder changed in two places ('" + folder + "')";
    assertThat(errors).extracting(e -> dir.relativize(e.position().file()) + ":" + e.position().line() + ": " + e.message()).containsExactly(
        "content/authors.yaml:2: the photo '/" + copy + "' of 'Ana Ruiz' is " + what + ", which the site never publishes",
        "content/stories/open.md:7: the image '/" + copy + "' is " + what + ", which the site never publishes");
    assertThat(errors).allSatisfy(e -> assertThat(e.hint()).contains("keep one copy"));
  }
  /** Finder, Windows and a browser copy a file under a name of their own; beside the original, such a copy is a second story. */
  @ParameterizedTest
  @ValueSource(strings = {"held copy.md", "held copy 2.md", "held - Copy.md", "held - Copy (2).md", "held (1).md"})
  void aDesktopCopyOfAStoryBesideItIsAnErrorNamingTheOriginal(String copy) {
    List<Problem> errors = TestSite.of(dir, HELD_STORY + "-- content/stories/" + copy + " --\n" + OLD_VERSION).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/stories/" + copy));
      assertThat(e.message()).isEqualTo("this is a copy a desktop made of 'held.md' beside it; it is not built");
      assertThat(e.hint()).contains("keep one");
    });
  }

  /** Names that only look like a desktop's copy, or copy no file beside them, are stories. */
  @Test
  void namesThatOnlyLookLikeADesktopCopyAreStories() {
    String story = """
        -- content/stories/%s --
        ---
        title: %s
        date: 2021-10-18T11:00:00+02:00
        sources: [reuters]
        ---
        Out now.
        """;
    TestSite site = TestSite.of(dir, HELD_STORY + story.formatted("carbon-copy.md", "Carbon copy")
        + story.formatted("2021-10-18-copy-editors-strike.md", "Copy editors strike")
        + story.formatted("the copy (draft).md", "The copy and the draft")
        + story.formatted("g7 (2021).md", "The G7 in 2021")
        + story.formatted("open (2021).md", "Open in 2021")
        + "-- static/files/held copy.txt --\ncopy\n-- static/files/held.txt --\noriginal\n").build();
    assertThat(site.exists("2021/10/18/carbon-copy/index.html")).isTrue();
    assertThat(site.exists("2021/10/18/copy-editors-strike/index.html")).isTrue();
    assertThat(site.exists("2021/10/18/the-copy-and-the-draft/index.html")).isTrue();
    assertThat(site.exists("2021/10/18/the-g7-in-2021/index.html")).isTrue();
    assertThat(site.exists("2021/10/18/open-in-2021/index.html")).isTrue();
    assertThat(site.outputPaths()).contains("files/held copy.txt", "files/held.txt");
    assertThat(site.warnings()).isEmpty();
  }
}
