package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a build writes is checked against every other before anything is written: a path that
 * is a file for one input and a folder for another fails the build naming the input, and paths that
 * differ only in case (one file on macOS, Windows and many web hosts) are reported.
 */
class OutputPathClashesTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + """
      -- content/stories/talks.md --
      ---
      title: Ministers agree to extend the grain corridor
      date: 2021-10-18T09:00
      sources: [{name: Reuters}]
      ---
      Ministers agreed.
      -- content/pages/about.md --
      ---
      title: About
      ---
      The desk.
      """;

  @Test
  void aStaticFileWhereTheSiteMakesAFolderIsAnErrorNamingItAndTheRebuildChangesNothing() throws Exception {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/downloads/report.txt --
        The report.
        """).build();
    site.write("""
        -- static/2021 --
        Not a folder.
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.position().file()).isEqualTo(dir.resolve("static/2021"));
      assertThat(error.message()).startsWith("static/2021 would be written to 2021, which is a folder of a file the site makes (2021/");
    });
  }

  @Test
  void aStaticFolderWhereTheSiteMakesAFileIsAnError() {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/robots.txt/old.txt --
        An old file.
        """);
    assertThat(site.buildFails()).extracting(Problem::message).containsExactly(
        "static/robots.txt/old.txt would be written to robots.txt/old.txt, inside robots.txt, which is a file the site makes");
  }

  @Test
  void aStaticFileThatDiffersFromAGeneratedFileOnlyInCaseIsNotPublishedAndWarnedOf() {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/FEED.XML --
        <feed/>
        -- static/Notes.txt --
        Notes.
        """).build();
    assertThat(site.exists("FEED.XML")).isFalse();
    assertThat(site.exists("Notes.txt")).isTrue();
    assertThat(site.warnings()).extracting(p -> p.position().file().getFileName() + ": " + p.message()).containsExactly(
        "FEED.XML: static/FEED.XML would be written to FEED.XML, which differs only in case from feed.xml, a file the site makes:"
            + " one file on disks and hosts that ignore case (macOS, Windows, many web hosts); it is not published");
  }

  /** helper-102: café.txt written with é as one character and as e and an accent; readers and macOS see one name. */
  @Test
  void twoStaticFilesWhoseNamesDifferOnlyInHowAnAccentIsEncodedArePublishedOnceAndWarnedOf() {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/files/caf\u00e9.txt --
        One.
        -- static/files/cafe\u0301.txt --
        Two.
        -- static/files/\u03bb\u03bf\u03b3\u03bf\u03c2.txt --
        Final sigma.
        -- static/files/\u03bb\u03bf\u03b3\u03bf\u03c3.txt --
        Medial sigma at the end.
        -- static/files/stra\u00dfe.txt --
        Sharp s.
        -- static/files/strasse.txt --
        Two s, another name.
        -- static/files/5\u00b5m.txt --
        Micro sign.
        -- static/files/5\u03bcm.txt --
        Mu.
        -- static/files/\u0131d.txt --
        Dotless i, another name.
        -- static/files/id.txt --
        Dotted i.
        """).build();
    assertThat(site.exists("files/caf\u00e9.txt") ^ site.exists("files/cafe\u0301.txt")).isTrue();
    assertThat(site.exists("files/stra\u00dfe.txt") && site.exists("files/strasse.txt")).isTrue();
    assertThat(site.exists("files/\u0131d.txt") && site.exists("files/id.txt")).isTrue();
    assertThat(site.exists("files/5\u00b5m.txt") ^ site.exists("files/5\u03bcm.txt")).isTrue();
    assertThat(site.warnings()).hasSize(3).allSatisfy(w -> assertThat(w.message()).contains("it is not published"))
        .anySatisfy(w -> assertThat(w.message()).contains("only in case or in how a letter is written"))
        .anySatisfy(w -> assertThat(w.message()).contains("\u03bb\u03bf\u03b3\u03bf"));
  }

  @Test
  void anAliasThatDiffersFromAPageOnlyInCaseIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, SITE.replace("sources: [{name: Reuters}]", "sources: [{name: Reuters}]\naliases: [/About/]"));
    assertThat(site.buildFails()).singleElement().satisfies(error -> {
      assertThat(error.position().line()).isEqualTo(5);
      assertThat(error.message()).startsWith("the alias '/About/' would be written to About/index.html, which differs only in case from "
          + "about/index.html, the address of the page " + dir.resolve("content/pages/about.md"));
    });
  }

  /** A rebuild deletes the files that leave before it writes: a static file may become a folder of the same name. */
  @Test
  void aStaticFileThatBecomesAFolderOfTheSameNameIsRebuilt() throws Exception {
    TestSite site = TestSite.of(dir, SITE + """
        -- static/files/guide --
        The guide, one file.
        """).build();
    Files.delete(dir.resolve("static/files/guide"));
    site.write("""
        -- static/files/guide/part-1.txt --
        The guide, first part.
        """).build();
    assertThat(site.file("files/guide/part-1.txt")).isEqualTo("The guide, first part.\n");
    Files.delete(dir.resolve("static/files/guide/part-1.txt"));
    Files.delete(dir.resolve("static/files/guide"));
    site.write("""
        -- static/files/guide --
        The guide, one file again.
        """).build();
    assertThat(site.file("files/guide")).isEqualTo("The guide, one file again.\n");
  }
}
