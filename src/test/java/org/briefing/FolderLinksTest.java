package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build lists its inputs without following links to folders in content/ and static/, so a
 * photo reached through such a link could change unseen: a rebuild said "up to date" and kept the
 * old picture and its sizes. Such a photo is an error at the line that names it.
 */
class FolderLinksTest {
  @TempDir Path dir;
  private Path site;

  @BeforeEach
  void siteWithAPhotoStore() throws Exception {
    site = dir.resolve("site");
    TestSite.of(site, Fixtures.TWO_EDITIONS);
    Files.createDirectories(site.resolve("photo-store"));
    Files.move(site.resolve("static/images/flag.png"), site.resolve("photo-store/flag.png"));
  }

  private CliTest.Run failsSaying(String file, String... words) {
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(file).contains("a link to a folder").contains(words).doesNotContain("Exception");
    assertThat(site.resolve("public")).doesNotExist();
    return run;
  }

  @Test
  void aStoryPhotoInAFolderOfStaticThatIsALinkIsRefusedAtItsLine() throws Exception {
    Files.delete(site.resolve("static/images"));
    Files.createSymbolicLink(site.resolve("static/images"), Path.of("../photo-store"));
    // image.src is on line 14 of the story's file
    failsSaying("content/stories/suspension.md:14", "'/images/flag.png'", "static/images");
  }

  @Test
  void aStoryPhotoNextToItThroughALinkToAFolderIsRefused() throws Exception {
    Files.createSymbolicLink(site.resolve("content/stories/pics"), Path.of("../../photo-store"));
    Path story = site.resolve("content/stories/suspension.md");
    Files.writeString(story, Files.readString(story).replace("src: /images/flag.png", "src: pics/flag.png"));
    failsSaying("content/stories/suspension.md:14", "content/stories/pics");
  }

  /**
   * A photo's folder becomes a link after a build that published it (the folder renamed, a link
   * to it left in its place; the photo keeps its size and times): the rebuild refuses it at its
   * line as a clean build does, and leaves the output as it was.
   */
  @Test
  void aPhotoFolderThatBecomesALinkAfterABuildIsRefusedByTheRebuild() throws Exception {
    Files.copy(site.resolve("photo-store/flag.png"), site.resolve("static/images/flag.png"));
    assertThat(CliTest.run("build", "--site", site.toString()).code()).isZero();
    var before = CacheStoreTest.tree(site.resolve("public"));
    Files.move(site.resolve("static/images"), site.resolve("static/real-images"));
    Files.createSymbolicLink(site.resolve("static/images"), Path.of("real-images"));
    CliTest.Run rebuild = CliTest.run("build", "--site", site.toString());
    assertThat(rebuild.code()).as(rebuild.err()).isEqualTo(1);
    assertThat(rebuild.err()).contains("content/stories/suspension.md:14", "'/images/flag.png'", "a link to a folder");
    assertThat(CacheStoreTest.tree(site.resolve("public"))).isEqualTo(before);
    CliTest.Run clean = CliTest.run("build", "--site", site.toString(), "--clean");
    assertThat(errors(rebuild)).isEqualTo(errors(clean)).isNotEmpty();
  }

