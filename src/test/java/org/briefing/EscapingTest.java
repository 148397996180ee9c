package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {
  @TempDir Path dir;

  static final String HOSTILE = Fixtures.SOURCES + """
      -- content/a.md --
      ---
      title: "<script>alert('title')</script> & more"
      date: 2021-10-18
      standfirst: "<img src=x onerror=alert(1)>"
      summary: "<b>bold?</b>"
      topics: ["<i>topic</i>"]
      sources:
        - {name: "<em>Agency</em>", url: "https://example.com/?a=1&b=\\"2\\""}
      image: {src: "", caption: "<svg onload=alert(1)>", credit: "<u>Credit</u>"}
      ---
      Body with <script>alert('body')</script> and <span class="x">a span</span>.

      <div onclick="alert(1)">block</div>
      """;

  @Test
  void valuesFromContentAreEscapedEverywhere() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + HOSTILE).build();
    for (String path : site.outputPaths()) {
      if (path.endsWith(".html")) {
        Document page = site.html(path);
        // the one script of the theme is the search page's, from the theme's assets
        assertThat(page.select("script:not([type=application/ld+json]):not([src^=/assets/search.js?v=])")).as(path).isEmpty();
        assertThat(page.select("[onerror], [onload], [onclick], svg, img[src=x], b, u, em:contains(Agency), i:contains(topic)")).as(path).isEmpty();
      }
    }
    Document article = site.html("2021/10/18/script-alert-title-script-and-more/");
    assertThat(article.select("h1").text()).isEqualTo("<script>alert('title')</script> & more");
    assertThat(article.select(".story-body").text()).contains("<script>alert(").contains("</script> and <span class=\"x\">a span</span>");
    String jsonLd = article.select("script[type=application/ld+json]").html();
    assertThat(jsonLd).doesNotContain("<script").doesNotContain("</");
  }

  @Test
  void aBackslashEscapeIsItsCharacterInAnAutomaticSummary() {
    // what `briefing import` writes for agency copy with a paragraph opening "- " or a stray "*" or "["
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/haas.md --
        ---
        title: "Haas doubtful for the Open"
        date: 2021-10-18
        sources: [reuters]
        ---
        \\- Former finalist Tommy Haas is doubtful for the Open after a thigh injury at the weekend.

        Shares in Acme\\* fell 5% after the firm's \\[updated\\] profit warning on Monday.
        """).build();
    Document article = site.html("2021/10/18/haas-doubtful-for-the-open/");
    assertThat(article.select(".story-body").text()).contains("- Former finalist").contains("Acme* fell").contains("[updated]");
    String description = article.select("meta[name=description]").attr("content");
    assertThat(description).contains("Former finalist Tommy Haas").contains("Acme* fell").contains("[updated] profit").doesNotContain("\\");
    assertThat(article.select("meta[property=og:description]").attr("content")).isEqualTo(description);
    assertThat(site.html("").select(".summary").text()).contains("Acme* fell").doesNotContain("\\");
    assertThat(site.file("feed.xml")).contains("Acme* fell").doesNotContain("\\");
  }

  @Test
  void rawHtmlPassesOnlyWhenTheConfigAllowsIt() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "markdown:\n  raw_html: allow\n" + HOSTILE).build();
    Document article = site.html("2021/10/18/script-alert-title-script-and-more/");
    assertThat(article.select(".story-body span.x").text()).isEqualTo("a span");
    assertThat(article.select("h1").text()).isEqualTo("<script>alert('title')</script> & more");
  }

  @Test
  void linksInFieldsMustBeWebAddresses() {
    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/a.md --
        ---
        title: Links
        date: 2021-10-18
        sources:
          - {name: Evil, url: "javascript:alert(1)"}
        go_deeper:
          - {title: Evil, url: "javascript:alert(1)"}
        ---
        Body.
        """).buildFails();
    assertThat(errors).extracting(p -> p.position().line()).containsExactly(5, 7);
  }
}
