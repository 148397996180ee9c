package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview's builds tell its console about the pages they made. */
class RebuilderTest {
  @TempDir Path dir;

  @Test
  void onlyABuildThatKeptNothingSaysItMadeEveryPageAfresh() throws IOException {
    TestSite site = TestSite.of(dir.resolve("site"), PreviewFixture.SITE);
    Rebuilder rebuilder = new Rebuilder(site.dir(), true, false, () -> TestSite.NOW, URI.create("http://127.0.0.1:1313"));

    Rebuilder.Built first = rebuilder.build();
    assertThat(first.afresh()).isTrue();
    assertThat(first.pagesChanged()).isEqualTo(first.snapshot().pages());

    Path story = site.dir().resolve("content/stories/reaction.md");
    Files.writeString(story, Files.readString(story).replace("Allies regret the decision", "Allies regret it"));
    Rebuilder.Built edited = rebuilder.build();
    assertThat(edited.afresh()).isFalse();
    assertThat(edited.pagesChanged()).isPositive().isLessThan(edited.snapshot().pages());

    Rebuilder.Built unchanged = rebuilder.build();
    assertThat(unchanged.afresh()).isFalse();
    assertThat(unchanged.pagesChanged()).isZero();
  }
}
