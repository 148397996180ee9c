package org.briefing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.briefing.cli.BriefingCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark corpus is a site an editor could have written: its builds print nothing to fix,
 * so that a benchmark times building, not the making of warnings about the corpus itself.
 */
class CorpusGeneratorTest {
  @TempDir Path dir;

  @Test
  void aGeneratedSiteBuildsWithoutAWarning() throws Exception {
    new CorpusGenerator(400, 1).write(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BriefingCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute("build", "--site", dir.resolve("site").toString(), "--out", dir.resolve("out").toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out + "\n" + err).doesNotContain("warning");
  }

  /** A time the clocks pass twice or skip is a warning; one story in about 17,500 fell on one. */
  @Test
  void noStoryIsDatedAtATimeThatHappensTwiceOrNever() {
    CorpusGenerator corpus = new CorpusGenerator(20_000, 1);
    Set<String> slugs = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      var date = corpus.story(i, slugs).date();
      assertThat(CorpusGenerator.ZONE.getRules().getValidOffsets(date)).as("story %d at %s", i, date).hasSize(1);
    }
  }
}
