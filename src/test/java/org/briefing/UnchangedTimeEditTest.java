package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.briefing.rebuild.BuildPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit that keeps a file's size and whose modification time is set back, as {@code touch -r},
 * {@code cp -p} and {@code rsync -t} set it, is an edit all the same: every rebuild equals a clean build.
 */
class UnchangedTimeEditTest {
  @TempDir Path dir;

  /** Replaces {@code from} with {@code to}, of the same length, in {@code file}, and sets its modification time back. */
  private void editKeepingSizeAndTime(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    FileTime before = Files.getLastModifiedTime(path);
    long size = Files.size(path);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
    Files.setLastModifiedTime(path, before);
    assertThat(Files.size(path)).isEqualTo(size);
    assertThat(Files.getLastModifiedTime(path)).isEqualTo(before);
  }

  @Test
  void aStoryASourceAStaticFileAndAPhotoEditedThatWayAreRebuilt() throws IOException {
    eachKindOfFileEdited(dir, this::editKeepingSizeAndTime);
  }

  /** An edit of a site's file {@code file} that replaces {@code from} with {@code to}, of the same length. */
  interface SameSizeEdit {
    void apply(String file, String from, String to) throws IOException;
  }

  /**
   * Builds a site in {@code dir}, then edits with {@code edit} a story, the sources, a static file
   * and a photo in turn, each followed by a build that must show the edit.
   */
  static void eachKindOfFileEdited(Path dir, SameSizeEdit edit) throws IOException {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("sources: [nato]\n",
        "sources: [nato]\nimage: {src: mark.svg, alt: The alliance's mark, credit: NATO}\n") + """
        -- content/stories/mark.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>
        -- static/css/extra.css --
        body { color: red; }
        """).build();

    // each build() compares the preview's rebuild and briefing build's with a clean build, byte for byte
    edit.apply("content/stories/suspension.md", "eight diplomats", "eight officials");
    site.build();
    assertThat(site.html("2021/10/18/russia-suspends-its-mission-to-nato/index.html").select(".standfirst").text())
        .isEqualTo("Moscow answers the expulsion of eight officials.");
    assertThat(site.lastWay()).as("briefing build's way: the story is read again as an edited one").isEqualTo(BuildPlanner.Way.EDIT);
    // and once more, right after the build that read the last edit
    edit.apply("content/stories/suspension.md", "eight officials", "eight delegates");
    site.build();
    assertThat(site.html("2021/10/18/russia-suspends-its-mission-to-nato/index.html").select(".standfirst").text())
        .isEqualTo("Moscow answers the expulsion of eight delegates.");

    edit.apply("content/sources.yaml", "name: Reuters", "name: REUTERS");
    site.build();
    assertThat(site.file("sources/index.html")).contains("REUTERS");

    edit.apply("static/css/extra.css", "red", "tan");
    site.build();
    assertThat(site.file("css/extra.css")).contains("tan");

    edit.apply("content/stories/mark.svg", "fill=\"red\"", "fill=\"tan\"");
    site.build();
    String photo = site.html("2021/10/18/allies-regret-the-decision/index.html").selectFirst("figure img").attr("src");
    assertThat(site.file(photo.substring(1))).as(photo).contains("fill=\"tan\"");
  }
}
