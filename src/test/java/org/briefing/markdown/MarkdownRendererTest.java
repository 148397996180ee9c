package org.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer(false);

  private Document html(String source) {
    return Jsoup.parseBodyFragment(markdown.render(source).html());
  }

  @Test
  void bareAddressesAndEmailsBecomeLinks() {
    assertThat(html("See https://example.org/report for more.").select("a").attr("href")).isEqualTo("https://example.org/report");
    assertThat(html("Write to press@example.org today.").select("a").attr("href")).isEqualTo("mailto:press@example.org");
    assertThat(html("Visit www.example.org now.").select("a").text()).isEqualTo("www.example.org");
    assertThat(html("A [report](https://example.org/r) and then https://example.org/bare").select("a").eachAttr("href"))
        .containsExactly("https://example.org/r", "https://example.org/bare");
  }

  @Test
  void onlyTextThatMayHoldABareAddressNeedsTheAutolinkPass() {
    assertThat(MarkdownRenderer.mayHaveBareLinks("A [report](https://example.org/r) and <https://example.org/x>.")).isFalse();
    assertThat(MarkdownRenderer.mayHaveBareLinks("Plain text.")).isFalse();
    assertThat(MarkdownRenderer.mayHaveBareLinks("Go to https://example.org")).isTrue();
    assertThat(MarkdownRenderer.mayHaveBareLinks("Mail a@b.org")).isTrue();
  }

  @Test
  void captionsAndLabelledLinksAreSetAsideAndTheStorysOwnWordsInEmphasisOrLinksAreNot() {
    RenderedMarkdown r = markdown.render("""
        ![A crane on the bridge](/images/crane.jpg)

        *The first cars cross the bridge.*

        *The council will vote again in March, after the works.*

        **The bridge reopened on Tuesday.**

        *Dockers walk out. Photo: Ana Diaz/Reuters*

        **Read more:** [Repairs begin](https://example.org/a)

        [Acme Foods](https://example.org/acme) has agreed to buy [Crumb and Co](https://example.org/crumb).

        After a year of study, the council's review of the harbour concludes: [the report](https://example.org/r).

        Engineers raised the limit ~~to 18 tonnes~~ to 26 tonnes, as ![a sign](/s.png) shows.
        """);
    assertThat(r.paragraphs()).containsExactly("The council will vote again in March, after the works.", "The bridge reopened on Tuesday.", MarkdownRenderer.BREAK,
        "Acme Foods has agreed to buy Crumb and Co.", "After a year of study, the council’s review of the harbour concludes: the report.",
        // struck-out words are withdrawn ones: no summary reads them (docs/writing.md)
        "Engineers raised the limit to 26 tonnes, as shows.");
    assertThat(r.asides()).contains("The first cars cross the bridge.", "Dockers walk out. Photo: Ana Diaz/Reuters", "Read more: Repairs begin");
    assertThat(markdown.plainText("**The council voted.** The rest.\n\n*A caption-like intro.*")).isEqualTo("The council voted. The rest. A caption-like intro.");
  }

  @Test
  void boldCaptionsWithACreditCaptionsOfLinkedImagesAndLinkListsAreSetAsideButAPictureInASentenceIsNot() {
    RenderedMarkdown r = markdown.render("""
        ![A crane](/images/crane.jpg)

        **A crane lifts the new pier into place. Photo: Ana Diaz/Reuters**

        [![A boat](/images/boat-small.jpg)](/images/boat.jpg)

        *Rescue boats stood by.*

        **Photo: Ana Diaz/Reuters**

        Related: [Repairs begin](https://example.org/a) and [Costs rise](https://example.org/b)

        [Repairs begin](https://example.org/a) | [Costs rise](https://example.org/b)

        *The overall picture: the bank held its rates for a third month.*
        """);
    assertThat(r.paragraphs()).containsExactly("The overall picture: the bank held its rates for a third month.");
  }

  @Test
  void wordsInEmphasisRightAfterAPhotoAndCreditsInBracketsAfterADashFirstOrLinkedMakeACaption() {
    RenderedMarkdown r = markdown.render("""
        ![Dockers](/images/docks.jpg)

        **Ines Marlow, the dockers' union leader, on the harbour wall.**

        ![Cranes](/images/cranes.jpg)

        *Said Hassan, a crane driver, on the quay.*

        *Dockers on the quay. (Photo: Ana Diaz/Reuters)*

        *Dockers on the quay — Picture: A. Diaz/Reuters.*

        *Photo: Ana Diaz/Reuters. Dockers on the quay at Marrowby as the vote was read out.*

        *Dockers on the north quay. Photo: [Ana Diaz](https://commons.example.org/wiki/User:Ana_Diaz), Marrowby Echo, [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/), via Wikimedia Commons*

        *Old cranes. Photograph: Marrowby Echo archive, reproduced by kind permission of the trustees of the Marrowby Harbour Trust*

        [![thumb](/images/t.jpg)](https://example.org/a) [Marrowby council votes to close the harbour](https://example.org/a)

        Marrowby council voted on Tuesday to close the harbour.

        ![Wall](/images/wall.jpg)
        Ines Marlow, who leads the dockers' union, on the harbour wall in March.

        ![Exclusive](/badge.png) Acme will close its Marrowby plant, the Echo has learned.

        > *Ana Diaz, the council leader, at the harbour wall. Photo: Tom Reyes/Marrowby Echo*

        ![Dockers](/images/docks.jpg)

        **Ines Marlow, who leads the dockers' union, said the closure would cost 400 jobs.**

        “This vote is the end of Marrowby as a working port,” she said.
        """);
    // words in emphasis after a photo are a caption, a lead set so too (a limit); the caption leaves a mark among the
    // paragraphs, so that the "she said" after it is not read as going on from the paragraph before the photo
    // (helper-82: set aside without a mark, Ines Marlow's words went to a woman named above the photo; helper-85: read as
    // leads, captions naming someone took the words of the woman named above)
    // words on the lines of a photo are its caption (helper-86: read as prose, a caption naming Ines Marlow took the next
    // "she said")
    // an image that opens a line of text (a badge) is no photo with its caption (helper-87); a block quote after a photo is
    // its caption as the importers write it, and leaves the mark
    assertThat(r.paragraphs()).containsExactly("Marrowby council voted on Tuesday to close the harbour.", MarkdownRenderer.BREAK,
        "Acme will close its Marrowby plant, the Echo has learned.", MarkdownRenderer.BREAK,
        "“This vote is the end of Marrowby as a working port,” she said.");
  }

  @Test
  void aBlockOfHtmlLeavesTheMarkAndOneWithAnImageIsAPhotoForTheCaptionAfterIt() {
    RenderedMarkdown r = new MarkdownRenderer(true).render("""
        Ana Diaz, the council leader, said the harbour would close.

        <figure>
          <img src="/images/wall.jpg" alt="Wall">
          <figcaption>Ines Marlow on the harbour wall.</figcaption>
        </figure>

        “This vote is the end of Marrowby as a working port,” she said.

        <img src="/images/quay.jpg" alt="Quay">

        *Said Hassan, a crane driver, on the quay.*

        The vote passed by nine votes to four.
        """);
    // helper-87: the figure left no mark, and the "she said" after it went to Ana Diaz
    assertThat(r.paragraphs()).containsExactly("Ana Diaz, the council leader, said the harbour would close.", MarkdownRenderer.BREAK,
        "“This vote is the end of Marrowby as a working port,” she said.", MarkdownRenderer.BREAK, "The vote passed by nine votes to four.");
  }

  @Test
  void aBylineOnTheLineAboveTheLeadIsSetAsideButALeadWrappedAfterItsFirstWordsIsNot() {
    RenderedMarkdown r = markdown.render("""
        By Ana Diaz, special to the Echo
        Marrowby council voted on Tuesday to close the harbour.

        By Tuesday, the council
        had voted to close the harbour.

        By Christmas and New Year
        the council will have closed the harbour.
        """);
    // helper-87: the byline was published glued to the lead
    assertThat(r.paragraphs()).containsExactly("Marrowby council voted on Tuesday to close the harbour.",
        "By Tuesday, the council had voted to close the harbour.", "By Christmas and New Year the council will have closed the harbour.");
    assertThat(r.asides()).contains("By Ana Diaz, special to the Echo");
  }

  @Test
  void creditsWithoutAColonOutsideTheEmphasisOrUnderACaptionAndPlainCaptionsWithACreditAfterAPhotoAreSetAside() {
    RenderedMarkdown r = markdown.render("""
        Ana Diaz, the council leader, said the harbour would close.

        ![Wall](/images/wall.jpg)

        *Ines Marlow on the harbour wall.*

        Photo: Tom Reyes/Marrowby Echo

        “This vote is the end of Marrowby as a working port,” she said.

        ![Wall](/images/wall.jpg)
        Photo: Tom Reyes/Marrowby Echo

        *Ines Marlow on the harbour wall at Marrowby.*

        ![Quay](/images/quay.jpg)

        Ines Marlow on the quay at Marrowby (Tom Reyes/Marrowby Echo)

        ![Quay](/images/quay.jpg)

        Dockers on the quay at Marrowby. Photo: Tom Reyes/Marrowby Echo

        Photo by Tom Reyes

        (Photo courtesy of the Marrow Trust)

        Getty Images

        AFP via Getty Images

        *Dockers on the quay.* Photo: Tom Reyes/Marrowby Echo

        *Dockers on the quay.* (Photo by Tom Reyes)

        *Dockers on the quay. Photo by Tom Reyes*

        *Dockers on the quay. AFP via Getty Images*

        Getty Images said on Monday it would buy the archive.

        Photo by photo, the Echo rebuilt its archive.

        Photos show the harbour under water.

        ![Quay](/images/quay.jpg)

        By Tuesday, the council had voted to close the harbour (Labour/Green).
        """);
    // helper-87: the credit under the caption was prose, so the "she said" after it went on from it; the italic caption
    // under a photo with its credit on its lines, and plain captions with a credit after a photo, were prose
    assertThat(r.paragraphs()).containsExactly("Ana Diaz, the council leader, said the harbour would close.", MarkdownRenderer.BREAK,
        "“This vote is the end of Marrowby as a working port,” she said.", MarkdownRenderer.BREAK,
        "Getty Images said on Monday it would buy the archive.", "Photo by photo, the Echo rebuilt its archive.",
        "Photos show the harbour under water.", MarkdownRenderer.BREAK, "By Tuesday, the council had voted to close the harbour (Labour/Green).");
  }

  @Test
  void aLongCaptionLikeLineTakesLinearTime() {
    String words = "Dockers on the quay at Marrowby (Photo by Tom Reyes/Marrowby Echo ".repeat(500);
    long start = System.nanoTime();
    RenderedMarkdown r = markdown.render("![Quay](/q.jpg)\n\n" + words + "\n\n*" + words + "*\n\n*" + words.replace("(", "") + "* Photo by "
        + "Tom ".repeat(5000) + "\n\nAFP via " + "Getty Images ".repeat(2500) + "\n\nThe council voted.");
    // a guard against a pattern that backtracks (such a credit pattern once took minutes on one
    // caption), not a measure of speed: about half a second here, so a slow machine cannot fail it
    assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    assertThat(r.paragraphs()).contains("The council voted.");
  }

  @Test
  void aHeadingOrASubheadingBetweenParagraphsLeavesTheMarkSoNoSheSaidUnderItGoesToTheWomanAboveIt() {
    RenderedMarkdown r = markdown.render("""
        ## The vote

        Ms Ana Diaz, the council leader, said the harbour would close in March.

        ## What the fishermen say

        “We were betrayed by people we elected,” she said.

        *Clara Berg, the harbourmaster who fought the closure*

        “We will not leave this quay without a fight,” she said.

        **What happens next**

        ### In March

        The harbour will close in March.
        """);
    // helper-91: a heading or a subheading in emphasis left no mark, and the quotation under it was published right after
    // Ms Diaz's sentence, as hers; a heading before the first paragraph leaves none, and two in a row leave one
    assertThat(r.paragraphs()).containsExactly("Ms Ana Diaz, the council leader, said the harbour would close in March.", MarkdownRenderer.BREAK,
        "“We were betrayed by people we elected,” she said.", MarkdownRenderer.BREAK,
        "“We will not leave this quay without a fight,” she said.", MarkdownRenderer.BREAK, "The harbour will close in March.");
    assertThat(r.asides()).contains("The vote", "What the fishermen say", "In March");
  }

  @Test
  void aLeadInEmphasisIsProseWhenItIsLongOrEndsAsASentenceInAnyScriptAndAListItemIsNeverASubheading() {
    RenderedMarkdown r = markdown.render("""
        **Marrowby council has voted to close the harbour on Friday after 200 years of fishing**

        *Marrowby council voted on Tuesday to close the harbour after 200 years of fishing. (Reuters)*

        **“We will fight this decision in every court in the land,” Ms Ana Diaz, the harbourmaster, said on Tuesday**

        **马罗比市议会周二投票决定在三月关闭港口，结束了两百年的捕鱼历史。**

        *मारोबी नगर परिषद ने मंगलवार को बंदरगाह बंद करने का फैसला किया।*

        **What the fishermen say**

        **港口的未来**

        Three things change:

        - **Harbour fees rise by 12%**
        - *The fish market moves*
        """);
    // helper-91: each lead here was taken for a subheading (no full stop, "!" or "?" of the Latin script at its end) and
    // lost, the only paragraph of a story among them; a short line without a mark that ends a sentence is one
    assertThat(r.paragraphs()).containsExactly("Marrowby council has voted to close the harbour on Friday after 200 years of fishing",
        "Marrowby council voted on Tuesday to close the harbour after 200 years of fishing. (Reuters)",
        "“We will fight this decision in every court in the land,” Ms Ana Diaz, the harbourmaster, said on Tuesday",
        "马罗比市议会周二投票决定在三月关闭港口，结束了两百年的捕鱼历史。", "मारोबी नगर परिषद ने मंगलवार को बंदरगाह बंद करने का फैसला किया।",
        MarkdownRenderer.BREAK, "Three things change:", "Harbour fees rise by 12%", "The fish market moves");
  }

  @Test
  void aFirstLineThatOpensWithATimeOrEndsWithAWordThatGoesOnIsTheLeadsNoByline() {
    RenderedMarkdown r = markdown.render("""
        By Monday, Marrowby Council and
        Valmora Port had agreed to share the cost of dredging the harbour.

        By Friday Ana Diaz and
        Tom Reed had resigned from the council.

        By Monday Marrowby Council and
        200 fishermen had agreed terms.

        By Christmas
        Marrowby council will have closed the harbour.

        By Ana Diaz and Tom Reed
        Marrowby council voted on Tuesday to close the harbour.

        By May Li, Reuters
        The harbour will close in March.
        """);
    // helper-91: the first line of each lead read as a byline and was dropped ("Valmora Port had agreed …" published alone)
    assertThat(r.paragraphs()).containsExactly("By Monday, Marrowby Council and Valmora Port had agreed to share the cost of dredging the harbour.",
        "By Friday Ana Diaz and Tom Reed had resigned from the council.", "By Monday Marrowby Council and 200 fishermen had agreed terms.",
        "By Christmas Marrowby council will have closed the harbour.", "Marrowby council voted on Tuesday to close the harbour.",
        "The harbour will close in March.");
    assertThat(r.asides()).contains("By Ana Diaz and Tom Reed", "By May Li, Reuters");
  }

  @Test
  void aLabelLikeCreditOpeningALongParagraphAfterAPhotoIsALead() {
    RenderedMarkdown r = markdown.render("""
        ![Bank](bank.jpg)

        Credit: Card borrowing in Marrowby rose by 4% in March, the fastest rise in a decade, the Bank of England said on Tuesday.

        ![Quay](quay.jpg)

        Picture: Ana Diaz/Reuters

        Mortgage approvals fell for a third month.
        """);
    // helper-91: "Credit:" of any length opened a credit, and the lead after the photo was set aside
    assertThat(r.paragraphs()).containsExactly(
        "Credit: Card borrowing in Marrowby rose by 4% in March, the fastest rise in a decade, the Bank of England said on Tuesday.",
        MarkdownRenderer.BREAK, "Mortgage approvals fell for a third month.");
  }

  @Test
  void aNameAndAgencyCreditHasNoDigitNorCommaAndOutsideBracketsIsShortAndInACaptionsPlace() {
    RenderedMarkdown r = markdown.render("""
        **BREAKING:** Marrowby Labour/Green Coalition Collapses After Harbour Vote

        Marrowby Labour/Green Coalition 7, Conservatives 2

        Marrowby Labour/Green Coalition

        ![Quay](quay.jpg)

        Marrowby Labour/Green Coalition
        """);
    // helper-91: the kicker's headline and the result line were taken for credits ("Ana Diaz/Marrowby Echo") and lost
    assertThat(r.paragraphs()).containsExactly("BREAKING: Marrowby Labour/Green Coalition Collapses After Harbour Vote",
        "Marrowby Labour/Green Coalition 7, Conservatives 2", "Marrowby Labour/Green Coalition", MarkdownRenderer.BREAK);
  }

  @Test
  void aCaptionInPlainTextAfterAPhotoEndingWithACreditAndAFullStopIsACaption() {
    RenderedMarkdown r = markdown.render("""
        Ms Clara Berg, the harbourmaster, said the quay was unsafe.

        ![Quay](quay.jpg)

        Dockers on the quay on Tuesday morning (Ana Diaz/Reuters)

        ![Quay](quay.jpg)

        Ines Marlow on the quay at Marrowby (Tom Reyes/Marrowby Echo).

        ![Quay](quay.jpg)

        Ines Marlow on the quay at Marrowby. Photo by Tom Reyes.

        ![Wall](wall.jpg)

        Dockers on the harbour wall at dawn. AFP via Getty Images.

        ![Quay](quay.jpg)

        Dockers on the quay on Tuesday. REUTERS/Ana Diaz

        “We will not leave,” she said.

        ![Council chamber](chamber.jpg)

        Marrowby council voted on Tuesday to close the harbour, the leader of its ruling group said (Marrowby Labour/Green Party).

        “We will appeal,” she said.
        """);
    // helper-91: a credit of two words, or followed by a full stop (read as a new empty sentence), was not seen, and the
    // caption was published with the "she said" after it; a name and an agency in brackets after more than twelve words
    // leave the paragraph prose (it may be a lead), but what follows it does not go on from it
    assertThat(r.paragraphs()).containsExactly("Ms Clara Berg, the harbourmaster, said the quay was unsafe.", MarkdownRenderer.BREAK,
        "“We will not leave,” she said.", MarkdownRenderer.BREAK,
        "Marrowby council voted on Tuesday to close the harbour, the leader of its ruling group said (Marrowby Labour/Green Party).",
        MarkdownRenderer.BREAK, "“We will appeal,” she said.");
  }

  @Test
  void aWrappersTagAloneLeavesNoMark() {
    RenderedMarkdown r = new MarkdownRenderer(true).render("""
        <div class="article-lead">

        Ms Ana Diaz, the council leader, announced on Tuesday that Marrowby harbour would close in March.

        </div>

        “It is the saddest day of my career,” she said.

        <iframe src="https://example.org/embed"></iframe>

        “We will appeal,” she said.
        """);
    // helper-91 (case 23): the </div> around the lead left the mark, and Ms Diaz's own words after it were lost
    assertThat(r.paragraphs()).containsExactly("Ms Ana Diaz, the council leader, announced on Tuesday that Marrowby harbour would close in March.",
        "“It is the saddest day of my career,” she said.", MarkdownRenderer.BREAK, "“We will appeal,” she said.");
  }

  @Test
  void aSubheadingSetAsAParagraphInBoldOrItalicsIsNoProseButASentenceInThemIs() {
    RenderedMarkdown r = markdown.render("""
        Marrowby council voted on Tuesday to close the harbour.

        **What happens next**

        *The vote:*

        **Why does it matter?**

        The harbour will close in March.

        **The dockers will strike on Friday.**

        *Will the port ever reopen to the ships that built the town?*

        **“We will fight on,” the union said.**
        """);
    // helper-87: "What happens next" was taken as a sentence; a subheading opens a section and leaves the mark a caption
    // leaves (helper-91: without it, a "she said" under it went to the woman named above it), once for the three
    assertThat(r.paragraphs()).containsExactly("Marrowby council voted on Tuesday to close the harbour.", MarkdownRenderer.BREAK,
        "The harbour will close in March.", "The dockers will strike on Friday.", "Will the port ever reopen to the ships that built the town?",
        "“We will fight on,” the union said.");
    assertThat(r.asides()).contains("What happens next", "Why does it matter?");
  }

  @Test
  void plainParagraphsKeepTypographyAndLeaveOutQuotesTablesAndFootnotes() {
    RenderedMarkdown r = markdown.render("""
        It's a "test" -- of text.

        > A block quote.

        | a | b |
        |---|---|
        | 1 | 2 |

        With a note.[^1]

        [^1]: The note.
        """);
    assertThat(r.paragraphs()).containsExactly("It’s a “test” – of text.", "With a note.");
    assertThat(r.words()).isEqualTo(8);
  }

  @Test
  void theMoreMarkerEndsTheTeaserAndIsNotShown() {
    RenderedMarkdown r = markdown.render("First part.\n\n<!-- more -->\n\nSecond part.\n");
    assertThat(r.teaser()).isEqualTo("First part.");
    assertThat(r.html()).doesNotContain("more").contains("Second part.");
  }

  @Test
  void aMoreLineWrittenInCodeIsCodeNotTheEndOfTheTeaser() {
    RenderedMarkdown r = markdown.render("Write this to end a teaser:\n\n```\n<!-- more -->\n```\n\nThen carry on.\n");
    assertThat(r.hasTeaser()).isFalse();
    assertThat(Jsoup.parseBodyFragment(r.html()).select("pre code").text()).isEqualTo("<!-- more -->");
  }

  @Test
  void anEscapedCommentOpenerIsText() {
    // the typographic extension makes the two hyphens a dash; the words after the opener stay
    assertThat(html("Type \\<!-- to open a comment.").text()).startsWith("Type <!").endsWith(" to open a comment.");
  }

  @Test
  void wordsAreCountedAcrossApostrophesHyphensAndDecimals() {
    assertThat(MarkdownRenderer.countWords("Russia's well-known 3.5 percent - rise, 'quoted'.")).isEqualTo(6);
  }
}
