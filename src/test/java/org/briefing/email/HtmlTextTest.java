package org.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML fields as the text part of an email has them. */
class HtmlTextTest {
  private static final String BASE = "https://example.org/";

  @Test
  void aTableRowIsALineWithItsCellsApart() {
    String text = HtmlText.of("<p>The count:</p><table><thead><tr><th>Region</th><th>Votes</th></tr></thead>"
        + "<tbody><tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>987</td></tr></tbody></table><p>Done.</p>", BASE);
    assertThat(text.lines()).contains("Region | Votes", "North | 1,204", "South | 987");
    assertThat(text).doesNotContain("RegionVotes", "North1,204").contains("The count:\n\nRegion | Votes\nNorth");
  }

  @Test
  void aSuperscriptIsMarkedAndAFootnoteKeepsItsNumberWithoutItsBackLink() {
    String text = HtmlText.of("<p>The plot is 40 m<sup>2</sup>, says the survey<sup id=\"fnref-1\"><a class=\"footnote-ref\""
        + " href=\"#fn-1\">1</a></sup>.</p><div class=\"footnotes\"><ol><li id=\"fn-1\"><p>Land office, 2021."
        + " <a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a></p></li></ol></div>", BASE);
    assertThat(text).contains("40 m^2,", "survey[1].", "\n[1] Land office, 2021.").doesNotContain("m2", "\u21a9", "#fnref");
  }

  @Test
  void aCodeBlockKeepsItsLinesAndTheirSpacesAndAnItemsParagraphsStandUnderItsText() {
    String text = HtmlText.of("<pre><code>x  =  1\n\ty = 2\n</code></pre><ol start=\"9\"><li><p>First.</p><p>Second.</p></li>"
        + "<li>Next <em> one</em></li></ol>", BASE);
    assertThat(text).isEqualTo("    x  =  1\n    \ty = 2\n\n9. First.\n\n   Second.\n10. Next one");
  }
}
