package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that come and go while a build lists its inputs (an editor's probe and swap files, saved
 * every few keystrokes) are left out, as a listing a moment later would leave them out: a build
 * failed with "cannot read the attributes of content/stories/4913" when one vanished between the
 * listing of its folder and the look at it.
 */
class FileTreeTest {
  @TempDir Path dir;

  @Test
  void filesThatVanishWhileTheFoldersAreReadAreLeftOut() throws Exception {
    Path stories = Files.createDirectories(dir.resolve("stories/2021"));
    for (int i = 0; i < 400; i++) {
      Files.writeString(stories.resolve("story-" + i + ".md"), "text " + i);
    }
    AtomicBoolean going = new AtomicBoolean(true);
    Thread editor = new Thread(() -> {
      for (int i = 0; going.get(); i++) {
        Path probe = stories.resolve(i % 2 == 0 ? "4913" : ".story-" + (i % 400) + ".md.swp");
        Path folder = dir.resolve("stories/scratch-" + (i % 3));
        try {
          Files.writeString(probe, "");
          Files.createDirectories(folder);
          Files.deleteIfExists(probe);
          Files.deleteIfExists(folder);
        } catch (java.io.IOException e) {
          // the next round tries again
        }
      }
    });
    editor.start();
    try {
      for (int round = 0; round < 150; round++) {
        List<ContentLoader.ContentFile> listed = FileTree.list(dir.resolve("stories"));
        assertThat(listed).as("round " + round).hasSize(400);
        assertThat(FileTree.walk(dir.resolve("stories"), false).stream()
            .filter(p -> !FileTree.isScratchFile(p.getFileName().toString()))).as("round " + round).hasSize(400);
        assertThat(FileTree.walk(dir.resolve("stories"), true).stream()
            .filter(p -> !FileTree.isScratchFile(p.getFileName().toString()))).as("round " + round).hasSize(400);
      }
    } finally {
      going.set(false);
      editor.join();
    }
  }
}
