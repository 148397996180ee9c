package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No photo without its credit, for an image written in a text as for a story's own photo: its
 * credit is the image's title, printed under it (alone in its paragraph, as a figure) or after it
 * (among words); one without a credit, or with one that names no one, stops a strict build at its
 * line, in a story's text and brief, a page and an edition's note. Images in texts were published
 * with no credit and no word.
 */
class TextImageCreditsTest {
  @TempDir
  Path dir;

  private static final String SITE = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- static/images/port.png --
      image: png 60x40
      -- static/images/icon.png --
      image: png 8x8
      -- content/stories/port.md --
      ---
      title: The port reopens
      date: 2021-10-18T10:00:00Z
      sources: [reuters]
      key_points:
        - 'Ships are back. ![The quay](/images/icon.png "Photo: Ana Diaz/Reuters")'
      ---
      Ships are back in the port. <!-- a note
      over two lines -->

      ![Cranes over the quay at dawn](/images/port.png "Photo: Jane Doe/Agency")

      The harbour master ![a ship's flag](/images/icon.png "Illustration: The Desk") said so.

      ![The quay by night][night]

      [night]: /images/port.png "Tom Lee/Port Authority"
      -- content/pages/about.md --
      ---
      title: About
      ---
      Our newsroom.

      ![The newsroom](/images/port.png "Photo: The Desk")
      -- content/editions/2021-10-18.md --
      ---
      title: Monday
      ---
      ![The harbour](/images/port.png "Photo: Jane Doe/Agency")
      """;

  @Test
  void anImageWithACreditIsPublishedWithItOnItsPageInTheFeedAndInTheEmail() throws Exception {
    TestSite site = TestSite.of(dir, SITE.replace("  name: Test Desk\n", "  name: Test Desk\n" + EmailEditionTest.EMAIL_CONFIG)).build();
    assertThat(site.warnings()).isEmpty();
    Document story = site.html("2021/10/18/the-port-reopens/");
    List<Element> figures = story.select("figure.text-photo");
    assertThat(figures).extracting(f -> f.selectFirst("img").attr("alt") + " | " + f.selectFirst("figcaption.credit").text())
        .containsExactly("Cranes over the quay at dawn | Photo: Jane Doe/Agency", "The quay by night | Tom Lee/Port Authority");
    Element flag = story.selectFirst("img[alt=\"a ship's flag\"]");
    assertThat(flag.parent().tagName()).isEqualTo("p");
    Element credit = flag.nextElementSibling();
    assertThat(credit.tagName()).isEqualTo("small");
    assertThat(credit.text()).isEqualTo("Illustration: The Desk");
    assertThat(story.select(".brief small.credit").text()).isEqualTo("Photo: Ana Diaz/Reuters");
    assertThat(site.html("about/").select("figure.text-photo figcaption").text()).isEqualTo("Photo: The Desk");
    assertThat(site.html("briefings/2021-10-18/").select("figure.text-photo figcaption").text()).isEqualTo("Photo: Jane Doe/Agency");
    // the feed's HTML is escaped in its XML
    assertThat(site.file("feed.xml")).contains("&lt;figcaption class=&quot;credit&quot;&gt;Photo: Jane Doe/Agency&lt;/figcaption&gt;");
    Document email = org.jsoup.Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(email.select("figcaption").eachText()).contains("Photo: Jane Doe/Agency");
    for (String page : List.of("2021/10/18/the-port-reopens/index.html", "about/index.html", "briefings/2021-10-18/index.html")) {
      assertThat(new HtmlValidator().errors(site.out().resolve(page))).as(page).isEmpty();
    }
  }

  @Test
  void anImageWithoutACreditStopsAStrictBuildAtItsLineWhereverItIsWritten() {
    String site = SITE.replace(" \"Photo: Jane Doe/Agency\")\n\nThe harbour", ")\n\nThe harbour")
        .replace("(/images/icon.png \"Photo: Ana Diaz/Reuters\")", "(/images/icon.png)")
        .replace("[night]: /images/port.png \"Tom Lee/Port Authority\"", "[night]: /images/port.png \"©\"")
        .replace("(/images/port.png \"Photo: The Desk\")", "(/images/port.png \"Photo:\")")
        .replace("![The harbour](/images/port.png \"Photo: Jane Doe/Agency\")", "![The harbour](/images/port.png \"TBC\")");
    List<String> errors = TestSite.of(dir, site).buildFails().stream().map(p -> p.format(dir)).toList();
    assertThat(errors).hasSize(5);
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/stories/port.md:11: error: the image '/images/port.png' in the story's text has no credit")
        .contains("![what it shows](/images/port.png \"Photo: Jane Doe/Agency\")"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/stories/port.md:15: error: the credit '©' of the image '/images/port.png'"
        + " in the story's text names no one"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/stories/port.md:6: error: the image '/images/icon.png' in 'key_points' has no credit"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/pages/about.md:6: error: the credit 'Photo:' of the image"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/editions/2021-10-18.md:4: error: the credit 'TBC' of the image"));
  }

  /** The usual way to credit a photo in copy, a caption under it with the credit, is a credit; it is printed as written. */
  @Test
  void aCaptionUnderTheImageThatCreditsItIsItsCredit() {
    String captions = Fixtures.CONFIG + Fixtures.SOURCES + """
        -- static/images/port.png --
        image: png 60x40
        -- content/stories/port.md --
        ---
        title: The port reopens
        date: 2021-10-18T10:00:00Z
        sources: [reuters]
        ---
        Ships are back in the port.

        ![Dockers on the quay](/images/port.png)
        *Dockers on the quay at dawn. Photo: Ana Diaz/Reuters*

        ![A crane](/images/port.png)

        *A crane over the harbour.*

        Photo: Tom Lee/Port Authority

        ![A tug](/images/port.png)

        A tug in the harbour (Getty Images)

        ![A ship](/images/port.png)

        *A ship in the harbour. Photo: TBC*

        ![A boat](/images/port.png)

        *A boat in the harbour.*

        The boat left at noon, the harbour master said.
        """;
    List<String> errors = TestSite.of(dir, captions).buildFails().stream().map(p -> p.format(dir)).toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("content/stories/port.md:21: error: the credit 'Photo: TBC' of the image '/images/port.png'"
        + " in the story's text names no one");
    assertThat(errors.get(1)).startsWith("content/stories/port.md:25: error: the image '/images/port.png' in the story's text has no credit")
        .contains("or in a caption on the line under it");

    TestSite site = TestSite.of(dir, captions.replace("Photo: TBC", "Photo: Mari Tamm/Harbour Board")
        .replace("*A boat in the harbour.*", "*A boat in the harbour. Photo: Mari Tamm/Harbour Board*")).build();
    Document story = site.html("2021/10/18/the-port-reopens/");
    assertThat(story.select("figure")).as("a credit in a caption is printed where it is written").isEmpty();
    assertThat(story.select("em").eachText()).contains("Dockers on the quay at dawn. Photo: Ana Diaz/Reuters");
  }

  /** helper-97's cases: credits taken from another image's caption, bypasses, labels and placeholders, captions editors write. */
  @Test
  void aCreditIsTheImagesOwnAndSaysWhoAndTheWaysEditorsWriteOneAreRead() {
    String site = Fixtures.CONFIG.replace("language: en", "language: en\nmarkdown:\n  raw_html: allow") + Fixtures.SOURCES + """
        -- static/images/p.png --
        image: png 60x40
        -- content/stories/wrong.md --
        ---
        title: Credits of other images
        date: 2021-10-18T10:00:00Z
        sources: [reuters]
        ---
        Text !<!-- credit to come -->[Hidden from the check](/images/p.png) here, and `![in code](/images/p.png)`.

        ![A](/images/p.png)

        *Dockers at dawn.*

        ![B](/images/p.png)
        *Cranes. Photo: Ana Diaz/Reuters*

        ![C](/images/p.png)

        ![D](/images/p.png)
        *Tugs. Photo: Ana Diaz/Reuters*

        ![E](/images/p.png "Crédit :") ![F](/images/p.png "Photographer:") ![G](/images/p.png "Photo: to come") ![H](/images/p.png "TK")

        <img src="/images/p.png" alt="raw">

        ![I](/images/p.png)
        *The quay.* ![J](/images/p.png) Photo: Tom Lee/AP

        ![K](/images/p.png)

        *The quay.*

        Copyright 2021

        ![L](/images/p.png)
        Le gouvernement a annoncé lundi un plan – crédit : 300 millions d'euros sur trois ans.

        <figure><img src="/images/p.png" alt="M"><figcaption>The quay at dawn.</figcaption></figure>

        <figure><img src="/images/p.png" alt="N"><figcaption>Photo: Tom Lee/AP</figcaption></figure><figure><img src="/images/p.png" alt="O"></figure>

        ![P](/images/p.png)

        <figure><img src="/images/p.png" alt="Q"><figcaption>Photo: Tom Lee/AP</figcaption></figure>

        <figure><img src="/images/p.png" alt="R"><figure><img src="/images/p.png" alt="S"><figcaption>Photo: Bob Ray/AFP</figcaption></figure></figure>

        <figure><img src="/images/p.png" alt="T">
        <figure><img src="/images/p.png" alt="U"><figcaption>Photo: Bob Ray/AFP</figcaption></figure>

        ![V](/images/p.png "Bildnachweis") ![W](/images/p.png "Fotografía")

        <svg width="60" height="40"><image href="/images/p.png" width="60" height="40"/></svg>

        <svg width="60" height="40"><filter id="f"><feImage href="/images/p.png"/></filter></svg>

        <form><input type="image" src="/images/p.png" alt="Go"></form>

        <video poster="/images/p.png" src="/files/clip.mp4"></video>

        <svg width="60" height="40"><filter id="g"><feImage href="#shape"/></filter></svg>
        -- content/stories/right.md --
        ---
        title: Credits editors write
        date: 2021-10-18T11:00:00Z
        sources: [reuters]
        ---
        ![a](/images/p.png) ![b](/images/p.png)
        *Two cranes. Photo: Ana Diaz/Reuters*

        ![c](/images/p.png)

        > *Cranes at dawn. REUTERS/Ana Diaz*

        ![d](/images/p.png)
        *© Ana Diaz*

        ![e](/images/p.png)
        *Hafenarbeiter am Kai. Foto: Ana Diaz/dpa*

        ![f](/images/p.png)
        *Handout via Reuters*

        ![g](/images/p.png)
        *Courtesy of the Port Authority*

        ![h](/images/p.png "Photo: Ana Diaz/Reuters")
        *Cranes. Photo: Ana Diaz/Reuters*

        ![k](/images/p.png "Photo: Tom Lee/AP")
        *The quay. Photo: Ana Diaz/Reuters*

        ![l](/images/p.png)

        Dockers on the quay at dawn (Foto: Ana Diaz)

        ![m](/images/p.png)
        *Dockers on the quay – Foto: Ana Diaz*

        ![n](/images/p.png)\\
        ![o](/images/p.png)
        *Docks. Photo: Ann Lee/AP*

        ![p](/images/p.png "AP")
        *Docks. Photo: Ana Diaz/Rapho*

        <figure><img src="/images/p.png" alt="i"><figcaption>Cranes. Photo: Tom Lee/AP</figcaption></figure>

        <figure>

        ![j](/images/p.png)

        <figcaption>Photo: Tom Lee/AP</figcaption>
        </figure>
        """;
    List<String> errors = TestSite.of(dir, site).buildFails().stream().map(p -> p.format(dir).lines().findFirst().orElseThrow()).toList();
    assertThat(errors).containsExactlyInAnyOrder(
        "content/stories/wrong.md:6: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:8: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:15: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:20: error: the credit 'Crédit :' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:20: error: the credit 'Photographer:' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:20: error: the credit 'Photo: to come' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:20: error: the credit 'TK' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:22: error: the image '/images/p.png' in the story's text has no credit",
        // helper-98: the caption of another image of the same paragraph, a year after "Copyright", a figure of its own
        "content/stories/wrong.md:24: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:27: error: the credit 'Copyright 2021' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:33: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:36: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:38: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:40: error: the image '/images/p.png' in the story's text has no credit",
        // helper-99: a figure inside another, one after an unclosed one; labels alone
        "content/stories/wrong.md:44: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:46: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:49: error: the credit 'Bildnachweis' of the image '/images/p.png' in the story's text names no one",
        "content/stories/wrong.md:49: error: the credit 'Fotografía' of the image '/images/p.png' in the story's text names no one",
        // helper-102: a picture an SVG shows
        "content/stories/wrong.md:51: error: the image '/images/p.png' in the story's text has no credit",
        // helper-103: an SVG filter's image, an image button, a video's poster
        "content/stories/wrong.md:53: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:55: error: the image '/images/p.png' in the story's text has no credit",
        "content/stories/wrong.md:57: error: the image '/images/p.png' in the story's text has no credit");

    TestSite built = TestSite.of(dir, site).delete("content/stories/wrong.md").build();
    Document right = built.html("2021/10/18/credits-editors-write/");
    assertThat(right.select("figcaption, small.credit").eachText()).as("a credit in a caption is not printed twice")
        .containsExactly("Photo: Tom Lee/AP", "AP", "Cranes. Photo: Tom Lee/AP", "Photo: Tom Lee/AP");
  }

  /**
   * A title's credit whose name opens with a label's word ("Credit Suisse", a bank's handout) is compared whole with the
   * credit of the caption under it: cut to "Suisse", it was taken for the caption's "Suisse Tourism", and not printed.
   */
  @Test
  void aTitlesCreditNamingSomeoneWhoseNameOpensWithALabelsWordIsComparedWholeWithTheCaptions() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- static/images/p.png --
        image: png 60x40
        -- content/stories/agencies.md --
        ---
        title: Agencies
        date: 2021-10-18T10:00:00Z
        sources: [reuters]
        ---
        The bank's tower was sold.

        ![The tower](/images/p.png "Credit Suisse")
        *The tower and the lake. Photo: Suisse Tourism*

        ![The lake](/images/p.png "Photo: Suisse Tourism")
        *The lake. Photo: Suisse Tourism*
        """).build();
    assertThat(site.html("2021/10/18/agencies/").select("figcaption, small.credit").eachText()).as("a credit in a caption is printed once")
        .containsExactly("Credit Suisse");
  }

  @Test
  void withAttributionWarnOrInADraftAMissingCreditIsAWarning() {
    String uncredited = SITE.replace(" \"Photo: Jane Doe/Agency\")\n\nThe harbour", ")\n\nThe harbour");
    TestSite warn = TestSite.of(dir, uncredited.replace("language: en", "language: en\nattribution: warn")).build();
    assertThat(warn.warnings()).extracting(Problem::message).containsExactly("the image '/images/port.png' in the story's text has no credit");
    assertThat(warn.html("2021/10/18/the-port-reopens/").selectFirst("img[alt^=Cranes]").parent().tagName()).as("no figure without a credit")
        .isEqualTo("p");

    TestSite draft = TestSite.of(dir, uncredited.replace("title: The port reopens", "title: The port reopens\ndraft: true")).drafts().build();
    assertThat(draft.warnings()).extracting(Problem::message).contains("the image '/images/port.png' in the story's text has no credit");
  }
}
