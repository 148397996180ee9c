package org.briefing.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.briefing.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files given to a staged output from many threads at once, many into one folder: every one is written, with its bytes. */
class StagedOutputTest {
  @TempDir Path dir;

  @Test
  void filesGivenFromManyThreadsIntoOneFolderAndIntoFoldersOfTheirOwnAreAllWrittenBeforeTheCallsReturn() throws Exception {
    Path out = dir.resolve("public");
    int threads = 4;
    int each = 1500;
    long files;
    try (StagedOutput staged = new SiteWriter().stage(out)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = thread; i < threads * each; i += threads) {
            // one shared folder (as the search index's result files) and a folder per file (as stories)
            staged.accept(new OutputFile("search/d/" + i + ".json", ("{\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8), null));
            staged.accept(new OutputFile("2021/" + i + "/index.html", ("page " + i).getBytes(StandardCharsets.UTF_8), null));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      files = staged.files();
      staged.commit();
    }
    assertThat(files).isEqualTo(2L * threads * each);
    for (int i = 0; i < threads * each; i++) {
      assertThat(Files.readString(out.resolve("search/d/" + i + ".json"))).isEqualTo("{\"n\":" + i + "}\n");
      assertThat(Files.readString(out.resolve("2021/" + i + "/index.html"))).isEqualTo("page " + i);
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count())
          .isEqualTo(2L * threads * each);
    }
  }

  @Test
  void aFileWithTheBytesOfTheOldSitesFileAtItsPathIsThatFileLinkedAndAnyOtherIsWrittenAnew() throws Exception {
    Path out = dir.resolve("public");
    new SiteWriter().write(out, List.of(new OutputFile("a/index.html", bytes("same"), null),
        new OutputFile("b/index.html", bytes("before"), null), new OutputFile("gone.txt", bytes("old"), null)));
    Object sameInode = Files.getAttribute(out.resolve("a/index.html"), "unix:ino");
    Object changedInode = Files.getAttribute(out.resolve("b/index.html"), "unix:ino");
    new SiteWriter().write(out, List.of(new OutputFile("a/index.html", bytes("same"), null),
        new OutputFile("b/index.html", bytes("after!"), null), new OutputFile("c.txt", bytes("new"), null)));
    assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("same");
    assertThat(Files.getAttribute(out.resolve("a/index.html"), "unix:ino")).as("kept, not made again").isEqualTo(sameInode);
    assertThat(Files.getAttribute(out.resolve("a/index.html"), "unix:nlink")).as("the old site's name is gone").isEqualTo(1);
    assertThat(Files.readString(out.resolve("b/index.html"))).isEqualTo("after!");
    assertThat(Files.getAttribute(out.resolve("b/index.html"), "unix:ino")).isNotEqualTo(changedInode);
    assertThat(Files.readString(out.resolve("c.txt"))).isEqualTo("new");
    assertThat(out.resolve("gone.txt")).doesNotExist();
  }

  @Test
  void aFileOfTheOldSiteReachedThroughALinkToAFolderElsewhereIsNeverLinkedIntoTheNewSite() throws Exception {
    Path out = dir.resolve("public");
    new SiteWriter().write(out, List.of(new OutputFile("b/index.html", bytes("b"), null)));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("index.html"), "same");
    Object outsideInode = Files.getAttribute(elsewhere.resolve("index.html"), "unix:ino");
    Files.createSymbolicLink(out.resolve("a"), elsewhere);
    new SiteWriter().write(out, List.of(new OutputFile("a/index.html", bytes("same"), null), new OutputFile("b/index.html", bytes("b"), null)));
    assertThat(Files.isSymbolicLink(out.resolve("a"))).isFalse();
    assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("same");
    assertThat(Files.getAttribute(out.resolve("a/index.html"), "unix:ino")).as("a file of its own").isNotEqualTo(outsideInode);
    assertThat(Files.getAttribute(elsewhere.resolve("index.html"), "unix:nlink")).isEqualTo(1);
    assertThat(Files.readString(elsewhere.resolve("index.html"))).as("left as it was").isEqualTo("same");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
