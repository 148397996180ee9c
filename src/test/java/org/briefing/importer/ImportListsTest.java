package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportListsTest {
  private static final String WIRE = """
      Council approves flood plan for river towns

      The regional council voted on Tuesday to spend 80 million euros on new embankments along the Lenne.

      Workers repair a damaged embankment outside Altbruck on October 17, 2021. Photo: Marta Kovač/AFP

      ALTBRUCK, Oct 18 - The regional council approved a flood defence plan on Tuesday after a debate that lasted most of the day.

      The plan sets out four measures:
      - raise the embankments in Altbruck and Weidenau by one metre
      - build two overflow basins north of the bridge
      * restore the wetlands at the river mouth
      • pay households whose cellars flooded twice

      Work will start in the spring, the council said.

      Timetable for the work

      The council gave this order for the work:

      1. Survey the damaged embankments by April.

      2. Award the building contracts in June.

      3) Finish the overflow basins before the autumn rains.

      Opposition members said the budget was too small for the whole valley.

      Source: News Agencies
      """;

  @Test
  void bulletedAndNumberedListsInWireCopyBecomeHtmlLists(@TempDir Path dir) {
    ImportResult result = new Importer(ImportOptions.none().withDate("2021-10-18"))
        .importBytes("flood.txt", WIRE.getBytes(StandardCharsets.UTF_8));
    TestSite site = TestSite.of(dir, "-- briefing.yaml --\ntitle: Desk\n-- content/stories/flood.md --\n" + result.markdown())
        .build();
    Document page = site.html("2021/10/18/council-approves-flood-plan-for-river-towns/index.html");

    assertThat(page.select("ul > li").eachText()).containsSubsequence(
        "raise the embankments in Altbruck and Weidenau by one metre",
        "build two overflow basins north of the bridge",
        "restore the wetlands at the river mouth",
        "pay households whose cellars flooded twice");
    assertThat(page.select("ol").first()).isNotNull();
    assertThat(page.select("ol > li").eachText()).containsExactly(
        "Survey the damaged embankments by April.",
        "Award the building contracts in June.",
        "Finish the overflow basins before the autumn rains.");
    assertThat(page.select("ol")).hasSize(1);
    assertThat(page.select("p").eachText()).contains("The plan sets out four measures:",
            "The council gave this order for the work:")
        .noneMatch(p -> p.contains("overflow basins"));
    assertThat(page.select("h2").eachText()).contains("Timetable for the work");

    // every input line is in the body or named in the report, as for any other paragraph
    List<Integer> reported = result.report().stream().flatMap(e -> e.lines().stream()).toList();
    String body = page.select("main").text();
    String[] input = WIRE.split("\n", -1);
    for (int n = 1; n <= input.length; n++) {
      String line = input[n - 1].strip().replaceFirst("^(?:[-*•]|\\d[.)])\\s+", "");
      if (!line.isEmpty() && !reported.contains(n)) {
        assertThat(body).as("line " + n).contains(line);
      }
    }
  }
}
