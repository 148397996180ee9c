package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's name and its publisher's are never blank: "title: ''" (an unset variable in a
 * generated briefing.yaml) built a site whose every page had an empty title and whose feeds and
 * cards named no one, without a word.
 */
class SiteNameTest {
  @TempDir Path dir;

  @Test
  void aBlankTitleOrPublisherNameIsAnErrorAtItsLine() throws Exception {
    for (String[] blank : List.of(new String[] {"title: Test Briefing", "title: \"\"", "title", "1"},
        new String[] {"title: Test Briefing", "title: '   '", "title", "1"},
        new String[] {"  name: Test Desk", "  name: \"\"", "publisher.name", "7"})) {
      Path site = dir.resolve("site-" + blank[2] + blank[1].length());
      TestSite s = TestSite.of(site, Fixtures.TWO_EDITIONS);
      s.edit("briefing.yaml", blank[0], blank[1]);
      List<Problem> errors = s.buildFails();
      assertThat(errors).as(blank[1]).singleElement().satisfies(e -> {
        assertThat(e.message()).startsWith("'" + blank[2] + "' is empty");
        assertThat(e.position().file()).isEqualTo(site.resolve("briefing.yaml"));
        assertThat(e.position().line()).isEqualTo(Integer.parseInt(blank[3]));
      });
    }
  }

  @Test
  void aSiteWithoutATitleLineIsCalledBriefing() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    site.edit("briefing.yaml", "title: Test Briefing\n", "").build();
    assertThat(site.html("index.html").title()).contains("Briefing");
  }
}
