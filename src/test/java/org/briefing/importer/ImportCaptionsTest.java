package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCaptionsTest {

  @Test
  void paragraphEndingInADataSourceStaysInTheBodyAndIsNoPhotoCredit() {
    ImportedFile f = ImportedFile.importText("""
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March, its owners said on Friday.

        Passengers carried last year, by route (Source: Harbour Board/Statistics Office)

        Fares on the night crossing will stay the same until the summer timetable starts.
        """);

    assertThat(f.map("image")).isNull();
    assertThat(f.map("credits")).isNull();
    assertThat(f.paragraphs()).contains("Passengers carried last year, by route (Source: Harbour Board/Statistics Office)");
  }

  @Test
  void paragraphEndingInAgencyCreditStaysInTheBodyAndNamesTheAgenciesAsSources() {
    ImportedFile f = ImportedFile.importText("""
        Ferry strike talks break down

        Talks between the ferry crews and the island company ended on Sunday night without a deal, both sides said.

        The crews want a shorter working week and the company says it cannot pay for more staff. (AP/AFP)

        A new round of talks has not been set, and sailings remain cancelled until Wednesday.
        """);

    assertThat(f.map("image")).isNull();
    assertThat(f.paragraphs())
        .contains("The crews want a shorter working week and the company says it cannot pay for more staff. (AP/AFP)");
    assertThat(f.sourceNames()).containsExactly("Associated Press", "AFP");
  }

  @Test
  void anAbbreviationInBracketsAtTheEndOfASentenceIsNoAgencyCredit() {
    ImportedFile f = ImportedFile.importText("""
        Ferry strike talks break down

        Talks between the ferry crews and the island company ended on Sunday night without a deal, both sides said.

        The crews asked for help from the regional press association (PA)

        A new round of talks has not been set, and sailings remain cancelled until Wednesday.
        """);

    assertThat(f.list("sources")).isEmpty();
    assertThat(f.paragraphs()).contains("The crews asked for help from the regional press association (PA)");
  }

  @Test
  void captionFarBelowTheTopIsKeptAsACaptionNotTakenAsTheStoryPhoto() {
    ImportedFile f = ImportedFile.importText("""
        Lighthouse reopens to visitors

        The old lighthouse on the northern cape opened to visitors again on Saturday after three years of repairs.

        Volunteers rebuilt the spiral staircase and replaced the lamp room windows, the trust that runs it said.

        Tickets sold out for the first weekend, and the trust has added evening tours in July.

        Visitors climb the rebuilt staircase of the lighthouse on Saturday. [Irene Holt/Pool]

        The trust said the repairs had cost less than planned.
        """);

    assertThat(f.map("image")).isNull();
    assertThat(f.paragraphs()).contains("> *Visitors climb the rebuilt staircase of the lighthouse on Saturday. \\[Irene Holt/Pool\\]*");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().contains(9));
  }

  @Test
  void captionWithItsCreditAloneOnTheNextLineGivesTheImageNotTheStandfirst() {
    ImportedFile f = ImportedFile.importText("""
        Lighthouse reopens to visitors

        Visitors queue at the door of the lighthouse on the northern cape, October 16, 2021.

        REUTERS/Irene Holt

        The old lighthouse on the northern cape opened to visitors again on Saturday after three years of repairs.

        Volunteers rebuilt the spiral staircase and replaced the lamp room windows, the trust that runs it said.
        """);

    assertThat(f.text("standfirst")).isNull();
    assertThat(f.map("image"))
        .containsEntry("caption", "Visitors queue at the door of the lighthouse on the northern cape, October 16, 2021.")
        .containsEntry("credit", "REUTERS/Irene Holt");
    assertThat(f.body()).doesNotContain("REUTERS").startsWith("The old lighthouse");
  }

  @Test
  void secondCaptionIsSetApartSoThatNoSummaryPublishesIt(@TempDir Path dir) {
    ImportResult result = new Importer(ImportOptions.none().withDate("2021-10-18")).importBytes("story.txt", """
        Storm closes mountain pass

        Snow ploughs wait at the foot of the pass on Sunday. Photo: Irene Holt/AFP

        BERGHEIM, Oct 18 (Reuters) - Heavy snow closed the mountain pass on Sunday, police said.

        Drivers wait beside their lorries at the closed mountain pass road on Sunday. [Tomas Brandt/EPA]

        The road authority said the pass could open again on Tuesday.

        Buses were cancelled.
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    TestSite site = TestSite.of(dir, "-- briefing.yaml --\ntitle: Desk\n-- content/stories/storm.md --\n" + result.markdown())
        .build();

    Document story = site.html("2021/10/18/storm-closes-mountain-pass/index.html");
    assertThat(story.select("blockquote em").text())
        .isEqualTo("Drivers wait beside their lorries at the closed mountain pass road on Sunday. [Tomas Brandt/EPA]");
    assertThat(site.html("index.html").text()).contains("Heavy snow closed the mountain pass").doesNotContain("Drivers wait");
    assertThat(result.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().contains(7)
        && e.detail().contains("another photo caption"));
  }

  @Test
  void aCaptionWithNoFullStopAndItsCreditOnTheNextLineIsTheStorysPhoto() {
    ImportedFile f = ImportedFile.importText("""
        Harbour wall gives way in storm

        Workers inspect the broken harbour wall at Sandvik on Monday
        Lena Holt/Reuters

        SANDVIK (Reuters) - A section of the harbour wall gave way during the night, the port authority said.

        Repairs are expected to take until the spring, it said.
        """);

    assertThat(f.map("image")).containsEntry("caption", "Workers inspect the broken harbour wall at Sandvik on Monday")
        .containsEntry("credit", "Lena Holt/Reuters");
    assertThat(f.body()).doesNotContain("Lena Holt");
  }

  /**
   * A credit in brackets whose agency's name opens with a label's word ("picture alliance", "Photoshot") is that name whole:
   * the word was taken for a label with its colon left out, and the credit published as "alliance/dpa" or "hot/Jo Lee".
   */
  @Test
  void aCreditInBracketsNamingAnAgencyThatOpensWithALabelsWordKeepsTheWholeName() {
    // what is in the brackets, the credit read from it and its photographers
    Map<String, List<String>> credits = new java.util.LinkedHashMap<>();
    credits.put("Picture alliance/dpa", List.of("Picture alliance/dpa"));
    credits.put("Photoshot/Jo Lee", List.of("Photoshot/Jo Lee", "Jo Lee"));
    credits.put("Photo: Jo Lee/AFP", List.of("Jo Lee/AFP", "Jo Lee"));
    credits.put("Photo by Jo Lee/AFP", List.of("Jo Lee/AFP", "Jo Lee"));
    credits.put("Photo Jo Lee/AFP", List.of("Photo Jo Lee/AFP", "Jo Lee"));
    credits.forEach((written, read) -> {
      ImportedFile f = ImportedFile.importText("""
          Harbour wall gives way in storm

          Divers check the foot of the broken harbour wall at Sandvik (%s)

          SANDVIK — A section of the harbour wall gave way during the night, the port authority said on Monday.

          Repairs are expected to take until the spring, it said.
          """.formatted(written));
      assertThat(f.map("image")).as(written).containsEntry("caption", "Divers check the foot of the broken harbour wall at Sandvik")
          .containsEntry("credit", read.get(0));
      assertThat(f.map("credits") == null ? null : f.map("credits").get("photo")).as(written)
          .isEqualTo(read.size() > 1 ? read.subList(1, read.size()) : null);
    });
  }

  @Test
  void aCaptionEndingOnlyInAnAgencyInSquareBracketsUnderTheHeadlineIsTheStorysPhotoNotTheStandfirst() {
    ImportedFile f = ImportedFile.importText("""
        Harbour wall gives way in storm

        Divers check the foot of the broken harbour wall at Sandvik [Reuters]

        SANDVIK — A section of the harbour wall gave way during the night, the port authority said on Monday.

        Repairs are expected to take until the spring, it said.
        """);

    assertThat(f.result().markdown()).startsWith("""
        ---
        title: "Harbour wall gives way in storm"
        date: "2021-10-18"
        places:
          - "Sandvik"
        image:
          src: ""  # TODO: add the photo file
          caption: "Divers check the foot of the broken harbour wall at Sandvik"
          credit: "Reuters"
        ---
        """);
    assertThat(f.body()).startsWith("SANDVIK — A section").doesNotContain("Divers");
    assertThat(f.report()).anyMatch(e -> e.field().equals("image.credit") && e.values().equals(List.of("Reuters"))
        && e.lines().equals(List.of(3)));
  }

  @Test
  void aParagraphOrStandfirstEndingInSicInFrenchOrAnAgencyInBracketsIsNoCaption() {
    for (String ending : List.of("the harbour [sic]", "the harbour [in French]", "the harbour (AP)", "the harbour. [AP]")) {
      String line = "Divers say they have never seen such damage to " + ending;
      ImportedFile f = ImportedFile.importText("""
          Harbour wall gives way in storm

          %s

          SANDVIK — A section of the harbour wall gave way during the night, the port authority said on Monday.

          Repairs are expected to take until the spring, it said.
          """.formatted(line));

      assertThat(f.map("image")).as(ending).isNull();
      assertThat(f.text("standfirst") + "\n" + f.body()).as(ending).containsAnyOf(line, line.replace("[", "\\[").replace("]", "\\]"));
    }
  }

  @Test
  void aCorrectionAboveACreditLineIsNoCaption() {
    ImportedFile f = ImportedFile.importText("""
        Harbour wall gives way in storm

        SANDVIK (Reuters) - A section of the harbour wall gave way during the night, the port authority said.

        Repairs are expected to take until the spring, it said.

        Correction: An earlier version of this story gave the wrong name for the port.

        Photo: Lena Holt/Reuters
        """);

    assertThat(f.paragraphs()).contains("Correction: An earlier version of this story gave the wrong name for the port.");
    assertThat(f.body()).doesNotContain("*Correction");
  }

  /**
   * A credit in copyright form on the line under its caption ("© Name/Agency") is the photo's, as "Photo: Name/Agency"
   * is: the caption keeps it, and its agency is no source of the story's text (the copy names none, and says so).
   */
  @Test
  void aCopyrightCreditUnderACaptionIsThePhotosCreditAndNoSourceOfTheStory() {
    ImportedFile f = ImportedFile.importText("""
        Gale closes the island ferry

        A gale closed the ferry to the islands on Sunday, stranding hundreds of travellers.

        Fishing boats ride out the gale in the harbour at Holm on Sunday
        © Ivo Brandt/AFP

        The ferry company said the first crossing would leave on Monday if the wind dropped.

        Travellers spent the night in the terminal.
        """);

    assertThat(f.map("image")).containsEntry("caption", "Fishing boats ride out the gale in the harbour at Holm on Sunday")
        .containsEntry("credit", "Ivo Brandt/AFP");
    assertThat(f.map("credits")).containsEntry("photo", List.of("Ivo Brandt"));
    assertThat(f.list("sources")).isEmpty();
    assertThat(f.body()).doesNotContain("Fishing boats", "Ivo Brandt").startsWith("The ferry company said");
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED)
        .anyMatch(e -> e.kind() == ReportEntry.Kind.NOTE && e.detail().startsWith("no source in the input"))
        .anyMatch(e -> e.field().equals("image.credit") && e.lines().equals(List.of(5, 6)));
  }

  /**
   * A caption whose credit follows a © on its own line is read as one: at the photo's place it is the story's photo, further
   * down a caption set apart in the body, never a subheading.
   */
  @Test
  void aCaptionEndingInACopyrightCreditIsACaptionWhereverItStands() {
    ImportedFile f = ImportedFile.importText("""
        Gale closes the island ferry

        A gale closed the ferry to the islands on Sunday, stranding hundreds of travellers.

        Waves break over the pier at Holm on Sunday. © Ivo Brandt/AFP

        The ferry company said the first crossing would leave on Monday if the wind dropped.

        Travellers spent the night in the terminal, where volunteers handed out blankets.

        A ferry waits at its berth in Holm. © Mira Sand

        The last gale to close the crossing was in March.
        """);

    assertThat(f.map("image")).containsEntry("caption", "Waves break over the pier at Holm on Sunday.")
        .containsEntry("credit", "Ivo Brandt/AFP");
    assertThat(f.map("credits")).containsEntry("photo", List.of("Ivo Brandt"));
    assertThat(f.paragraphs()).contains("> *A ferry waits at its berth in Holm. © Mira Sand*");
    assertThat(f.body()).doesNotContain("## ", "Waves break");
    assertThat(f.list("sources")).isEmpty();
  }

  /**
   * The wire's copyright notice stays one (left out, its agency the story's source), and so does a © line naming only an
   * organisation or holding a year: only a © before a photographer's name, or one ending a caption, is a photo's credit.
   */
  @Test
  void aCopyrightNoticeIsNoPhotoCredit() {
    for (String notice : List.of("© Reuters", "© 2026 Ivo Brandt/Reuters", "© Reuters. All rights reserved.")) {
      ImportedFile f = ImportedFile.importText("""
          Gale closes the island ferry

          A gale closed the ferry to the islands on Sunday, stranding hundreds of travellers.

          The ferry company said the first crossing would leave on Monday.

          Travellers spent the night in the terminal.
          %s
          """.formatted(notice));

      assertThat(f.map("image")).as(notice).isNull();
      assertThat(f.sourceNames()).as(notice).containsExactly("Reuters");
      assertThat(f.paragraphs()).as(notice).contains("Travellers spent the night in the terminal.");
      assertThat(f.report()).as(notice).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(notice)
          && e.detail().equals("copyright notice"));
    }
  }
}
