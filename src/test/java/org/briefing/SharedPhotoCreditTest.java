package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One photo file has one author: two stories that show the same file under different credits
 * publish a wrong credit under one of them. Each is warned, naming the other credit and its story;
 * credits that differ only in case or spacing are one credit. Before, nothing was said.
 * TestSite compares every rebuild (edit way, full way, preview) with a clean build, warnings too.
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
  void storiesCreditingOnePhotoFileDifferentlyAreWarned() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("a", "18", "Ana Ruiz/Reuters")
        + story("b", "19", "ANA RUIZ / REUTERS") + story("c", "20", "Jo Lee/AFP"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(600, 400, 1)).build();
    assertThat(warnings(site)).hasSize(3).allMatch(w -> w.contains("static/images/quay.jpg is credited"));
    assertThat(warnings(site)).filteredOn(w -> w.startsWith("content/stories/c.md: warning:")).singleElement().asString()
        .contains("'Jo Lee/AFP' here but 'ANA RUIZ / REUTERS' in content/stories/b.md, 'Ana Ruiz/Reuters' in content/stories/a.md")
        .contains("hint: give the photo the same credit in every story that shows it");
    assertThat(warnings(site)).filteredOn(w -> w.startsWith("content/stories/a.md: warning:")).singleElement().asString()
        .contains("'Ana Ruiz/Reuters' here but 'Jo Lee/AFP' in content/stories/c.md:");

    // an edit of another story keeps the warnings; mending the credit takes them away
    site.edit("content/stories/a.md", "Text of story a.", "Text of story a, longer.").build();
    assertThat(warnings(site)).hasSize(3);
    site.edit("content/stories/c.md", "credit: Jo Lee/AFP", "credit: Ana Ruiz/Reuters").build();
    assertThat(site.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("is credited"));
  }
}
