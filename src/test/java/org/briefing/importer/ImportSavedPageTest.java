package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saved news pages written for these tests, one construct at a time: what is kept, where, and what is reported. */
class ImportSavedPageTest {

  @Test
  void aQuotationKeepsTheAttributionInItsFooter() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <blockquote><p>Nobody on the island was asked.</p><p>We learnt it from the radio.</p>
        <footer>— Marta Lind, mayor of Holm</footer></blockquote>
        <p>The company said fuel costs had doubled.</p>
        """);

    Element quote = rendered(f).selectFirst("blockquote");
    assertThat(quote.select("p").eachText()).containsExactly("Nobody on the island was asked.", "We learnt it from the radio.",
        "— Marta Lind, mayor of Holm");
    assertThat(f.report()).noneMatch(e -> e.leftOut().contains("Marta Lind"));
  }

  @Test
  void aQuotationKeepsItsCitedSpeakerAndTheSpeakerIsNoAuthor() {
    ImportedFile f = page("""
        <p class="byline">By Ola Berg</p>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <blockquote class="pullquote">Nobody on the island was asked. <cite class="quote-author">Marta Lind</cite></blockquote>
        <p>The company said fuel costs had doubled.</p>
        """);

    assertThat(f.list("authors")).containsExactly("Ola Berg");
    assertThat(rendered(f).selectFirst("blockquote").select("p").eachText())
        .containsExactly("Nobody on the island was asked.", "— Marta Lind");
  }

  @Test
  void aReleasesLabelsAndNotesToEditorsInParagraphsOrAListAreLeftOut() {
    // helper-155 case 08: a press office's page lists its label, embargo and note over the release
    ImportedFile f = page("""
        <p>PRESS RELEASE</p>
        <h1>Port orders four electric cranes</h1>
        <p>FOR IMMEDIATE RELEASE</p>
        <p>The port has ordered four electric cranes for its container terminal.</p>
        <ul><li>News release</li><li>NOTE TO EDITORS: photographs of the cranes are available on request</li></ul>
        <ul><li>Four cranes</li><li>Press release times are listed on the port's site.</li></ul>
        """);

    assertThat(f.body()).isEqualTo("The port has ordered four electric cranes for its container terminal.\n\n"
        + "- Four cranes\n- Press release times are listed on the port's site.");
    for (String left : List.of("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News release",
        "NOTE TO EDITORS: photographs of the cranes are available on request")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
  }
  /** A story's bold subheading or list item "Immediate release" (a hostage deal) is no release's label (helper-161 case-10). */
  @Test
  void aStorysSubheadingOrListItemThatReadsLikeALabelStays() {
    ImportedFile f = page("""
        <h1>Hostage deal agreed</h1>
        <p>Negotiators agreed on Monday which prisoners would be freed first, officials said.</p>
        <p><strong>Immediate release</strong></p>
        <p>The families had demanded that all captives be freed before any further talks took place.</p>
        <ul><li>A ceasefire</li><li>Immediate release</li><li>For release</li></ul>
        <p>Media release</p>
        """);

    assertThat(f.body()).contains("**Immediate release**", "- Immediate release\n- For release").doesNotContain("Media release");
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("mmediate release"));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Media release"));
  }


  @Test
  void aReleasesLabelInAListOfDocumentsIsAnItemOfTheList() {
    ImportedFile f = page("""
        <p>The port published its decision in three documents:</p>
        <ul><li>News release</li><li>Board minutes</li><li>Noise study</li></ul>
        <ol><li>Press release</li><li>Embargoed until 00:01 GMT Tuesday 8 December</li></ol>
        """);

    assertThat(f.body()).isEqualTo("The port published its decision in three documents:\n\n"
        + "- News release\n- Board minutes\n- Noise study");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Press release"));
  }

  @Test
  void aBylineOfAnAgencyGivesItsSourceAndABylineOfTheAgencyAloneIsNoParagraph() {
    ImportedFile alone = page("""
        <p class="byline">By Reuters Staff</p>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    ImportedFile named = page("""
        <p class="byline">By Ola Berg, Reuters Staff</p>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(alone.list("authors")).isEmpty();
    assertThat(alone.sourceNames()).containsExactly("Reuters");
    assertThat(alone.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    assertThat(named.list("authors")).containsExactly("Ola Berg");
    assertThat(named.sourceNames()).containsExactly("Reuters");
    assertThat(named.report()).anyMatch(e -> e.field().equals("authors, sources") && e.values().equals(List.of("Ola Berg", "Reuters")));
  }

  @Test
  void commentersAndPeopleInAsidesAreNoAuthorsAndTheirSectionIsReported() {
    ImportedFile f = page("""
        <div class="article-meta"><span class="author-name">Ola Berg</span></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <aside><p class="author">Kim Dahl</p><p>Our winter ferry guide.</p></aside>
        <section class="comments"><div class="comment"><span class="comment-author">Sam Reader</span>
        <p>Typical of them.</p></div></section>
        """);

    assertThat(f.list("authors")).containsExactly("Ola Berg");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Sam Reader"));
    assertThat(f.report()).noneMatch(e -> e.field().equals("authors") && e.values().contains("Kim Dahl"));
  }

  @Test
  void aPullQuoteFigureKeepsItsQuotationWithItsCaptionAsTheAttributionAndGivesNoPhoto() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <figure class="pull"><blockquote><p>Fuel costs have doubled since spring.</p></blockquote>
        <figcaption>Erik Sand, ferry company director</figcaption></figure>
        <p>The cuts begin in November.</p>
        """);

