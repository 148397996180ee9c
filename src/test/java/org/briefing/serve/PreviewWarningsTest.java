package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview prints a warning when a build finds it and the one before did not, so one that went away and came back is printed again. */
class PreviewWarningsTest {
  private static final String WARNING = "content/stories/reaction.md:6: warning: unknown field 'mood'";

  @TempDir Path dir;

  private static int count(CharSequence console) {
    return console.toString().split(java.util.regex.Pattern.quote(WARNING), -1).length - 1;
  }

  /** Writes {@code text} into {@code file} and waits for the rebuild it makes. */
  private static void save(PreviewFixture preview, Path file, String text) throws IOException {
    String id = preview.state().id();
    Files.writeString(file, text);
    preview.awaitBuildAfter(id);
  }

  @Test
  void aWarningThatComesBackIsPrintedAgainAndOneThatStaysIsNot() throws IOException {
    try (PreviewFixture preview = PreviewFixture.of(dir.resolve("site"))) {
      Path story = preview.site.dir().resolve("content/stories/reaction.md");
      String good = Files.readString(story);
      String moody = good.replace("sources: [reuters]\n", "sources: [reuters]\nmood: grim\n");

      save(preview, story, moody);
      assertThat(count(preview.console.getBuffer())).as(preview.console.toString()).isOne();

      // another story's edit: the warning stands, and is not printed again
      Path other = preview.site.dir().resolve("content/stories/suspension.md");
      save(preview, other, Files.readString(other).replace("on Monday", "on Monday morning"));
      assertThat(count(preview.console.getBuffer())).as(preview.console.toString()).isOne();

      save(preview, story, good);
      save(preview, story, moody);
      assertThat(count(preview.console.getBuffer())).as(preview.console.toString()).isEqualTo(2);
    }
  }
}
