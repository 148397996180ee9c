package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One photo file has one author: stories that show the same file under credits naming different
 * people or agencies publish a wrong credit under some of them. The file gets one warning naming
 * its credits, a story of each and how many give it; credits that differ only in case, spacing,
 * order or a leading "Photo:" are one credit, and one that holds the other ("Reuters" and "Ana
 * Ruiz/Reuters") agrees with it. Before, nothing was said. TestSite compares every rebuild (edit
 * way, full way, preview) with a clean build, warnings too.
 */
class SharedPhotoCreditTest {
  @TempDir Path dir;

  private static String story(String name, String day, String credit) {
    return """
        -- content/stories/%s.md --
        ---
        title: Story %s
        date: 2021-10-%sT10:00:00Z
        sources: [reuters]
        image:
          src: /images/quay.jpg
          alt: Ferries at the quay
          credit: %s
        ---
        Text of story %s.
        """.formatted(name, name, day, credit, name);
  }

  private List<String> warnings(TestSite site) {
    return site.warnings().stream().map(p -> p.format(dir)).toList();
  }

  @Test
  void storiesCreditingOnePhotoFileDifferentlyAreWarnedAtTheFile() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "18", "Ana Ruiz/Reuters")
        + story("b", "19", "\"Photo: REUTERS / ANA RUIZ\"") + story("c", "20", "Jo Lee/AFP") + story("d", "21", "Reuters"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(600, 400, 1)).build();
    assertThat(warnings(site)).singleElement().asString()
        .startsWith("static/images/quay.jpg: warning: this photo is credited 3 ways by the stories that show it: ")
        .contains("'Photo: REUTERS / ANA RUIZ' in content/stories/b.md and 1 other story, ")
        .contains("'Jo Lee/AFP' in content/stories/c.md")
        .contains("'Reuters' in content/stories/d.md")
        .contains("hint: give the photo the same credit in every story that shows it");

    // an edit of another story keeps the warning; mending the credit takes it away; a credit that holds another agrees
    site.edit("content/stories/a.md", "Text of story a.", "Text of story a, longer.").build();
    assertThat(warnings(site)).hasSize(1);
    site.edit("content/stories/c.md", "credit: Jo Lee/AFP", "credit: Ana Ruiz/Reuters").build();
    assertThat(site.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("is credited"));
  }

  /** The same file reached through a link in static/ is the same photo: a story showing the link under another credit is warned. */
  @Test
  void aPhotoReachedThroughALinkIsTheSamePhoto() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "18", "Ana Ruiz/Reuters")
        + story("b", "19", "Jo Lee/AFP").replace("/images/quay.jpg", "/images/link.jpg"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(600, 400, 1));
    java.nio.file.Files.createSymbolicLink(dir.resolve("static/images/link.jpg"), Path.of("quay.jpg"));
    site.build();
    assertThat(warnings(site)).filteredOn(w -> w.contains("is credited")).singleElement().asString()
        .startsWith("static/images/quay.jpg: warning: this photo is credited 2 ways").contains("'Jo Lee/AFP' in content/stories/b.md");
  }

  /**
   * A warning an edit makes is the edit way's to take away again: the edit way drops the last
   * build's warnings of the check, known by the check's code, and makes them anew over every story.
   */
  @Test
  void aWarningAnEditMakesIsTakenAwayByTheEditThatMendsIt() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "18", "Ana Ruiz/Reuters")
        + story("b", "19", "Reuters") + story("c", "20", "Ana Ruiz/Reuters"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(600, 400, 1)).build();
    assertThat(site.warnings()).isEmpty();

    site.edit("content/stories/b.md", "credit: Reuters", "credit: Jo Lee/AFP").build();
    assertThat(warnings(site)).singleElement().asString()
        .startsWith("static/images/quay.jpg: warning: this photo is credited 2 ways").contains("'Jo Lee/AFP' in content/stories/b.md");
    // an edit elsewhere keeps it once, as it was
    site.edit("content/stories/c.md", "Text of story c.", "Text of story c, longer.").build();
    assertThat(warnings(site)).singleElement().asString().contains("'Jo Lee/AFP' in content/stories/b.md");

    site.edit("content/stories/b.md", "credit: Jo Lee/AFP", "credit: REUTERS").build();
    assertThat(site.warnings()).isEmpty();
  }
}
