package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path dir;

  private List<Problem> fails(String spec) {
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + spec).buildFails();
  }

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  /** A weekly edition file named after another day than a Monday names that day and the Monday to use. */
  @Test
  void aWeeklyEditionFileNamedAfterAThursdayNamesTheDayAndItsMonday() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("language: en", "language: en\neditions: weekly") + """
        -- content/editions/2021-10-07.md --
        ---
        title: The week
        ---
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/editions/2021-10-07.md"));
      assertThat(e.message()).isEqualTo("weekly editions are named after their Monday, and 2021-10-07 is a Thursday");
      assertThat(e.hint()).contains("2021-10-04.md");
    });
  }

  @Test
  void twoFilesForOneEditionAreAnErrorNamingBoth() {
    // the .markdown file's title, note and order were left out without a word
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday's briefing
        ---
        -- content/editions/2021-10-18.markdown --
        ---
        title: The briefing of Monday
        ---
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file().getFileName().toString()).isIn("2021-10-18.md", "2021-10-18.markdown");
      assertThat(e.message()).startsWith("the edition of 2021-10-18 has another file, 2021-10-18.");
      assertThat(e.message()).contains(e.position().file().getFileName().toString().endsWith(".md") ? ".markdown" : ".md,");
    });
  }

  @Test
  void aYamlSyntaxErrorIsReportedAtItsLineInTheWholeFile() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: Fine
        date: 2021-10-18
        sources: [reuters
        topics: [x]
        ---
        Body.
        """);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).startsWith("YAML syntax error");
    assertThat(errors.get(0).position().line()).isBetween(5, 6);
    assertThat(errors.get(0).position().file().getFileName().toString()).isEqualTo("a.md");
    assertThat(errors.get(0).hint()).isNotBlank();
  }

  @Test
  void missingOrMalformedTitleAndDateAreNamedWithTheirLine() {
    List<Problem> errors = fails("""
        -- content/no-title.md --
        ---
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- content/bad-date.md --
        ---
        title: A story
        sources: [reuters]
        date: 18/10/2021
        ---
        Body.
        -- content/no-date.md --
        ---
        title: Another story
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("bad-date.md:4", "no-date.md:2", "no-title.md:2");
    assertThat(errors.get(0).message()).contains("'date' is not a date: '18/10/2021'");
    assertThat(errors.get(1).message()).contains("'date' is missing");
    assertThat(errors.get(2).message()).contains("'title' is missing");
  }

  /** A wrong value in a folder's defaults was reported at a line of each story of the folder, where it is not. */
  @Test
  void aWrongValueInFolderDefaultsIsReportedWhereItIsWrittenOnce() {
    List<Problem> errors = fails("""
        -- content/wire/_defaults.yaml --
        sources: [reuters]
        draft: yes
        -- content/wire/a.md --
        ---
        title: First
        date: 2021-10-18T09:00:00+02:00
        ---
        One.
        -- content/wire/b.md --
        ---
        title: Second
        date: 2021-10-18T10:00:00+02:00
        ---
        Two.
        """);
    assertThat(errors).singleElement().satisfies(e -> assertThat(where(e) + " " + e.message())
        .isEqualTo("_defaults.yaml:2 'draft' must be true or false, not 'yes'"));
  }

  /**
   * A warning about a value of the defaults is placed in the defaults file, and moves with its
   * line: a rebuild after a line is added above it gives the clean build's warnings.
   */
  @Test
  void aWarningAboutAFolderDefaultFollowsItsLineThroughRebuilds() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/wire/_defaults.yaml --
        sources: [{name: News Agencies}]
        -- content/wire/a.md --
        ---
        title: First
        date: 2021-10-18T09:00:00+02:00
        ---
        One.
        """).build();
    assertThat(site.warnings()).extracting(BadInputTest::where).containsExactly("_defaults.yaml:1");
    site.write("""
        -- content/wire/_defaults.yaml --
        # the agency copy of the night desk
        sources: [{name: News Agencies}]
        """).build();
    assertThat(site.warnings()).extracting(BadInputTest::where).containsExactly("_defaults.yaml:2");
  }

  @Test
  void anUnknownSourceIdIsReportedAtItsListItem() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources:
          - reuters
          - routers
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:6");
    assertThat(errors.get(0).message()).isEqualTo("unknown source id 'routers'");
    assertThat(errors.get(0).hint()).contains("reuters", "nato");
  }

  @Test
  void theDayASourceWasReadIsADay() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources:
          - {name: NATO, url: "https://www.nato.int/", accessed: 2021-10-18}
          - {name: Wire, accessed: 2021-10-81}
          - {name: Agency, accessed: last week}
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:6", "a.md:7");
    assertThat(errors.get(0).message()).isEqualTo("'accessed' is not a date: '2021-10-81'");
    assertThat(errors.get(1).message()).isEqualTo("'accessed' is not a date: 'last week'");
  }

  @Test
  void keyPointsThatAskForAutomaticOnesAreAnErrorNotABulletReadingAuto() {
    // helper-82: 'key_points: auto' in a story was published as one key point, "auto"
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources: [reuters]
        key_points: auto
        ---
        Body.
        -- content/b.md --
        ---
        title: Another story
        date: 2021-10-18
        sources: [reuters]
        key_points: true
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactlyInAnyOrder("a.md:5", "b.md:5");
    assertThat(errors).allSatisfy(e -> assertThat(e.hint()).contains("list", "key_points: true", "briefing.yaml"));
  }

  @Test
  void twoSlugsWrittenForOneAddressNameBothFiles() {
    // two headlines that make the same slug are both published (AddressesTest); two written slugs are the editor's to settle
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: One headline
        slug: talks
        date: 2021-10-18T10:00
        sources: [reuters]
        ---
        One.
        -- content/b.md --
        ---
        title: Another headline
        slug: talks
        date: 2021-10-18T12:00
        sources: [reuters]
        ---
        Two.
        """);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file().toString()).endsWith("b.md");
    assertThat(errors.get(0).message()).contains("a.md").contains("/2021/10/18/talks/");
    assertThat(errors.get(0).hint()).contains("slug:");
  }

  @Test
  void aMissingImageAndAnImagePathLeavingTheSiteAreErrors() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: Missing
        date: 2021-10-18
        sources: [reuters]
        image: {src: /images/nope.jpg, credit: X/Y}
        ---
        Body.
        -- content/b.md --
        ---
        title: Escaping
        date: 2021-10-18
        sources: [reuters]
        image: {src: ../../etc/passwd, credit: X/Y}
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:5", "b.md:5");
    assertThat(errors.get(0).message()).contains("does not exist");
    assertThat(errors.get(1).message()).contains("leads outside");
  }

  /**
   * A build neither watches nor publishes a file named like an editor's scratch file: a page that
   * showed one would show a broken image, and keep its old size after the file changed.
   */
  @Test
  void aPhotoNamedLikeAnEditorsScratchFileIsAnErrorAtItsField() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: Backup
        date: 2021-10-18
        sources: [reuters]
        image: {src: /images/harbour.png~, credit: X/Y}
        ---
        Body.
        -- static/images/harbour.png~ --
        image: png 80x60
        -- content/b.md --
        ---
        title: Lock
        date: 2021-10-18
        sources: [reuters]
        image: {src: pier.png.swp, credit: X/Y}
        ---
        Body.
        -- content/pier.png.swp --
        image: png 80x60
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:5", "b.md:5");
    assertThat(errors).allSatisfy(p -> assertThat(p.message()).contains("scratch"));
  }

  @Test
  void aSlugThatWouldEscapeTheOutputIsRefused() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: Escape
        date: 2021-10-18
        slug: ../../../tmp/owned
        sources: [reuters]
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:4");
    assertThat(errors.get(0).message()).contains("cannot be used in a URL");
  }

  private static void mkfifo(Path path) throws Exception {
    Files.createDirectories(path.getParent());
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0, "mkfifo");
  }

  /**
   * A named pipe named like a story was left out without a word, and one at sources.yaml,
   * a _defaults.yaml or briefing.yaml kept the build waiting for a program to write into it.
   */
  @Test
  void aNamedPipeAmongTheInputsIsAnErrorNamingItNotASilentSkipOrAWaitForEver() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    site.build();
    for (String path : List.of("content/stories/pipe.md", "content/pages/about.md", "content/editions/2021-10-18.md",
        "content/_defaults.yaml", "content/sources.yaml", "briefing.yaml")) {
      Path pipe = dir.resolve(path);
      Path kept = dir.resolve("kept");
      if (Files.exists(pipe)) {
        Files.move(pipe, kept);
      }
      mkfifo(pipe);
      List<Problem> errors = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), site::buildFails);
      assertThat(errors).as(path).filteredOn(e -> e.position().file().equals(pipe)).singleElement().satisfies(e -> {
        assertThat(e.message()).startsWith("this is a named pipe (FIFO), not a file");
        assertThat(e.hint()).contains("replace it with the file itself");
      });
      Files.delete(pipe);
      if (Files.exists(kept)) {
        Files.move(kept, pipe);
      }
    }
    // a pipe of another name in content/ is no input, as a text file of that name is not
    mkfifo(dir.resolve("content/stories/notes.txt"));
    site.build();
  }

  /**
   * A named pipe in static/ was left out of the site without a word, and one in templates/ (named
   * like a theme file, a partial or an asset) made the build use the theme's file instead, or
   * nothing. Each is an error naming it, on every way a build goes; a link in static/ to a pipe
   * elsewhere in the site too. A hidden one, or one named like an editor's scratch file, is no input.
   */
  @Test
  void aNamedPipeInStaticOrTemplatesIsAnErrorNamingItNotASilentSkip() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- templates/parts/note.ftl --
        <p>A note.</p>
        """);
    site.build();
    for (String path : List.of("static/files/pipe.txt", "static/images/flag.png", "templates/article.ftlh", "templates/parts/note.ftl",
        "templates/assets/extra.css", "static/files/piped.txt")) {
      Path pipe = dir.resolve(path);
      Path kept = dir.resolve("kept");
      if (Files.exists(pipe)) {
        Files.move(pipe, kept);
      }
      if (path.equals("static/files/piped.txt")) {
        mkfifo(dir.resolve("shared/pipe"));
        Files.createSymbolicLink(pipe, Path.of("../../shared/pipe"));
      } else {
        mkfifo(pipe);
      }
      List<Problem> errors = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), site::buildFails);
      if (path.equals("static/images/flag.png")) {
        // a story's photo: at the line that names it
        assertThat(errors).filteredOn(e -> where(e).equals("suspension.md:14")).singleElement().satisfies(e -> {
          assertThat(e.message()).startsWith("the image '/images/flag.png' is a named pipe (FIFO), not a file (").contains(path);
          assertThat(e.hint()).contains("replace it with the photo file itself");
        });
      } else {
        assertThat(errors).as(path).filteredOn(e -> e.position().file().equals(pipe)).singleElement().satisfies(e -> {
          assertThat(e.message()).startsWith(path.endsWith("piped.txt") ? "this is a link to a named pipe (FIFO), not a file"
              : "this is a named pipe (FIFO), not a file");
          assertThat(e.hint()).contains("replace it with the file itself");
        });
      }
      Files.delete(pipe);
      if (Files.exists(kept)) {
        Files.move(kept, pipe);
      }
      site.build();
    }
    mkfifo(dir.resolve("static/.pipe"));
    mkfifo(dir.resolve("templates/article.ftlh.swp"));
    site.build();
  }

  @Test
  void textThatIsNotUtf8IsReportedWithItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    site.writeBytes("content/latin1.md", "---\ntitle: Caf\u00e9\ndate: 2021-10-18\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(BadInputTest::where).containsExactly("latin1.md:2");
    assertThat(errors.get(0).message()).contains("not valid UTF-8");
    assertThat(errors.get(0).hint()).contains("UTF-8");
  }

  /** A story saved as UTF-16 was told to convert from windows-1252, which gives letters with a NUL between each. */
  @Test
  void aStorySavedAsUtf16IsNamedSoWithTheConversionThatFitsIt() {
    String story = "---\ntitle: Caf\u00e9 talks\ndate: 2021-10-18\nsources: [reuters]\n---\nThe ministers met.\n";
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    record Saved(String name, byte[] bytes, String encoding, String iconv) {}
    for (Saved saved : List.of(
        new Saved("le.md", ("\uFEFF" + story).getBytes(StandardCharsets.UTF_16LE), "UTF-16 (with a byte-order mark)", "iconv -f UTF-16 -t UTF-8"),
        new Saved("be.md", story.getBytes(StandardCharsets.UTF_16), "UTF-16 (with a byte-order mark)", "iconv -f UTF-16 -t UTF-8"),
        new Saved("bare.md", story.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", "iconv -f UTF-16LE -t UTF-8"),
        new Saved("wide.md", ("\uFEFF" + story).getBytes(java.nio.charset.Charset.forName("UTF-32LE")), "UTF-32 (with a byte-order mark)",
            "iconv -f UTF-32 -t UTF-8"))) {
      site.writeBytes("content/" + saved.name(), saved.bytes());
      assertThat(site.buildFails()).as(saved.name()).singleElement().satisfies(e -> {
        assertThat(where(e) + ":" + e.position().column()).isEqualTo(saved.name() + ":1:1");
        assertThat(e.message()).isEqualTo("the file is saved as " + saved.encoding() + ", not UTF-8");
        assertThat(e.hint()).contains(saved.iconv()).doesNotContain("windows-1252");
      });
      site.delete("content/" + saved.name());
    }
    // the same story in UTF-8 builds
    site.writeBytes("content/utf8.md", story.getBytes(StandardCharsets.UTF_8));
    site.build();
  }

  @Test
  void aTemplateErrorNamesTheTemplateAndLine() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- templates/topics.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <h1>${no.such.value}</h1>
        </@l.frame>
        """);
    assertThat(errors).hasSize(1);
    assertThat(where(errors.get(0))).isEqualTo("topics.ftlh:3");
    assertThat(errors.get(0).message()).contains("template error");
  }

  @Test
  void aTemplateSyntaxErrorNamesTheTemplateAndLine() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        -- templates/archive.ftlh --
        <p>fine</p>
        <#if>
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("archive.ftlh:2");
  }

  @Test
  void aSyntaxErrorInATemplateOfManyPagesIsReportedOnceAsSuch() {
    // the template engine fails every page after the first with "an error on an earlier attempt"
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: A story
        date: 2021-10-18
        topics: [Energy, Trade, Security]
        sources: [reuters]
        ---
        Body.
        -- templates/topic.ftlh --
        <p>fine</p>
        <#list>
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("topic.ftlh:2");
    assertThat(errors.get(0).message()).startsWith("template syntax error");
  }

  @Test
  void aSyntaxErrorInAnImportedOrIncludedTemplateIsReportedAtItsOwnLine() {
    // it was reported at the line that imports it, as an error of an expression, with a hint about missing values
    for (String use : List.of("<#import \"lib/macros.ftlh\" as m>", "<#include \"lib/macros.ftlh\">")) {
      List<Problem> errors = fails("""
          -- content/a.md --
          ---
          title: A story
          date: 2021-10-18
          sources: [reuters]
          ---
          Body.
          -- templates/lib/macros.ftlh --
          <#macro shown>fine</#macro>
          <#macro broken>${oops</#macro>
          -- templates/archive.ftlh --
          %s
          <p>fine</p>
          """.formatted(use));
      assertThat(errors).as(use).extracting(BadInputTest::where).containsExactly("macros.ftlh:2");
      assertThat(errors.get(0).message()).as(use).startsWith("template syntax error");
      assertThat(errors.get(0).hint()).as(use).doesNotContain("missing");
    }
  }

  @Test
  void strictAttributionRejectsStoriesWithoutSourcesAndPhotosWithoutCredit() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: No sources
        date: 2021-10-18
        ---
        Body.
        -- content/b.md --
        ---
        title: No credit
        date: 2021-10-18
        sources: [reuters]
        image: {src: "", caption: A photo}
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:2", "b.md:5");
    assertThat(errors.get(0).message()).contains("names no sources");
    assertThat(errors.get(1).message()).contains("no credit");
  }

  @Test
  void warnAttributionBuildsWithWarnings() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("language: en", "language: en\nattribution: warn") + """
        -- content/a.md --
        ---
        title: No sources
        date: 2021-10-18
        ---
        Body.
        """).build();
    assertThat(site.warnings()).extracting(Problem::message).containsExactly("the story 'No sources' names no sources");
    assertThat(site.exists("2021/10/18/no-sources/index.html")).isTrue();
  }

  @Test
  void aCreditedImageWithoutAFileYetIsAccepted() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: Imported story
        date: 2021-10-18
        sources: [reuters]
        image: {src: "", caption: Police at the scene., credit: Jane Roe/Agency}
        ---
        Body.
        """).build();
    // the credit waits in the front matter with its photo: neither is shown until the file exists
    assertThat(site.html("2021/10/18/imported-story/").select(".photo-credit, figure")).isEmpty();
  }

  @Test
  void allProblemsOfABuildAreReportedTogetherAndTheOldOutputStays() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/good.md --
        ---
        title: Good
        date: 2021-10-18
        sources: [reuters]
        ---
        Body.
        """).build();
    String before = site.file("index.html");
    site.write("""
        -- content/bad1.md --
        ---
        title: Bad one
        ---
        Body.
        -- content/bad2.md --
        ---
        date: 2021-10-18
        ---
        Body.
        -- briefing.yaml --
        title: Test
        editions: monthly
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(BadInputTest::where).containsExactlyInAnyOrder("bad1.md:2", "bad2.md:2", "briefing.yaml:2");
    assertThat(Files.readString(site.out().resolve("index.html"))).isEqualTo(before);
  }

  @Test
  void aFileWithoutFrontMatterSaysWhatToAdd() {
    List<Problem> errors = fails("""
        -- content/plain.md --
        Just some text.
        """);
    assertThat(errors.get(0).message()).contains("does not start with a front-matter block");
    assertThat(errors.get(0).hint()).contains("title:");
  }

  /** TOML front matter got "the file does not start with a front-matter block", which did not say why. */
  @Test
  void tomlFrontMatterIsNamedAsTomlWithTheYamlToWriteInstead() {
    List<Problem> errors = fails("""
        -- content/toml.md --
        +++
        title = "Talks resume"
        date = 2021-10-18
        +++
        Text.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("toml.md:1");
    assertThat(errors.get(0).message())
        .isEqualTo("the front matter is TOML (between '+++' lines), which Briefing does not read: its front matter is YAML between '---' lines");
    assertThat(errors.get(0).hint()).contains("'title = \"Talks resume\"' becomes 'title: Talks resume'");
    // an edition file without a front-matter block is its note alone; one in TOML is refused, not published as the note
    List<Problem> edition = TestSite.of(dir.resolve("edition"), Fixtures.TWO_EDITIONS + """
        -- content/editions/2021-10-18.md --
        +++
        title = "The Monday briefing"
        +++
        A busy day.
        """).buildFails();
    assertThat(edition).extracting(BadInputTest::where).containsExactly("2021-10-18.md:1");
    assertThat(edition.get(0).message()).startsWith("the front matter is TOML");
  }

  @Test
  void aDuplicateFieldIsAnError() {
    List<Problem> errors = fails("""
        -- content/a.md --
        ---
        title: One
        date: 2021-10-18
        title: Two
        ---
        Body.
        """);
    assertThat(errors).extracting(BadInputTest::where).containsExactly("a.md:4");
    assertThat(errors.get(0).message()).contains("'title' is given twice");
  }
}
