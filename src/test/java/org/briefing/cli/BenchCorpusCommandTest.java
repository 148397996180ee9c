package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-corpus writes into DIR/site and DIR/hugo only when they hold nothing, and only once every option is right. */
class BenchCorpusCommandTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BriefingCommand.commandLine().setOut(new PrintWriter(new StringWriter(), true)).setErr(new PrintWriter(err, true)).execute(args);
  }

  private static List<Path> files(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** A site of someone's at DIR/site had its briefing.yaml replaced and the corpus's stories put beside its own. */
  @Test
  void aSiteOrHugoFolderThatHoldsFilesIsLeftAsItIs() throws Exception {
    Path mine = dir.resolve("mine");
    Files.createDirectories(mine.resolve("site/content/stories"));
    Files.writeString(mine.resolve("site/briefing.yaml"), "title: My own site\n");
    Files.writeString(mine.resolve("site/content/stories/mine.md"), "---\ntitle: Mine\ndate: 2021-10-18\n---\nprecious\n");
    List<Path> before = files(mine);

    assertThat(run("bench-corpus", "--out", mine.toString(), "--stories", "2")).isEqualTo(1);

    assertThat(err.toString()).contains(mine.resolve("site") + " already exists and is not an empty folder");
    assertThat(files(mine)).isEqualTo(before);
    assertThat(Files.readString(mine.resolve("site/briefing.yaml"))).isEqualTo("title: My own site\n");

    Path hugo = dir.resolve("hugo-only");
    Files.createDirectories(hugo.resolve("hugo"));
    Files.writeString(hugo.resolve("hugo/config.toml"), "title = 'mine'\n");
    assertThat(run("bench-corpus", "--out", hugo.toString(), "--stories", "2")).isEqualTo(1);
    assertThat(files(hugo)).containsExactly(hugo.resolve("hugo/config.toml"));
  }

  @Test
  void aWrongPhotoSizeIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
    for (String size : List.of("0x0", "00x00", "3000", "99999x99999")) {
      Path out = dir.resolve("photos-" + size);
      err.getBuffer().setLength(0);
      assertThat(run("bench-corpus", "--out", out.toString(), "--stories", "1", "--photos", size)).as(size).isEqualTo(2);
      assertThat(err.toString()).as(size).contains("--photos takes WIDTHxHEIGHT");
      assertThat(files(out)).as(size).isEmpty();
    }
  }

  @Test
  void aNewOrEmptyFolderGetsTheCorpus() throws Exception {
    Path out = dir.resolve("corpus");
    Files.createDirectories(out.resolve("site"));
    assertThat(run("bench-corpus", "--out", out.toString(), "--stories", "2", "--photos", "64x48")).as(err.toString()).isZero();
    assertThat(out.resolve("site/briefing.yaml")).exists();
    try (Stream<Path> stories = Files.list(out.resolve("site/content/stories"))) {
      assertThat(stories.count()).isEqualTo(2);
    }
    assertThat(out.resolve("site/static/images/story-0.jpg")).exists();
  }
}
