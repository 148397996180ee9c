package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that YAML would read as a number written otherwise than it prints (a code with leading
 * zeros, a price with its cents, an exponent, a sign, hexadecimal or octal) is published as the
 * editor typed it: before, {@code title: 007} became the headline "7", {@code standfirst: 2.50}
 * "2.5", the topic {@code 1e3} "1000.0" and the key point {@code +1} "1", without a word.
 */
class NumberLikeTextTest {
  @TempDir Path dir;

  @Test
  void numberLikeTextIsPublishedAsWritten() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/agent.md --
        ---
        title: 007
        date: 2021-10-18T10:00:00Z
        sources: [reuters]
        standfirst: 2.50
        why_it_matters: 0x1F
        topics: [1e3, .5, 2021]
        key_points:
          - +1
          - 0o17
          - 1.0
        ---
        A story whose fields look like numbers.
        """).build();
    String page = site.outputPaths().stream().filter(p -> p.matches("2021/10/18/[^/]+/index.html")).findFirst().orElseThrow();
    Document story = site.html(page);
    assertThat(story.select("h1").text()).isEqualTo("007");
    assertThat(story.select(".standfirst").text()).isEqualTo("2.50");
    assertThat(story.text()).contains("0x1F");
    assertThat(story.select("li").eachText()).contains("+1", "0o17", "1.0");
    assertThat(site.html("topics/index.html").select("main a").eachText()).contains("1e3", ".5", "2021");
  }

  /** A setting that wants a whole number takes one written with a leading zero or a sign, as YAML reading keeps those as text. */
  @Test
  void aWholeNumberSettingTakesLeadingZerosAndASign() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("language: en\n", "language: en\nsummary:\n  sentences: 01\nfeed:\n  entries: +2\n")
        + Fixtures.SOURCES + """
        -- content/stories/a.md --
        ---
        title: One
        date: 2021-10-18T10:00:00Z
        sources: [reuters]
        ---
        First sentence of one. Second sentence of one, which is longer than the first. Third sentence.
        -- content/stories/b.md --
        ---
        title: Two
        date: 2021-10-19T10:00:00Z
        sources: [reuters]
        ---
        Text of two.
        -- content/stories/c.md --
        ---
        title: Three
        date: 2021-10-20T10:00:00Z
        sources: [reuters]
        ---
        Text of three.
        """).build();
    assertThat(org.jsoup.Jsoup.parse(site.file("feed.xml"), "", org.jsoup.parser.Parser.xmlParser()).select("entry")).hasSize(2);
  }
}
