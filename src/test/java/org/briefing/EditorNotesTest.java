package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** HTML comments are notes for the desk: no page, feed or field ever shows one, whatever the raw HTML setting. */
class EditorNotesTest {
  @TempDir Path dir;

  /** Each note holds a word found nowhere else, so a search of the output finds any that leaked. */
  static final String SITE = Fixtures.SOURCES + """
      -- content/stories/figures.md --
      ---
      title: Ministers agree on the figures
      date: 2021-10-18T10:00:00+02:00
      sources: [reuters]
      why_it_matters: "The figures decide the budget. <!-- whyzebra: confirm with the desk -->"
      key_points:
        - "Spending rises. <!-- keyzebra -->"
      whats_next: |
        Ministers meet again in spring.
        <!-- nextzebra
        ask the desk -->
      ---

      Ministers agreed <!-- inlinezebra check this figure --> on the spending figures on Monday.

      <!-- blockzebra: the second source is not confirmed -->

      <!-- more -->

      The deal <!-- spanzebra
      runs over two lines --> covers three years.

      <!-- multizebra

      spans a blank line -- and has dashes -->

      To show a comment, write `<!-- codezebra -->` in a code span.

      ```
      <!-- fencezebra -->
      ```

      <div>Boxed <!-- divzebra --> text.</div>

      The talks ended late. <!-- endzebra left open
      -- content/editions/2021-10-18.md --
      ---
      title: Figures day
      ---
      Today's briefing. <!-- notezebra: swap the lead story -->
      """;

  @ParameterizedTest
  @ValueSource(strings = {"", "markdown:\n  raw_html: allow\n"})
  void noCommentReachesAnyOutputFile(String rawHtml) {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + rawHtml + SITE).build();
    for (String path : site.outputPaths()) {
      // what is written in code is shown as code (in HTML, or as plain text in the search index);
      // everything else must be free of comments
      String text = site.file(path).replaceAll("(?s)<code>.*?</code>", "")
          .replaceAll("(\\\\u003c|<)!-- (code|fence)zebra --(\\\\u003e|>)", "");
      assertThat(text).as(path)
          .doesNotContainPattern("(?i)(whyzebra|keyzebra|nextzebra|inlinezebra|blockzebra|spanzebra|multizebra|divzebra|endzebra|notezebra)")
          .doesNotContain("<!--").doesNotContain("&lt;!--").doesNotContain("\\u003c!--");
    }
    Document story = site.html("2021/10/18/ministers-agree-on-the-figures/");
    assertThat(story.select(".story-body").text())
        .contains("Ministers agreed on the spending figures on Monday.", "The deal covers three years.", "Boxed text.",
            "The talks ended late.");
    assertThat(story.select(".story-body p").eachText()).doesNotContain("");
    assertThat(story.select(".why").text()).isEqualTo("Why it matters The figures decide the budget.");
    assertThat(story.select(".whats-next").text()).isEqualTo("What's next Ministers meet again in spring.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "markdown:\n  raw_html: allow\n"})
  void aCommentInCodeIsShownAsCode(String rawHtml) {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + rawHtml + SITE).build();
    Document story = site.html("2021/10/18/ministers-agree-on-the-figures/");
    assertThat(story.select(".story-body code").eachText()).containsExactly("<!-- codezebra -->", "<!-- fencezebra -->");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "markdown:\n  raw_html: allow\n"})
  void theMoreLineStillEndsTheSummary(String rawHtml) {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + rawHtml + SITE).build();
    Document edition = site.html("briefings/2021-10-18/");
    assertThat(edition.select(".story-card .summary").text()).isEqualTo("Ministers agreed on the spending figures on Monday.");
    assertThat(site.html("2021/10/18/ministers-agree-on-the-figures/").select("meta[name=description]").attr("content"))
        .isEqualTo("Ministers agreed on the spending figures on Monday.");
  }
}
