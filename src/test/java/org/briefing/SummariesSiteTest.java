package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic summaries reach every page that lists a story, and the feed. */
class SummariesSiteTest {
  @TempDir Path dir;

  static final String STORY = """
      -- content/grain.md --
      ---
      title: Grain exports resume from the northern port
      date: 2021-10-18T10:00:00+02:00
      standfirst: The first ship in three weeks left the northern port with grain for Egypt.
      topics: [Trade]
      sources: [reuters]
      ---

      The first grain ship in three weeks left the northern port on Monday, carrying wheat bound for Egypt.
      Port officials said the grain corridor would stay open as long as the weather allowed.

      However, he said that was not the whole story.

      Traders said grain prices fell by two percent after the ship sailed. They expect more grain ships to leave the port this week.

      The weather was mild and the harbour was quiet in the afternoon.
      """;

  @Test
  void anAutomaticSummaryAppearsOnTheFrontEditionTopicPagesAndInTheFeed() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY).build();
    String summary = site.html("").select(".story-card .summary").text();
    assertThat(summary).isNotBlank().contains("grain").doesNotStartWith("However");
    assertThat(summary.split("(?<=[.!?])\\s+")).hasSizeLessThanOrEqualTo(2);
    assertThat(site.html("briefings/2021-10-18/").select(".story-card .summary").text()).isEqualTo(summary);
    assertThat(site.html("topics/trade/").select(".story-card .summary").text()).isEqualTo(summary);
    assertThat(site.file("feed.xml")).contains("<summary type=\"text\">" + summary.replace("'", "&apos;") + "</summary>");
    Document article = site.html("2021/10/18/grain-exports-resume-from-the-northern-port/");
    assertThat(article.select("meta[name=description]").attr("content")).isEqualTo(summary);
  }

  /** A story whose body has, besides its prose, every kind of paragraph that is no prose. */
  static final String WITH_ASIDES = """
      -- content/bridge.md --
      ---
      title: The river bridge reopens after repairs
      date: 2021-10-18T10:00:00+02:00
      topics: [Transport]
      sources: [reuters]
      ---

      By Ana Diaz

      The river bridge reopened to traffic on Tuesday after six months of repairs to its piers.

      ![A crane lifting a steel beam onto the bridge](/images/crane.jpg "Photo: Tom Reed/Echo")

      *The first cars cross the repaired bridge on Tuesday.*

      Engineers rebuilt two piers and raised the weight limit for lorries to 26 tonnes.

      “We waited six months for this day,” said Lena Voss, who runs a bakery by the bridge.

      “We waited six months for this day.”

      **Read more:** [Repairs to the river bridge begin](https://example.com/news/repairs-begin)

      Rescue boats ![a boat](/images/boat.jpg "Photo: Tom Reed/Echo") stood by on the river while the first cars crossed.

      (Reporting by Ana Diaz; Editing by Tom Reed)
      """;

  @Test
  void aSummaryIsMadeOfProseAndTheSummarizeCommandReadsTheStoryAsTheBuildDoes() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "summary:\n  sentences: 4\n  max_words: 200\n" + Fixtures.SOURCES + WITH_ASIDES)
        .writeBytes("static/images/crane.jpg", TestImages.jpeg(60, 40, 1)).writeBytes("static/images/boat.jpg", TestImages.jpeg(60, 40, 2)).build();
    String summary = site.html("2021/10/18/the-river-bridge-reopens-after-repairs/").select("meta[name=description]").attr("content");
    assertThat(summary).contains("reopened to traffic").contains("26 tonnes")
        .doesNotContain("By Ana Diaz").doesNotContain("crane").doesNotContain("cross the repaired bridge")
        .doesNotContain("Read more").doesNotContain("Repairs to the river bridge begin").doesNotContain("a boat").doesNotContain("Reporting by")
        .doesNotContain("“We waited six months for this day.”");
    CliTest.Run run = CliTest.run("summarize", "--sentences", "4", "--max-words", "200", dir.resolve("content/bridge.md").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().strip().replace("'", "’")).isEqualTo(summary);
  }

  @Test
  void theSummaryBudgetComesFromTheConfig() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "summary:\n  sentences: 1\n  max_words: 30\n" + Fixtures.SOURCES + STORY).build();
    String summary = site.html("").select(".story-card .summary").text();
    assertThat(summary.split("(?<=[.!?])\\s+")).hasSize(1);
    assertThat(summary.split("\\s+").length).isLessThanOrEqualTo(30);
  }

  @Test
  void keyPointsAreWrittenAutomaticallyOnlyWhenSwitchedOn() {
    TestSite off = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY).build();
    assertThat(off.html("2021/10/18/grain-exports-resume-from-the-northern-port/").select(".key-points li")).isEmpty();
    TestSite on = TestSite.of(dir, Fixtures.CONFIG + "summary:\n  key_points: true\n" + Fixtures.SOURCES + STORY).build();
    var points = on.html("2021/10/18/grain-exports-resume-from-the-northern-port/").select(".key-points li").eachText();
    assertThat(points).hasSizeBetween(2, 3).doesNotHaveDuplicates();
    assertThat(points).allMatch(p -> STORY.contains(p));
  }

  @Test
  void anEditionWithSeveralStoriesHasAnInBriefList() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    var items = site.html("briefings/2021-10-18/").select(".in-brief li");
    assertThat(items).hasSize(2);
    assertThat(items.get(1).text()).startsWith("Russia suspends its mission to NATO — ");
  }

  @Test
  void aStoryWithoutBodyFallsBackToItsStandfirst() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/empty.md --
        ---
        title: Only a headline
        date: 2021-10-18
        standfirst: A standfirst and nothing else.
        sources: [reuters]
        ---
        """).build();
    assertThat(site.html("").select(".story-card .summary").text()).isEqualTo("A standfirst and nothing else.");
  }

  /** A story that quotes a woman right after a photo whose caption names her, with a woman named above the photo. */
  static String harbour(String photo) {
    return """
        -- content/harbour.md --
        ---
        title: Marrowby council votes to close the harbour
        date: 2021-10-18T10:00:00+02:00
        sources: [reuters]
        ---

        Ana Diaz, the council leader, said the harbour at Marrowby would close in March after the council vote on Tuesday.

        %s

        “Closing the harbour ends three hundred years of trade at Marrowby and costs the harbour its dockers,” she said.

        The harbour vote passed by nine votes to four, and the council will meet the dockers in March.
        """.formatted(photo.stripTrailing());
  }

  @Test
  void aCaptionInAnHtmlFigureLeavesTheMarkSoTheWordsAfterItGoToNoOneAbove() {
    // helper-87: a <figure> left no mark, and Ines Marlow's words were published as Ana Diaz's
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "markdown:\n  raw_html: allow\nsummary:\n  sentences: 3\n  max_words: 200\n"
        + Fixtures.SOURCES + harbour("""
        <figure>
          <img src="/images/wall.jpg" alt="The harbour wall">
          <figcaption>Ines Marlow, the dockers' leader, on the harbour wall. Photo: Tom Reyes/Marrowby Echo</figcaption>
        </figure>
        """)).writeBytes("static/images/wall.jpg", TestImages.jpeg(60, 40, 3)).build();
    String summary = site.html("2021/10/18/marrowby-council-votes-to-close-the-harbour/").select("meta[name=description]").attr("content");
    assertThat(summary).contains("Ana Diaz").doesNotContain("she said").doesNotContain("Ines Marlow");
  }

  @Test
  void anItalicCaptionUnderAPhotoWithItsCreditOnItsLinesIsNoProse() {
    // helper-87: the caption was published, and the "she said" after it could go on from it
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "summary:\n  sentences: 3\n  max_words: 200\n" + Fixtures.SOURCES + harbour("""
        ![The harbour wall](/images/wall.jpg)
        Photo: Tom Reyes/Marrowby Echo

        *Ines Marlow, the dockers' leader, on the harbour wall at Marrowby.*

        Photo by Tom Reyes
        """)).writeBytes("static/images/wall.jpg", TestImages.jpeg(60, 40, 3)).build();
    String summary = site.html("2021/10/18/marrowby-council-votes-to-close-the-harbour/").select("meta[name=description]").attr("content");
    assertThat(summary).contains("Ana Diaz").doesNotContain("Ines Marlow").doesNotContain("Reyes").doesNotContain("she said");
  }

  /** Four stories about one harbour master, Tom Berg: two quote someone else, two quote him. */
  static final String BERG = """
      -- content/stories/split.md --
      ---
      title: Council split over harbour plan
      date: 2021-10-18T10:00:00+02:00
      sources: [reuters]
      ---

      Harbour master Tom Berg opened Monday's council meeting on the harbour plan with a call for calm among the fishermen.

      “This plan will ruin the harbour and every family that lives from it.” Those were the words of opposition leader Ana Diaz, who walked out minutes later.

      The council will vote on the plan next week, and the result is expected to be close.
      -- content/stories/cleared.md --
      ---
      title: Harbour boss cleared of fraud
      date: 2021-10-18T11:00:00+02:00
      sources: [reuters]
      ---

      Mr Tom Berg, the former harbour master, was cleared of fraud at Marrowby Crown Court on Monday.

      The vicar told the court during three long weeks of evidence, much of it about ledgers kept in the harbour office since the late 1990s, that the case against Mr Berg was overwhelming and that the money taken from the harbour fund was never repaid.

      “The jury has spoken, but we stand by our case,” he said.
      -- content/stories/backs.md --
      ---
      title: Harbour plan will save every family, says harbour master
      date: 2021-10-18T12:00:00+02:00
      sources: [reuters]
      ---

      “The harbour plan will bring work back to the quay,” harbour master Tom Berg told Monday's council meeting. “This harbour plan will save every family that lives from the harbour.” Ana Diaz, who leads the opposition, walked out minutes later.

      The council will vote next week.
      -- content/stories/free.md --
      ---
      title: Harbour master walks free
      date: 2021-10-18T13:00:00+02:00
      sources: [reuters]
      ---

      Mr Tom Berg, the former harbour master, was cleared of fraud at Marrowby Crown Court on Monday.

      The court heard three weeks of evidence, much of it about ledgers kept in the harbour office since the late 1990s, and about money taken from the harbour fund that was never repaid, before the jury went out on Friday afternoon.

      “The jury has spoken, and I can go back to my family at last,” he said.
      """;

  @Test
  void aQuotationIsNotPublishedUnderTheNameOfThePersonNamedBeforeItWhenAnotherSpeaks() {
    // hunter-187: Ana Diaz's words, named in the sentence after them, and the vicar's "he said" were
    // published after Tom Berg's sentence, in the card, the page's description and the feed
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "summary:\n  sentences: 2\n  max_words: 40\n" + Fixtures.SOURCES + BERG).build();
    String cards = site.html("").select(".story-card .summary").text();
    String feed = String.join(" ", Pattern.compile("<summary type=\"text\">(.*?)</summary>").matcher(site.file("feed.xml")).results()
        .map(m -> m.group(1)).toList());
    for (String published : List.of(cards, feed, description(site, "council-split-over-harbour-plan"),
        description(site, "harbour-boss-cleared-of-fraud"))) {
      assertThat(published).contains("Tom Berg").doesNotContain("ruin the harbour").doesNotContain("we stand by our case");
    }
    // and what Berg said is still his: after the quotation that names him, and across a sentence in which no one speaks
    assertThat(description(site, "harbour-plan-will-save-every-family-says-harbour-master"))
        .contains("Tom Berg").contains("This harbour plan will save every family");
    assertThat(description(site, "harbour-master-walks-free")).contains("Tom Berg").contains("I can go back to my family");
  }

  private static String description(TestSite site, String slug) {
    return site.html("2021/10/18/" + slug + "/").select("meta[name=description]").attr("content");
  }
}
