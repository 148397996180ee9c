package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code markdown.raw_html: allow}, the links and pictures of the HTML written in a text are
 * checked as those written in Markdown are: one to the site's own address must lead to something
 * the site publishes, and no path may leave the site. HTML is published as written, so a path from
 * the root is read without the site's sub-path, and a relative one from the text's own page.
 */
class HtmlInMarkdownLinksTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: https://example.org/news/")
      .replace("language: en", "language: en\nmarkdown:\n  raw_html: allow") + """
      -- content/pages/about.md --
      ---
      title: About us
      ---
      Hello.
      -- content/stories/minister.md --
      ---
      title: Defence minister to resign over leaked plan
      date: 2021-10-20T10:00:00+02:00
      draft: true
      sources: [reuters]
      ---
      Embargoed until Friday.
      """;

  /** The fixture with {@code text} as the last paragraph of reaction.md, from its line 12. */
  private static String withText(String text) {
    return SITE.replace("Officials spoke after a meeting in Brussels.", text);
  }

  private static String shortly(Problem p) {
    int end = p.message().indexOf(": ");
    return p.position().file().getFileName() + ":" + p.position().line() + " " + (end < 0 ? p.message() : p.message().substring(0, end));
  }

  @Test
  void aLinkOrPictureOfHtmlToAnAddressWhereNothingIsPublishedOrToAHeldStoryIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, withText("""
        <p>See <a href="/news/about-us/">us</a> and <a href='/news/2021/10/20/defence-minister-to-resign-over-leaked-plan/'>him</a>.</p>

        <figure><img src="map.png" alt="A map"><figcaption>Photo: The Desk</figcaption></figure>

        <div>
        <a class="more"
           href="https://example.org/news/nothing/">more</a>
        <picture><source srcset="/news/images/flag.png 1x, /news/images/flag-2x.png 2x"><img src="/news/images/flag.png" alt="" title="Photo: Desk"></picture>
        </div>""")).buildFails();
    assertThat(errors).extracting(HtmlInMarkdownLinksTest::shortly).containsExactlyInAnyOrder(
        "reaction.md:12 the link '/news/about-us/' leads to no address of the site",
        "reaction.md:12 the link '/news/2021/10/20/defence-minister-to-resign-over-leaked-plan/' leads to a story held back as a draft",
        "reaction.md:14 the image 'map.png' leads to no address of the site",
        "reaction.md:18 the link 'https://example.org/news/nothing/' leads to no address of the site",
        "reaction.md:19 the image '/news/images/flag-2x.png' leads to no address of the site");
    assertThat(errors).filteredOn(e -> e.message().contains("'map.png'")).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("nothing is published at /2021/10/18/allies-regret-the-decision/map.png"));
  }

  /** HTML's addresses are published as written: a path from the host's root without the site's sub-path leads out of the site. */
  @Test
  void aPathOfHtmlThatLeavesTheSiteIsAnErrorThatOffersTheSubPath() {
    List<Problem> errors = TestSite.of(dir, withText("""
        Read <a href="/about/">about us</a> or see <img src="../../../../../images/flag.png" title="Photo: Desk" alt="">.""")).buildFails();
    assertThat(errors).extracting(HtmlInMarkdownLinksTest::shortly).containsExactlyInAnyOrder(
        "reaction.md:12 the link '/about/' leads out of the site",
        "reaction.md:12 the image '../../../../../images/flag.png' leads out of the site");
    assertThat(errors).filteredOn(e -> e.message().contains("'/about/'")).singleElement().satisfies(e -> {
      assertThat(e.message()).contains("published as written, without the site's path");
      assertThat(e.hint()).contains("(/news/about/)", "(https://example.org/about/)");
    });
  }

  /** Addresses the site publishes, in any spelling HTML allows, other hosts, fragments, a script's text and escaped HTML build. */
  @Test
  void htmlLinksToPublishedAddressesElsewhereOrInAScriptBuild() {
    TestSite.of(dir, withText("""
        <p>See <A HREF=/news/about/>us</A>, <a href="/news/about">us again</a>, <a href="&#x2F;news&#x2F;about&#x2F;">escaped</a>,
        <a href="../../../../about/#team">relative</a>, <a href="https://example.org/sport/">sport</a>, <a href="#notes">notes</a>,
        <a href="mailto:desk@example.org">mail</a> and <img src="/news/images/flag.png" srcset="../../../../images/flag.png 2x" alt=""
        title="Photo: Desk">.</p>

        <script>var more = '<a href="/news/nowhere/">';</script>""")).build();
    // shown as text, HTML is no link
    TestSite.of(dir.resolve("escaped"), withText("See <a href=\"/news/nowhere/\">us</a>.").replace("markdown:\n  raw_html: allow\n", ""))
        .build();
  }

  /** A site at the root of its host: a path from the root is the site's own, checked as such. */
  @Test
  void atTheRootOfItsHostAnHtmlPathFromTheRootIsCheckedAsTheSites() {
    List<Problem> errors = TestSite.of(dir, withText("See <a href=\"/about/\">us</a> and <a href=\"/about-us/\">us</a>.")
        .replace("base_url: https://example.org/news/", "base_url: https://example.org/")).buildFails();
    assertThat(errors).extracting(HtmlInMarkdownLinksTest::shortly).containsExactly("reaction.md:12 the link '/about-us/' leads to no address of the site");
  }

  /** A page's text and an edition's note are read alike, and an edit of a story's HTML is checked the edit way. */
  @Test
  void aPagesAndAnEditionsHtmlAreCheckedAndAnEditOfAStorysHtmlFailsTheEditWay() {
    TestSite site = TestSite.of(dir, withText("See <a href=\"/news/about/\">us</a>.") + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        Today: <a href="/news/2021/10/18/allies-regret-the-decision/">the allies</a>.
        """).build();
    site.edit("content/stories/reaction.md", "href=\"/news/about/\"", "href=\"/news/about-us/\"");
    assertThat(site.buildFails()).extracting(HtmlInMarkdownLinksTest::shortly)
        .containsExactly("reaction.md:12 the link '/news/about-us/' leads to no address of the site");
    site.edit("content/stories/reaction.md", "href=\"/news/about-us/\"", "href=\"/news/about/\"").build();
    site.edit("content/pages/about.md", "Hello.", "Hello from <a href=\"../briefings/2021-10-19/\">an edition</a>.");
    assertThat(site.buildFails()).extracting(HtmlInMarkdownLinksTest::shortly)
        .containsExactly("about.md:4 the link '../briefings/2021-10-19/' leads to no address of the site");
  }
}
