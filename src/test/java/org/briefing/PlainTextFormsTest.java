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
}
