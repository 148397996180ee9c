package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.serve.PreviewFixture.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that fails in a way no check foresaw never ends the watching: the next save is rebuilt. */
class FailingRebuildTest {
  private static final Pattern TRACE_FILE = Pattern.compile("the full trace is in (\\S+briefing-error-\\S+\\.txt)");

  @TempDir Path dir;

  @Test
  void aRebuildThatOverflowsTheStackIsShownAndTheNextSaveIsRebuilt() throws IOException {
    AtomicBoolean failing = new AtomicBoolean();
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"), () -> {
      if (failing.get()) {
        throw new StackOverflowError("injected into the build");
      }
      return TestSite.NOW;
    })) {
      Path story = preview.site.dir().resolve("content/stories/reaction.md");
      String good = Files.readString(story);
      failing.set(true);
      Files.writeString(story, good.replace("Allies regret the decision", "Allies regret, first edit"));
      await("the overlay of the failed rebuild\nconsole:\n" + preview.console, 20,
          () -> preview.get("/briefings/").body().contains(PageInjector.OVERLAY_ID));
      String page = preview.get("/briefings/").body();
      assertThat(page).contains("Allies regret the decision").contains("StackOverflowError").contains("briefing-error-");
      String console = preview.console.toString();
      assertThat(console).contains("error: unexpected StackOverflowError: injected into the build; the full trace is in ")
          .contains("still serving the last good site").doesNotContain("\tat ");
      Matcher trace = TRACE_FILE.matcher(console);
      assertThat(trace.find()).isTrue();
      assertThat(Files.readString(Path.of(trace.group(1)))).contains("java.lang.StackOverflowError: injected into the build")
          .contains("\tat ");
      Files.delete(Path.of(trace.group(1)));

      failing.set(false);
      Files.writeString(story, good.replace("Allies regret the decision", "Allies regret, second edit"));
      await("the next save rebuilt\nconsole:\n" + preview.console, 20, () -> {
        String home = preview.get("/briefings/").body();
        return home.contains("Allies regret, second edit") && !home.contains(PageInjector.OVERLAY_ID);
      });
      assertThat(preview.console.toString()).contains("errors cleared");
    }
  }

  @Test
  void aRecursiveYamlAliasIsShownWithItsFileAndTheFixIsRebuilt() throws IOException {
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"))) {
      Path story = preview.site.dir().resolve("content/stories/reaction.md");
      String good = Files.readString(story);
      Files.writeString(story, good.replace("title: Allies regret the decision", "title: &a [x, *a]"));
      await("the overlay naming the story\nconsole:\n" + preview.console, 20, () -> {
        String home = preview.get("/briefings/").body();
        return home.contains(PageInjector.OVERLAY_ID) && home.contains("content/stories/reaction.md");
      });
      assertThat(preview.console.toString()).contains("content/stories/reaction.md").doesNotContain("\tat ");
      Matcher trace = TRACE_FILE.matcher(preview.console.toString());
      while (trace.find()) {
        Files.deleteIfExists(Path.of(trace.group(1)));
      }

      Files.writeString(story, good.replace("Allies regret the decision", "Allies regret, fixed"));
      await("the fix rebuilt\nconsole:\n" + preview.console, 20, () -> {
        String home = preview.get("/briefings/").body();
        return home.contains("Allies regret, fixed") && !home.contains(PageInjector.OVERLAY_ID);
      });
    }
  }
}
