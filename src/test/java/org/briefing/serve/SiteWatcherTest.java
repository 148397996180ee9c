package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.serve.PreviewFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
  @TempDir Path dir;
  PreviewFixture preview;
  Path site;

  @BeforeEach
  void start() throws IOException {
    preview = PreviewFixture.of(dir.resolve("site"));
    site = preview.site.dir();
  }

  @AfterEach
  void stop() {
    preview.close();
  }

  private String home() {
    return preview.get("/briefings/").body();
  }

  private void awaitHome(String what, java.util.function.Predicate<String> condition) {
    await(what + "\nconsole:\n" + preview.console, 20, () -> condition.test(home()));
  }

  private static String story(String title) {
    return "---\ntitle: " + title + "\ndate: 2021-10-18T19:00:00+02:00\nsources: [reuters]\n---\n\nA paragraph about " + title + ".\n";
  }

  @Test
  void anEditedStoryIsRebuiltAndTheConsoleSaysWhatChanged() throws IOException {
    Path file = site.resolve("content/stories/reaction.md");
    Files.writeString(file, Files.readString(file).replace("Allies regret the decision", "Allies deeply regret the decision"));
    awaitHome("the new headline", h -> h.contains("Allies deeply regret the decision"));
    java.util.regex.Matcher line = java.util.regex.Pattern
        .compile("content: content/stories/reaction.md — rebuilt in \\d+ ms: (\\d+) of (\\d+) pages changed").matcher(preview.console.toString());
    assertThat(line.find()).as(preview.console.toString()).isTrue();
    int changed = Integer.parseInt(line.group(1));
    int pages = Integer.parseInt(line.group(2));
    assertThat(changed).as("the story's page and the lists that show its headline, not every page").isPositive().isLessThan(pages);
  }

  @Test
  void aNewStoryInANewFolderAppears() throws IOException {
    Path folder = Files.createDirectories(site.resolve("content/stories/2021/late"));
    Files.writeString(folder.resolve("new.md"), story("A story in a new folder"));
    awaitHome("the story from the new folder", h -> h.contains("A story in a new folder"));
    Files.writeString(folder.resolve("second.md"), story("A second story in that folder"));
    awaitHome("a later story in the folder registered meanwhile", h -> h.contains("A second story in that folder"));
  }

  @Test
  void aDeletedStoryDisappears() throws IOException {
    Files.delete(site.resolve("content/stories/reaction.md"));
    awaitHome("the deleted story gone", h -> !h.contains("Allies regret the decision") && h.contains("Russia suspends"));
  }

  @Test
  void aSaveThroughATemporaryFileAndRenameIsSeen() throws IOException {
    Path target = site.resolve("content/stories/reaction.md");
    Path temp = site.resolve("content/stories/.reaction.md.tmp123");
    Files.writeString(temp, story("Allies regret it, saved atomically"));
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    awaitHome("the atomically saved headline", h -> h.contains("Allies regret it, saved atomically"));
    // the temporary file, made and gone within the save, is no change the console names (hunter-196)
    assertThat(preview.console.toString()).contains("content: content/stories/reaction.md — rebuilt").doesNotContain(".tmp123");
  }

  @Test
  void renamedFilesAndFoldersAreFollowed() throws IOException {
    Files.move(site.resolve("content/stories/reaction.md"), site.resolve("content/stories/renamed.md"));
    String before = preview.state().id();
    Path folder = Files.createDirectories(site.resolve("content/stories/old"));
    Files.writeString(folder.resolve("moved.md"), story("A story that moves with its folder"));
    awaitHome("the story in the folder", h -> h.contains("A story that moves with its folder"));
    assertThat(home()).contains("Allies regret the decision");

    Path renamed = site.resolve("content/stories/new");
    Files.move(folder, renamed);
    await("a rebuild after the folder rename", 20, () -> !preview.state().id().equals(before) && preview.console.toString().contains("content/stories/new"));
    Files.writeString(renamed.resolve("moved.md"), story("Edited after its folder moved"));
    awaitHome("an edit inside the renamed folder", h -> h.contains("Edited after its folder moved"));

    Files.move(renamed, dir.resolve("away"));
    awaitHome("the story gone with its folder", h -> !h.contains("Edited after its folder moved"));
  }

  @Test
  void anEditOfTheFileThatAStoryLinksToIsSeen() throws IOException {
    // the build reads a story that is a link to a file elsewhere in the site; the folder of that file is watched for it
    Path target = Files.createDirectories(site.resolve("shared")).resolve("linked.md");
    Files.writeString(target, story("A story kept outside content"));
    Files.createSymbolicLink(site.resolve("content/stories/linked.md"), Path.of("../../shared/linked.md"));
    awaitHome("the linked story", h -> h.contains("A story kept outside content"));
    Files.writeString(target, story("The file the story links to, edited"));
    awaitHome("the edit of the file the new link leads to", h -> h.contains("The file the story links to, edited"));
  }

  @Test
  void anEditOfTheFileThatAStoryLinkedToFromTheStartIsSeen(@TempDir Path other) throws IOException {
    try (PreviewFixture linked = PreviewFixture.prepared(other.resolve("site"), s -> {
      Files.writeString(s.resolve("outside.md"), story("A story linked from the start"));
      Files.createSymbolicLink(s.resolve("content/stories/early.md"), Path.of("../../outside.md"));
    })) {
      java.util.function.Supplier<String> home = () -> linked.get("/briefings/").body();
      await("the linked story\n" + linked.console, 20, () -> home.get().contains("A story linked from the start"));
      Files.writeString(linked.site.dir().resolve("outside.md"), story("The file at the top of the site, edited"));
      await("the edit of the file at the top of the site\n" + linked.console, 20, () -> home.get().contains("The file at the top of the site, edited"));
    }
  }

  @Test
  void aBurstOfSavesGivesOneRebuild() throws IOException {
    long rebuildsBefore = rebuilds();
    Path file = site.resolve("content/stories/reaction.md");
    for (int i = 1; i <= 25; i++) {
      Files.writeString(file, story("Burst edit number " + i));
    }
    awaitHome("the last edit of the burst", h -> h.contains("Burst edit number 25"));
    assertThat(rebuilds() - rebuildsBefore).isBetween(1L, 2L);
  }

  @Test
  void aFailingEditShowsTheOverlayOnTheLastGoodSiteUntilItIsFixed() throws IOException {
    Path file = site.resolve("content/stories/reaction.md");
    String good = Files.readString(file);
    Files.writeString(file, good.replace("date: 2021-10-18T18:00:00+02:00", "date: not <a> date"));
    awaitHome("the error overlay", h -> h.contains(PageInjector.OVERLAY_ID));
    String page = home();
    assertThat(page).contains("Allies regret the decision").contains("content/stories/reaction.md:3")
        .contains("not &lt;a&gt; date").doesNotContain("not <a> date");
    assertThat(preview.get("/briefings/topics/").body()).contains(PageInjector.OVERLAY_ID);
    assertThat(preview.console.toString()).contains("build failed").contains("still serving the last good site");

    Files.writeString(file, good.replace("Allies regret the decision", "Allies regret, fixed"));
    awaitHome("the fixed page without overlay", h -> h.contains("Allies regret, fixed") && !h.contains(PageInjector.OVERLAY_ID));
    assertThat(preview.console.toString()).contains("errors cleared");
  }

  /**
   * A change of static/ is built as briefing build builds it: a new file is published, and a
   * photo a story shows, replaced by another of the same name, is resized again and the story's
   * page gives its new size (the preview once only listed static/ again, and kept the old sizes).
   */
  @Test
  void aStaticChangeIsBuiltAsAnyOther() throws IOException {
    Files.writeString(site.resolve("static/extra.txt"), "new static file");
    await("the new static file", 20, () -> preview.get("/briefings/extra.txt").statusCode() == 200);
    assertThat(preview.get("/briefings/extra.txt").body()).isEqualTo("new static file");
    assertThat(preview.console.toString()).contains("static: static/extra.txt — rebuilt");
    Files.delete(site.resolve("static/extra.txt"));
    await("the static file gone", 20, () -> preview.get("/briefings/extra.txt").statusCode() == 404);

    Path story = site.resolve("content/stories/reaction.md");
    Files.writeString(story, Files.readString(story).replace("topics: [NATO]",
        "topics: [NATO]\nimage:\n  src: /images/flag.png\n  alt: A flag\n  credit: Jane Doe/Agency"));
    String page = "/briefings/2021/10/18/allies-regret-the-decision/";
    await("the story with its photo", 20, () -> preview.get(page).body().contains("width=\"40\""));
    Files.write(site.resolve("static/images/flag.png"), org.briefing.TestImages.encode(org.briefing.TestImages.picture(80, 60, 2, false), "png"));
    await("the photo's new size\nconsole:\n" + preview.console, 20, () -> preview.get(page).body().contains("width=\"80\""));
  }


  /**
   * A story dated a few seconds ahead is left out, then published when it comes due with no file
   * saved, as briefing build would publish it then; the console says why the site was rebuilt.
   */
  @Test
  void aStoryDatedLaterIsPublishedWhenItComesDue() throws IOException {
    try (PreviewFixture live = PreviewFixture.of(dir.resolve("live"), java.time.Instant::now)) {
      java.time.ZonedDateTime due = java.time.Instant.now().plusSeconds(4).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .atZone(java.time.ZoneId.of("Europe/Brussels"));
      Files.writeString(live.site.dir().resolve("content/stories/later.md"), "---\ntitle: A later story\ndate: "
          + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due) + "\nsources: [reuters]\n---\n\nPublished when due.\n");
      String page = "/briefings/" + due.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/a-later-story/";
      await("the rebuild that leaves the story out", 20, () -> live.console.toString().contains("content: content/stories/later.md"));
      assertThat(live.get(page).statusCode()).isEqualTo(404);
      await("the story once due\nconsole:\n" + live.console, 20, () -> live.get(page).statusCode() == 200);
      assertThat(live.console.toString()).contains("a story came due — rebuilt");
    }
  }

  @Test
  void aTemplateChangeReRendersPages() throws IOException {
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/404.ftlh"), "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title></head><body>Custom lost page</body></html>");
    await("the new 404 template", 20, () -> preview.get("/briefings/nowhere").body().contains("Custom lost page"));
    assertThat(preview.console.toString()).contains("config+template: templates, templates/404.ftlh");
    Files.writeString(site.resolve("templates/404.ftlh"), "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title></head><body>Edited lost page</body></html>");
    await("the edited 404 template", 20, () -> preview.get("/briefings/nowhere").body().contains("Edited lost page"));
    assertThat(preview.console.toString()).contains("] template: templates/404.ftlh — rebuilt");
  }

  private static String lostPage(String macro) {
    return "<#import \"lib/m.ftlh\" as m><!DOCTYPE html><html lang=\"en\"><head><title>Lost</title></head><body><@m." + macro + "/></body></html>";
  }

  @Test
  void anEditOfATemplateReachedThroughALinkToAFolderIsSeen() throws IOException {
    // the build follows links to folders under templates/ (a theme shared by several sites), so the watcher follows them too
    Path shared = Files.createDirectories(site.resolve("shared-lib"));
    Files.writeString(shared.resolve("m.ftlh"), "<#macro lost>Lost, from the shared library</#macro>");
    Files.createDirectories(site.resolve("templates"));
    Files.createSymbolicLink(site.resolve("templates/lib"), Path.of("../shared-lib"));
    Files.writeString(site.resolve("templates/404.ftlh"), lostPage("lost"));
    await("the 404 template and its library\n" + preview.console, 20,
        () -> preview.get("/briefings/nowhere").body().contains("Lost, from the shared library"));
    Files.writeString(shared.resolve("m.ftlh"), "<#macro lost>Lost, edited in the shared library</#macro>");
    await("the edit of the library behind the link\n" + preview.console, 20,
        () -> preview.get("/briefings/nowhere").body().contains("Lost, edited in the shared library"));
  }

  @Test
  void anEditInATemplatesFolderThatIsALinkFromTheStartIsSeen(@TempDir Path other) throws IOException {
    try (PreviewFixture linked = PreviewFixture.prepared(other.resolve("site"), s -> {
      Path theme = Files.createDirectories(s.resolve("theme/lib"));
      Files.writeString(theme.resolve("m.ftlh"), "<#macro lost>Lost, from the linked theme</#macro>");
      Files.writeString(s.resolve("theme/404.ftlh"), lostPage("lost"));
      Files.createSymbolicLink(s.resolve("templates"), Path.of("theme"));
    })) {
      await("the linked theme\n" + linked.console, 20, () -> linked.get("/briefings/nowhere").body().contains("Lost, from the linked theme"));
      Files.writeString(linked.site.dir().resolve("theme/lib/m.ftlh"), "<#macro lost>Lost, the theme edited</#macro>");
      await("the edit inside the linked theme\n" + linked.console, 20,
          () -> linked.get("/briefings/nowhere").body().contains("Lost, the theme edited"));
    }
  }

  @Test
  void aConfigChangeRebuildsEverything() throws IOException {
    Path config = site.resolve("briefing.yaml");
    Files.writeString(config, Files.readString(config).replace("title: Test Briefing", "title: Renamed Briefing"));
    awaitHome("the new site title", h -> h.contains("Renamed Briefing"));
    assertThat(preview.console.toString()).contains("config: briefing.yaml");
  }

  /** A settings file saved under a near name is an error the preview shows, and taking it away clears it: the watcher once left such a file unseen. */
  @Test
  void aSettingsFileUnderANearNameShowsTheOverlayUntilItIsGone() throws IOException {
    Path misnamed = site.resolve("briefing.yml");
    Files.writeString(misnamed, "title: Renamed Briefing\n");
    awaitHome("the error overlay", h -> h.contains(PageInjector.OVERLAY_ID));
    assertThat(home()).contains("briefing.yml").contains("this file is not read");
    Files.delete(misnamed);
    awaitHome("the page without overlay", h -> !h.contains(PageInjector.OVERLAY_ID));
  }

  private long rebuilds() {
    return preview.console.toString().lines().filter(l -> l.contains(" — rebuilt ")).count();
  }
}
