package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link inside the site to a file outside it is an error naming the link, whatever the build would do with the file. */
class OutsideTheSiteTest {
  @TempDir Path dir;
  private Path site;
  private Path secret;

  @BeforeEach
  void siteAndASecret() throws Exception {
    site = dir.resolve("site");
    TestSite.of(site, Fixtures.TWO_EDITIONS);
    secret = Files.writeString(dir.resolve("secret.txt"), "a private file");
  }

  private CliTest.Run failsNaming(String link) {
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(link).contains("outside the site").doesNotContain("Exception");
    assertThat(site.resolve("public")).doesNotExist();
    return run;
  }

  private void useImage(String src) throws Exception {
    Path story = site.resolve("content/stories/reaction.md");
    Files.writeString(story, Files.readString(story).replace("sources: [nato]", "sources: [nato]\nimage: {src: " + src + ", credit: Desk}"));
  }

  @Test
  void aStoryImageThatLinksOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(site.resolve("content/stories/leak.jpg"), secret);
    useImage("leak.jpg");
    failsNaming("content/stories/reaction.md");
  }

  @Test
  void aStoryImageThatLinksInsideTheSiteIsPublished() throws Exception {
    Files.createSymbolicLink(site.resolve("content/stories/flag.png"), site.resolve("static/images/flag.png"));
    useImage("flag.png");
    CliTest.Run run = CliTest.run("build", "--site", site.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(javax.imageio.ImageIO.read(site.resolve("public/2021/10/18/allies-regret-the-decision/flag.png").toFile()).getWidth())
        .isEqualTo(40);
  }

  @Test
  void aThemeAssetThatLinksOutsideIsRefused() throws Exception {
    Files.createDirectories(site.resolve("templates/assets"));
    Files.createSymbolicLink(site.resolve("templates/assets/extra.css"), secret);
    failsNaming("templates/assets/extra.css");
  }

  @Test
  void aTemplateThatLinksOutsideIsRefused() throws Exception {
    Files.createDirectories(site.resolve("templates"));
    Files.createSymbolicLink(site.resolve("templates/article.ftlh"), secret);
    failsNaming("templates/article.ftlh");
  }

  @Test
  void aStoryFileThatLinksOutsideIsRefused() throws Exception {
    Path story = Files.writeString(dir.resolve("elsewhere.md"), "---\ntitle: From elsewhere\ndate: 2021-10-18\n---\nText.\n");
    Files.createSymbolicLink(site.resolve("content/stories/elsewhere.md"), story);
    failsNaming("content/stories/elsewhere.md");
  }

  @Test
  void aStaticFileThatLinksOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(site.resolve("static/leak.txt"), secret);
    failsNaming("static/leak.txt");
  }

  /**
   * A link round in a loop, or to something that does not exist, was said to lead "elsewhere,
   * outside the site folder": the error says what it is, with what the link names.
   */
  @Test
  void aLinkInALoopOrToNothingIsNamedAsSuchNotAsALinkOutside() throws Exception {
    TestSite built = TestSite.of(dir.resolve("built"), Fixtures.TWO_EDITIONS);
    Path root = built.dir();
    record Link(String path, String target, String message) {}
    for (Link link : List.of(
        new Link("static/loop", "loop", "this is a link that leads round in a loop (loop -> loop) and stands for no file"),
        new Link("content/stories/c.md", "/nonexistent/c.md", "this is a link to /nonexistent/c.md, which does not exist"),
        new Link("content/stories/d.md", "gone.md", "this is a link to gone.md, which does not exist"),
        new Link("content/sources.yaml", "old-sources.yaml", "this is a link to old-sources.yaml, which does not exist"),
        new Link("content/stories/_defaults.yaml", "../shared/_defaults.yaml",
            "this is a link to ../shared/_defaults.yaml, which does not exist"))) {
      Path at = root.resolve(link.path());
      Path kept = root.resolve("kept");
      if (Files.exists(at)) {
        Files.move(at, kept);
      }
      Files.createSymbolicLink(at, Path.of(link.target()));
      assertThat(built.buildFails()).as(link.path()).filteredOn(e -> e.position().file().equals(at)).singleElement().satisfies(e -> {
        assertThat(e.message()).isEqualTo(link.message());
        assertThat(e.hint()).isNotBlank().doesNotContain("copy the file into the site");
      });
      Files.delete(at);
      if (Files.exists(kept)) {
        Files.move(kept, at);
      }
    }
    // links that lead to one another round in a loop name the whole way
    Files.createSymbolicLink(root.resolve("content/stories/a.md"), Path.of("b.md"));
    Files.createSymbolicLink(root.resolve("content/stories/b.md"), Path.of("a.md"));
    assertThat(built.buildFails()).extracting(Problem::message)
        .contains("this is a link that leads round in a loop (a.md -> b.md -> a.md) and stands for no file");
  }

  @Test
  void aLinkPutInTheCacheOrTheOutputInPlaceOfAFileABuildWritesIsNotWrittenThrough() throws Exception {
    // helper-83: a link at .briefing-cache/public/writing made the next build empty the file it led to
    assertThat(CliTest.run("build", "--site", site.toString(), "-q").code()).isZero();
    Files.createSymbolicLink(site.resolve(".briefing-cache/public/writing"), secret);
    Path folder;
    try (var pages = Files.walk(site.resolve("public"))) {
      folder = pages.filter(p -> p.getFileName().toString().equals("index.html") && p.toString().contains("allies-regret"))
          .findFirst().orElseThrow().getParent();
    }
    Files.createSymbolicLink(folder.resolve(".briefing-write.tmp"), dir.resolve("secret.txt"));
    Path story = site.resolve("content/stories/reaction.md");
    Files.writeString(story, Files.readString(story) + "\nOne more sentence.\n");

    // a link in the cache is an error naming it (helper-104); one at the output's temporary name is replaced
    CliTest.Run refused = CliTest.run("build", "--site", site.toString(), "-q");
    assertThat(refused.code()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains(".briefing-cache/public/writing: error: this part of the build cache is a link");
    Files.delete(site.resolve(".briefing-cache/public/writing"));
    CliTest.Run run = CliTest.run("build", "--site", site.toString(), "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(secret)).isEqualTo("a private file");
    assertThat(Files.readString(folder.resolve("index.html"))).contains("One more sentence.");
  }
}