    assertThat(f.map("image")).isNull();
    assertThat(rendered(f).selectFirst("blockquote").select("p").eachText())
        .containsExactly("Fuel costs have doubled since spring.", "— Erik Sand, ferry company director");
  }

  @Test
  void aTableInAFigureIsKeptWithItsCaptions() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <figure class="chart"><table><caption>Winter crossings</caption>
        <tr><th>Route</th><th>Crossings</th></tr><tr><td>Holm to Vik</td><td>14</td></tr></table>
        <figcaption>Source: the ferry company</figcaption></figure>
        <p>The cuts begin in November.</p>
        """);

    Document html = rendered(f);
    assertThat(html.select("td").eachText()).containsExactly("Holm to Vik", "14");
    assertThat(html.select("p").eachText()).contains("Winter crossings", "Source: the ferry company");
    assertThat(f.map("image")).isNull();
  }

  @Test
  void aPhotoFigureKeepsWhatElseItHoldsInTheBody() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <figure><img src="https://example.org/ferry.jpg" alt="A ferry at the quay">
        <p class="figure-note">The ferry was built in 1987.</p>
        <figcaption>The ferry at Holm. <span class="credit">Photo: Ida Moe</span></figcaption></figure>
        <p>The cuts begin in November.</p>
        """);

    assertThat(f.map("image")).containsEntry("caption", "The ferry at Holm.").containsEntry("credit", "Ida Moe");
    assertThat(f.paragraphs()).containsSubsequence("The ferry was built in 1987.", "The cuts begin in November.");
  }

  @Test
  void aCreditWhoseWordsTheCaptionAlsoHasLeavesTheCaptionWhole() {
    // "AFP" was cut out of the caption everywhere: "staff walk out of the  office in Paris"
    ImportedFile f = page("""
        <figure><img src="https://example.org/strike.jpg" alt="Staff outside">
        <figcaption>AFP staff walk out of the AFP office in Paris on Monday. <small>AFP</small></figcaption></figure>
        <p>The strike is the first in the agency's history.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "AFP staff walk out of the AFP office in Paris on Monday.")
        .containsEntry("credit", "AFP");
  }

  @Test
  void aWorkCitedInTheCaptionIsNoCredit() {
    // the book's title was taken for the credit, and the real credit left in the caption
    ImportedFile f = page("""
        <figure><img src="https://example.org/book.jpg" alt="A book">
        <figcaption>A union member holds a copy of <cite>The Long Strike</cite> at the rally. <small>Photo: Lea Moss/Agency</small></figcaption></figure>
        <p>The book sold out within a week.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "A union member holds a copy of The Long Strike at the rally.")
        .containsEntry("credit", "Lea Moss/Agency");
  }

  @Test
  void aCreditBesideTheCaptionIsTheFiguresCreditNotStoryText() {
    ImportedFile f = page("""
        <figure><img src="https://example.org/port.jpg" alt="The port">
        <span class="credit">Photo: Jo Lee/AP</span><figcaption>The port of Holm at dawn.</figcaption></figure>
        <p>The port reopens on Friday.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "The port of Holm at dawn.").containsEntry("credit", "Jo Lee/AP");
    assertThat(f.paragraphs()).doesNotContain("Photo: Jo Lee/AP").contains("The port reopens on Friday.");
  }

  @Test
  void aCreditLabelledPhotographOrPhotographerLosesItsLabelAndNamesThePhotographer() {
    // case 13: 'Photograph: Nils Brant/Nordwire' kept its label, and credits.photo stayed empty
    for (String label : List.of("Photograph: ", "Photographer: ", "Photo: ")) {
      ImportedFile f = page("""
          <figure><img src="https://example.org/weir.jpg" alt="The weir">
          <figcaption>Water pours over the weir at Holm. <span class="credit">%sTove Lund/Nordbild</span></figcaption></figure>
          <p>The river rose by a metre overnight.</p>
          """.formatted(label));
      assertThat(f.map("image")).as(label).containsEntry("credit", "Tove Lund/Nordbild");
      assertThat(f.map("credits")).as(label).containsEntry("photo", List.of("Tove Lund"));
    }
    // a credit that only begins with such a word keeps it
    ImportedFile studio = page("""
        <figure><img src="https://example.org/weir.jpg" alt="The weir">
        <figcaption>Water pours over the weir. <span class="credit">Photography Nord/Tove Lund</span></figcaption></figure>
        <p>The river rose by a metre overnight.</p>
        """);
    assertThat(studio.map("image")).containsEntry("credit", "Photography Nord/Tove Lund");
  }

  @Test
  void aPublicationInAPhotoCreditIsNoPhotographer() {
    for (String credit : List.of("Kestrel News/Petra Lind", "Petra Lind/The Merrow Echo", "Nordic Images/Petra Lind", "Petra Lind/Holm Daily Times")) {
      ImportedFile f = page("""
          <figure><img src="https://example.org/weir.jpg" alt="The weir">
          <figcaption>Water pours over the weir at Holm. <span class="credit">%s</span></figcaption></figure>
          <p>The river rose by a metre overnight.</p>
          """.formatted(credit));
      assertThat(f.map("image")).as(credit).containsEntry("credit", credit);
      assertThat(f.map("credits")).as(credit).containsEntry("photo", List.of("Petra Lind"));
    }
    // names that only look like a publication's stay names
    ImportedFile f = page("""
        <figure><img src="https://example.org/weir.jpg" alt="The weir">
        <figcaption>Water pours over the weir. <span class="credit">Emily Newsome/Tove Pressler</span></figcaption></figure>
        <p>The river rose by a metre overnight.</p>
        """);
    assertThat(f.map("credits")).containsEntry("photo", List.of("Emily Newsome", "Tove Pressler"));
  }

  @Test
  void aLeadPhotosWrapperIsNoStandfirstButALeadParagraphIs() {
    // case 02: <div class="lead-art"> matched the standfirst's 'lead'; its caption and credit became the standfirst
    ImportedFile f = page("""
        <div class="lead-art"><figure><img src="https://example.org/dam.jpg" alt="The dam">
        <figcaption>Water is let out of the dam on Sunday. <span class="credit">Photo: Ada Brun/Holm Post</span></figcaption></figure></div>
        <p>Engineers began lowering the lake on Sunday.</p>
        """);
    assertThat(f.text("standfirst")).isNull();
    assertThat(f.map("image")).containsEntry("caption", "Water is let out of the dam on Sunday.").containsEntry("credit", "Ada Brun/Holm Post");
    for (String cls : List.of("lead", "article-lead", "lead-text", "story-lede")) {
      ImportedFile lead = page("<p class=\"" + cls + "\">The lake will be lowered by four metres.</p>\n"
          + "<p>Engineers began lowering the lake on Sunday.</p>\n");
      assertThat(lead.text("standfirst")).as(cls).isEqualTo("The lake will be lowered by four metres.");
    }
  }

  @Test
  void aScreenReaderLabelAndAGalleryCounterAreNotPartOfTheCaption() {
    // case 05: 'Image caption, 1 of 8 Stallholders set up ...' was the photo's caption
    ImportedFile f = page("""
        <figure><img src="https://example.org/fair.jpg" alt="Stalls">
        <figcaption><span class="visually-hidden">Image caption, </span><span class="gallery-counter">1 of 8</span> Stalls line the quay on Friday. <span class="credit">Photo: Jon Pell</span></figcaption></figure>
        <p>The fair returned on Friday.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "Stalls line the quay on Friday.").containsEntry("credit", "Jon Pell");
    assertThat(f.report()).anyMatch(e -> e.field().equals("image.credit") && e.leftOut().contains("1 of 8"));
    ImportedFile bold = page("""
        <figure><img src="https://example.org/fair.jpg" alt="Stalls"><figcaption><b>2 of 5</b> Stalls line the quay.</figcaption></figure>
        <p>The fair returned on Friday.</p>
        """);
    assertThat(bold.map("image")).containsEntry("caption", "Stalls line the quay.");
    // a number in the caption's sentence is the caption's
    for (String caption : List.of("1 of 8 stalls stood empty on Friday.", "Stalls on the quay, <b>2 of 3</b> of them new.",
        "<b>3 of 4</b> stalls sold out by noon.", "<span>7/10</span> traders said trade was up.")) {
      ImportedFile kept = page("""
          <figure><img src="https://example.org/fair.jpg" alt="Stalls"><figcaption>%s</figcaption></figure>
          <p>The fair returned on Friday.</p>
          """.formatted(caption));
      assertThat(kept.map("image")).as(caption).containsEntry("caption", Jsoup.parse(caption).text());
    }
  }

  @Test
  void aGallerysPhotographersAreAllCreditedAndItsOtherPhotosAndCountersAreNamedInTheReport() {
    // case 16: in a gallery only the first photo's photographer went to credits.photo; the other photos'
    // addresses and their counters ('2 of 3') were named nowhere
    ImportedFile f = page("""
        <div class="gallery">
        <figure><img src="a.jpg" alt="Boats"><figcaption><span class="slide-counter">1 of 3</span> Boats wait at the slip. <span class="credit">Photo: Ane Berg/Post</span></figcaption></figure>
        <figure><img src="b.jpg" alt="Ramp"><figcaption><span class="slide-counter">2 of 3</span> The ramp was rebuilt in May. <span class="credit">Photo: Ane Berg/Post</span></figcaption></figure>
        <figure><img src="c.jpg" alt="Crew"><figcaption><span class="slide-counter">3 of 3</span> Crew load the last lorry. <span class="credit">Photo: Kai Dahl/Post</span></figcaption></figure>
        </div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    assertThat(f.map("credits")).containsEntry("photo", List.of("Ane Berg", "Kai Dahl"));
    assertThat(f.body()).contains("> *The ramp was rebuilt in May. Photo: Ane Berg/Post*", "> *Crew load the last lorry. Photo: Kai Dahl/Post*")
        .doesNotContain("of 3");
    assertThat(f.report()).anyMatch(e -> e.detail().contains("b.jpg") && e.detail().contains("The ramp was rebuilt in May.")
        && e.detail().contains("Ane Berg/Post") && e.leftOut().equals("2 of 3"));
    assertThat(f.report()).anyMatch(e -> e.detail().contains("c.jpg") && e.detail().contains("Kai Dahl/Post") && e.leftOut().equals("3 of 3"));
    // another photo without a caption is named too; a number in another caption's sentence stays in it
    ImportedFile plain = page("""
        <figure><img src="a.jpg" alt="Boats"><figcaption>Boats wait at the slip.</figcaption></figure>
        <figure><img src="b.jpg" alt="Ramp"></figure>
        <figure><img src="c.jpg" alt="Crew"><figcaption>2 of 3 crossings will go. Photo: Kai Dahl</figcaption></figure>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    assertThat(plain.body()).contains("> *2 of 3 crossings will go. Photo: Kai Dahl*");
    assertThat(plain.map("credits")).containsEntry("photo", List.of("Kai Dahl"));
    assertThat(plain.report()).anyMatch(e -> e.detail().contains("b.jpg"))
        .anyMatch(e -> e.detail().contains("c.jpg") && e.detail().contains("\"2 of 3 crossings will go.\"") && e.leftOut().isEmpty());
  }

  @Test
  void anAmpPhotoIsTheStorysPhotoAndAnAmpVideosFallbackTextIsLeftOut() {
    // case 06: <amp-img> was no photo (its caption became the first paragraph), <amp-video>'s fallback was published
    ImportedFile f = page("""
        <figure><amp-img src="https://example.org/bridge.jpg" width="1200" height="800" layout="responsive" alt="The bridge"></amp-img>
        <figcaption>Cars cross the bridge on Monday. <span class="credit">Holm Post/Eva Lind</span></figcaption></figure>
        <amp-video src="https://example.org/bridge.mp4" width="640" height="360"><div fallback><p>Your browser cannot play this video.</p></div></amp-video>
        <p>The bridge reopened on Monday.</p>
        """);
    assertThat(f.map("image")).containsEntry("alt", "The bridge").containsEntry("caption", "Cars cross the bridge on Monday.")
        .containsEntry("credit", "Holm Post/Eva Lind");
    assertThat(f.result().markdown()).contains("(the saved page had it at https://example.org/bridge.jpg)");
    assertThat(f.paragraphs()).containsExactly("The bridge reopened on Monday.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Your browser cannot play this video."));
  }

  @Test
  void aWordPressCaptionedPhotoWithoutAFigureIsTheStorysPhoto() {
    // case 14: <div class="wp-caption"> was not read; its caption and credit became a paragraph
    ImportedFile f = page("""
        <div id="attachment_7" class="wp-caption aligncenter"><img class="wp-image-7" src="https://example.org/market.jpg" alt="Stalls">
        <p id="caption-attachment-7" class="wp-caption-text">Traders in the old bus station. Photo: Greta Moln</p></div>
        <p>The market moved into the old bus station.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "Traders in the old bus station.").containsEntry("credit", "Greta Moln");
    assertThat(f.paragraphs()).containsExactly("The market moved into the old bus station.");
    // a photo in a plain div, and a paragraph about captions, stay as they were
    ImportedFile plain = page("""
        <div class="entry"><img src="https://example.org/market.jpg" alt="Stalls"><p class="caption-note">Traders set up at dawn.</p></div>
        <p>The market moved into the old bus station.</p>
        """);
    assertThat(plain.map("image")).isNull();
    assertThat(plain.paragraphs()).contains("Traders set up at dawn.");
  }

  @Test
  void aCaptionBesideTheFigureIsItsCaptionWithItsCredit() {
    // case 22: the credit in <div class="media__caption"> beside the figure was not read, and the report asked who took it
    ImportedFile f = page("""
        <div class="media"><figure class="media__image"><img src="https://example.org/hall.jpg" alt="Anja Vell"></figure>
        <div class="media__caption">Anja Vell rehearses in October. <span class="credit">Holm Post/Rune Haga</span></div></div>
        <p>The orchestra named Anja Vell as its conductor.</p>
        """);
    assertThat(f.map("image")).containsEntry("caption", "Anja Vell rehearses in October.").containsEntry("credit", "Holm Post/Rune Haga");
    assertThat(f.paragraphs()).containsExactly("The orchestra named Anja Vell as its conductor.");
    // a paragraph after a figure, and a figure's own caption, are not taken for a caption beside it
    ImportedFile own = page("""
        <figure><img src="https://example.org/hall.jpg" alt="Anja Vell"><figcaption>Anja Vell in October.</figcaption></figure>
        <div class="caption-contest">Send us your caption for this photo.</div>
        <figure><img src="https://example.org/two.jpg" alt="Hall"></figure>
        <p>The orchestra named Anja Vell as its conductor.</p>
        """);
    assertThat(own.map("image")).containsEntry("caption", "Anja Vell in October.");
    assertThat(own.paragraphs()).contains("Send us your caption for this photo.", "The orchestra named Anja Vell as its conductor.");
  }
  @Test
  void aSecondPhotosCaptionStaysInTheBodyAsACaptionNotAsStoryText() {
    ImportedFile f = page("""
        <figure><img src="https://example.org/one.jpg" alt="One"><figcaption>The first picture. Photo: Ida Moe</figcaption></figure>
        <p>The vote passed.</p>
        <figure><img src="https://example.org/two.jpg" alt="Two"><figcaption>Workers celebrate outside. Photo: Eva Lund/Agency</figcaption></figure>
        <p>The law takes effect in January.</p>
        """);
    assertThat(f.map("image")).containsEntry("credit", "Ida Moe");
    assertThat(f.body()).contains("> *Workers celebrate outside. Photo: Eva Lund/Agency*");
    assertThat(f.paragraphs()).doesNotContain("Workers celebrate outside. Photo: Eva Lund/Agency");

    // a credit beside the second caption stays with it, not a paragraph of the story's own
    ImportedFile beside = page("""
        <figure><img src="https://example.org/a.jpg" alt="Cranes"><figcaption>Cranes stand idle.</figcaption><span class="credit">Photo: Piet Smit/Reuters</span></figure>
        <p>The strike went on.</p>
        <figure><img src="https://example.org/b.jpg" alt="Ships"><figcaption>Ships wait offshore.</figcaption><span class="credit">Photo: Jan Visser/ANP</span></figure>
        <p>The port reopens on Friday.</p>
        """);
    assertThat(beside.map("image")).containsEntry("credit", "Piet Smit/Reuters");
    assertThat(beside.body()).contains("> *Ships wait offshore. Photo: Jan Visser/ANP*");
    assertThat(beside.paragraphs()).doesNotContain("Photo: Jan Visser/ANP");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<img class='lazy' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='https://example.org/quay.jpg'>"
          + "<noscript><img src='https://example.org/quay.jpg' alt='The quay at Holm'></noscript>",
      "<img src='data:image/svg+xml,%3Csvg%3E%3C/svg%3E' data-lazy-src='https://example.org/quay.jpg' alt='The quay at Holm'>",
      "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-original='https://example.org/quay.jpg' alt='The quay at Holm'>",
      "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt='The quay at Holm'"
          + " data-srcset='https://example.org/quay.jpg 640w, https://example.org/quay-wide.jpg 1280w'>",
      "<img srcset=' https://example.org/quay.jpg, https://example.org/quay-2x.jpg 2x' alt='The quay at Holm'>",
      "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''>"
          + "<noscript><img src='https://example.org/quay.jpg' alt='The quay at Holm'></noscript>"})
  void aLazyLoadedPhotoKeepsItsRealAddressAndAltTextNeverTheDataPlaceholder(String img) {
    ImportedFile f = page("<figure>" + img + """
        <figcaption>The quay at Holm. <span class="credit">Photo: Ida Moe</span></figcaption></figure>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(f.map("image")).containsEntry("alt", "The quay at Holm").containsEntry("caption", "The quay at Holm.")
        .containsEntry("credit", "Ida Moe");
    assertThat(f.result().markdown()).contains("(the saved page had it at https://example.org/quay.jpg)").doesNotContain("data:");
    assertThat(f.report()).noneMatch(e -> e.detail().contains("without words"));
  }

  @Test
  void aPhotoWhoseOnlyAddressIsADataPlaceholderGivesNoAddress() {
    ImportedFile f = page("""
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The quay"><figcaption>The quay at Holm.</figcaption></figure>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(f.map("image")).containsEntry("alt", "The quay").containsEntry("caption", "The quay at Holm.");
    assertThat(f.result().markdown()).doesNotContain("data:").doesNotContain("the saved page had it at");
  }

  @Test
  void aLinkInTheCaptionWhoseClassHasTheLettersOfSourceIsNoCredit() {
    ImportedFile f = page("""
        <figure><img src="https://example.org/port.jpg" alt="Cranes">
        <figcaption>Cranes stand idle at the port. <a class="resource-link" href="https://example.org/s">Read the union statement</a>. <small>Jo Lee/AP</small></figcaption></figure>
        <p>The port reopens on Friday.</p>
        """);
    assertThat(f.map("image")).containsEntry("credit", "Jo Lee/AP");
    assertThat((String) f.map("image").get("caption")).contains("Read the union statement");
  }

  @Test
  void aPersonNamedInASentenceIsNoAuthorEvenInALinkOfAnAuthorClass() {
    // the link made Ana Diaz the story's author, and the page's own author was dropped
    String head = "<!doctype html><html><head><title>Strike</title><meta name=\"author\" content=\"Lena Park\">"
        + "<meta property=\"article:published_time\" content=\"2021-10-18T10:00:00Z\"></head><body><article><h1>Union marks the strike</h1>";
    ImportedFile mentioned = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", (head
        + "<p>A memoir of the strike by <a class=\"author-link\" href=\"/people/ana\">Ana Diaz</a> comes out this week.</p>"
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8)));
    assertThat(mentioned.list("authors")).containsExactly("Lena Park");
    assertThat(mentioned.paragraphs()).contains("A memoir of the strike by Ana Diaz comes out this week.");

    // a byline of author links is still a byline
    ImportedFile byline = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", (head
        + "<p>By <a class=\"author\" href=\"/a\">Ana Diaz</a> and <a class=\"author\" href=\"/b\">Bo Lind</a></p>"
        + "<p>The union marked the strike's anniversary on Monday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
    assertThat(byline.list("authors")).containsExactly("Ana Diaz", "Bo Lind");

    // a byline with a place or a date after the name is still a byline
    for (String line : List.of("By <a rel=\"author\" href=\"/ana\">Ana Diaz</a> in Paris",
        "<span>By <a rel=\"author\" href=\"/ana\">Ana Diaz</a></span> <time>18 Oct 2021</time>")) {
      ImportedFile placed = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", (head + "<p>" + line + "</p>"
          + "<p>The union marked the strike's anniversary on Monday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
      assertThat(placed.list("authors")).as(line).containsExactly("Ana Diaz");
    }
  }

  @Test
  void theWordsOfALinkInASentenceAreKeptWhateverItsClass() {
    ImportedFile f = page("""
        <p>The figures were in <a href="https://example.org/report" class="related-link">the company's annual report</a>,
        published on <a class="share-link" href="https://example.org/a">Monday</a>.</p>
        """);

    assertThat(f.paragraphs()).containsExactly(
        "The figures were in [the company's annual report](https://example.org/report), published on [Monday](https://example.org/a).");
  }

  @Test
  void hiddenTextInsideAParagraphIsLeftOutAndReported() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut crossings.<span hidden>Tracking text</span></p>
        """);

    assertThat(f.body()).doesNotContain("Tracking");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Tracking text"));
  }

  @Test
  void textAnInlineStyleHidesIsLeftOutAndEachPieceIsReported() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <p style="display: none">Hidden one block</p>
        <p>Fares rise in May.<span style="display:none">Hidden two inline</span> Talks go on.</p>
        <div style="visibility:hidden"><p>Hidden three visibility</p></div>
        <p style="color:red; DISPLAY : NONE">Hidden four among others</p>
        <p style="display: none !important;">Hidden five important</p>
        <p style="visibility: Collapse">Hidden six collapse</p>
        <p style="display:none; color: blue">Hidden seven first</p>
        <p style="display: block !important; display: none">Hidden eight is shown</p>
        <p style="display:/* a note */none">Hidden nine comment</p>
        <p style="content-visibility: hidden">Hidden ten contents</p>
        <p>The cuts begin in November.</p>
        """);

    assertThat(f.paragraphs()).containsExactly(
        "The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Fares rise in May. Talks go on.", "Hidden eight is shown", "The cuts begin in November.");
    for (String hidden : List.of("Hidden one block", "Hidden two inline", "Hidden three visibility", "Hidden four among others",
        "Hidden five important", "Hidden six collapse", "Hidden seven first", "Hidden nine comment", "Hidden ten contents")) {
      assertThat(f.report()).as(hidden).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(hidden)
          && e.detail().equals("hidden element"));
    }
  }

  @Test
  void theWordsOfAStyleHideNothingInAnotherPropertyOrValue() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <p style="display: none-ish">Shown one</p>
        <p style="--display:none">Shown two</p>
        <p style="content-visibility: auto">Shown three</p>
        <p style="display:none; display:block">Shown four</p>
        <p style="font-family: 'display:none; x'">Shown five</p>
        <p style="background: url(a.png;display:none)">Shown six</p>
        <p style="visibility: visible; overflow: hidden">Shown seven</p>
        <p style="display">Shown eight</p>
        """);

    assertThat(f.paragraphs()).contains("Shown one", "Shown two", "Shown three", "Shown four", "Shown five", "Shown six",
        "Shown seven", "Shown eight");
    assertThat(f.report()).noneMatch(e -> e.leftOut().contains("Shown"));
  }

  @Test
  void theHidingClassesOfCommonStyleSheetsLeaveTextOutButNotClassesThatHideAtSomeWidthsOnly() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <p class="hidden">Hidden one</p>
        <p class="lead d-none">Hidden two</p>
        <p class="is-hidden">Hidden three</p>
        <p class="hide">Hidden four</p>
        <p>Fares rise in May.<span class="visuallyhidden">Hidden five</span> Talks go on.</p>
        <p class="invisible">Hidden six</p>
        <p class="overflow-hidden">Shown one</p>
        <p class="hidden-xs">Shown two</p>
        <p class="md:hidden">Shown three</p>
        <p class="d-none d-md-block">Shown four</p>
        <p class="hidden lg:flex">Shown five</p>
        <p class="is-hidden-mobile">Shown six</p>
        <p class="hidden lg:!block">Shown seven</p>
        <p class="hidden @md:block">Shown eight</p>
        <p class="hidden min-[640px]:block">Shown nine</p>
        <p class="hidden tablet:flex">Shown ten</p>
        """);

    assertThat(f.paragraphs()).containsExactly(
        "The ferry company said on Tuesday it would cut two of its three winter crossings.", "Fares rise in May. Talks go on.",
        "Shown one", "Shown two", "Shown three", "Shown four", "Shown five", "Shown six", "Shown seven", "Shown eight", "Shown nine",
        "Shown ten");
    assertThat(f.text("standfirst")).as("a hidden standfirst").isNull();
    for (String hidden : List.of("Hidden one", "Hidden two", "Hidden three", "Hidden four", "Hidden five", "Hidden six")) {
      assertThat(f.report()).as(hidden).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(hidden)
          && e.detail().equals("hidden element"));
    }
  }

  @Test
  void aTimeInsideASentenceStaysInTheSentenceAndATimeAloneIsADateLine() {
    ImportedFile f = page("""
        <div class="dateline">Published <time datetime="2021-10-18">18 October 2021</time></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <div>Talks with the island council resume on <time datetime="2021-10-21">Thursday</time> in the town hall.</div>
        """);

    assertThat(f.paragraphs()).containsExactly(
        "The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Talks with the island council resume on Thursday in the town hall.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("18 October 2021"));
    assertThat(f.report()).noneMatch(e -> e.leftOut().contains("Thursday"));
  }

  @Test
  void aDateLineIsReportedAtTheLineOfItsTime() {
    String article = """
        <div class="meta">
        <span class="label">Published</span>
        <time datetime="2021-10-18">18 October 2021</time>
        </div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """;
    String html = html("", article);
    int timeLine = (int) html.substring(0, html.indexOf("Published")).chars().filter(c -> c == '\n').count() + 1;

    assertThat(page(article).report()).filteredOn(e -> e.kind() == ReportEntry.Kind.DROPPED)
        .singleElement().satisfies(e -> assertThat(e.lines()).containsExactly(timeLine));
  }

  @Test
  void anOrderedListKeepsItsNumbers() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <ol start="3"><li>Fewer crossings</li><li>Higher fares</li></ol>
        <p>The ports it serves:</p>
        <ol><li>Holm</li><li value="7">Vik</li></ol>
        """);

    Document html = rendered(f);
    assertThat(html.select("ol").get(0).attr("start")).isEqualTo("3");
    assertThat(html.select("ol").get(0).select("li").eachText()).containsExactly("Fewer crossings", "Higher fares");
    assertThat(f.body()).contains("1. Holm\n7. Vik");
  }

  @Test
  void twoListsOneAfterTheOtherStayTwoLists() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <ol start="3"><li>Fewer crossings</li><li>Higher fares</li></ol>
        <ol><li>Holm</li><li>Vik</li></ol>
        <ul><li>Winter</li></ul><ul><li>Spring</li></ul>
        """);

    Document html = rendered(f);
    assertThat(html.select("ol")).extracting(ol -> ol.select("li").eachText()).containsExactly(
        List.of("Fewer crossings", "Higher fares"), List.of("Holm", "Vik"));
    assertThat(html.select("ol")).extracting(ol -> ol.attr("start")).containsExactly("3", "");
    assertThat(html.select("ul")).extracting(ul -> ul.select("li").eachText()).containsExactly(List.of("Winter"), List.of("Spring"));
  }

  @Test
  void aVideoAnAudioClipAndAnEmbeddedPageAreEachNamedInTheReportWithTheirAddressLineAndWords() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <video controls><source src="https://example.org/crossing.mp4" type="video/mp4">
        The last winter crossing, filmed from the bridge.</video>
        <audio src="/audio/mayor.mp3">The mayor's interview.</audio>
        <iframe src="https://player.example.net/embed/4411" title="Harbour webcam"></iframe>
        <p>The cuts begin in November.<svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/></svg></p>
        <p>Fares rise in March. <video src="fares.mp4">Your browser cannot play this video.</video></p>
        """);

    List<ReportEntry> dropped = f.report().stream().filter(e -> e.kind() == ReportEntry.Kind.DROPPED).toList();
    // the article's lines start at 6, below the page's head and headline
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(7);
      assertThat(e.leftOut()).contains("https://example.org/crossing.mp4", "The last winter crossing, filmed from the bridge.");
      assertThat(e.detail()).startsWith("a video");
    });
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(9);
      assertThat(e.leftOut()).contains("/audio/mayor.mp3", "The mayor's interview.");
      assertThat(e.detail()).startsWith("an audio clip");
    });
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(10);
      assertThat(e.leftOut()).contains("https://player.example.net/embed/4411", "Harbour webcam");
      assertThat(e.detail()).startsWith("an embedded page");
    });
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(12);
      assertThat(e.leftOut()).contains("fares.mp4", "Your browser cannot play this video.");
    });
    assertThat(dropped).hasSize(4);
    assertThat(rendered(f).text()).contains("Fares rise in March.").doesNotContain("Your browser");
  }

  @Test
  void wordsForBrowsersWithoutScriptsAreLeftOutAndReportedWithTheirTextAndAnEmbedInThemIsNamed() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <noscript><p>Turn on JavaScript to see the winter timetable.</p></noscript>
        <p>The cuts begin in November.<noscript>The fare table needs scripts.</noscript></p>
        <noscript><iframe src="https://maps.example.net/embed/holm" title="Map of the crossings"></iframe></noscript>
        """);

    List<ReportEntry> dropped = f.report().stream().filter(e -> e.kind() == ReportEntry.Kind.DROPPED).toList();
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(7);
      assertThat(e.leftOut()).isEqualTo("Turn on JavaScript to see the winter timetable.");
    });
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(8);
      assertThat(e.leftOut()).isEqualTo("The fare table needs scripts.");
    });
    assertThat(dropped).anySatisfy(e -> {
      assertThat(e.lines()).containsExactly(9);
      assertThat(e.leftOut()).contains("https://maps.example.net/embed/holm", "Map of the crossings");
      assertThat(e.detail()).startsWith("an embedded page");
    });
    assertThat(dropped).hasSize(3);
    assertThat(f.paragraphs()).containsExactly(
        "The ferry company said on Tuesday it would cut two of its three winter crossings.", "The cuts begin in November.");
    assertThat(f.report()).noneMatch(e -> e.detail().contains("without words"));
  }

  @Test
  void everyWordOfAPageIsInTheStoryOrNamedInTheReport() {
    String article = """
        <h1>Island ferry to cut winter crossings</h1>
        <p class="byline">By Ola Berg</p>
        <figure><img src="https://example.org/ferry.jpg" alt="A ferry"><figcaption>The ferry at Holm. Photo: Ida Moe</figcaption></figure>
        <p>HOLM (Reuters) - The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <blockquote><p>Nobody was asked.</p><footer>Marta Lind, mayor</footer></blockquote>
        <blockquote>We learnt it from <a href="https://example.org/radio" class="related">the radio</a>. <cite>Per Vik</cite></blockquote>
        <figure><blockquote>Fuel costs have doubled.</blockquote><figcaption>Erik Sand, director</figcaption></figure>
        <figure class="chart"><table><caption>Crossings</caption><tr><th>Route</th><th>Now</th></tr><tr><td>Vik</td><td>14</td></tr></table></figure>
        <div>Talks resume on <time datetime="2021-10-21">Thursday</time> in the hall.</div>
        <ol start="2"><li>Fewer crossings</li><li>Higher fares</li></ol>
        <div class="related-stories"><h3>More</h3><p>Bridge plan shelved</p></div>
        <p>The cuts begin in November.<span class="sr-only">Opens a new window</span></p>
        <footer><p>Ferry news desk</p></footer>
        """;
    ImportedFile f = page(article);

    List<String> accounted = new ArrayList<>();
    f.report().forEach(e -> {
      accounted.add(e.leftOut());
      if (e.kind() == ReportEntry.Kind.MOVED) {
        accounted.addAll(e.values());
      }
    });
    String output = rendered(f).text() + " " + f.text("title") + " " + String.join(" ", accounted);
    Map<String, Integer> missing = counts(ImportNothingLostTest.words(Jsoup.parse(article).text()));
    ImportNothingLostTest.words(output).forEach(w -> missing.computeIfPresent(w, (k, n) -> n > 1 ? n - 1 : null));
    assertThat(missing).as(f.result().markdown()).isEmpty();
  }

  @Test
  void theWordsOfATemplateForScriptsAreReportedWithTheirText() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <template id="more"><p>Winter timetable: one crossing a day from Holm.</p></template>
        <p>The company said fuel costs had doubled.</p>
        """);

    assertThat(f.body()).doesNotContain("Winter timetable");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
        && e.leftOut().equals("Winter timetable: one crossing a day from Holm.") && e.detail().contains("template"));
  }

  @Test
  void anEmbargoParagraphOfASavedAgencyPageIsLeftOutAndReportedAndTheStoryIsADraft() {
    for (String embargo : List.of("EMBARGOED UNTIL 00:01 GMT TUESDAY 8 DECEMBER", "Embargo: 00:01 BST Tuesday 8 December",
        "<strong>FOR RELEASE 6 P.M. ET</strong>")) {
      ImportedFile f = page("""
          <p>%s</p>
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          """.formatted(embargo));
      String text = Jsoup.parse(embargo).text();

      assertThat(f.body()).as(embargo).doesNotContain(text).contains("The ferry company said");
      assertThat(f.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(text)
          && e.detail().contains("embargo") && e.lines().size() == 1);
      assertThat(f.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.INFERRED && e.field().equals("draft"));
      assertThat(f.text("draft")).as(embargo).isEqualTo("true");
      assertThat(f.result().markdown()).as(embargo).contains("draft: true  # " + text);
    }
  }

  /** The press offices' everyday forms (helper-161 cases 01 and 05) are read in a saved page's paragraph as in a .txt line. */
  @Test
  void anEmbargoParagraphInThePressOfficesEverydayFormsIsLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("Embargoed for 00:01 GMT Tuesday 8 December 2026", "Embargo date: Tuesday 8 December 2026",
        "NOT TO BE PUBLISHED BEFORE 00:01 GMT TUESDAY 8 DECEMBER 2026", "Please do not publish before 00:01 GMT on Tuesday 8 December.",
        "EMBARGOED UNTIL THE CHANCELLOR SITS DOWN", "Embargoed until 08/12/2026")) {
      ImportedFile f = page("""
          <p>%s</p>
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          <p>Embargoed for decades, the ferry's logbooks were opened on Monday.</p>
          """.formatted(embargo));

      assertThat(f.body()).as(embargo).doesNotContain(embargo).contains("The ferry company said", "Embargoed for decades");
      assertThat(f.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(embargo));
      assertThat(f.text("draft")).as(embargo).isEqualTo("true");
    }
  }

  @Test
  void aNoteToEditorsOfASavedAgencyPageIsLeftOutAndReportedAndTheStoryIsNoDraft() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <p>NOTE TO EDITORS: photos of the ferry are available on request.</p>
        <h3>Notes to editors</h3>
        """);

    assertThat(f.body()).doesNotContain("photos of the ferry").doesNotContain("Notes to editors");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
        && e.leftOut().equals("NOTE TO EDITORS: photos of the ferry are available on request.") && e.detail().contains("note to editors"));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Notes to editors"));
    assertThat(f.text("draft")).isNull();
  }

  @Test
  void paragraphsAndHeadingsWithTheWordsOfAnEmbargoThatAreNoneStayInASavedPage() {
    ImportedFile f = page("""
        <p>The ministry published the new export rules on Monday.</p>
        <h2>Embargo: what changes for exporters on 1 January</h2>
        <p>For release of the hostages, talks resumed at 6 p.m.</p>
        <p>The embargo ended at 00:01 on Tuesday.</p>
        <p>Notes to editors of the state paper told them to leave the rules out.</p>
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("## Embargo: what changes for exporters on 1 January", "For release of the hostages",
        "The embargo ended at 00:01 on Tuesday.", "Notes to editors of the state paper");
  }

  @Test
  void headingsAndParagraphsThatOpenWithTheLabelOfAnEmbargoButGoOnWithAHeadlineStayInASavedPage() {
    ImportedFile f = page("""
        <p>The port marked 30 years of the grain embargo on Thursday, officials said.</p>
        <h2>Embargo – PM rules out a fuel ban</h2>
        <h2>Embargo: the 48 hours that shook the port</h2>
        <h2>EMBARGO: 30 YEARS LATER</h2>
        <h3>Embargo: midnight deadline looms</h3>
        <p>Embargo: a ban on trade with a country, usually in force from midnight.</p>
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("## Embargo – PM rules out a fuel ban", "## Embargo: the 48 hours that shook the port",
        "## EMBARGO: 30 YEARS LATER", "### Embargo: midnight deadline looms",
        "Embargo: a ban on trade with a country, usually in force from midnight.");
  }

  /** A press office's page: the embargo and the contact in one paragraph broken by {@code <br>}, or over two table cells. */
  @Test
  void anEmbargoOnTheFirstLineOfAParagraphOrSplitOverTwoCellsIsLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("<p>Embargoed until 00:01 GMT Thursday 9 December 2026<br>Contact: Sam Reed, press office, 01632 960000</p>",
        "<p><b>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER</b><br/>Media enquiries: press office</p>",
        "<table><tr><td>Embargoed until</td><td>00:01 GMT Thursday 9 December 2026</td></tr></table>")) {
      ImportedFile f = page("""
          %s
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          """.formatted(embargo));

      // the embargo line alone is left out: the contact after it stays in the draft (nothing lost; the editor deletes it)
      assertThat(f.body()).as(embargo).doesNotContain("00:01").contains("The ferry company said");
      assertThat(f.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("00:01")
          && e.detail().contains("embargo"));
      assertThat(f.report()).as(embargo).noneMatch(e -> e.leftOut().contains("press office"));
      assertThat(f.text("draft")).as(embargo).isEqualTo("true");
    }
  }

  /**
   * A press office's header paragraph whose embargo is a later line ("PRESS RELEASE", or the release's
   * date, above it): the embargo line is left out and makes the story a draft; the lines above and
   * after it stay, or, when the {@code <br>} is inside a bold run, are left out with it.
   */
  @Test
  void anEmbargoOnALaterLineOfAHeaderParagraphIsLeftOutAndTheStoryIsADraft() {
    for (String header : List.of("<p><strong>PRESS RELEASE</strong><br><strong>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026</strong></p>",
        "<p>Date: 8 December 2026<br>Embargo: 00:01 GMT, Thursday 9 December 2026<br>Contact: press office</p>",
        "<p><b>News release, 8 December 2026<br>Embargoed until 00:01 GMT Thursday 9 December</b></p>")) {
      ImportedFile f = page("""
          %s
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          """.formatted(header));
      String above = Jsoup.parse(header.substring(0, header.indexOf("<br>"))).text();

      assertThat(f.text("draft")).as(header).isEqualTo("true");
      assertThat(f.body()).as(header).doesNotContain("00:01").contains("The ferry company said");
      assertThat(f.report()).as(header).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("00:01")
          && e.detail().contains("embargo"));
      assertThat(f.body().contains(above) || f.report().stream().anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
          && e.leftOut().contains(above))).as(header + ": the line above is kept or reported").isTrue();
    }
    assertThat(page("<p><strong>Holm council</strong><br>Embargoed until 00:01 GMT Thursday 9 December</p>").body()).contains("**Holm council**");
    // a release's label over the embargo is left out too, and named
    ImportedFile labelled = page("<p><strong>PRESS RELEASE</strong><br>Embargoed until 00:01 GMT Thursday 9 December</p>");
    assertThat(labelled.body()).doesNotContain("PRESS RELEASE");
    assertThat(labelled.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("PRESS RELEASE"));
  }

  /**
   * One paragraph holding a dateline or "PRESS RELEASE", the embargo, then {@code <br><br>} and the
   * lead paragraphs (as a CMS paste gives it): only the embargo line is left out; the lead paragraphs
   * after it stay story text, each a paragraph of its own, and the story is a draft.
   */
  @Test
  void theLeadParagraphsAfterAnEmbargoInTheSameParagraphStayStoryText() {
    for (String header : List.of(
        "<p>Holm, 8 December 2026<br>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br><br>Holm council will open a new library on Thursday, the leader said.<br><br>It replaces the reading room on Mill Street.</p>",
        "<p>PRESS RELEASE<br>Embargoed until 00:01 GMT, Thursday 9 December 2026<br><br>Holm council will open a new library on Thursday, the leader said.<br><br>It replaces the reading room on Mill Street.</p>",
        "<p>Embargoed until 00:01 GMT, Thursday 9 December 2026 – not for broadcast before this time<br><br>Holm council will open a new library on Thursday, the leader said.<br><br>It replaces the reading room on Mill Street.</p>")) {
      ImportedFile f = page("""
          %s
          <p>The building cost 4 million pounds.</p>
          """.formatted(header));

      assertThat(f.text("draft")).as(header).isEqualTo("true");
      assertThat(f.body()).as(header).doesNotContain("00:01")
          .contains("Holm council will open a new library on Thursday, the leader said.\n\nIt replaces the reading room on Mill Street.",
              "The building cost 4 million pounds.");
      assertThat(f.report()).as(header).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("00:01")
          && !e.leftOut().contains("Holm council") && e.detail().contains("embargo"));
    }
  }

  /**
   * The embargo's own note on the {@code <br>} line under it ("NOT FOR PUBLICATION OR BROADCAST BEFORE
   * THIS TIME", "Please do not publish … before this time", "(Embargo applies to print, broadcast and
   * online)") is the embargo's words, left out with it; and an embargo whose label and moment stand on
   * two lines ("EMBARGOED UNTIL<br>00:01 BST …") is one embargo: both lines left out, the story a draft.
   * The lead paragraphs after them stay.
   */
  @Test
  void anEmbargosOwnNoteOrItsMomentOnTheNextBrokenLineIsLeftOutWithIt() {
    for (String header : List.of(
        "<p>PRESS RELEASE<br>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br>NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME<br><br>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>PRESS RELEASE<br>Embargoed until 00:01 GMT Thursday 9 December 2026.<br>Please do not publish, broadcast or post online before this time.</p><p>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>Holm, 8 December 2026<br>EMBARGOED: 00:01 GMT, Thursday 9 December 2026<br>(Embargo applies to print, broadcast and online)<br><br>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>EMBARGOED UNTIL<br>00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>Embargoed until:<br>00:01 GMT, Thursday 9 December 2026<br>Please respect the embargo.<br><br>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>EMBARGOED UNTIL</p><p>00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>Holm council will open a new library on Thursday, the leader said.</p>",
        "<p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME</p><p>Holm council will open a new library on Thursday, the leader said.</p>")) {
      ImportedFile f = page("""
          %s
          <p>The building cost 4 million pounds.</p>
          """.formatted(header));

      assertThat(f.text("draft")).as(header).isEqualTo("true");
      assertThat(f.body()).as(header).doesNotContainIgnoringCase("before this time").doesNotContain("00:01")
          .doesNotContainIgnoringCase("embargo").doesNotContain("respect")
          .contains("Holm council will open a new library on Thursday, the leader said.", "The building cost 4 million pounds.");
      assertThat(f.report()).as(header).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("00:01")
          && e.detail().contains("embargo") && !e.leftOut().contains("Holm council"));
    }
  }

  /**
   * The embargo's own note in its everyday forms ("BEFORE THIS DATE AND TIME", "before this time and
   * date", "Please observe the embargo time", "This embargo applies to all media, including online and
   * social media") is read as in plain text: left out with the embargo, on its {@code <br>} line or in
   * the {@code <p>} under it.
   */
  @Test
  void anEmbargosOwnNoteInItsEverydayFormsIsLeftOutWithIt() {
    for (String note : List.of("NOT FOR PUBLICATION OR BROADCAST BEFORE THIS DATE AND TIME",
        "Not for publication, broadcast or online use before this time and date.", "Please observe the embargo time.",
        "This embargo applies to all media, including online and social media.")) {
      for (String header : List.of("<p>EMBARGOED UNTIL<br>00:01 GMT THURSDAY 9 DECEMBER 2026<br>%s<br><br>Holm council will open a new library on Thursday, the leader said.</p>",
          "<p>Embargoed until 00:01 GMT Thursday 9 December 2026</p><p>%s</p><p>Holm council will open a new library on Thursday, the leader said.</p>")) {
        ImportedFile f = page("""
            %s
            <p>The building cost 4 million pounds.</p>
            """.formatted(header.formatted(note)));

        assertThat(f.text("draft")).as(note).isEqualTo("true");
        assertThat(f.body()).as(note).doesNotContain("00:01").doesNotContainIgnoringCase("embargo").doesNotContainIgnoringCase("media")
            .doesNotContainIgnoringCase("date and time").doesNotContainIgnoringCase("time and date")
            .contains("Holm council will open a new library on Thursday, the leader said.", "The building cost 4 million pounds.");
        assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(note));
      }
    }
  }

  /**
   * The embargo's own note in further everyday forms (asking editors to adhere to, note or respect the
   * embargo, naming "all print, broadcast and online media" or "all UK media", going on ", including
   * online and social media") is read by the same rules as in plain text: left out with the embargo, on
   * its {@code <br>} line or in the {@code <p>} under it; a look-alike there stays.
   */
  @Test
  void anEmbargosOwnNoteInFurtherEverydayFormsIsLeftOutWithItAndALookAlikeStays() {
    for (String note : List.of("Embargo applies to all print, broadcast and online media.", "Please adhere to the embargo.",
        "Please note the embargo time.", "Please respect the embargo on this release.",
        "Not for publication or broadcast before this time, including online and social media.",
        "NOT FOR PUBLICATION BEFORE THE EMBARGO TIME STATED ABOVE", "This embargo applies to all UK media, including websites and social media.")) {
      for (String header : List.of("<p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br>%s</p><p>Holm council will open a new library on Thursday, the leader said.</p>",
          "<p>Embargoed until 00:01 GMT Thursday 9 December 2026</p><p>%s</p><p>Holm council will open a new library on Thursday, the leader said.</p>")) {
        ImportedFile f = page("""
            %s
            <p>The building cost 4 million pounds.</p>
            """.formatted(header.formatted(note)));

        assertThat(f.text("draft")).as(note).isEqualTo("true");
        assertThat(f.body()).as(note).doesNotContain("00:01").doesNotContainIgnoringCase("embargo").doesNotContainIgnoringCase("media")
            .doesNotContainIgnoringCase("this time")
            .contains("Holm council will open a new library on Thursday, the leader said.", "The building cost 4 million pounds.");
        assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(note));
      }
    }
    ImportedFile g = page("""
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br>Please note the embargo on arms sales to the region was lifted in May.</p>
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>The embargo applies to all Russian media.</p>
        <p>The building cost 4 million pounds.</p>
        """);

    assertThat(g.text("draft")).isEqualTo("true");
    assertThat(g.body()).contains("Please note the embargo on arms sales to the region was lifted in May.", "The embargo applies to all Russian media.");
  }

  /**
   * Lines under an embargo that only look like its note are the story's: a sentence about a trade
   * embargo, a request to readers, and a label alone over a line that is no moment.
   */
  @Test
  void storyLinesUnderAnEmbargoOrAnEmbargosLabelThatAreNoNoteOfItStay() {
    ImportedFile f = page("""
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br>The embargo applies to oil, gas and coal from the north.<br>Please do not feed the swans before the bridge reopens.</p>
        <p>Embargoed until<br>the talks end, the port will stay shut.</p>
        <p>Key facts<br>Embargo:<br>Price cap: $60 a barrel</p>
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>The embargo applies to all fuel shipped through the port.</p>
        <p>Embargo:</p><p>Price cap at $60 a barrel</p>
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026<br>Please observe the embargo on arms sales to the region.</p>
        <p>EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026</p><p>This embargo applies to all media companies owned by the state.</p>
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.body()).contains("The embargo applies to oil, gas and coal from the north.",
        "Please do not feed the swans before the bridge reopens.", "Embargoed until the talks end, the port will stay shut.",
        "Embargo:", "Price cap: $60 a barrel", "The embargo applies to all fuel shipped through the port.", "Price cap at $60 a barrel",
        "Please observe the embargo on arms sales to the region.", "This embargo applies to all media companies owned by the state.");
  }

  /**
   * A story's key-facts box or table whose line or row is a trade embargo's start date reads exactly as
   * a press office's embargo naming its day ("Embargo: Tuesday 19 October"): it makes a draft, the
   * embargo line alone left out and named in the report, the box's other lines kept. A false draft
   * costs the editor one line to delete; a press embargo published cannot be taken back. Headline-like
   * lines ("Embargo: midnight deadline looms") stay.
   */
  @Test
  void aKeyFactsBoxOrTableWhoseLineIsATradeEmbargosDateMakesADraftWithTheLineNamed() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would stop carrying fuel to the island.</p>
        <p><b>Embargo:</b> 5 December 2022<br><b>Price cap:</b> $60 a barrel<br><b>Exemptions:</b> pipeline crude</p>
        <table><tr><th>Embargo</th><td>5 December 2022</td></tr><tr><th>Price cap</th><td>$60 a barrel</td></tr></table>
        <p>Key dates<br>Embargo: 1 March 2023<br>Embargo: midnight deadline looms</p>
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    for (String line : List.of("Embargo: 5 December 2022", "Embargo: 1 March 2023")) {
      assertThat(f.report()).as(line).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(line)
          && e.detail().contains("embargo"));
    }
    assertThat(f.body()).contains("$60 a barrel", "pipeline crude", "Key dates", "Embargo: midnight deadline looms")
        .doesNotContain("1 March 2023");
  }

  /** A press office's header line naming the embargo's day or date but no time makes a draft. */
  @Test
  void anEmbargoNamingADayOrDateButNoTimeOnAPageIsLeftOutAndTheStoryIsADraft() {
    for (String header : List.of("<p><strong>EMBARGO: THURSDAY 9 DECEMBER 2026</strong></p>",
        "<p>PRESS RELEASE<br>Embargo until Thursday 9 December 2026</p>", "<p class=\"embargo\">Embargo: Thursday, 9 December 2026</p>")) {
      ImportedFile f = page("""
          %s
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          """.formatted(header));

      assertThat(f.text("draft")).as(header).isEqualTo("true");
      assertThat(f.body().toLowerCase(Locale.ROOT)).as(header).doesNotContain("9 december").contains("the ferry company said");
      assertThat(f.report()).as(header).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
          && e.leftOut().toLowerCase(Locale.ROOT).contains("9 december 2026")
          && e.detail().contains("embargo"));
    }
  }

  /** Lines after a {@code <br>} and table rows that only look like an embargo stay. */
  @Test
  void aParagraphWhoseFirstLineIsNoEmbargoAndATableOfEmbargoesStay() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <p>Timetable from Monday<br>Embargoed until 00:01 on the day, the new fares will be posted at the quay.</p>
        <table><tr><th>Embargo</th><th>Since</th></tr><tr><td>Embargo on grain</td><td>1990</td></tr></table>
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("Timetable from Monday", "the new fares will be posted", "| Embargo on grain | 1990 |");
  }

  /**
   * A press office's page whose notes are prose under "Notes to editors" with an "About <Name>"
   * sub-heading, "available on request" or the trust's web address: left out whole, each part named.
   */
  @Test
  void aReleasesNotesInProseWithASignOfNotesOnAPageAreLeftOutWhole() {
    for (String notes : List.of("<h3>About the Holm Library Trust</h3><p>The Holm Library Trust is a registered charity.</p>",
        "<p>The Holm Library Trust is a registered charity.</p><p>Images of the new library are available on request.</p>",
        "<p>The Holm Library Trust is a registered charity.</p><p><a href=\"https://www.holmlibrarytrust.org.uk\">www.holmlibrarytrust.org.uk</a></p>")) {
      ImportedFile f = page("""
          <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
          <h2>Notes to editors</h2>
          %s
          """.formatted(notes));

      assertThat(f.body()).as(notes).contains("The ferry company said").doesNotContain("Notes to editors", "registered charity",
          "available on request", "holmlibrarytrust");
      assertThat(f.report()).as(notes).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
          && e.leftOut().equals("The Holm Library Trust is a registered charity."));
    }
  }

  /**
   * A press office's page: everything under its "Notes to editors" heading, with its "About …" part,
   * is notes, left out and named in the report one by one; a heading of the story's own ends them.
   */
  @Test
  void theNotesUnderAPressReleasesNotesToEditorsHeadingAreLeftOutOneByOne() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <h2>Notes to editors</h2>
        <p>1. Crew members are available for interview through the press desk.</p>
        <ol><li>Review copies of the winter timetable go to reporters on request.</li></ol>
        <h3>About Holm Ferries</h3>
        <p>Holm Ferries runs six crossings between the islands.</p>
        <h2>What happens next</h2>
        <p>The council will vote on the timetable in March.</p>
        """);

    assertThat(f.body()).doesNotContain("Notes to editors", "Crew members", "Review copies", "About Holm Ferries", "runs six crossings")
        .contains("The ferry company said", "## What happens next", "The council will vote");
    for (String note : List.of("1. Crew members are available for interview through the press desk.",
        "Review copies of the winter timetable go to reporters on request.", "About Holm Ferries",
        "Holm Ferries runs six crossings between the islands.")) {
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(note)
          && e.detail().contains("notes to editors"));
    }
    assertThat(f.text("draft")).isNull();
  }

  @Test
  void aHeadingThatOnlyOpensLikeNotesToEditorsLeavesWhatFollowsInTheStory() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <h2>Notes to editors of the island paper</h2>
        <p>The paper's editors were told to leave the cuts out.</p>
        <h2>About the crossings</h2>
        <p>Three boats serve the islands.</p>
        """);

    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("## Notes to editors of the island paper", "The paper's editors were told", "## About the crossings",
        "Three boats serve the islands.");
  }

  /**
   * A story quoting a release's "Notes to editors" line, in a paragraph, as its own subheading, or in
   * a pull quote: the story's paragraphs after it stay; a quoted numbered note in the pull quote is
   * left out and named, and the story goes on after the pull quote.
   */
  @Test
  void aStoryQuotingANotesToEditorsLineKeepsItsParagraphsAfterIt() {
    for (String quoted : List.of(
        "<p>Near the end of the release, under the words</p><p>Notes to editors</p><p>the council wrote: \"1. Figures omit Holm.\"</p>",
        "<h2>Notes to editors</h2><p>Few reporters read that far. This time it hid that the figures omitted Holm.</p>",
        "<div class=\"pullquote\"><p>Notes to editors</p><p>1. Figures omit Holm.</p></div>")) {
      ImportedFile f = page("""
          <p>The ferry company's release on Monday buried its main caveat.</p>
          %s
          <p>Leaving Holm out, analysts said, halved the fall in passengers.</p>
          <h2>What the company said</h2>
          <p>The company said it would correct the release.</p>
          """.formatted(quoted));

      assertThat(f.body()).as(quoted).contains("halved the fall in passengers", "## What the company said", "would correct the release");
      assertThat(f.report()).as(quoted).filteredOn(e -> e.kind() == ReportEntry.Kind.DROPPED).allMatch(e -> quoted.contains(e.leftOut()));
    }
    ImportedFile heading = page("""
        <p>The ferry company's release on Monday buried its main caveat.</p>
        <h2>Notes to editors</h2>
        <p>Few reporters read that far. This time it hid that the figures omitted Holm.</p>
        """);
    assertThat(heading.body()).contains("## Notes to editors", "it hid that the figures omitted Holm");
    assertThat(heading.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.detail().contains("'Notes to editors' heading"));
  }

  /** A press office's page: the notes' usual sub-headings, and what stands under them, are notes. */
  @Test
  void theUsualSubheadingsOfAReleasesNotesOnAPageAreLeftOut() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday that one in four passengers now books online.</p>
        <h2>Notes to editors</h2>
        <ol><li>Holm Ferries is owned by the island council.</li></ol>
        <h3>Methodology</h3>
        <p>The company counted 48,000 bookings between May and September.</p>
        <h3>Interview opportunities</h3>
        <p>The company's director is available for interview.</p>
        <p><strong>Images</strong></p>
        <p>Photographs of the ferries can be downloaded from the press page.</p>
        """);

    assertThat(f.body()).contains("one in four passengers").doesNotContain("owned by the island council", "Methodology", "48,000 bookings",
        "Interview opportunities", "available for interview", "Images", "can be downloaded");
    for (String note : List.of("Methodology", "The company counted 48,000 bookings between May and September.", "Images",
        "Photographs of the ferries can be downloaded from the press page.")) {
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(note)
          && e.detail().contains("notes to editors"));
    }
  }

  @Test
  void anEmbargoOverTheStandfirstOrInAListItemOfASavedPageIsLeftOutAndTheStoryIsADraft() {
    ImportedFile f = page("""
        <h1>Ferry company agrees new winter timetable</h1>
        <p class="standfirst">EMBARGOED UNTIL 00:01 GMT 8 December 2026 - Three island councils backed the plan on Monday.</p>
        <p>The ferry company said on Tuesday it would keep two of its three winter crossings.</p>
        <ul><li>Embargo: 00:01 GMT, Tuesday 8 December 2026</li><li>Crossings will run twice a day.</li></ul>
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.text("standfirst")).isEqualTo("Three island councils backed the plan on Monday.");
    assertThat(f.body()).doesNotContain("Embargo").contains("- Crossings will run twice a day.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("EMBARGOED UNTIL 00:01 GMT 8 December 2026")
        && e.lines().equals(List.of(6)));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Embargo: 00:01 GMT, Tuesday 8 December 2026")
        && e.lines().equals(List.of(8)));
  }

  @Test
  void hiddenTextAndButtonsInAHeadingAreLeftOutOfTheTitleAndSubheadingAndReported() {
    ImportedFile f = page("""
        <h1><span class="sr-only">As it happened: </span>Ferry strike ends after two days</h1>
        <p>The ferry company and its crews agreed a new pay deal on Tuesday night.</p>
        <h2 id="deal">What the deal gives<a href="#deal" aria-hidden="true">¶</a><button>Share this section</button></h2>
        <p>Crews get a rise of four per cent this year.</p>
        <h2>Why the <em>island</em> waited</h2>
        """);

    assertThat(f.text("title")).isEqualTo("Ferry strike ends after two days");
    assertThat(f.body()).contains("## What the deal gives\n").contains("## Why the island waited").doesNotContain("Share this section", "¶");
    for (String left : List.of("As it happened:", "Share this section", "¶")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
  }

  @Test
  void aBodySplitIntoChunksAroundAnAdIsReadWholeWithTheHeaderBesideIt() {
    ImportedFile f = wholePage("""
        <div class="story"><header class="story-header"><h1>Library reopens after flood</h1>
        <p class="story-standfirst">Volunteers dried out four thousand books by hand</p></header>
        <div class="article-body"><p>The town library reopened on Saturday, five months after the river flooded its ground floor.</p></div>
        <div class="ad-slot">Advertisement</div>
        <div class="article-body"><p>Volunteers spent the summer drying books on racks in the school gym.</p>
        <p>About three hundred books could not be saved, the librarian said on Saturday.</p></div></div>
        <div class="related-box"><p>Bridge plan shelved after council vote on the budget for next year</p></div>
        """);

    assertThat(f.text("standfirst")).isEqualTo("Volunteers dried out four thousand books by hand");
    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded its ground floor.",
        "Volunteers spent the summer drying books on racks in the school gym.",
        "About three hundred books could not be saved, the librarian said on Saturday.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Advertisement"));
  }

  @Test
  void aSidebarOfOtherStoriesInABlockOfTheStorysKindIsReportedAndAChunkUnderASubheadingStays() {
    // helper-160 case-08: a two-column page, the story and a "Latest stories" column of the same class
    ImportedFile f = wholePage("""
        <div class="row"><div class="column"><h1>Pool to reopen in spring</h1>
        <p>The town pool will reopen in April after its roof is mended, the council said.</p></div>
        <div class="column"><h3>Latest stories</h3><p>Bus fares to rise across the county</p>
        <p><a href="/parking">Night parking charges scrapped at the hospital.</a></p></div></div>
        """);
    ImportedFile chunks = wholePage("""
        <div class="row"><div class="column"><h1>Pool to reopen in spring</h1>
        <p>The town pool will reopen in April after its roof is mended, the council said.</p></div>
        <div class="column"><h3>More from the meeting</h3><p>Councillors also agreed to light the path to the pool.</p>
        <p>Work starts in March.</p></div>
        <div class="column"><h3>Latest figures</h3><p>Swimmers made 41,000 visits last year.</p></div>
        <div class="column"><h3>In other news</h3><p>The same meeting voted to close the old lido for good, ending eighty years of summer
        swimming in the park, after the engineers found its walls cracked beyond repair and the cost of mending them too high.</p>
        <p>The lido's diving board goes to the museum.</p></div></div>
        """);

    assertThat(f.paragraphs()).containsExactly("The town pool will reopen in April after its roof is mended, the council said.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Latest stories")
        && e.leftOut().contains("Night parking charges"));
    assertThat(chunks.body()).contains("### More from the meeting", "light the path", "### Latest figures", "41,000 visits",
        "### In other news", "close the old lido");
  }

  @Test
  void aRoundUpsItemsThatAreSentencesUnderASidebarsHeadingAreStoryTextAndHeadlinesOrLinksAreASidebar() {
    // helper-169 case-03: a round-up's 'Top stories' of short sentences, no links, was dropped as a sidebar
    ImportedFile roundUp = wholePage("""
        <div class="row"><div class="column"><h1>Week in Holm: pool to reopen</h1>
        <p>The town pool will reopen in April after its roof is mended, the council said.</p></div>
        <div class="column"><h2>Top stories</h2><p>The library opens on Sundays from January.</p>
        <p>Bus fares rise in March.</p></div></div>
        """);
    ImportedFile sidebar = wholePage("""
        <div class="row"><div class="column"><h1>Pool to reopen in spring</h1>
        <p>The town pool will reopen in April after its roof is mended, the council said.</p></div>
        <div class="column"><h2>Top stories</h2><p>Library to open on Sundays</p>
        <p><a href="/fares">Bus fares rise in March.</a></p></div></div>
        """);

    assertThat(roundUp.paragraphs()).containsExactly("The town pool will reopen in April after its roof is mended, the council said.",
        "## Top stories", "The library opens on Sundays from January.", "Bus fares rise in March.");
    assertThat(sidebar.paragraphs()).containsExactly("The town pool will reopen in April after its roof is mended, the council said.");
    assertThat(sidebar.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Library to open"));
  }

  @Test
  void anAuthorsBioAndThePostsCategoryAndTagLinksAreFurnitureNoStandfirst() {
    ImportedFile f = page("""
        <div class="entry-meta"><span class="byline">by <span class="author vcard"><a href="/a/ob">Ola Berg</a></span></span></div>
        <div class="entry-content"><p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p></div>
        <div class="entry-footer"><span class="cat-links">Posted in <a href="/c/isles">Islands</a></span>
        <span class="tags-links">Tagged <a href="/t/ferries">ferries</a></span></div>
        <div class="author-info"><div class="author-description"><h2 class="author-title">Ola Berg</h2>
        <p class="author-bio">Ola Berg writes about the islands.</p></div></div>
        """);

    assertThat(f.text("standfirst")).isNull();
    assertThat(f.list("authors")).containsExactly("Ola Berg");
    assertThat(f.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("writes about the islands"));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Tagged ferries"));
  }

  @Test
  void aLiveBlogsKeyEventsPostLabelsAndTimesAndLoadMoreAreReportedAndItsPostsKept() {
    ImportedFile f = page("""
        <div class="key-events"><h2>Key events</h2><ul><li><a href="#p2">Crews vote</a></li></ul></div>
        <div class="live-post pinned" id="p2"><div class="post-meta"><span class="pinned-label">Pinned post</span>
        <span class="post-time">21:40 GMT</span></div>
        <p>Crews voted by a large majority to accept the deal.</p></div>
        <div class="live-post"><div class="post-meta"><span class="post-time">20:05 GMT</span> <span class="post-updated">Updated 3 minutes ago</span></div>
        <h3>Talks resume</h3><p>Talks resumed at the port offices after a break for supper.</p></div>
        <div class="load-more-posts">Show 12 earlier updates</div>
        """);

    assertThat(f.body()).isEqualTo("Crews voted by a large majority to accept the deal.\n\n### Talks resume\n\n"
        + "Talks resumed at the port offices after a break for supper.");
    for (String left : List.of("Key events Crews vote", "Pinned post", "21:40 GMT", "Updated 3 minutes ago", "Show 12 earlier updates")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
  }

  @Test
  void aDiarysDayBetweenItsParagraphsStaysAndAPostsTimeOpeningItsPostIsALabel() {
    ImportedFile diary = page("""
        <p>A ferry's cook kept a diary of the first winter week.</p>
        <span class="entry-date">Tuesday 1 December</span>
        <p>Storm all day; soup for forty.</p>
        <span class="post-date">Wednesday 2 December</span>
        <p>Calm at last.</p>
        """);
    ImportedFile live = page("""
        <div class="live-post"><span class="post-time">21:40 GMT</span>
        <p>Crews voted by a large majority to accept the deal.</p></div>
        """);

    assertThat(diary.paragraphs()).containsExactly("A ferry's cook kept a diary of the first winter week.", "Tuesday 1 December",
        "Storm all day; soup for forty.", "Wednesday 2 December", "Calm at last.");
    assertThat(live.body()).isEqualTo("Crews voted by a large majority to accept the deal.");
    assertThat(live.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("21:40 GMT"));
  }

  @Test
  void shareRowsVideoPlayersTeasersPaywallsMostViewedAndReaderResponsesAreFurniture() {
    ImportedFile f = page("""
        <div class="c-article-tools"><a href="https://social.example/share">Facebook</a> <span>Save article</span></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <div class="c-video-player"><div class="c-video-player__title">Watch: the crossing in a gale</div><div>01:12</div></div>
        <div class="c-inline-teaser"><span>Read more</span> <a href="/ferry-history">The ferry's first century</a></div>
        <div class="c-premium-gate"><p>Subscribe to keep reading. Already a subscriber? Log in.</p></div>
        <section class="most-viewed"><h2>Most viewed</h2><ol><li>Harbour wall repaired</li></ol></section>
        <div class="you-may-like"><h3>You may also like</h3><p>Island shop changes hands</p></div>
        <section id="discussion" class="reader-responses"><h2>Join the conversation</h2><p><b>islander</b> At last.</p></section>
        """);

    assertThat(f.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    for (String left : List.of("Facebook", "the crossing in a gale", "first century", "keep reading", "Harbour wall", "shop changes",
        "At last")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(left));
    }
  }

  @Test
  void aPrintViewsPrintAndCloseLinksAreFurnitureAndOtherLinksStay() {
    // helper-160 case-11: a print view's "Print this page | Close window" over the story
    ImportedFile f = page("""
        <div class="print-header"><img src="logo.png" alt="Holm Post"> <a href="javascript:window.print()">Print this page</a>
        | <a href="javascript:window.close()">Close window</a></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <div><a href="/timetable">Winter timetable</a> | <a href="/fares">Fares</a></div>
        <p>Print this page and keep it: <a href="javascript:window.print()">the timetable</a> changes on Monday.</p>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Winter timetable | Fares", "Print this page and keep it: the timetable changes on Monday.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Print this page | Close window"));
  }

  @Test
  void theLinksTagsAppealAndTopicsOfAPageOfNamedBlocksAreFurniture() {
    ImportedFile f = page("""
        <div data-component="text-block"><p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p></div>
        <div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t">Ferries</a></li></ul></div>
        <div data-component="tag-list"><ul><li><a>Islands</a></li></ul></div>
        <div data-gu-name="epic"><p>Support us from just £1.</p></div>
        <div data-gu-name="submeta"><div>Topics</div><ul><li><a>Ferries</a></li></ul><div>Reuse this content</div></div>
        <div data-component="epic-poem"><p>The crossing was once the subject of an epic poem.</p></div>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "The crossing was once the subject of an epic poem.");
    for (String left : List.of("Related topics", "Islands", "Support us", "Reuse this content")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(left));
    }
  }

  @Test
  void theMetaBlockOfAPageOfNamedBlocksGivesTheBylineAndItsDateAndCountersAreLeftOut() {
    // helper-160 case-13: the date line and the comment count beside the byline in data-gu-name="meta"
    ImportedFile f = page("""
        <div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/p/ob">Ola Berg</a></address>
        <div>Tue 1 Dec 2026 07.00 GMT</div><div>87 comments</div></div>
        <div data-gu-name="body"><p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        <div>Tue 1 Dec was the last day of the summer timetable.</div><div>87 comments came in on the first day.</div></div>
        """);

    assertThat(f.list("authors")).containsExactly("Ola Berg");
    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Tue 1 Dec was the last day of the summer timetable.", "87 comments came in on the first day.");
    for (String left : List.of("Tue 1 Dec 2026 07.00 GMT", "87 comments")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
  }

  @Test
  void storyTextThatLooksLikeFurnitureStays() {
    ImportedFile f = page("""
        <p>Read more about the crossings in the company's winter timetable, published on Monday.</p>
        <h2 id="most-viewed-films-of-the-year">Most viewed films of the year</h2>
        <div class="update"><p>Updated 3 minutes ago, the timetable now shows two crossings.</p></div>
        <div class="story-body"><span class="date">18 October</span> was the last day of the summer timetable.</div>
        <h2 id="key-events">Key events of the strike</h2>
        <h3 id="related-costs">Related costs</h3>
        <h3 id="discussion">Discussion</h3>
        <p>The player of the year, <span class="player">Ana Lind</span>, takes the ferry to training.</p>
        """);

    assertThat(f.body()).isEqualTo("""
        Read more about the crossings in the company's winter timetable, published on Monday.

        ## Most viewed films of the year

        Updated 3 minutes ago, the timetable now shows two crossings.

        18 October was the last day of the summer timetable.

        ## Key events of the strike

        ### Related costs

        ### Discussion

        The player of the year, Ana Lind, takes the ferry to training.""");
  }

  @Test
  void aPostsCategoryOrTagClassOnItsArticleAndASectionsAnchorOrHeadingWordsAreNoFurniture() {
    ImportedFile category = wholePage("""
        <main><article class="post-9 post type-post hentry category-discussion tag-social-care tag-share-prices">
        <h1 class="entry-title">Pier to reopen in spring</h1><div class="entry-content">
        <p>The town pier will reopen in April after two years of repairs, the council said.</p></div></article></main>
        """);
    ImportedFile sections = page("""
        <p>The town pier will reopen in April after two years of repairs, the council said.</p>
        <section id="discussion"><h2>What the engineers say</h2><p>The deck was rebuilt in oak.</p></section>
        <section class="key-events-of-the-repair"><p>The first pile was driven in May.</p></section>
        <div class="related-to-the-pier"><p>Its café will open a month later.</p></div>
        """);
    ImportedFile furniture = page("""
        <p>The town pier will reopen in April after two years of repairs, the council said.</p>
        <div class="liveblog-key-events"><p>Crews vote to strike</p></div>
        <section class="c-discussion__panel"><p>Sign in to comment.</p></section>
        <div class="about-the-author"><p>Ola writes about the coast.</p></div>
        <div id="sign-in-gate"><p>Register to keep reading.</p></div>
        """);

    assertThat(category.paragraphs()).containsExactly("The town pier will reopen in April after two years of repairs, the council said.");
    assertThat(sections.body()).contains("## What the engineers say", "The deck was rebuilt in oak.", "The first pile was driven in May.",
        "Its café will open a month later.");
    assertThat(furniture.body()).isEqualTo("The town pier will reopen in April after two years of repairs, the council said.");
  }

  @Test
  void readersCommentsUnderAHeadingOfTheirOwnAreFurnitureThoughTheyAreProse() {
    // helper-155 case-18, published again after 22fd202 made a section with a heading over prose the story's
    ImportedFile f = page("""
        <p>The library will open on Sunday afternoons from January, the council said on Monday.</p>
        <section class="reader-responses"><h2>Join the conversation</h2>
        <div class="response"><p><b>holmresident</b> About time, the Saturday queues have been far too long for years.</p></div></section>
        """);

    assertThat(f.body()).isEqualTo("The library will open on Sunday afternoons from January, the council said on Monday.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("About time"));
  }

  @Test
  void aSectionWithItsOwnHeadingOverProseAndAParagraphOfProseAreNoFurnitureByTheirClass() {
    // helper-169 case-10: a study's <section class="discussion"> and a story's <p class="key-events"> were dropped
    ImportedFile f = page("""
        <p>The town pier will reopen in April after two years of repairs, the council said.</p>
        <section class="discussion"><h2>Discussion</h2><p>The engineers say the oak deck should last for fifty years.</p></section>
        <p class="results-discussion">The council will publish the full report on its website next week.</p>
        <p class="key-events">Crews from three towns worked on the pier through the winter.</p>
        <p class="gate">The gate at the end of the pier will stay locked at night.</p>
        <p class="story-teasers">Its café, closed since 2024, will open a month later.</p>
        <section class="c-discussion__panel"><h2>Comments</h2><p>At last!</p></section>
        <div class="c-premium-gate"><h3>Keep reading</h3><p>Subscribe now</p></div>
        <p class="gate">Register to keep reading.</p>
        <div class="story-teasers"><h2>Harbour news</h2><p><a href="/h">The harbour wall is repaired after the storms of last year.</a></p></div>
        """);

    assertThat(f.paragraphs()).containsExactly("The town pier will reopen in April after two years of repairs, the council said.", "## Discussion",
        "The engineers say the oak deck should last for fifty years.",
        "The council will publish the full report on its website next week.",
        "Crews from three towns worked on the pier through the winter.",
        "The gate at the end of the pier will stay locked at night.",
        "Its café, closed since 2024, will open a month later.");
    for (String left : List.of("At last!", "Subscribe now", "Register to keep reading.", "The harbour wall")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(left));
    }
  }

  @Test
  void aReadMoreSentenceWithADateIsStoryTextAndAReadMoreLinkIsFurniture() {
    // helper-160 case 03: a news sentence opening 'Read more:' was left out as furniture
    ImportedFile f = page(FERRY + """
        <p>Read more: the new timetable starts on 4 January.</p>
        <p>Related: the company said the cuts were related to fuel costs on Monday.</p>
        <p>Read more: <a href="https://example.com/t">Winter crossings explained</a></p>
        <p>Related: <a href="https://example.com/r">Holm's other ferry</a></p>
        <p>See also: Monday's timetable</p>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Read more: the new timetable starts on 4 January.",
        "Related: the company said the cuts were related to fuel costs on Monday.");
    for (String furniture : List.of("Read more: Winter crossings explained", "Related: Holm's other ferry", "See also: Monday's timetable")) {
      assertThat(f.report()).as(furniture).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(furniture));
    }
  }

  @Test
  void aRelatedSentenceWithoutADateIsStoryTextAndAShortTitleWithAFullStopIsFurniture() {
    // helper-169 cases 08, 09: 'Related: the council approved the same cut ...' (a sentence, no date, no link) was dropped
    ImportedFile f = page(FERRY + """
        <p>Related: the council approved the same cut for buses last year, after a campaign by parents.</p>
        <div>Crews were told in a letter.<br><br>See also: the route lost 2 million kroner in 2024, the company says.</div>
        <p>Read more: Winter crossings.</p>
        <p>Related: Holm's other ferry</p>
        <p>See also: Timetables and fares for 2025.</p>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "Related: the council approved the same cut for buses last year, after a campaign by parents.",
        "Crews were told in a letter.", "See also: the route lost 2 million kroner in 2024, the company says.");
    for (String furniture : List.of("Read more: Winter crossings.", "Related: Holm's other ferry", "See also: Timetables and fares for 2025.")) {
      assertThat(f.report()).as(furniture).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(furniture));
    }
  }

  @Test
  void aRelatedLinkAfterAParagraphsSentencesIsLeftOutAndItsSentencesKept() {
    // helper-160 case 17: '... the company said. **Related:** Holm's other ferry' was published
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings. <strong>Related:</strong> <a href="https://example.com/r">Holm's other ferry</a></p>
        <p>The route opened in 1962. Read more: <a href="/h">The history of the route</a></p>
        <p>The two matters were related: <a href="https://example.com/f">fuel costs</a></p>
        <p>Fares rise in May. Read more: <a href="https://example.com/c">the council's statement</a> explains why.</p>
        <p>Crews said the cuts were not related to safety. See <a href="https://example.com/s">the union's letter</a></p>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "The route opened in 1962.", "The two matters were related: [fuel costs](https://example.com/f)",
        "Fares rise in May. Read more: [the council's statement](https://example.com/c) explains why.",
        "Crews said the cuts were not related to safety. See [the union's letter](https://example.com/s)");
    for (String teaser : List.of("Holm's other ferry", "The history of the route")) {
      assertThat(f.report()).as(teaser).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(teaser)
          && e.detail().contains("teaser"));
    }
  }

  @Test
  void aFootnotesMarkerAndNoteAreAMarkdownFootnoteAndItsBackLinkIsLeftOut() {
    ImportedFile f = page(FERRY + """
        <p>The route opened in 1962.<sup id="r1"><a href="#n1">1</a></sup> The pier holds 40 m<sup>2</sup> of shops.</p>
        <p>A timetable is online.<sup><a href="https://example.com/t">2</a></sup></p>
        <ol class="footnotes"><li id="n1">The first ferry sailed in May. <a href="#r1">↩</a></li></ol>
        <ol><li id="step-1">Buy a ticket.</li><li id="step-2">Board at the pier.</li></ol>
        """);

    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "The route opened in 1962.[^1] The pier holds 40 m2 of shops.", "A timetable is online.[2](https://example.com/t)",
        "[^1]: The first ferry sailed in May.", "1. Buy a ticket.\n2. Board at the pier.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("↩"));
  }

  @Test
  void markersAndANotesListThatCannotAllBeFootnotesStayPlainText() {
    // helper-169 case-06: '[^1]' markers with no definitions, the third note having no marker; back-links reported twice
    ImportedFile f = page(FERRY + """
        <p>The route opened in 1962.<sup id="r1"><a href="#n1">1</a></sup></p>
        <ol><li id="n1"><a href="#r1">^</a> The first ferry sailed in May.</li><li id="n2">Fares are from the company.</li></ol>
        """);

    assertThat(f.body()).doesNotContain("[^");
    assertThat(f.paragraphs()).containsExactly("The ferry company said on Tuesday it would cut two of its three winter crossings.",
        "The route opened in 1962.1", "1. ^ The first ferry sailed in May.\n2. Fares are from the company.");
    // the words of the marker and of the back-link stay; their addresses, places on the saved page, are named
    assertThat(f.report()).filteredOn(e -> e.kind() == ReportEntry.Kind.DROPPED).extracting(ReportEntry::leftOut)
        .containsExactly("#n1", "#r1");
  }

  @Test
  void aCorrectionInTheArticlesFooterOrAnAsideIsKeptForReaders() {
    // helper-160 case 10: a correction in the article's footer or an aside was left out
    ImportedFile footer = page(FERRY + """
        <footer><p>This article was amended on 19 October 2021. An earlier version said three crossings would be cut.</p>
        <p>Reporting by Ida Moe</p><p>Tags: <a>Ferries</a></p></footer>
        """);
    ImportedFile aside = page(FERRY + """
        <aside class="correction-notice"><p><strong>Correction:</strong> An earlier version of this story named the wrong island.</p></aside>
        <aside class="related"><p>Correction officers strike on Holm</p></aside>
        <aside><p>Clarification, 19 October: the company runs two ferries.</p></aside>
        """);

    assertThat(footer.body()).contains("This article was amended on 19 October 2021. An earlier version said three crossings would be cut.")
        .doesNotContain("Ferries", "Ida Moe");
    assertThat(footer.map("credits")).containsEntry("reporting", List.of("Ida Moe"));
    assertThat(aside.body()).contains("**Correction:** An earlier version of this story named the wrong island.",
        "Clarification, 19 October: the company runs two ferries.").doesNotContain("officers");
    assertThat(aside.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Correction officers strike on Holm"));
  }

  @Test
  void paragraphsADivSeparatesWithTwoLineBreaksStayApart() {
    // helper-160 case 05: an old CMS's paragraphs and subheading, split by <br><br> in a <div>, were run into one
    ImportedFile f = page(FERRY + """
        <div class="text">The first crossing leaves at seven.<br><br>The last one leaves at six.<br> <br><b>Fares rise</b><br><br>
        Fares go up by a tenth.<br>Children travel free.</div>
        """);

    assertThat(f.body()).isEqualTo(FERRY.strip().replaceAll("</?p>", "") + "\n\nThe first crossing leaves at seven.\n\n"
        + "The last one leaves at six.\n\n**Fares rise**\n\nFares go up by a tenth. Children travel free.");
  }

  @Test
  void aTimelinesDatesWithoutADayAreStoryTextAndALivePostsTimeIsNot() {
    // helper-160 case 15: a timeline's <time class=date> was left out as a post's label
    ImportedFile f = page(FERRY + """
        <h2>Timeline</h2>
        <div class="entry"><time class="date" datetime="1911-05">May 1911</time><p>The first ferry sails to Holm.</p></div>
        <div class="entry"><span class="date">1962</span><p>The car ferry arrives.</p></div>
        <div class="post"><span class="time">21:40 GMT</span><p>The evening ferry is late.</p></div>
        """);

    assertThat(f.paragraphs()).contains("May 1911", "1962").doesNotContain("21:40 GMT");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("21:40 GMT"));
  }

  @Test
  void theRestOfABylineReadByItsNameSpansIsReportedNotPublished() {
    ImportedFile f = page("""
        <div class="article-byline"><span class="author-name">Ola Berg</span><span class="author-role">Transport editor</span>
        and <span class="author-name">Kim Dahl</span> <span class="publish-date">Published 18 October 2021, 10:00</span></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(f.list("authors")).containsExactly("Ola Berg", "Kim Dahl");
    assertThat(f.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Transport editor")
        && e.leftOut().contains("Published 18 October 2021"));
  }

  @Test
  void aStandfirstBesideTheHeadersBylineIsNoRestOfTheByline() {
    // helper-169 case 01: a header's classless standfirst beside its 'By ...' byline was left out as the byline's rest
    ImportedFile plain = wholePage("""
        <article><header><h1>Harbour crane toppled in storm</h1>
        <div>Gusts of ninety kilometres an hour hit the docks at dawn</div>
        <p class="byline">By Siri Moen</p></header>
        <p>A crane at the container harbour toppled onto a shed early on Sunday, the port said.</p></article>
        """);
    ImportedFile tagline = wholePage("""
        <article><header><h1>Harbour crane toppled in storm</h1>
        <div class="tagline">Nobody was hurt, the port says</div>
        <p class="byline">By Siri Moen</p></header>
        <p>A crane at the container harbour toppled onto a shed early on Sunday, the port said.</p></article>
        """);
    // the rest in the byline's own block is still the byline's
    ImportedFile own = page("""
        <div><span class="author">Siri Moen</span> Harbour reporter</div>
        <p>A crane at the container harbour toppled onto a shed early on Sunday, the port said.</p>
        """);

    assertThat(plain.list("authors")).containsExactly("Siri Moen");
    assertThat(plain.paragraphs()).containsExactly("Gusts of ninety kilometres an hour hit the docks at dawn",
        "A crane at the container harbour toppled onto a shed early on Sunday, the port said.");
    assertThat(tagline.paragraphs()).containsExactly("Nobody was hurt, the port says",
        "A crane at the container harbour toppled onto a shed early on Sunday, the port said.");
    assertThat(own.list("authors")).containsExactly("Siri Moen");
    assertThat(own.body()).isEqualTo("A crane at the container harbour toppled onto a shed early on Sunday, the port said.");
    assertThat(own.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Harbour reporter"));
  }

  @Test
  void aBylineBlocksNameAndJobTitleSetSideBySideAreReadApart() {
    // helper-160 case 04: 'By Ida MoeFerry correspondent', the parts run together, gave no author
    ImportedFile block = page("""
        <div data-component="byline-block"><span>By Ida Moe</span><span>Ferry correspondent</span></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    ImportedFile links = page("""
        <div class="byline">By <a href="/a">Ida Moe</a> and <a href="/b">Per Lund</a></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    ImportedFile spaced = page("""
        <p class="byline">By <span>Ida</span> <span>Moe</span></p>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(block.list("authors")).containsExactly("Ida Moe");
    assertThat(block.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    assertThat(block.report()).anyMatch(e -> e.leftOut().contains("Ferry correspondent"));
    assertThat(links.list("authors")).containsExactly("Ida Moe", "Per Lund");
    assertThat(spaced.list("authors")).containsExactly("Ida Moe");
  }

  @Test
  void nameSpansOfOneAuthorWithASpaceBetweenThemAreOneName() {
    // helper-169 case 05: hCard's given-name and family-name spans gave two authors, 'Anna' and 'Berg Lie'
    ImportedFile vcard = page("""
        <div class="byline">By <span class="author vcard"><span class="given-name">Liv</span> <span class="family-name">Sand Aas</span></span>, Health editor</div>
        <p>The hospital will close its maternity ward for the summer, the board decided on Monday.</p>
        """);
    ImportedFile firstLast = page("""
        <div class="byline">By <span class="author"><span class="first-name">Liv</span> <span class="last-name">Sand</span></span>
        <span class="role">Health editor</span></div>
        <p>The hospital will close its maternity ward for the summer, the board decided on Monday.</p>
        """);

    assertThat(vcard.list("authors")).containsExactly("Liv Sand Aas");
    assertThat(vcard.body()).isEqualTo("The hospital will close its maternity ward for the summer, the board decided on Monday.");
    assertThat(firstLast.list("authors")).containsExactly("Liv Sand");
    assertThat(firstLast.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Health editor"));
  }

  @Test
  void theDatelinesPlaceAfterABylinesNameElementsIsNoPartOfAName() {
    // helper-160 case 12: 'By <span class=author-name>Per Lund</span> Holm, 3 March' gave the author 'Per Lund Holm'
    ImportedFile f = page("""
        <div class="byline">By <span class="author-name">Ida Moe</span> and <span class="author-name">Per Lund</span> Holm, 3 March</div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);
    ImportedFile plain = page("""
        <div class="byline">By Ida Moe and Per Lund <img class="author-photo" src="p.jpg" alt=""></div>
        <p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>
        """);

    assertThat(f.list("authors")).containsExactly("Ida Moe", "Per Lund");
    assertThat(f.body()).isEqualTo("The ferry company said on Tuesday it would cut two of its three winter crossings.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Holm, 3 March"));
    assertThat(plain.list("authors")).containsExactly("Ida Moe", "Per Lund");
  }

  @Test
  void theHeadlineStandfirstAndBylineInAHeaderBesideTheArticleAreTheStorys() {
    ImportedFile f = wholePage("""
        <div class="story-layout"><header class="story-head"><h1>Library reopens after flood</h1>
        <p class="dek">Volunteers dried out four thousand books by hand</p><p class="byline">By Ines Varga</p></header>
        <article class="story-text"><p>The town library reopened on Saturday, five months after the river flooded it.</p>
        <p>About three hundred books could not be saved.</p></article></div>
        """);

    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
    assertThat(f.text("standfirst")).isEqualTo("Volunteers dried out four thousand books by hand");
    assertThat(f.list("authors")).containsExactly("Ines Varga");
    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.",
        "About three hundred books could not be saved.");
  }

  @Test
  void theKickerAndToolsOfTheArticlesHeaderAreLeftOutAndItsSentencesKept() {
    ImportedFile beside = wholePage("""
        <div class="story-layout"><header class="story-head"><div class="section-label"><a href="/local">Local</a></div>
        <h1>Library reopens after flood</h1><p class="dek">Volunteers dried out four thousand books by hand</p>
        <div class="gift">Gift this article</div></header>
        <article class="story-text"><p>The town library reopened on Saturday, five months after the river flooded it.</p>
        <p>About three hundred books could not be saved.</p></article></div>
        """);
    ImportedFile inside = wholePage("""
        <article><header><span class="label">Analysis</span><h1>Library reopens after flood</h1>
        <div class="line">It took five months.</div><p>Volunteers</p></header>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p></article>
        """);

    assertThat(beside.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.",
        "About three hundred books could not be saved.");
    for (String left : List.of("Local", "Gift this article")) {
      assertThat(beside.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
    assertThat(inside.paragraphs()).containsExactly("It took five months.", "Volunteers",
        "The town library reopened on Saturday, five months after the river flooded it.");
    assertThat(inside.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Analysis"));
  }

  @Test
  void aShortLineUnderTheHeadlineIsNoKicker() {
    // helper-169 case 02: a short standfirst under the <h1> was left out as the header's kicker
    ImportedFile f = wholePage("""
        <article><header><div class="kicker">Weather</div><h1>Harbour crane toppled in storm</h1>
        <div class="headline-sub">Nobody hurt at the docks</div>
        <div class="tagline">Port closed until Tuesday</div>
        <div class="gift">Gift this article</div>
        <p class="byline">By Siri Moen</p></header>
        <p>A crane at the container harbour toppled onto a shed early on Sunday, the port said.</p></article>
        """);

    assertThat(f.paragraphs()).containsExactly("Nobody hurt at the docks", "Port closed until Tuesday",
        "A crane at the container harbour toppled onto a shed early on Sunday, the port said.");
    for (String left : List.of("Weather", "Gift this article")) {
      assertThat(f.report()).as(left).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(left));
    }
  }

  @Test
  void aSiteLogosHeadingAndTaglineAboveTheArticleStayOutOfTheStory() {
    ImportedFile f = wholePage("""
        <div class="page"><div class="top"><h1 class="site-logo">Valley Herald</h1><p>Your town, every morning</p></div>
        <div class="content"><article><p>The town library reopened on Saturday, five months after the river flooded it.</p></article></div></div>
        """, "<meta property=\"og:title\" content=\"Library reopens after flood\">");

    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.");
    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
  }

  @Test
  void aFeedOfFullArticlesGivesTheFirstAndNamesTheNextInTheReport() {
    ImportedFile f = wholePage("""
        <main><article><h1>Library reopens after flood</h1><p class="byline">By Ines Varga</p>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p></article>
        <article><h1>Bakery wins regional prize</h1><p class="byline">By Tor Lund</p>
        <p>A bakery on Mill Street has won the regional prize for its rye bread, its second in three years.</p>
        <p>The owners said they would not raise their prices.</p></article></main>
        """);

    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
    assertThat(f.list("authors")).containsExactly("Ines Varga");
    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().startsWith("Bakery wins regional prize")
        && e.detail().contains("another story"));
  }

  @Test
  void aOneLineBreakingStripAboveTheStoryIsNotTheFeedsFirstStory() {
    ImportedFile f = wholePage("""
        <main><article class="alert"><h1>Breaking: Mill Street closed</h1><p>Police have shut the street.</p></article>
        <article><h1>Library reopens after flood</h1>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p>
        <p>Volunteers dried the books in the school gym.</p></article></main>
        """);
    ImportedFile shortFirst = wholePage("""
        <main><article><h1>Library reopens after flood</h1>
        <p>The town library reopened on Saturday, five months after the river flooded its ground floor and its cellar.</p>
        <p>Volunteers dried the books.</p></article>
        <article><h1>Bakery wins regional prize</h1>
        <p>A bakery on Mill Street has won the regional prize for its rye bread, its second in three years.</p>
        <p>The owners said they would not raise their prices, and that the prize money would go to a new oven.</p></article></main>
        """);

    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.",
        "Volunteers dried the books in the school gym.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Mill Street closed"));
    assertThat(shortFirst.text("title")).isEqualTo("Library reopens after flood");
    assertThat(shortFirst.body()).doesNotContain("Bakery", "rye bread");
  }

  @Test
  void aStoryWithTeaserArticlesUnderItStaysTheStory() {
    ImportedFile f = wholePage("""
        <main><h1>Library reopens after flood</h1>
        <p>The town library reopened on Saturday, five months after the river flooded its ground floor.</p>
        <p>Volunteers spent the summer drying books on racks in the school gym, a few shelves at a time.</p>
        <div class="more"><article><h2>Bakery wins prize</h2><p>Rye bread again.</p></article>
        <article><h2>Bridge plan shelved</h2><p>Council vote.</p></article></div></main>
        """);

    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
    assertThat(f.paragraphs()).startsWith("The town library reopened on Saturday, five months after the river flooded its ground floor.",
        "Volunteers spent the summer drying books on racks in the school gym, a few shelves at a time.");
  }

  @Test
  void aPageWithNoArticleElementGivesTheStoryBlockNotTheSiteHeaderOrTheSidebar() {
    ImportedFile f = wholePage("""
        <div id="app"><div class="header-wrap"><div class="logo">Valley Wire</div><div class="edition">Edition: Europe</div></div>
        <div class="cols"><div class="col-main"><div class="story-wrap"><h1>Library reopens after flood</h1>
        <section class="text-section"><p>DORVAL, Oct 18 (Valley Wire) - The town library reopened on Saturday, five months after the flood.</p>
        <p>Volunteers dried the books by hand over the summer.</p></section>
        <section class="text-section"><h2>Lost books</h2><p>About three hundred books could not be saved.</p></section></div></div>
        <div class="col-side"><div class="box"><h3>Top stories</h3><p>Bakery wins the regional prize for its rye bread again</p>
        <p>Council shelves the bridge plan after a long budget debate</p></div></div></div></div>
        """);

    assertThat(f.body()).doesNotContain("Edition", "Top stories", "Bakery", "Council shelves");
    assertThat(f.paragraphs()).containsExactly(
        "DORVAL, Oct 18 (Valley Wire) - The town library reopened on Saturday, five months after the flood.",
        "Volunteers dried the books by hand over the summer.", "## Lost books", "About three hundred books could not be saved.");
    assertThat(f.list("places")).containsExactly("Dorval");
  }

  @Test
  void aPageWithNoArticleElementAndOneBlockOfTextKeepsItAll() {
    ImportedFile f = wholePage("""
        <div class="wrap"><h1>Library reopens after flood</h1>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p>
        <p>About three hundred books could not be saved.</p></div>
        """);

    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.",
        "About three hundred books could not be saved.");
  }

  @Test
  void aSiteLogosHeadingOutsideTheArticleIsNoTitleWhenThePageNamesItsHeadline() {
    ImportedFile f = wholePage("""
        <header id="masthead"><h1 class="site-title"><a href="/">Valley Herald</a></h1></header>
        <article class="post"><h2 class="entry-title">Library reopens after flood</h2>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p></article>
        """, "<meta property=\"og:title\" content=\"Library reopens after flood\">");

    assertThat(f.text("title")).isEqualTo("Library reopens after flood");
    assertThat(f.body()).doesNotContain("Library reopens");
    assertThat(f.paragraphs()).containsExactly("The town library reopened on Saturday, five months after the river flooded it.");
  }

  @Test
  void aHeadingOutsideTheArticleIsTheTitleWhenThePageNamesNoOtherAndAnArticlesOwnH1Wins() {
    ImportedFile outside = wholePage("""
        <h1>Library reopens after flood</h1><div class="x"><div class="y">
        <article><p>The town library reopened on Saturday, five months after the river flooded it.</p></article></div></div>
        """);
    ImportedFile own = wholePage("""
        <article><h1>Library reopens after flood</h1>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p></article>
        """, "<meta property=\"og:title\" content=\"Flood: library reopens | Valley Herald\">");
    ImportedFile subheading = wholePage("""
        <header class="site-header"><h1>Valley Herald</h1></header>
        <article><h2>Most read books of the year</h2>
        <p>The town library reopened on Saturday, five months after the river flooded it.</p></article>
        """, "<meta property=\"og:title\" content=\"Library reopens after flood\">");

    assertThat(outside.text("title")).isEqualTo("Library reopens after flood");
    assertThat(own.text("title")).isEqualTo("Library reopens after flood");
    assertThat(subheading.text("title")).isEqualTo("Library reopens after flood");
    assertThat(subheading.body()).contains("## Most read books of the year");
  }

  @Test
  void theSitesNameAfterASeparatorInTheTitleIsLeftOutWhenThePageNamesItsSite() {
    // helper-160 case 19: the title was 'Skaters return to frozen square | Ostrand Courier'
    String story = "<div class=\"story\"><h2>Library reopens after flood</h2>\n"
        + "<p>The town library reopened on Saturday, five months after the river flooded it.</p></div>";
    ImportedFile everyForm = wholePage(story, "<meta name=\"twitter:title\" content=\"Library reopens after flood | Valley Herald\">",
        "<meta property=\"og:title\" content=\"Library reopens after flood | Valley Herald\">");
    ImportedFile siteName = wholePage(story, "<meta property=\"og:title\" content=\"Library reopens after flood - Valley Herald\">",
        "<meta property=\"og:site_name\" content=\"Valley Herald\">");
    ImportedFile ownDash = wholePage("<div><p>The town library reopened on Saturday, five months after the river flooded it.</p></div>",
        "<meta property=\"og:title\" content=\"Library budget - what it means\">", "<meta property=\"og:site_name\" content=\"Valley Herald\">");

    assertThat(everyForm.text("title")).isEqualTo("Library reopens after flood");
    assertThat(everyForm.body()).doesNotContain("Library reopens");
    assertThat(siteName.text("title")).isEqualTo("Library reopens after flood");
    assertThat(ownDash.text("title")).isEqualTo("Library budget - what it means");
  }

  @Test
  void aHeadlinesSecondHalfAfterABarIsNoSiteNameWhereThePageNamesNoSite() {
    // helper-169 case-04: 'Tax rise approved | Councillors split' in <title>, og:title and twitter:title lost its second half
    String title = "Tax rise approved | Councillors split";
    String html = "<!doctype html><html><head><title>" + title + "</title><meta property=\"og:title\" content=\"" + title + "\">"
        + "<meta name=\"twitter:title\" content=\"" + title + "\"></head><body><main><article>"
        + "<p>The council approved a tax rise of one per cent on Tuesday night, with councillors split.</p></article></main></body></html>";
    ImportedFile f = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", html.getBytes(StandardCharsets.UTF_8)));
    ImportedFile named = wholePage("<div><p>The town library reopened on Saturday, five months after the river flooded it.</p></div>",
        "<meta property=\"og:title\" content=\"Library reopens | Valley Herald\">",
        "<meta name=\"application-name\" content=\"Valley Herald\">");

    assertThat(f.text("title")).isEqualTo(title);
    assertThat(named.text("title")).isEqualTo("Library reopens");
  }

  private static ImportedFile wholePage(String body, String... head) {
    String html = "<!doctype html><html><head><title>Valley Herald</title>\n"
        + "<meta property=\"article:published_time\" content=\"2021-10-18T10:00:00Z\">" + String.join("\n", head)
        + "</head>\n<body>" + body + "</body></html>";
    return ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anEmbargoOverThePagesDescriptionUsedAsTheStandfirstIsLeftOutAndTheStoryIsADraft() {
    String html = """
        <!doctype html><html><head><title>Island ferry</title>
        <meta name="description" content="EMBARGOED UNTIL 00:01 GMT 8 December 2026. Councils backed the plan.">
        <meta property="article:published_time" content="2021-10-18T10:00:00Z"></head>
        <body><article><h1>Island ferry to keep winter crossings</h1>
        <p>The ferry company said on Tuesday it would keep two of its three winter crossings.</p>
        </article></body></html>
        """;
    ImportedFile f = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", html.getBytes(StandardCharsets.UTF_8)));

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.text("standfirst")).isEqualTo("Councils backed the plan.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("EMBARGOED UNTIL 00:01 GMT 8 December 2026"));
  }

  /** Each part a saved page publishes: its headline, a quotation, a photo's or a table's caption, a {@code <pre>}, a definition list. */
  @ParameterizedTest
  @ValueSource(strings = {
      "<h1>Embargoed until 00:01 GMT 8 December 2026 - Island ferry to keep winter crossings</h1>",
      "<blockquote><p>Embargo: 00:01 GMT, Tuesday 8 December 2026</p><p>We are pleased, the mayor said.</p></blockquote>",
      "<figure><img src=\"ferry.jpg\"><figcaption>Embargoed until 00:01 GMT 8 December 2026 - The ferry at Holm. Photo: Ann Lee</figcaption></figure>",
      "<figure><img src=\"a.jpg\"><figcaption>The quay.</figcaption></figure><figure><img src=\"b.jpg\"><figcaption>Embargo: 00:01 GMT, Tuesday 8 December 2026</figcaption></figure>",
      "<table><caption>Embargo: 00:01 GMT, Tuesday 8 December 2026</caption><tr><td>Holm</td><td>2</td></tr></table>",
      "<pre>Holm   2\nEMBARGOED UNTIL 00:01 GMT 8 DECEMBER 2026\nOstrand 1</pre>",
      "<dl><dt>Embargo</dt><dd>00:01 GMT, Tuesday 8 December 2026</dd><dt>Crossings</dt><dd>Two a day</dd></dl>"})
  void anEmbargoInAnyPartASavedPagePublishesIsLeftOutAndTheStoryIsADraft(String part) {
    ImportedFile f = page(part + "\n<p>The ferry company said on Tuesday it would keep two of its three winter crossings.</p>\n");

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.result().markdown().substring(f.result().markdown().indexOf("\n", f.result().markdown().indexOf("draft:"))))
        .doesNotContainIgnoringCase("embargo");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.detail().contains("embargo"));
  }

  /** A part no rule reads an embargo in (a cell of a table row beside other cells): the safety net makes the story a draft. */
  @Test
  void anEmbargoLeftInAPartNoRuleReadsMakesTheStoryADraftWithTheLineKeptAndNamed() {
    ImportedFile f = page("""
        <p>The ferry company said on Tuesday it would keep two of its three winter crossings.</p>
        <table><tr><th>Port</th><th>Note</th></tr>
        <tr><td>Holm</td><td>Embargo: 00:01 GMT, Tuesday 8 December 2026</td></tr></table>
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.result().markdown()).contains("draft: true  # Embargo: 00:01 GMT, Tuesday 8 December 2026");
    assertThat(f.body()).contains("Embargo: 00:01 GMT, Tuesday 8 December 2026");
    assertThat(f.report()).anyMatch(e -> e.field().equals("draft") && e.detail().startsWith("an embargo left in the text: the story is a draft")
        && e.detail().contains("Embargo: 00:01 GMT, Tuesday 8 December 2026") && e.lines().equals(List.of(8)));
  }

  @Test
  void aStandfirstListItemAndCaptionThatOnlyMentionAnEmbargoStayAndTheStoryIsNoDraft() {
    ImportedFile f = page("""
        <p class="standfirst">Embargo on Russian oil to be tightened, ministers say</p>
        <p>The ferry company said on Tuesday it would keep two of its three winter crossings.</p>
        <ul><li>Embargo: a ban on trade with a country</li><li>Sanctions: measures against a state</li></ul>
        <figure><img src="ferry.jpg"><figcaption>Protesters against the arms embargo in Geneva</figcaption></figure>
        <blockquote><p>The embargo ended at 00:01 on Tuesday.</p></blockquote>
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.text("standfirst")).isEqualTo("Embargo on Russian oil to be tightened, ministers say");
    assertThat(f.body()).contains("- Embargo: a ban on trade with a country", "The embargo ended at 00:01 on Tuesday.");
    assertThat(f.map("image").get("caption")).isEqualTo("Protesters against the arms embargo in Geneva");
  }

  @Test
  void wordsOfBlocksInATableCellOrListItemOfAMinifiedPageStayApart() {
    ImportedFile f = page("<p>Turnout rose in every ward but one.</p><table><tr><th>Ward</th><th>Winner</th></tr><tr><td><p>Harbour</p>"
        + "<p>(recount)</p></td><td><div>Greens</div><div>majority 212</div></td></tr></table><ul><li><p>Turnout was 41%.</p>"
        + "<p>It was 37% last time.</p></li><li><h4>Postal votes</h4><p>A record 9,100 were returned.</p></li></ul>");

    assertThat(f.body()).contains("| Harbour (recount) | Greens majority 212 |", "- Turnout was 41%. It was 37% last time.",
        "- Postal votes A record 9,100 were returned.");
  }

  @Test
  void inlineElementsInATableCellOrListItemStayJoinedToTheirWord() {
    ImportedFile f = page("<p>Turnout rose in every ward but one.</p><table><tr><th>Ward</th><th>Place</th></tr><tr><td><span>Harb</span>"
        + "our</td><td>1<sup>st</sup></td></tr></table><ul><li><b>Green</b>s held <a href=\"https://example.org/w\">Wes</a>t</li>"
        + "<li>H<sub>2</sub>O, <em>ab</em>out 41%</li></ul>");

    assertThat(f.body()).contains("| Harbour | 1st |", "- **Green**s held [Wes](https://example.org/w)t", "- H2O, *ab*out 41%");
  }

  @Test
  void theTrailerAndSourcesLineInTheArticlesOwnFooterAreReadAndTheRestOfItIsReported() {
    ImportedFile f = page(FERRY + """
        <footer class="article-footer"><p>Reporting by Ida Moe; Editing by Per Vik</p><p>Source: Reuters</p>
        <ul class="article-tags"><li>Ferries</li><li>Holm</li></ul><div>Source: AFP<br>Ferry news desk</div></footer>
        """);

    assertThat(f.body()).isEqualTo(FERRY.strip().replaceAll("</?p>", ""));
    assertThat(f.sourceNames()).containsExactly("Reuters", "AFP");
    assertThat(f.map("credits")).containsEntry("reporting", List.of("Ida Moe")).containsEntry("editing", List.of("Per Vik"));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.MOVED && e.values().equals(List.of("Ida Moe", "Per Vik"))
        && e.detail().contains("article's footer"));
    for (String furniture : List.of("Ferries Holm", "Ferry news desk")) {
      assertThat(f.report()).as(furniture).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(furniture));
    }
  }

  @Test
  void aFooterThatIsNotTheArticlesOrHoldsNoTrailerIsLeftOutAndReportedAsBefore() {
    ImportedFile prose = page(FERRY + """
        <footer><p>Source material for this story came from the council's minutes and two interviews.</p>
        <p>Editing the timetable by hand took the company a week.</p></footer>
        """);
    ImportedFile section = page(FERRY + """
        <section class="more-from-holm"><h3>Holm</h3><p>Holm is an island of 900 people.</p>
        <footer><p>Source: Reuters</p></footer></section>
        """);
    ImportedFile hidden = page(FERRY + "<footer hidden><p>Source: Reuters</p></footer>");

    assertThat(prose.sourceNames()).isEmpty();
    assertThat(prose.map("credits")).isNull();
    assertThat(prose.body()).doesNotContain("Source material", "Editing the timetable");
    assertThat(prose.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Source material")
        && e.leftOut().contains("Editing the timetable"));
    for (ImportedFile f : List.of(section, hidden)) {
      assertThat(f.sourceNames()).isEmpty();
      assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Source: Reuters"));
    }
  }

  @Test
  void aJsonLdAuthorThatIsAnOrganisationOrAKnownAgencyIsASourceNotAPerson() {
    ImportedFile organisation = pageWithHead(jsonLdAuthor("{\"@type\":\"Organization\",\"name\":\"Associated Press\"}"), FERRY);
    ImportedFile agencyName = pageWithHead(jsonLdAuthor("[{\"@type\":\"Person\",\"name\":\"Ola Berg\"},\"AFP\"]"), FERRY);
    ImportedFile wires = pageWithHead(jsonLdAuthor("{\"@type\":[\"NewsMediaOrganization\"],\"name\":\"Wires\"}"), FERRY);

    assertThat(organisation.list("authors")).isEmpty();
    assertThat(organisation.sourceNames()).containsExactly("Associated Press");
    assertThat(organisation.report()).anyMatch(e -> e.field().equals("sources") && e.values().equals(List.of("Associated Press"))
        && e.detail().contains("JSON-LD author"));
    assertThat(agencyName.list("authors")).containsExactly("Ola Berg");
    assertThat(agencyName.sourceNames()).containsExactly("AFP");
    assertThat(wires.list("authors")).isEmpty();
    assertThat(wires.sourceNames()).containsExactly("Wires");
  }

  @Test
  void aJsonLdPersonWhoseNameOnlyContainsAnAgencysStaysAnAuthor() {
    for (String person : List.of("{\"@type\":\"Person\",\"name\":\"Ada Reuter\"}", "\"Pat Ansa\"",
        "{\"@type\":\"Person\",\"name\":\"Mia Bloomberg-Holt\"}")) {
      ImportedFile f = pageWithHead(jsonLdAuthor(person), FERRY);

      assertThat(f.list("authors")).as(person).hasSize(1);
      assertThat(f.sourceNames()).as(person).isEmpty();
    }
  }

  private static final String FERRY = "<p>The ferry company said on Tuesday it would cut two of its three winter crossings.</p>\n";

  private static String jsonLdAuthor(String author) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Island ferry to cut winter crossings\",\"author\":" + author + "}</script>";
  }

  private static ImportedFile page(String article) {
    return pageWithHead("", article);
  }

  private static ImportedFile pageWithHead(String head, String article) {
    return ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", html(head, article).getBytes(StandardCharsets.UTF_8)));
  }

  private static String html(String head, String article) {
    return """
        <!doctype html>
        <html><head><title>Island ferry</title>
        <meta property="article:published_time" content="2021-10-18T10:00:00Z">""" + head + """
        </head>
        <body><article>
        """ + (article.contains("<h1>") ? "" : "<h1>Island ferry to cut winter crossings</h1>\n") + article + """
        </article></body></html>
        """;
  }

  private static Document rendered(ImportedFile f) {
    return Jsoup.parse(ImportNothingLostTest.render(f.body()));
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(w -> counts.merge(w, 1, Integer::sum));
    return counts;
  }
}
