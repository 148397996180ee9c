package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  private final Path site = Path.of("/sites/daily");

  private ChangeSet of(String... paths) {
    return ChangeSet.of(site, java.util.Arrays.stream(paths).map(site::resolve).toList());
  }

  @Test
  void sortsEachPathIntoItsKind() {
    assertThat(of("content/stories/a.md").kinds()).containsExactly(ChangeKind.CONTENT);
    assertThat(of("content/sources.yaml").kinds()).containsExactly(ChangeKind.CONTENT);
    assertThat(of("templates/article.ftlh").kinds()).containsExactly(ChangeKind.TEMPLATE);
    assertThat(of("static/images/a.jpg").kinds()).containsExactly(ChangeKind.STATIC);
    assertThat(of("briefing.yaml").kinds()).containsExactly(ChangeKind.CONFIG);
    assertThat(of("content").kinds()).containsExactly(ChangeKind.CONFIG);
    assertThat(of("static").kinds()).containsExactly(ChangeKind.CONFIG);
    // the settings under a near name: an error of the build, which renaming the file mends
    assertThat(of("briefing.yml").kinds()).containsExactly(ChangeKind.CONFIG);
    assertThat(of("Briefing.yaml").kinds()).containsExactly(ChangeKind.CONFIG);
  }

  @Test
  void leavesOutFilesNoBuildReads() {
    assertThat(of("public/index.html", "README.md", "briefing.yaml~", ".briefing.yml", "notes.yaml", "content/stories/.a.md.swp", "content/stories/a.md~",
        "templates/.#layout.ftlh", "static/4913", "static/report.pdf.part", "static/notes.txt.kate-swp", "static/notes.txt.save",
        "static/images/Icon\r").isEmpty()).isTrue();
    assertThat(ChangeSet.of(site, List.of(Path.of("/elsewhere/content/a.md"))).isEmpty()).isTrue();
  }

  @Test
  void tellsAStylesheetOnlyChange() {
    assertThat(of("static/css/site.css").stylesheetsOnly()).isTrue();
    assertThat(of("templates/assets/briefing.css").stylesheetsOnly()).isTrue();
    assertThat(of("templates/assets/briefing.css", "templates/layout.ftlh").stylesheetsOnly()).isFalse();
    assertThat(of("content/stories/a.css").stylesheetsOnly()).isFalse();
    assertThat(of("templates/email.css").stylesheetsOnly()).as("written into the email pages' elements").isFalse();
  }

  @Test
  void describesTheChangeInOneLine() {
    assertThat(of("content/stories/b.md", "content/stories/a.md").describe()).isEqualTo("content: content/stories/a.md, content/stories/b.md");
    assertThat(of("content/a.md", "content/b.md", "content/c.md", "content/d.md", "static/x.png").describe())
        .isEqualTo("content+static: content/a.md, content/b.md, content/c.md and 2 more");
    assertThat(of("static/x.png").kinds()).isEqualTo(Set.of(ChangeKind.STATIC));
  }
}