  /**
   * A folder that links to files of the site leads outside it once it is moved away with a link
   * left in its place; the linked files keep their sizes and times, so nothing else changed. The
   * next build refuses the story, the photo and the static file that lead there, as a clean build
   * does, rather than finding its inputs up to date.
   */
  @Test
  void linksThatComeToLeadOutsideTheSiteAreRefusedByTheNextBuild() throws Exception {
    Path shared = Files.createDirectories(site.resolve("shared"));
    Files.writeString(shared.resolve("note.txt"), "A note.\n");
    Files.writeString(shared.resolve("later.md"), "---\ntitle: A shared story\ndate: 2021-10-18\nsources: [reuters]\n---\n\nText.\n");
    Files.copy(site.resolve("photo-store/flag.png"), site.resolve("static/images/flag.png"));
    Files.delete(site.resolve("static/images/flag.png"));
    Files.move(site.resolve("photo-store/flag.png"), shared.resolve("flag.png"));
    Files.createSymbolicLink(site.resolve("static/images/flag.png"), Path.of("../../shared/flag.png"));
    Files.createSymbolicLink(site.resolve("static/note.txt"), Path.of("../shared/note.txt"));
    Files.createSymbolicLink(site.resolve("content/stories/later.md"), Path.of("../../shared/later.md"));
    CliTest.Run first = CliTest.run("build", "--site", site.toString());
    assertThat(first.code()).as(first.err()).isZero();
    var before = CacheStoreTest.tree(site.resolve("public"));

    Path away = dir.resolve("away");
    Files.move(shared, away);
    Files.createSymbolicLink(shared, away);
    CliTest.Run rebuild = CliTest.run("build", "--site", site.toString());
    assertThat(rebuild.code()).as(rebuild.err()).isEqualTo(1);
    assertThat(rebuild.out()).doesNotContain("up to date");
    assertThat(rebuild.err()).contains("content/stories/later.md", "'/images/flag.png'", "outside the site");
    assertThat(CacheStoreTest.tree(site.resolve("public"))).isEqualTo(before);
    CliTest.Run clean = CliTest.run("build", "--site", site.toString(), "--clean");
    assertThat(errors(rebuild)).isEqualTo(errors(clean));

    // the story and the photo taken out of the way, the static file is what is left to refuse
    Files.delete(site.resolve("content/stories/later.md"));
    Files.delete(site.resolve("static/images/flag.png"));
    Files.copy(away.resolve("flag.png"), site.resolve("static/images/flag.png"));
    Files.delete(shared);
    Files.move(away, shared);
    assertThat(CliTest.run("build", "--site", site.toString()).code()).isZero();
    before = CacheStoreTest.tree(site.resolve("public"));
    Files.move(shared, away);
    Files.createSymbolicLink(shared, away);
    CliTest.Run again = CliTest.run("build", "--site", site.toString());
    assertThat(again.code()).as(again.err()).isEqualTo(1);
    assertThat(again.err()).contains("static/note.txt", "outside the site");
    assertThat(CacheStoreTest.tree(site.resolve("public"))).isEqualTo(before);
    assertThat(errors(again)).isEqualTo(errors(CliTest.run("build", "--site", site.toString(), "--clean")));
  }

  private static java.util.List<String> errors(CliTest.Run run) {
    return run.err().lines().filter(line -> line.contains(": error: ")).sorted().toList();
  }

  @Test
  void aPhotoThroughALinkToAFileIsStillPublished() throws Exception {
    Files.createSymbolicLink(site.resolve("static/images/flag.png"), Path.of("../../photo-store/flag.png"));
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(site.resolve("public/images/flag.png")).isRegularFile();
  }

  @Test
  void aLinkToAFolderOfStoriesIsNamedInAWarningNotLeftOutWithoutAWord() throws Exception {
    Files.copy(site.resolve("photo-store/flag.png"), site.resolve("static/images/flag.png"));
    assertThat(CliTest.run("build", "--site", site.toString()).code()).isZero();
    Path more = Files.createDirectories(site.resolve("more-stories"));
    Files.writeString(more.resolve("late.md"), "---\ntitle: A story kept elsewhere\ndate: 2021-10-19\nsources: [reuters]\n---\n\nText.\n");
    Files.createSymbolicLink(site.resolve("content/stories/more"), Path.of("../../more-stories"));
    // the link is a change of the inputs: the build is not "up to date", and says why the story is not built
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("content/stories/more: warning: this is a link to a folder").doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("up to date");
    Files.delete(site.resolve("content/stories/more"));
    CliTest.Run after = CliTest.run("build", "--site", site.toString());
    assertThat(after.err()).doesNotContain("link to a folder");
  }

  @Test
  void anAuthorsPhotoThroughALinkToAFolderIsRefused() throws Exception {
    Files.createDirectories(site.resolve("static/people-store"));
    Files.copy(site.resolve("photo-store/flag.png"), site.resolve("static/people-store/ana.png"));
    Files.createSymbolicLink(site.resolve("static/people"), Path.of("people-store"));
    Files.writeString(site.resolve("content/authors.yaml"), """
        Ana Berg:
          photo: {src: /people/ana.png, credit: Jane Doe}
        """);
    failsSaying("content/authors.yaml:2", "static/people");
  }

  /**
   * An author's photo that is a link to a file inside the site is published as static/ publishes
   * any such link (StaticFileLinksTest); one that leads out of the site is refused at its line.
   */
  @Test
  void anAuthorsPhotoThatIsALinkToAFileOutsideTheSiteIsRefused() throws Exception {
    Files.createDirectories(site.resolve("static/people"));
    Files.copy(site.resolve("photo-store/flag.png"), dir.resolve("ana-original.png"));
    Files.createSymbolicLink(site.resolve("static/people/ana.png"), dir.resolve("ana-original.png"));
    Files.writeString(site.resolve("content/authors.yaml"), """
        Ana Berg:
          photo: {src: /people/ana.png, credit: Jane Doe}
        """);
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("content/authors.yaml:2", "is a link to a file outside the site").doesNotContain("Exception");
  }
}
