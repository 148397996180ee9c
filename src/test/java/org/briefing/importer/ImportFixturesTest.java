package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportFixturesTest {

  @Test
  void wireCopyGivesCaptionCreditDatelinePlaceAgencyAndCredits() {
    ImportedFile f = ImportedFile.importResource("wire.txt");

    assertThat(f.text("title")).isEqualTo("Harbour workers in Valmora end strike after pay deal");
    assertThat(f.text("date")).isEqualTo("2021-10-18");
    assertThat(f.list("places")).containsExactly("Valmora");
    assertThat(f.list("sources")).containsExactly(Map.of("name", "Reuters", "type", "agency", "publisher", "Reuters"));
    assertThat(f.map("image")).containsEntry("src", "")
        .containsEntry("caption", "A man walks past idle cranes at the container terminal in Valmora, October 17, 2021.")
        .containsEntry("credit", "REUTERS/Tomas Ferreira");
    assertThat(f.map("credits")).containsEntry("photo", List.of("Tomas Ferreira"))
        .containsEntry("reporting", List.of("Ana Lucas", "Peter Okafor"))
        .containsEntry("editing", List.of("Mark Ellison"));
    assertThat(f.paragraphs().get(0)).startsWith("VALMORA, Oct 18 (Reuters) - Dock workers");
    assertThat(f.paragraphs()).contains("## Backlog to take weeks");
    assertThat(f.body()).doesNotContain("Reporting by").doesNotContain("REUTERS/");
    assertThat(f.result().markdown()).contains("src: \"\"  # TODO: add the photo file");
  }

  @Test
  void trailerLinesWithoutABlankLineBetweenThemAreStillReadAsTrailers() {
    ImportedFile f = ImportedFile.importResource("wire-trailers-together.txt");

    assertThat(f.map("credits")).containsEntry("reporting", List.of("Liis Kask")).containsEntry("editing", List.of("Tom Brandt"));
    assertThat(f.list("sources")).contains(Map.of("name", "Reuters", "type", "agency", "publisher", "Reuters"),
        Map.of("name", "News Agencies", "type", "agency"));
    assertThat(f.body()).doesNotContain("Reporting by").doesNotContain("Source:");
    assertThat(f.paragraphs().get(f.paragraphs().size() - 1)).isEqualTo("Port officials said the backlog of lorries would take until Friday to clear.");
  }

  @Test
  void newspaperStyleGivesStandfirstFilePhotoAndNewsAgencies() {
    ImportedFile f = ImportedFile.importResource("newspaper.txt");

    assertThat(f.text("standfirst")).isEqualTo(
        "Regional government promises 120m euros after last month's floods destroyed embankments in three towns.");
    assertThat(f.map("image")).containsEntry("caption", "Residents clear mud from a street in Altbruck after the Lenne burst its banks")
        .containsEntry("credit", "File: Marta Kovač/Pool/AFP");
    assertThat(f.map("credits")).containsEntry("photo", List.of("Marta Kovač"));
    assertThat(f.list("sources")).containsExactly(Map.of("name", "News Agencies", "type", "agency"));
    assertThat(f.report()).anyMatch(e -> e.field().equals("sources") && e.values().equals(List.of("News Agencies"))
        && e.detail().contains("names no agency"));
    assertThat(f.paragraphs()).contains("## Anger in Altbruck");
    assertThat(f.paragraphs().get(f.paragraphs().size() - 1)).startsWith("The town's mayor");
    assertThat(f.report()).anyMatch(e -> e.field().equals("image.credit") && e.detail().contains("file photo"));
  }

  @Test
  void apStyleGivesAuthorsFromBylineAndDropsTheCopyrightLine() {
    ImportedFile f = ImportedFile.importResource("ap-style.txt");

    assertThat(f.list("authors")).containsExactly("Jane Holloway", "Samir Haddad");
    assertThat(f.list("places")).containsExactly("Brussels");
    assertThat(f.list("sources")).containsExactly(Map.of("name", "Associated Press", "type", "agency", "publisher", "Associated Press"));
    assertThat(f.map("image")).containsEntry("credit", "AP Photo/Karel De Smet, File");
    assertThat(f.body()).startsWith("BRUSSELS (AP) — European Union").doesNotContain("Copyright").doesNotContain("By JANE");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.lines().equals(List.of(13))
        && e.detail().equals("copyright notice"));
  }

  @Test
  void aBylineOnTheLineUnderTheHeadlineGoesToAuthorsNotIntoTheTitle() {
    ImportedFile f = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute
        By Ines Marlow

        OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.

        The port authority said it would publish a reduced timetable.
        """);

    assertThat(f.text("title")).isEqualTo("Ferry operators cancel the winter timetable after a fuel dispute");
    assertThat(f.result().slug()).doesNotContain("marlow");
    assertThat(f.list("authors")).containsExactly("Ines Marlow");
    assertThat(f.body()).startsWith("OSTRAND (AP)").doesNotContain("Marlow");
  }

  @Test
  void aBylineWithTheParticlesOfANameUnderTheHeadlineGoesToAuthors() {
    for (String name : List.of("Maria Luisa de la Fuente y Ortega", "Pieter van der Berg", "Khalid bin Saeed al-Nuaimi",
        "Giulia di Lorenzo", "Anna von der Heide")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry operators cancel the winter timetable after a fuel dispute
          By %s

          OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
          """.formatted(name));

      assertThat(f.text("title")).as(name).isEqualTo("Ferry operators cancel the winter timetable after a fuel dispute");
      assertThat(f.list("authors")).as(name).containsExactly(name);
    }
  }

  @Test
  void rulesAroundAnUpdateNoteUnderTheHeadlineAreNoListAndLeaveTheHeadlineAndTheDateline() {
    ImportedFile f = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute
        ---
        UPDATE: adds the port authority's comment
        ---

        OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
        """);

    assertThat(f.text("title")).isEqualTo("Ferry operators cancel the winter timetable after a fuel dispute");
    assertThat(f.body()).doesNotContain("- ").contains("UPDATE: adds the port authority's comment");
    assertThat(f.list("places")).containsExactly("Ostrand");
  }

  /**
   * A rule drawn at the top of the copy, over the headline ("--------", "========", "* * *", with an
   * empty line under it or none), is left out and named in the report: the headline under it is the
   * title, not a subheading under a title of dashes.
   */
  @Test
  void aRuleOverTheHeadlineIsLeftOutAndTheHeadlineIsTheTitle() {
    for (String rule : List.of("--------", "========", "* * *", "___")) {
      for (String gap : List.of("\n", "\n\n")) {
        String copy = rule + gap + "Ferry operators cancel the winter timetable\n\n"
            + "OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.\n";
        ImportedFile f = ImportedFile.importText(copy);

        assertThat(f.text("title")).as(copy).isEqualTo("Ferry operators cancel the winter timetable");
        assertThat(f.body()).as(copy).doesNotContain(rule).doesNotContain("##").contains("Two ferry operators cancelled");
        assertThat(f.report()).as(copy).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(rule)
            && e.detail().contains("rule"));
        assertThat(f.list("places")).as(copy).containsExactly("Ostrand");
      }
    }
  }
  /** A headline framed by rules loses the rule under it too (helper-161 case-09: it was published as a '\====' paragraph). */
  @Test
  void aRuleUnderAHeadlineFramedByRulesIsLeftOutToo() {
    for (String rule : List.of("========", "--------", "* * *")) {
      for (String gap : List.of("\n", "\n\n")) {
        String copy = rule + gap + "Ferry operators cancel the winter timetable" + gap + rule + "\n\n"
            + "OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.\n";
        ImportedFile f = ImportedFile.importText(copy);

        assertThat(f.text("title")).as(copy).isEqualTo("Ferry operators cancel the winter timetable");
        assertThat(f.body()).as(copy).startsWith("OSTRAND (AP) — Two ferry operators cancelled").doesNotContain(rule.substring(0, 3));
        assertThat(f.report()).as(copy).filteredOn(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(rule)).hasSize(2);
      }
    }
    // with no rule over the headline, a rule under it is as it was
    String plain = "Ferry operators cancel the winter timetable\n\n* * *\n\n"
        + "OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.\n";
    assertThat(ImportedFile.importText(plain).report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("* * *"));
  }


  @Test
  void theDashesUnderATablesHeaderAreNoRule() {
    ImportedFile f = ImportedFile.importText("""
        Ferry league ends the season with a tie at the top

        OSTRAND (AP) — The two island crews finished level on points on Sunday, the league said.

        Crew        P   W   Pts
        ----------  --  --  ---
        Ostrand     10  7   22
        Holm        10  7   22
        """);

    assertThat(f.body()).contains("```text\nCrew        P   W   Pts\n----------  --  --  ---\nOstrand     10  7   22\nHolm        10  7   22\n```");

    for (String dashes : List.of("------- -- -- ---", "======= == == ===")) {
      ImportedFile narrow = ImportedFile.importText("""
          Ferry league ends the season with a tie at the top

          OSTRAND (AP) — The two island crews finished level on points on Sunday, the league said.

          Crew    P  W  Pts
          %s
          Ostrand 10 7  22
          Holm    10 7  22
          """.formatted(dashes));
      assertThat(narrow.body()).as(dashes).contains("Crew    P  W  Pts\n" + dashes + "\nOstrand 10 7  22");
    }
  }

  @Test
  void aSeparatorOfRunsOfOneLengthInHardWrappedCopyIsARuleAndTheWrappedLinesStayParagraphs() {
    for (String rule : List.of("--- --- ---", "= = =", "** ** **")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry crews end the season with a tie at the top

          OSTRAND (AP) — The two island crews finished level on points on Sunday after the
          final race of the season was called off in a storm, the league said on its website.
          %s
          The league will decide in the spring whether the two crews share the title or race
          again, a spokeswoman said, adding that both captains had asked for a deciding race.
          """.formatted(rule));
      assertThat(f.paragraphs()).as(rule).anyMatch(p -> p.contains("after the final race of the season"))
          .anyMatch(p -> p.contains("share the title or race again"));
    }
  }

  @Test
  void aCoAuthorAfterAJobTitleAndAnOxfordCommaIsAnAuthorAndTheJobTitleIsNot() {
    for (String title : List.of("Transport Editor", "Energy Analyst", "Bureau Chief")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry operators cancel the winter timetable after a fuel dispute

          By Ines Marlow, %s, and Piet Saar

          Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
          """.formatted(title));

      assertThat(f.list("authors")).containsExactly("Ines Marlow", "Piet Saar");
      assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.detail().contains("'" + title + "'"));
    }
  }

  @Test
  void anAndInCapitalsSeparatesTheNamesOfABylineInCapitals() {
    ImportedFile f = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute

        By INES MARLOW AND PIET SAAR

        Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
        """);

    assertThat(f.list("authors")).containsExactly("Ines Marlow", "Piet Saar");
  }

  @Test
  void anAgencyAfterTheNamesOfABylineIsASourceNotPartOfAName() {
    for (String byline : List.of("By INES MARLOW Associated Press", "By Ines Marlow Associated Press", "By Ines Marlow, Associated Press")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry operators cancel the winter timetable after a fuel dispute

          %s

          Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
          """.formatted(byline));

      assertThat(f.list("authors")).as(byline).containsExactly("Ines Marlow");
      assertThat(f.sourceNames()).as(byline).containsExactly("Associated Press");
      assertThat(f.report()).as(byline).anyMatch(e -> e.field().equals("authors, sources")
          && e.values().equals(List.of("Ines Marlow", "Associated Press")));
    }
    ImportedFile two = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute

        By Ines Marlow and Piet Saar, Reuters

        Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
        """);
    assertThat(two.list("authors")).containsExactly("Ines Marlow", "Piet Saar");
    assertThat(two.sourceNames()).containsExactly("Reuters");
    ImportedFile surname = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute

        By Ana Ruiz Ansa

        Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
        """);
    assertThat(surname.list("authors")).containsExactly("Ana Ruiz Ansa");
    assertThat(surname.sourceNames()).isEmpty();
  }

  @Test
  void apBylinesWithAJobTitleAfterTheAgencyOrTheAgencyOnTheNextLineGiveTheAuthorAndTheAgency() {
    for (String byline : List.of("By PIET SAAR AP Diplomatic Writer", "By PIET SAAR, Associated Press Writer",
        "By PIET SAAR\nAssociated Press")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          %s

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.
          """.formatted(byline));

      assertThat(f.result().markdown()).as(byline).startsWith("""
          ---
          title: "Ferry talks stall over the price of winter fuel"
          date: "2021-10-18"
          authors:
            - "Piet Saar"
          sources:
            - name: "Associated Press"
              type: "agency"
              publisher: "Associated Press"
          ---
          """);
      assertThat(f.body()).as(byline).isEqualTo(
          "The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.");
      assertThat(f.report()).as(byline).anyMatch(e -> e.field().equals("authors, sources")
          && e.values().equals(List.of("Piet Saar", "Associated Press")) && e.lines().equals(byline.contains("\n")
              ? List.of(3, 4) : List.of(3)));
    }
  }

  @Test
  void aFormerEmployerOrATitleAfterTheNamesOfABylineIsNeitherAnAuthorNorASource() {
    // byline, then the part of it the report names as no name; no source in any of them
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("By Piet Saar, Former BBC Correspondent", "Former BBC Correspondent");
    cases.put("By PIET SAAR, Former AP Writer", "Former AP Writer");
    cases.put("By Piet Saar, ex Reuters Reporter", "ex Reuters Reporter");
    cases.put("By Piet Saar, former Reuters bureau chief in Moscow", "former Reuters bureau chief");
    cases.put("By Piet Saar, Chief Political Correspondent", "Chief Political Correspondent");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String byline = c.getKey();
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          %s

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.
          """.formatted(byline));

      assertThat(f.list("authors")).as(byline).containsExactly("Piet Saar");
      assertThat(f.sourceNames()).as(byline).isEmpty();
      assertThat(f.body()).as(byline).isEqualTo(
          "The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.");
      assertThat(f.report()).as(byline).anyMatch(e -> e.field().equals("authors") && e.values().equals(List.of("Piet Saar")));
      assertThat(f.report()).as(byline).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(3))
          && e.detail().equals("byline part '" + c.getValue() + "' is not a name; left out"));
    }
  }

  @Test
  void anAgencysPhotographerStaffOrWritersAfterTheNamesGiveTheAgencyAsASourceAndNoAuthor() {
    // byline, then its authors, its source and the part the report names as no name ("" for none)
    List<List<Object>> cases = List.of(
        List.of("By INES MARLOW, AP Photographer", List.of("Ines Marlow"), "Associated Press", "Photographer"),
        List.of("By Ines Marlow, Reuters Staff", List.of("Ines Marlow"), "Reuters", "Staff"),
        List.of("By INES MARLOW, Associated Press Medical Writer", List.of("Ines Marlow"), "Associated Press", "Medical Writer"),
        List.of("By Ines Marlow and Piet Saar, AP Writers", List.of("Ines Marlow", "Piet Saar"), "Associated Press", "Writers"),
        List.of("By Ines Marlow, Senior AP Writer", List.of("Ines Marlow"), "Associated Press", "Senior AP Writer"),
        List.of("By INES MARLOW Senior AP Writer", List.of("Ines Marlow"), "Associated Press", "Senior AP Writer"),
        List.of("By Ines Marlow, BBC News", List.of("Ines Marlow"), "BBC News", ""));
    for (List<Object> c : cases) {
      String byline = (String) c.get(0);
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          %s

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.
          """.formatted(byline));

      List<Object> values = new java.util.ArrayList<>((List<?>) c.get(1));
      values.add(c.get(2));
      assertThat(f.list("authors")).as(byline).isEqualTo(c.get(1));
      assertThat(f.sourceNames()).as(byline).containsExactly((String) c.get(2));
      assertThat(f.body()).as(byline).isEqualTo(
          "The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.");
      assertThat(f.report()).as(byline).anyMatch(e -> e.field().equals("authors, sources") && e.values().equals(values));
      List<String> unsure = f.report().stream().filter(e -> e.kind() == ReportEntry.Kind.UNSURE).map(ReportEntry::detail).toList();
      assertThat(unsure).as(byline).isEqualTo(c.get(3).equals("") ? List.of()
          : List.of("byline part '" + c.get(3) + "' is not a name; left out"));
    }
  }

  @Test
  void aBylineOfTheAgencyAloneGivesItAsTheSourceAndNoAuthorAndLeavesTheBody() {
    // byline, its source, and the part the report names as no name ("" for none)
    List<List<String>> cases = List.of(List.of("By Reuters Staff", "Reuters", "Staff"), List.of("By AFP", "AFP", ""),
        List.of("By AP Writers", "Associated Press", "Writers"));
    for (List<String> c : cases) {
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          %s

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.
          """.formatted(c.get(0)));

      assertThat(f.list("authors")).as(c.get(0)).isEmpty();
      assertThat(f.sourceNames()).as(c.get(0)).containsExactly(c.get(1));
      assertThat(f.body()).as(c.get(0)).isEqualTo(
          "The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.");
      assertThat(f.report()).as(c.get(0)).anyMatch(e -> e.field().equals("sources") && e.values().equals(List.of(c.get(1))));
      List<String> unsure = f.report().stream().filter(e -> e.kind() == ReportEntry.Kind.UNSURE).map(ReportEntry::detail).toList();
      assertThat(unsure).as(c.get(0)).isEqualTo(c.get(2).isEmpty() ? List.of() : List.of("byline part '" + c.get(2) + "' is not a name; left out"));
    }
  }

  @Test
  void aLineOfAnAgencyAndWordsThatAreNoTitleIsNoByline() {
    for (String line : List.of("By Reuters and the harbour master", "By Reuters Staff Canteen Rules")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.

          %s
          """.formatted(line));

      assertThat(f.body()).as(line).contains(line);
      assertThat(f.sourceNames()).as(line).isEmpty();
    }
  }

  @Test
  void sentencesAndLinesOpeningWithByOrNamingAnAgencyStayInTheBody() {
    for (String text : List.of("By JULY the talks had collapsed, the operators said.", "By Monday the Associated Press Writers Guild had agreed to talks.",
        "By the end of the week the AP Diplomatic Writers' Club had met.",
        "By then the Former BBC Correspondent had left Moscow.", "By noon two AP Photographers had reached the port.")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          The two island ferry operators broke off talks with their fuel supplier on Monday, both sides said.

          %s

          Sailings will go on until the end of the month.
          """.formatted(text));

      assertThat(f.list("authors")).as(text).isEmpty();
      assertThat(f.paragraphs()).as(text).contains(text);
    }
  }

  @Test
  void aBylineUnderAStandfirstEndingInAFullStopIsNotJoinedToIt() {
    ImportedFile f = ImportedFile.importText("""
        Ferry talks stall over the price of winter fuel

        The operators blame the rising price of fuel for the crossings they cancelled on
        Monday, and say talks on a new timetable will resume in the next week or so.
        By Ines Marlow

        OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.

        The port authority said it would publish a reduced timetable.
        """);

    assertThat(f.text("standfirst")).isEqualTo("The operators blame the rising price of fuel for the crossings they cancelled on"
        + " Monday, and say talks on a new timetable will resume in the next week or so.");
    assertThat(f.list("authors")).containsExactly("Ines Marlow");
    assertThat(f.body()).startsWith("OSTRAND (AP) — Two ferry operators").doesNotContain("Marlow");
    assertThat(f.report()).anyMatch(e -> e.field().equals("authors") && e.lines().equals(List.of(5)));
  }

  @Test
  void aWrappedParagraphWhoseNextLineOpensWithByAfterAFullStopStaysOneParagraph() {
    ImportedFile f = ImportedFile.importText("""
        Ferry talks stall over the price of winter fuel

        The operators blame the rising price of fuel for the crossings they cancelled on
        Monday, and say talks on a new timetable will resume in the next week or so.
        By Thursday, Ines Marlow and the other operators expect to publish a timetable.

        OSTRAND (AP) — Two ferry operators cancelled their winter timetable on Monday after talks on fuel prices failed.
        """);

    assertThat(f.list("authors")).isEmpty();
    assertThat(f.result().markdown()).contains("next week or so. By Thursday, Ines Marlow and the other operators");
  }

  @Test
  void aParagraphStartingWithByUnderTheHeadlineIsNoByline() {
    ImportedFile f = ImportedFile.importText("""
        Ferry operators cancel the winter timetable after a fuel dispute
        By the end of the day, Ines Marlow and the other operators had cancelled
        every crossing planned for the winter.

        The port authority said it would publish a reduced timetable.
        """);

    assertThat(f.list("authors")).isEmpty();
    assertThat(f.body()).contains("By the end of the day, Ines Marlow and the other operators");
  }

  @Test
  void aHeadlineStandfirstAndBylineWithoutBlankLinesBetweenThemGiveTitleStandfirstAndAuthor() {
    ImportedFile f = ImportedFile.importText("""
        Ministers back a new ferry route across the northern strait
        The route lets two island crews sail daily for the first time in ten years.
        By Ines Marlow

        Ministers from both islands agreed on Monday to fund a daily ferry, the port authority said.

        The first crossing is planned for the spring.
        """);

    assertThat(f.text("title")).isEqualTo("Ministers back a new ferry route across the northern strait");
    assertThat(f.text("standfirst")).isEqualTo("The route lets two island crews sail daily for the first time in ten years.");
    assertThat(f.list("authors")).containsExactly("Ines Marlow");
    assertThat(f.body()).startsWith("Ministers from both islands agreed").doesNotContain("Marlow").doesNotContain("##");
  }

  @Test
  void aHeadlineRightAboveAWrappedDatelineParagraphIsTheTitleAndTheParagraphStaysWhole() {
    // a headline as wide as the lines below, or a short one (which made the paragraph one line per paragraph)
    for (String headline : List.of("Ministers back a new ferry route across the northern strait", "Daily ferry agreed")) {
      ImportedFile f = ImportedFile.importText("""
          %s
          OSTRAND, Oct 18 (Reuters) - Ministers from both islands agreed on Monday to
          fund a daily ferry across the northern strait for the next ten years, the
          port authority said.

          The first crossing is planned for the spring.
          """.formatted(headline));

      assertThat(f.text("title")).as(headline).isEqualTo(headline);
      assertThat(f.paragraphs()).as(headline).containsExactly("OSTRAND, Oct 18 (Reuters) - Ministers from both islands"
          + " agreed on Monday to fund a daily ferry across the northern strait for the next ten years, the port authority said.",
          "The first crossing is planned for the spring.");
      assertThat(f.list("places")).as(headline).containsExactly("Ostrand");
      assertThat(f.sourceNames()).as(headline).containsExactly("Reuters");
    }
  }

  @Test
  void aShortHeadlineRightAboveAWrappedParagraphBelowTheCopysTopLeavesTheParagraphWhole() {
    // helper-140 case-05: under a release label or a byline, and a headline ending in a capital "A", made the paragraph
    // one line a paragraph (the headline is short, so the lines were not taken as wrapped)
    for (String top : List.of("PRESS RELEASE\n\nOstrand opens new library\n", "By Mira Kessel, Local Reporter\n\nOstrand opens new library\n",
        "Notes from the harbour\n\nOstrand opens new library\n")) {
      ImportedFile f = ImportedFile.importText(top + WRAPPED_LIBRARY);

      // under a label or a byline the headline is the title (helper-145), under another line the body's first paragraph
      assertThat(f.text("title") + "\n\n" + f.body()).as(top)
          .contains("Ostrand opens new library\n\n" + LIBRARY_PARAGRAPH + "\n\nThe reading room").doesNotContain("##");
    }
  }

  @Test
  void aHeadlineAsWideAsTheLinesUnderAReleaseLabelBylineOrDateLineIsKeptApartFromThem() {
    // helper-140 case-05: the copy's top was the label's line, so the headline was joined to the paragraph under it
    for (String label : List.of("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News release:", "By Mira Kessel, Local Reporter",
        "1 December 2026")) {
      ImportedFile f = ImportedFile.importText(label + "\n\n" + WIDE_HEADLINE + "\n" + WRAPPED_LIBRARY);

      assertThat(f.text("title")).as(label).isEqualTo(WIDE_HEADLINE);
      assertThat(f.body()).as(label).startsWith(LIBRARY_PARAGRAPH + "\n\nThe reading room");
    }
  }

  @Test
  void aLabelBylineOrDateLineRightAboveTheHeadlineAndItsWrappedParagraphLeavesTheParagraphWhole() {
    // helper-145: with no blank line at all, the label was the copy's top, so the paragraph was split one line a paragraph
    for (String top : List.of("PRESS RELEASE\n", "FOR IMMEDIATE RELEASE\n", "PRESS RELEASE\n6 December 2026\n",
        "By Mira Kessel\n", "Media release: 6 December 2026\n")) {
      for (String headline : List.of("Ostrand opens new library", WIDE_HEADLINE)) {
        ImportedFile f = ImportedFile.importText(top + headline + "\n" + WRAPPED_LIBRARY);

        assertThat(f.text("title")).as(top + headline).isEqualTo(headline);
        assertThat(f.body()).as(top + headline).isEqualTo(LIBRARY_PARAGRAPH + "\n\nThe reading room will open on Saturdays.");
      }
    }
  }

  @Test
  void aHeadlineOpeningWithALabelsWordsRightAboveAWrappedParagraphIsTheTitle() {
    for (String headline : List.of("Press release row grows as minister resigns", "Release of library plans delayed",
        "By the harbour, a library at last")) {
      ImportedFile f = ImportedFile.importText(headline + "\n" + WRAPPED_LIBRARY);

      assertThat(f.text("title")).as(headline).isEqualTo(headline);
      assertThat(f.body()).as(headline).isEqualTo(LIBRARY_PARAGRAPH + "\n\nThe reading room will open on Saturdays.");
    }
  }

  @Test
  void aWideFirstLineUnderALineThatIsNoLabelStaysInItsParagraph() {
    // look-alikes: a headline that opens with the label's words is the top itself, and the paragraph under a blank line
    // stays whole though its first line (balanced by fmt) ends where the next word would have fitted
    for (String headline : List.of("Press release row as council leaks library plan", "By the harbour, a library at last",
        "Release of library plans delayed")) {
      ImportedFile f = ImportedFile.importText(headline + "\n\n" + WIDE_HEADLINE + "\n" + WRAPPED_LIBRARY);

      assertThat(f.text("title")).as(headline).isEqualTo(headline);
      assertThat(f.body()).as(headline).startsWith(WIDE_HEADLINE + " " + LIBRARY_PARAGRAPH);
    }
  }

  @Test
  void aHeadlineAsWideAsTheLinesEndingInACapitalAIsKeptApartFromThem() {
    // helper-140 case-05: "A" in capitals is a letter or a name (Serie A, hepatitis A, Plan A), not the article; a short
    // headline made the paragraph one line a paragraph
    for (String headline : List.of("Ostrand school closes for a week after two pupils catch hepatitis A",
        "Juventus slump to eighth after second home defeat in Serie A", "Ostrand pupil has hepatitis A")) {
      ImportedFile f = ImportedFile.importText(headline + "\n" + WRAPPED_LIBRARY);

      assertThat(f.text("title")).as(headline).isEqualTo(headline);
      assertThat(f.body()).as(headline).startsWith(LIBRARY_PARAGRAPH + "\n\nThe reading room");
    }
  }

  @Test
  void aWideFirstLineEndingInTheArticleAStaysInItsParagraph() {
    // look-alikes: the article "a", and "The" before a name, end no headline
    for (String first : List.of("The council said on Monday that Ostrand would at last have a",
        "Ostrand's library plan was first reported last spring by The", "The council said on Monday that Ostrand would have an")) {
      ImportedFile f = ImportedFile.importText(first + "\nNew library by the harbour, paid for by the county and the town, with\n"
          + "rooms for the archive and the school's reading club.\n\nThe reading room will open on Saturdays.\n");

      assertThat(f.body()).as(first).startsWith(first + " New library by the harbour").doesNotContain("##");
    }
  }

  private static final String WIDE_HEADLINE = "Ostrand council to open a new library by the harbour next Tuesday";
  private static final String LIBRARY_PARAGRAPH = "Ostrand council will open a new library on Tuesday, the leader said, after"
      + " three years of building work that cost four million pounds and drew protests from residents who wanted the old"
      + " reading room kept.";
  private static final String WRAPPED_LIBRARY = """
      Ostrand council will open a new library on Tuesday, the leader said, after
      three years of building work that cost four million pounds and drew protests
      from residents who wanted the old reading room kept.

      The reading room will open on Saturdays.
      """;

  @Test
  void aStandfirstAsWideAsTheWrappedDatelineParagraphUnderItIsNotJoinedToIt() {
    ImportedFile f = ImportedFile.importText("""
        Daily ferry agreed
        "We have a deal at last," the harbour master told reporters at the quay on Monday.
        OSTRAND, Oct 18 (Reuters) - Ministers from both islands agreed on Monday to
        fund a daily ferry across the northern strait, the port authority said.
        """);

    assertThat(f.text("standfirst")).isEqualTo("\"We have a deal at last,\" the harbour master told reporters at the quay on Monday.");
    assertThat(f.paragraphs()).containsExactly("OSTRAND, Oct 18 (Reuters) - Ministers from both islands agreed on Monday to"
        + " fund a daily ferry across the northern strait, the port authority said.");
    assertThat(f.list("places")).containsExactly("Ostrand");
  }

  @Test
  void aWrappedParagraphWhoseLineOpensLikeADatelineWithoutAnAgencyAfterAFullStopStaysJoined() {
    for (String opening : List.of("OSTRAND — the harbour master said on Monday that crossings would", "Ostrand (the larger"
        + " island) - and Holm will pay for a new quay, where crossings would")) {
      String wrapped = """
          The two islands will share the cost of the new ferry for the first ten years, the
          ministers said after talks that had lasted most of the night and ended in a deal.
          %s
          resume in the spring.""".formatted(opening);
      ImportedFile f = ImportedFile.importText("""
          Daily ferry agreed

          The port authority said on Monday it would publish a new timetable within a week.

          %s
          """.formatted(wrapped));

      assertThat(f.paragraphs()).as(opening).contains(wrapped.replace("\n", " "));
    }
  }

  @Test
  void shortLinesWithoutPunctuationUnderEachOtherStayAListAndNoneIsTakenForAHeadline() {
    ImportedFile f = ImportedFile.importText("""
        Ferry talks stall over the price of winter fuel

        The operators cancelled these crossings on Monday, the port authority said.

        Sailings cancelled on Monday
        Ostrand to Holm at dawn
        Holm to Vik in the evening

        The port authority said it would publish a reduced timetable.
        """);

    assertThat(f.paragraphs()).contains("- Sailings cancelled on Monday\n- Ostrand to Holm at dawn\n- Holm to Vik in the evening");
  }

  @Test
  void aHeadlineThenABylineThenTheBodyWithoutBlankLinesGiveTitleAndAuthor() {
    ImportedFile f = ImportedFile.importText("""
        Ministers back a new ferry route across the northern strait
        By Ines Marlow
        Ministers from both islands agreed on Monday to fund a daily ferry, the port authority said.
        The first crossing is planned for the spring.
        """);

    assertThat(f.text("title")).isEqualTo("Ministers back a new ferry route across the northern strait");
    assertThat(f.list("authors")).containsExactly("Ines Marlow");
    assertThat(f.paragraphs()).containsExactly("Ministers from both islands agreed on Monday to fund a daily ferry, the port authority said.",
        "The first crossing is planned for the spring.");
  }

  @Test
  void aWrappedLineWhoseNextLineOpensWithANameStaysInItsParagraph() {
    // each first line ends where a wrapper at the width of the lines breaks: the next word would not have fitted on it
    // (a hyphenated word whole: "Ostrand-" alone would have)
    for (String wrapped : List.of("""
        The operators said the talks had broken down late on Monday, according to the
        Prime Minister, who asked both sides to return to the table this week.""", """
        Two ferry operators cancelled their winter timetable after talks with Ostrand
        Fuel broke down on Monday.""", """
        The two crews will share the title unless the league orders a deciding race in
        March or April.""", """
        The ferry will run under a ten-year deal between the two islands and the
        Ostrand-Holm Shipping Company, which will build two new boats for it this winter.""")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry talks stall over the price of winter fuel

          %s

          The port authority said it would publish a reduced timetable.
          """.formatted(wrapped));

      assertThat(f.paragraphs()).as(wrapped).contains(wrapped.replace("\n", " "));
      assertThat(f.text("title")).as(wrapped).isEqualTo("Ferry talks stall over the price of winter fuel");
    }
    ImportedFile untitled = ImportedFile.importText("""
        The operators said the talks had broken down late on Monday, according to the
        Prime Minister, who asked both sides to return to the table this week.
        """);
    assertThat(untitled.body()).isEqualTo("The operators said the talks had broken down late on Monday, according to the"
        + " Prime Minister, who asked both sides to return to the table this week.");
  }

  @Test
  void paragraphsWrappedByFmtWhoseFirstLineEndsShortStayWhole() {
    // fmt balances the lines of a paragraph, so a first line may end where the next word would have fitted
    // ("... runs the route, fell" over "3.8 percent ..."); inside the copy that is no headline
    String fmt55 = """
        The harbour board said on Wednesday it had ordered two
        new ferries for the crossing between Ostrand and Holm,
        the first new boats on the route for twenty years.

        Shares in Ostrand Line, which runs the route, fell
        3.8 percent in early trade in Oslo on Wednesday before
        recovering most of the loss in the afternoon.

        Skipper Anna Vik, who has sailed the crossing since
        1998, said the old boats had been patched so often
        that nobody on the crew could remember what they
        looked like new.
        """;
    String fmt66 = """
        The harbour board said on Wednesday it had ordered two new
        ferries for the crossing between Ostrand and Holm, the first
        new boats on the route for twenty years.

        Shares in Ostrand Line, which runs the route, fell 3.8 percent
        in early trade in Oslo on Wednesday before recovering most of
        the loss in the afternoon.

        Skipper Anna Vik, who has sailed the crossing since 1998, said
        the old boats had been patched so often that nobody on the crew
        could remember what they looked like new.
        """;
    String textwrap60 = """
        The harbour board said on Wednesday it had ordered two new
        ferries for the crossing between Ostrand and Holm, the first
        new boats on the route for twenty years.

        Shares in Ostrand Line, which runs the route, fell 3.8
        percent in early trade in Oslo on Wednesday before
        recovering most of the loss in the afternoon.

        Skipper Anna Vik, who has sailed the crossing since 1998,
        said the old boats had been patched so often that nobody on
        the crew could remember what they looked like new.
        """;
    for (String copy : List.of(fmt55, fmt66, textwrap60)) {
      ImportedFile f = ImportedFile.importText("Harbour board orders two ferries\n\n" + copy);

      assertThat(f.text("title")).as(copy).isEqualTo("Harbour board orders two ferries");
      assertThat(f.paragraphs()).as(copy).containsSubsequence("Shares in Ostrand Line, which runs the route, fell 3.8 percent"
          + " in early trade in Oslo on Wednesday before recovering most of the loss in the afternoon.", "Skipper Anna Vik, who has"
          + " sailed the crossing since 1998, said the old boats had been patched so often that nobody on the crew could"
          + " remember what they looked like new.");
      assertThat(f.body()).as(copy).doesNotContain("##");
    }
  }

  @Test
  void aWrappedParagraphHoldingAnAddressWiderThanItsLinesStaysWhole() {
    // the address alone on its line is wider than the wrap: it widens no line, so "... all of the" over "Ostrand" is
    // where the wrap broke (and "the" ends no headline), and a short line above the address is wrapped, not a paragraph
    String joined = "The harbour board said on Wednesday that it would raise fares on all of the Ostrand routes from March,"
        + " after fuel costs doubled last year. Its notice to operators is on the board's website at"
        + " https://harbour-board.example.org/notices/2026/fares/ostrand-routes-march-revision-final.pdf and runs to twelve pages.";
    String greedy75 = """
        The harbour board said on Wednesday that it would raise fares on all of the
        Ostrand routes from March, after fuel costs doubled last year. Its notice
        to operators is on the board's website at
        https://harbour-board.example.org/notices/2026/fares/ostrand-routes-march-revision-final.pdf
        and runs to twelve pages.""";
    String textwrap72 = """
        The harbour board said on Wednesday that it would raise fares on
        Ostrand's routes from March, after fuel costs doubled last year. Its
        notice to operators is at
        https://harbour-board.example.org/notices/2026/fares/ostrand-routes-march-revision-final.pdf
        and runs to twelve pages.""";
    for (String wrapped : List.of(greedy75, textwrap72)) {
      String paragraph = wrapped.replace("\n", " ");
      ImportedFile f = ImportedFile.importText("""
          Ferry fares to rise in March

          %s

          Operators said they would pass the rise on to passengers.
          """.formatted(wrapped));

      assertThat(f.text("title")).as(wrapped).isEqualTo("Ferry fares to rise in March");
      assertThat(f.paragraphs()).as(wrapped).hasSize(2).endsWith("Operators said they would pass the rise on to passengers.");
      assertThat(f.paragraphs().get(0)).as(wrapped).startsWith(paragraph.substring(0, paragraph.indexOf(" https:")))
          .endsWith("and runs to twelve pages.");
      assertThat(f.body()).as(wrapped).doesNotContain("##");
    }
    // at the top of copy without a headline: a line ending in "the" is no headline
    ImportedFile untitled = ImportedFile.importText(greedy75 + "\n");
    assertThat(untitled.body()).doesNotContain("##").startsWith(joined.substring(0, joined.indexOf(" https:")));
  }

  @Test
  void aFirstLineEndingInAWordNoHeadlineEndsInIsWrappedEvenWhereTheNextWordWouldHaveFitted() {
    // "of", "and", "to" end no headline: the line goes on over the next, whatever its width
    for (String first : List.of("A daily ferry across the strait, the first in ten years, is part of",
        "A daily ferry across the strait will from the spring link Holm and", "A daily ferry across the strait, the first in ten years, is due to")) {
      ImportedFile f = ImportedFile.importText(first + """

          Ostrand's new timetable, agreed on Monday after talks that lasted most of the night.
          The first crossing is planned for the spring.
          """);
      assertThat(f.body()).as(first).startsWith(first + " Ostrand's new timetable").doesNotContain("##");
    }
  }

  @Test
  void broadcasterStyleGivesDateLineImageSourceSubheadingsAndList() {
    ImportedFile f = ImportedFile.importResource("broadcaster.txt", ImportOptions.none());

    assertThat(f.text("date")).isEqualTo("2021-10-18");
    assertThat(f.map("image")).containsEntry("credit", "Getty Images")
        .containsEntry("caption", "The first sleeper left Grenzhof station shortly before midnight");
    assertThat(f.text("standfirst")).isNull();
    assertThat(f.paragraphs()).contains("## What changes for passengers", "## Why now?",
        "- run three nights a week until March\n- stop at five stations instead of twelve\n- carry bicycles in a dedicated carriage");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(22)));
  }

  @Test
  void resultsTableStaysExactlyAsWrittenInAPreformattedBlock() {
    ImportedFile f = ImportedFile.importResource("results.txt");

    assertThat(f.body()).contains("```text\nKestrels        2  Rovers       1\nHarbour City    0  Millbrook    0\n"
        + "Eastfield       3  Tanners      2\n```");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(9, 10, 11)));
  }

  @Test
  void arabicStoryKeepsItsTextExactlyAndGetsAStableSlug() {
    ImportedFile f = ImportedFile.importResource("arabic.txt");

    assertThat(f.text("title")).isEqualTo("افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(f.body()).contains("وأضافت: \"نريد أن تكون المكتبة بيتاً ثانياً للطلاب\".", "## ساعات العمل");
    assertThat(f.result().slug()).matches("story-[0-9a-f]{8}");
    assertThat(ImportedFile.importResource("arabic.txt").result().slug()).isEqualTo(f.result().slug());
  }

  @Test
  void textWithoutBlankLinesIsReadOneParagraphPerLine() {
    ImportedFile f = ImportedFile.importResource("no-blank-lines.txt");

    assertThat(f.text("title")).isEqualTo("Wind farm plan approved");
    assertThat(f.paragraphs()).containsExactly(
        "The council approved a 12-turbine wind farm on Tuesday after a four-hour meeting.",
        "Councillors voted 9-4 in favour.", "Objectors said they would consider an appeal.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.NOTE && e.detail().contains("no blank lines"));
  }

  @Test
  void hardWrappedLinesAreJoinedIntoParagraphs() {
    ImportedFile f = ImportedFile.importResource("wrapped.txt");

    assertThat(f.text("standfirst")).isEqualTo("The bakery chain Morgenbrot said on Wednesday it would open 30 new shops next year,"
        + " most of them in railway stations, and hire about 400 staff.");
    assertThat(f.body()).isEqualTo("Chief executive Lea Sommer said station shops had recovered faster than high-street ones after the pandemic.");
  }

  @Test
  void savedNewsPageGivesMetadataBodyAndFigureWithoutPageFurniture() {
    ImportedFile f = ImportedFile.importResource("news-page.html", ImportOptions.none());

    assertThat(f.text("title")).isEqualTo("Museum returns bronze masks to Ostrava");
    assertThat(f.text("standfirst")).isEqualTo("Six masks taken in 1911 go home after a decade of talks between the two cities.");
    assertThat(f.text("date")).isEqualTo("2021-10-18T09:15:00+01:00");
    assertThat(f.text("updated")).isEqualTo("2021-10-18T16:40:00+01:00");
    assertThat(f.list("authors")).containsExactly("Clara Nyström", "Tomasz Wirth");
    assertThat(f.list("sources")).containsExactly(Map.of("name", "The Daily Meridian",
        "url", "https://www.dailymeridian.example/culture/2021/10/18/museum-returns-masks", "publisher", "The Daily Meridian"));
    assertThat(f.map("image")).containsEntry("alt", "Six bronze masks in a glass case")
        .containsEntry("caption", "The masks on display before they were packed for the journey.")
        .containsEntry("credit", "Lena Hartl/Meridian");
    assertThat(f.paragraphs()).containsExactly(
        "A museum in the port city of Lindau has returned six bronze masks to [Ostrava's city museum](https://ostrava.example/museum),"
            + " 110 years after they were bought by a collector.",
        "The director of the Lindau museum, Hanna Roth, said the decision was *\"long overdue\"*.",
        "## A decade of talks",
        "Talks began in 2011, when researchers in Ostrava found the original bill of sale.",
        "- Two masks date from the 15th century\n- Four were made in the 1700s",
        "The masks will go on show in Ostrava in March.");
    assertThat(f.result().markdown()).doesNotContain("Advertisement", "Most read", "Another museum story", "trackRead",
        "Share on Facebook", "comment the editor");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("Another museum story"));
  }

  @Test
  void headlineOnlyFileImportsATitleAndAnEmptyBody() {
    ImportedFile f = ImportedFile.importResource("headline-only.txt");

    assertThat(f.text("title")).isEqualTo("Ministers meet as talks on fishing quotas stall");
    assertThat(f.body()).isEmpty();
    assertThat(f.result().hasDate()).isTrue();
  }

  /**
   * A web page's header copied as it stands, the byline over its date lines with no blank line between them, gives the
   * author (or the agency), the date and the update time, as each line alone does: no table, and no date to give by hand.
   */
  @Test
  void aBylineOverDateLinesWithoutBlankLinesGivesAuthorDateAndUpdated() {
    String copy = """
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March, its owners said.

        %s

        Passengers' groups said they would ask the council to step in before the new fares start.

        Season tickets will cost the same.
        """;
    ImportResult result = new Importer(ImportOptions.none()).importBytes("story.txt",
        copy.formatted("By Ines Marlow\nPublished 1 Dec 2026\nUpdated 2 Dec 2026").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ImportedFile f = ImportedFile.of(result);
    assertThat(result.hasDate()).isTrue();
    assertThat(f.text("date")).isEqualTo("2026-12-01");
    assertThat(f.text("updated")).isEqualTo("2026-12-02");
    assertThat(f.list("authors")).containsExactly("Ines Marlow");
    assertThat(f.body()).doesNotContain("```", "Ines", "Published").startsWith("Passengers' groups");

    ImportedFile agency = ImportedFile.importText(copy.formatted("By Reuters Staff\nPublished 1 Dec 2026\nUpdated 2 Dec 2026"));
    assertThat(agency.sourceNames()).containsExactly("Reuters");
    assertThat(agency.body()).doesNotContain("```", "Published");

    // dates in rows with no byline over them are the story's table
    ImportedFile rows = ImportedFile.importText(copy.formatted("1 Dec 2026\n2 Dec 2026\n3 Dec 2026"));
    assertThat(rows.body()).contains("```text\n1 Dec 2026\n2 Dec 2026\n3 Dec 2026\n```");
  }

  /**
   * A page's date lines copied with no byline over them and no blank line between them were joined as wrapped text into
   * a paragraph of the story ("Published 1 Dec 2026 10:00 GMT Updated 2 Dec 2026"), published to readers, and gave no
   * date: each is read on its own, as under a byline.
   */
  @Test
  void labelledDateLinesWithoutBlankLinesGiveDateAndUpdatedWithoutAByline() {
    String copy = """
        Harbour workers end strike

        Published 18 October 2021 14:30 BST
        Updated 18 October 2021 16:00 BST

        VALMORA, Oct 18 (Reuters) - Dock workers voted on Monday to end a strike.

        The port said ships would be unloaded.
        """;
    ImportResult result = new Importer(ImportOptions.none()).importBytes("story.txt", copy.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ImportedFile f = ImportedFile.of(result);
    assertThat(result.hasDate()).isTrue();
    assertThat(f.text("date")).isEqualTo("2021-10-18T14:30:00+01:00");
    assertThat(f.text("updated")).isEqualTo("2021-10-18T16:00:00+01:00");
    assertThat(f.body()).doesNotContain("Published", "Updated").startsWith("VALMORA, Oct 18 (Reuters) - Dock workers");
  }

  /** A date line's time zone the importer does not know was left out of the date without a word; the report says so. */
  @Test
  void aTimeZoneTheImporterDoesNotKnowIsNamedInTheReport() {
    String copy = "Harbour workers end strike\n\n%s\n\nVALMORA, Oct 18 (Reuters) - Dock workers voted on Monday to end a strike.\n";
    ImportResult unknown = new Importer(ImportOptions.none()).importBytes("story.txt",
        copy.formatted("Published 18 October 2021 14:30 IST").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ImportedFile.of(unknown).text("date")).isEqualTo("2021-10-18T14:30:00");
    assertThat(unknown.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(3))
        && e.detail().startsWith("the time zone 'IST' is not one the importer knows: 'date' is written without it"));
    ImportResult known = new Importer(ImportOptions.none()).importBytes("story.txt",
        copy.formatted("Published 18 October 2021 14:30 BST").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ImportedFile.of(known).text("date")).isEqualTo("2021-10-18T14:30:00+01:00");
    assertThat(known.report()).noneMatch(e -> e.detail().contains("time zone"));
  }

  /**
   * A correction or an editor's note under the headline is for readers about the story, not its standfirst: it is kept in
   * the body as a quotation block (which no summary quotes), and the standfirst and byline under it are still read.
   */
  @Test
  void aCorrectionOrEditorsNoteUnderTheHeadlineIsAQuotationBlockNotTheStandfirst() {
    for (String note : List.of("Editor's note: An earlier version of this story gave the wrong fare.",
        "Correction: An earlier version of this story gave the wrong fare.")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry fares to rise in spring

          %s

          The island ferry company will raise fares by a tenth from March, its owners said.

          By Ines Marlow

          OSTRAND (AFP) - The ferry company said on Friday that fuel had cost it a third more this year than last.

          Season tickets will cost the same.
          """.formatted(note));

      assertThat(f.text("standfirst")).as(note).isEqualTo("The island ferry company will raise fares by a tenth from March, its owners said.");
      assertThat(f.list("authors")).as(note).containsExactly("Ines Marlow");
      assertThat(f.paragraphs().get(0)).as(note).isEqualTo("> " + note);
      assertThat(f.paragraphs().get(1)).as(note).startsWith("OSTRAND (AFP) -");
      assertThat(f.report()).as(note).anyMatch(e -> e.lines().equals(List.of(3)) && e.detail().contains("quotation block"));
    }
    // a standfirst that opens with the word is no note
    ImportedFile officers = ImportedFile.importText("""
        Prison staff strike over pay

        Correction officers walked out at three prisons on Monday, the union said.

        OSTRAND (AFP) - Staff at three prisons stopped work on Monday in a dispute over pay.
        """);
    assertThat(officers.text("standfirst")).isEqualTo("Correction officers walked out at three prisons on Monday, the union said.");
  }

  /**
   * A short line between paragraphs is a subheading, but not a page's date stamp ("Updated: ..."), its pointer to live
   * coverage, nor a line with only the trailer under it: those are kept as paragraphs, reported as unsure.
   */
  @Test
  void aDateStampOrAPointerToCoverageOrALastLineIsNoSubheading() {
    ImportedFile f = ImportedFile.importText("""
        Ferry fares to rise in spring

        The island ferry company will raise fares by a tenth from March, its owners said.

        Passengers' groups said they would ask the council to step in before the new fares start.

        Follow our live coverage of the council meeting

        The council meets on Thursday to discuss the fares.

        Updated: 2 Dec 2026 10:00 GMT

        The company said season tickets would cost the same.

        Fares on the night crossing

        The night crossing will keep its old fares until the summer.

        Councillors were not available for comment

        Reporting by Ines Marlow; Editing by Per Vik

        Source: Reuters
        """);

    assertThat(f.body()).contains("## Fares on the night crossing");
    assertThat(f.paragraphs()).contains("Follow our live coverage of the council meeting", "Updated: 2 Dec 2026 10:00 GMT",
        "Councillors were not available for comment");
    assertThat(f.body().split("## ", -1)).as("one subheading").hasSize(2);
    for (int line : List.of(7, 11, 19)) {
      assertThat(f.report()).as("line " + line).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(line)));
    }
  }
}
