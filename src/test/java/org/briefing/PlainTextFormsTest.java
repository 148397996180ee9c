package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain text of a story (the search index and its excerpt, the automatic summary on the front page, in the meta
 * description and the feeds) holds every word its page shows, as the page shows it, and none that the page hides.
 */
class PlainTextFormsTest {
  @TempDir Path dir;

  private static final String ALLOW = "markdown:\n  raw_html: allow\n";

  private static String story(String title, String body) {
    return """
        -- content/stories/story.md --
        ---
        title: %s
        date: 2021-10-18T10:00:00+02:00
        sources: [{name: Desk}]
        ---
        %s
        """.formatted(title, body);
  }

  @Test
  void textInAngleBracketsAndSquareBracketsIsInTheIndexTheExcerptTheSummaryAndTheFeedsAsThePageShowsIt() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + story("Wine adverts rule upheld", """
        The court upheld the <Loi Evin> [Editor's note: the law of 1991] on alcohol advertising. Readers can write to <letters@example.org> or see <https://example.com/rules>.
        The letter said they was [sic] late.
        """)).build();
    String lead = "The court upheld the <Loi Evin> [Editor\u2019s note: the law of 1991] on alcohol advertising. Readers can write to "
        + "letters@example.org or see https://example.com/rules.";
    String shown = lead + " The letter said they was [sic] late.";
    Document page = site.html("2021/10/18/wine-adverts-rule-upheld/");
    assertThat(page.select("article p").text()).as("the page").contains(shown);

    SearchIndexTest.Index index = new SearchIndexTest.Index(site);
    for (String word : new String[] {"evin", "letters", "rules", "sic", "editor"}) {
      assertThat(index.titles(word)).as(word).containsExactly("Wine adverts rule upheld");
    }
    assertThat(index.doc(0).get("x").toString()).as("the excerpt").isEqualTo("[" + shown + "]");

    assertThat(site.html("").select(".story-card .summary").text()).as("the front page's summary").isEqualTo(lead);
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(lead);
    assertThat(site.file("feed.xml")).contains("<summary type=\"text\">" + lead.replace("<", "&lt;").replace(">", "&gt;") + "</summary>");
    assertThat(site.file("feed.json")).contains("upheld the \\u003cLoi Evin\\u003e [Editor\u2019s note: the law of 1991] on alcohol");
  }

  @Test
  void theTextOfBlocksOfHtmlIsIndexedAsThePageShowsItWhetherItShowsTheTagsOrPassesThemThrough() throws Exception {
    String body = """
        A Markdown paragraph.

        <p>Zxrawparagraph written in HTML.</p>

        <div>Zxrawdiv <span hidden>zxhiddenspan</span> in a div.</div>

        <table><tr><td>Zxrawtablecell</td></tr></table>
        """;
    TestSite escaped = TestSite.of(dir.resolve("escaped"), Fixtures.CONFIG + story("Pasted HTML", body)).build();
    TestSite allowed = TestSite.of(dir.resolve("allowed"), Fixtures.CONFIG + ALLOW + story("Pasted HTML", body)).build();
    for (TestSite site : new TestSite[] {escaped, allowed}) {
      SearchIndexTest.Index index = new SearchIndexTest.Index(site);
      for (String word : new String[] {"zxrawparagraph", "zxrawdiv", "zxrawtablecell"}) {
        assertThat(index.titles(word)).as(word + " in " + site.dir().getFileName()).containsExactly("Pasted HTML");
      }
    }
    assertThat(new SearchIndexTest.Index(escaped).titles("zxhiddenspan")).as("the page shows the tags as text, and the word").hasSize(1);
    assertThat(SearchIndexTest.indexText(allowed)).as("passed through, the span is hidden").doesNotContain("zxhiddenspan");
    assertThat(allowed.html("2021/10/18/pasted-html/").select("article div").text()).contains("Zxrawdiv");
  }

  @Test
  void hiddenInlineHtmlIsInNoFileOfTheIndexNorTheSummaryAndTheWordsAroundItAre() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + ALLOW + story("Story with inline HTML", """
        Visible text <span hidden>zxhiddennote <b>zxinner</b> still</span> and <span style="display: none">zxnonenote</span> and <template>zxtemplatenote</template> and an embed <script>var zxscriptvar = "a" && 1;</script><style>.zxstyleclass{}</style> end.

        <div hidden>

        Zxhiddenblock set hidden around Markdown.

        </div>

        The last paragraph<br>has a line break.
        """)).build();
    String text = SearchIndexTest.indexText(site);
    for (String word : new String[] {"zxhiddennote", "zxinner", "zxnonenote", "zxtemplatenote", "zxscriptvar", "zxstyleclass", "Zxhiddenblock"}) {
      assertThat(text).as(word).doesNotContain(word);
    }
    assertThat(new SearchIndexTest.Index(site).doc(0).get("x").toString()).as("the excerpt")
        .isEqualTo("[Visible text and and and an embed end., The last paragraph has a line break.]");
    assertThat(site.html("").select(".story-card .summary").text()).as("the front page's summary")
        .doesNotContain("zx").doesNotContain("Zx").contains("Visible text and and and an embed end.");
  }

  @Test
  void anInlineScriptPassedThroughIsWrittenAsTypedAndCodeInHtmlKeepsItsStraightQuotes() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + ALLOW + story("Story with a script", """
        A counter <script>var s = "x" && 'y'; if (a < b) {}</script> and the keys <kbd>"q" -- it's</kbd> in "quotes".
        """)).build();
    Document page = site.html("2021/10/18/story-with-a-script/");
    assertThat(page.select("article script").first().data()).isEqualTo("var s = \"x\" && 'y'; if (a < b) {}");
    assertThat(page.select("article kbd").text()).isEqualTo("\"q\" -- it's");
    assertThat(page.select("article p:contains(counter)").text()).as("the story's own words keep their typography")
        .isEqualTo("A counter and the keys \"q\" -- it's in \u201Cquotes\u201D.");
  }

  @Test
  void aPageWithHiddenHtmlIsIndexedWithoutIt() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + ALLOW + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        We write a daily briefing<template>zxpagetemplate</template> <span hidden>zxpagehidden</span>on security.
        """).build();
    assertThat(SearchIndexTest.indexText(site)).contains("We write a daily briefing on security.").doesNotContain("zxpage");
  }
}
