package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link in static/ to another file of static/ is that file, for every use of it: the static copy
 * publishes it at the link's path, as a story's photo through the same link is published, and a
 * menu, the site's own _redirects and an author's photo may name it. Until 7 December 2026 the
 * static copy left it out with the warning "skipped a symbolic link", while the story's photo
 * through it was published. A link to any other file of the site (a hidden .env, briefing.yaml, a
 * draft) is not published, and one that leads out of the site stays refused (OutsideTheSiteTest).
 */
class StaticFileLinksTest {
  @TempDir Path dir;

  @Test
  void aLinkInStaticToAFileInsideTheSiteIsPublishedAsTheFileItLeadsTo() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- static/shared/report.txt --
        The annual report.
        -- static/shared/redirects --
        /old-report /files/report.txt 301
        -- static/shared/ana.png --
        image: png 40x30 seed 2
        -- content/authors.yaml --
        Ana Berg:
          photo: {src: /people/ana.png, credit: Jane Doe}
        """);
    site.edit("briefing.yaml", "publisher:", "menu:\n  - {name: Report, url: /files/report.txt}\npublisher:");
    site.edit("content/stories/suspension.md", "src: /images/flag.png", "src: /images/link.png");
    site.edit("content/stories/reaction.md", "topics: [NATO]", "topics: [NATO]\naliases: [/old/reaction/]");
    Files.createSymbolicLink(dir.resolve("static/images/link.png"), Path.of("flag.png"));
    Files.createDirectories(dir.resolve("static/files"));
    Files.createSymbolicLink(dir.resolve("static/files/report.txt"), Path.of("../shared/report.txt"));
    Files.createSymbolicLink(dir.resolve("static/_redirects"), Path.of("shared/redirects"));
    Files.createDirectories(dir.resolve("static/people"));
    Files.createSymbolicLink(dir.resolve("static/people/ana.png"), Path.of("../shared/ana.png"));
    site.build();

    assertThat(site.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("link"));
    assertThat(site.file("files/report.txt")).isEqualTo("The annual report.\n");
    assertThat(site.outputPaths()).contains("images/flag.png", "images/link.png", "people/ana.png");
    assertThat(site.html("2021/10/18/russia-suspends-its-mission-to-nato/").select("figure.lead-image img").attr("src"))
        .isEqualTo("/images/link.png");
    assertThat(site.html("authors/ana-berg/").select("img[src$=ana.png]")).hasSize(1);
    assertThat(site.html("index.html").select("header a[href$=report.txt]")).hasSize(1);
    assertThat(site.file("_redirects")).contains("/old-report /files/report.txt 301", "/old/reaction/");

    // the file the link leads to is edited: every way of building sees it, as a clean build does
    site.edit("static/shared/report.txt", "annual", "revised annual").build();
    assertThat(site.file("files/report.txt")).isEqualTo("The revised annual report.\n");
  }

  /**
   * A link in static/ to a file of the site outside static/, or to a hidden one, would publish what
   * no editor put into static/: the site's secrets (.env, .git/config), its settings, a draft's
   * text. Such a link is left out with a warning that names where it leads; a story's photo through
   * a link is published as before, its bytes being checked as a picture's.
   */
  @Test
  void aLinkInStaticToAFileOutsideStaticOrAHiddenOneIsNotPublished() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- .env --
        SMTP_PASSWORD=hunter2
        -- .git/config --
        [remote "origin"]
        -- static/.private/notes.txt --
        not for readers
        -- shared/report.txt --
        The annual report.
        """);
    Map<String, String> links = new java.util.LinkedHashMap<>();
    links.put("static/env.txt", "../.env");
    links.put("static/git.txt", "../.git/config");
    links.put("static/settings.txt", "../briefing.yaml");
    links.put("static/draft.txt", "../content/stories/reaction.md");
    links.put("static/report.txt", "../shared/report.txt");
    links.put("static/notes.txt", ".private/notes.txt");
    for (Map.Entry<String, String> link : links.entrySet()) {
      Files.createSymbolicLink(dir.resolve(link.getKey()), Path.of(link.getValue()));
    }
    site.build();

    for (Map.Entry<String, String> link : links.entrySet()) {
      String published = link.getKey().substring("static/".length());
      assertThat(site.outputPaths()).as(link.getKey()).doesNotContain(published);
      assertThat(site.warnings()).as(link.getKey()).filteredOn(w -> w.position().file().equals(dir.resolve(link.getKey())))
          .singleElement().satisfies(w -> assertThat(w.message()).contains("is a link to " + link.getValue(), "not published"));
    }
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("private"));
  }

  /** An author's photo through a link is published by static/: one to a file outside static/ would be a picture that is not there. */
  @Test
  void anAuthorsPhotoThroughALinkOutOfStaticIsRefused() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- shared/ana.png --
        image: png 40x30 seed 2
        -- content/authors.yaml --
        Ana Berg:
          photo: {src: /people/ana.png, credit: Jane Doe}
        """);
    Files.createDirectories(dir.resolve("static/people"));
    Files.createSymbolicLink(dir.resolve("static/people/ana.png"), Path.of("../../shared/ana.png"));
    assertThat(site.buildFails()).extracting(Problem::message)
        .anyMatch(m -> m.contains("the photo '/people/ana.png' of 'Ana Berg' is a link to a file that is no file of static/"));
  }

  /** A link to a folder is not followed in static/ (the build would not see its files change): its files are left out, with a warning that says so. */
  @Test
  void aLinkToAFolderInStaticIsNamedAsSuchAndItsFilesAreLeftOut() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- shared/docs/report.txt --
        The annual report.
        """);
    Files.createSymbolicLink(dir.resolve("static/docs"), Path.of("../shared/docs"));
    site.build();
    assertThat(site.outputPaths()).noneMatch(p -> p.startsWith("docs"));
    List<Problem> warnings = site.warnings().stream().filter(w -> w.position().file().equals(dir.resolve("static/docs"))).toList();
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.message()).isEqualTo("skipped a link to a folder in static/: the files in it are not published");
      assertThat(w.hint()).contains("copy the folder itself into static/");
    });
  }
}
