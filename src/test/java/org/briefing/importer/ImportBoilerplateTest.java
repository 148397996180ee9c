package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportBoilerplateTest {

  @Test
  void headlineAndParagraphsThatOnlyMentionCopyrightAreKept() {
    ImportedFile f = ImportedFile.importText("""
        Copyright fight over school songbook

        A publisher has asked a court to stop schools copying a songbook it printed in 1998.

        Copyright lawyers say the case could decide how much schools pay for printed music.

        The schools say the authors left all rights reserved to the public when they died, which the publisher denies.

        Copyright © 2021 Valmora Daily. All rights reserved.
        """);

    assertThat(f.text("title")).isEqualTo("Copyright fight over school songbook");
    assertThat(f.paragraphs()).contains(
        "Copyright lawyers say the case could decide how much schools pay for printed music.",
        "The schools say the authors left all rights reserved to the public when they died, which the publisher denies.");
    assertThat(f.body()).doesNotContain("Valmora Daily");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.lines().equals(List.of(9))
        && e.detail().equals("copyright notice") && e.leftOut().contains("Valmora Daily"));
  }

  @Test
  void theUsualCopyrightLinesAreStillDroppedAndTheirAgencyBecomesASource() {
    for (String notice : List.of("Copyright 2021 Thomson Reuters.", "(c) Copyright Thomson Reuters 2021.",
        "Copyright Reuters 2021. All rights reserved.", "© AFP", "All Rights Reserved.")) {
      ImportedFile f = ImportedFile.importText("""
          Ferry fares to rise in spring

          The island ferry company will raise fares by a tenth from March, its owners said on Friday.

          Fares on the night crossing will stay the same until the summer timetable starts, the company said.

          """ + notice + "\n");

      assertThat(f.body()).as(notice).doesNotContain(notice);
      assertThat(f.report()).as(notice).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(notice));
      if (notice.contains("Reuters")) {
        assertThat(f.list("sources")).as(notice).contains(Map.of("name", "Reuters", "type", "agency", "publisher", "Reuters"));
      }
    }
  }

  @Test
  void aWrappedLineThatContinuesASentenceIsNeverCutOutAsBoilerplate() {
    ImportedFile f = ImportedFile.importText("""
        Ferry company changes its tickets

        The island ferry company said on Friday that season ticket holders would
        subscribe to the new monthly plan at no extra cost, and that day tickets
        would be sold only on the quay from March, when the new timetable starts.
        Its lawyers said the old contract with the port had left the company with
        all rights reserved.
        """);

    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("ticket holders would subscribe to the new monthly plan at no extra cost, and that day tickets",
        "had left the company with all rights reserved.");
  }
  @Test
  void paragraphsThatOpenWithTheWordsOfAnEmbargoOrANoteAreStoryText() {
    ImportedFile f = ImportedFile.importText("""
        Customs seize oil bound for the north

        Embargoed oil worth two million euros was found on a tanker in the harbour, customs officers said on Friday.

        Embargoed until 2040 under the archive law, the papers of the inquiry into the tanker's owners will stay closed to the public, the court said.

        Editor's note: An earlier version of this story gave the wrong name for the tanker.
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.result().markdown()).contains("Embargoed oil worth two million euros", "Embargoed until 2040 under the archive law",
        "> Editor's note: An earlier version");
  }
  /**
   * A story's own lines that open with the words of a note or an embargo, but not in the wire's
   * forms (the label in capitals, or followed by a colon; an embargo naming its time), are kept.
   */
  @Test
  void storyLinesThatOpenWithTheWordsOfANoteOrAnEmbargoButNotInTheWiresFormsAreKept() {
    ImportedFile f = ImportedFile.importText("""
        Grain ban on the northern ports stays

        ODESSA, Oct 18 (Reuters) - Ministers agreed on Monday to keep the ban on grain shipments from the northern ports.

        Embargo until further notice

        Notes to editors of the port's weekly, seen by Reuters, told them to leave the ban out of Tuesday's edition.

        Ed: We asked the minister whether the ban would outlast the winter, and he said it would.

        Hold for release of the impounded ships, the shipowners said, was the least the ministry could do.

        EMBARGO 1962-2022: SIXTY YEARS OF SANCTIONS

        Embargoed to the US and UK, the grain went east.

        For release at the port, the ships need a permit from the ministry.

        Embargo until 2030

        Embargo 2.0

        For release until 2030
        """);

    assertThat(f.text("draft")).as("nothing here is an embargo").isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("Embargo until further notice", "Notes to editors of the port's weekly, seen by Reuters",
        "Ed: We asked the minister", "Hold for release of the impounded ships", "SIXTY YEARS OF SANCTIONS",
        "Embargo until 2030", "Embargo 2.0", "For release until 2030");
  }

  @Test
  void theWiresNotesToEditorsInTheirOwnFormsAreLeftOut() {
    for (String note : List.of("NOTE TO EDITORS: the mayor's figures quokka are from her office.", "ATTN EDITORS quokka: see the corrected toll below",
        "EDS: quokka moves with photos.", "Eds: UPDATES quokka with the mayor's comment.", "Note to editors: quokka photos to follow.",
        "Attention editors: quokka a map will follow.", "Notes to editors:", "Notes to editors", "(NOTES TO EDITORS quokka)")) {
      ImportedFile f = ImportedFile.importText("""
          Bridge reopens after repairs

          %s

          The river bridge reopened on Monday after six months of repairs, the mayor said.
          """.formatted(note));

      assertThat(f.body()).as(note).doesNotContain("quokka").doesNotContain(note).contains("The river bridge reopened");
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(note));
      assertThat(f.text("draft")).as(note).isNull();
    }
  }

  /** A speech's "check against delivery" alone is a note to reporters; with an embargo's label it holds the text until it is given. */
  @Test
  void aSpeechsCheckAgainstDeliveryIsLeftOutAsANoteAndWithAnEmbargosLabelMakesADraft() {
    for (String note : List.of("Check against delivery", "CHECK AGAINST DELIVERY", "(Check against delivery)", "Es gilt das gesprochene Wort.",
        "Seul le prononcé fait foi")) {
      ImportedFile f = ImportedFile.importText("""
          Bridge reopens after repairs

          %s

          The river bridge reopened on Monday after six months of repairs, the mayor said.
          """.formatted(note));

      assertThat(f.body()).as(note).isEqualTo("The river bridge reopened on Monday after six months of repairs, the mayor said.");
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(note));
      assertThat(f.text("draft")).as(note).isNull();
    }
    for (String embargo : List.of("Embargo: check against delivery", "EMBARGOED - CHECK AGAINST DELIVERY", "EMBARGO – CHECK AGAINST DELIVERY",
        "Embargoed: check against delivery.")) {
      assertLeftOutAsAnEmbargo(embargo);
    }
    ImportedFile prose = ImportedFile.importText("""
        Bridge reopens after repairs

        The river bridge reopened on Monday after six months of repairs, the mayor said.

        Check against delivery, the courier firm told shoppers who ordered gifts online.
        """);
    assertThat(prose.body()).contains("Check against delivery, the courier firm told shoppers");
    assertThat(prose.text("draft")).isNull();
  }

  /** AP's "Eds:" line, and the other notes to editors, that hold an embargo: the copy is held back as by the embargo's own line. */
  @Test
  void aNoteToEditorsThatHoldsAnEmbargoMakesTheStoryADraft() {
    for (String note : List.of("Eds: EMBARGOED until 12:01 a.m. EDT Tuesday, Oct. 19. Moving in advance.",
        "NOTE TO EDITORS: EMBARGOED UNTIL 00:01 BST TUESDAY 19 OCTOBER", "ATTN EDITORS: EMBARGOED UNTIL 0001 GMT OCT 19",
        "EDS: HOLD FOR RELEASE until 6 p.m. ET")) {
      assertLeftOutAsAnEmbargo(note);
    }
  }

  /** The embargo's own note under a note to editors that holds the embargo goes with it, and is never the title (helper-152 case-05). */
  @Test
  void anEmbargosOwnNoteUnderANoteToEditorsThatHoldsTheEmbargoIsLeftOutAndIsNoTitle() {
    ImportedFile f = ImportedFile.importText("""
        NOTE TO EDITORS: EMBARGOED UNTIL 00:01 BST TUESDAY 19 OCTOBER 2021

        Please observe the embargo time.

        Bridge reopens after repairs

        The river bridge reopened on Monday after six months of repairs, the mayor said.
        """);
    ImportedFile page = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", """
        <!doctype html><html><head><title>Bridge</title></head><body><article><h1>Bridge reopens after repairs</h1>
        <p>NOTE TO EDITORS: EMBARGOED UNTIL 00:01 BST TUESDAY 19 OCTOBER 2021</p>
        <p>Please observe the embargo time.</p>
        <p>The river bridge reopened on Monday after six months of repairs, the mayor said.</p>
        </article></body></html>
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    for (ImportedFile imported : List.of(f, page)) {
      assertThat(imported.text("title")).isEqualTo("Bridge reopens after repairs");
      assertThat(imported.text("draft")).isEqualTo("true");
      assertThat(imported.body()).isEqualTo("The river bridge reopened on Monday after six months of repairs, the mayor said.");
    }
  }

  @Test
  void anEmbargoLineInTheWiresFormsThatNamesItsTimeIsLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("EMBARGOED UNTIL 0001 GMT OCT 19", "EMBARGO: 10.00 CET Tuesday", "Embargo: 00:01 BST, Tuesday 19 October",
        "Embargoed to 00:01 BST", "Embargoed until 00:01 on Tuesday 19 October 2021", "HOLD FOR RELEASE UNTIL 6 P.M. ET",
        "Hold for release: noon Tuesday", "NOT FOR PUBLICATION BEFORE 0900 GMT", "Not for publication before noon", "STRICTLY EMBARGOED UNTIL MIDNIGHT",
        "EMBARGOED UNTIL FURTHER NOTICE", "HOLD FOR RELEASE", "Embargoed for release until 00:01 BST, Thursday 21 October 2021",
        "Embargoed until 10.30am UK time, Tuesday 19 October", "Embargoed until 00:01 (UK time) 22 October", "EMBARGO 0001 GMT OCT 22",
        "Embargo 00:01 BST Thursday 21 October 2021", "Embargoed 00:01 BST Tuesday 19 October", "Embargoed for release: 00:01 BST, 21 October 2021",
        "Embargo until 00:01 BST Tuesday", "FOR RELEASE AT 6 P.M. ET")) {
      assertLeftOutAsAnEmbargo(embargo);
    }
  }
  /** AP's release lines without "AT", press offices' "For release on …", dashes, "hours", "Eastern", "after", and dpa's German and French lines. */
  @Test
  void embargoLinesInTheOtherFormsAgenciesAndPressOfficesWriteAreLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("FOR RELEASE 6 P.M. ET", "FOR RELEASE 6 P.M. EST TUESDAY, DEC. 8", "FOR USE 0001 GMT",
        "NOT FOR USE BEFORE 0001 GMT", "For release on Tuesday 8 December at 00:01 BST", "Embargoed until 00:01 hours BST Tuesday 8 December",
        "Embargoed until 6 p.m. Eastern on Tuesday", "Embargoed until after 00:01 BST Tuesday", "Embargo - 00:01 BST Tuesday 8 December",
        "Embargo – 00:01 BST Tuesday 8 December", "Sperrfrist: 8. Dezember 2026, 00:01 Uhr", "SPERRFRIST 8. DEZEMBER, 00.01 UHR",
        "Sous embargo jusqu'au 8 décembre, 0 h 01", "Embargo jusqu’au mardi 8 décembre à 0h01")) {
      assertLeftOutAsAnEmbargo(embargo);
    }
  }

  /**
   * Lines with the words of those forms that are no embargo: a subheading whose colon is followed by
   * words, not a moment ("Embargo: what changes …" names only a date, in a sentence), release of
   * people, a sentence about an embargo that ended, another "until".
   */
  @Test
  void subheadingsAndSentencesWithTheWordsOfTheseFormsStayStoryTextAndTheStoryIsNoDraft() {
    ImportedFile f = ImportedFile.importText("""
        Exporters brace for the new rules

        The ministry published the new export rules on Monday.

        Embargo: what changes for exporters on 1 January

        For release of the hostages, talks resumed at 6 p.m.

        The embargo ended at 00:01 on Tuesday.

        Released until further notice

        For use in schools, the guide costs nothing.

        Embargoed until after the election, the report will be published in March.

        Sperrfrist für Exporteure verlängert

        Sous embargo depuis 1990, le pays exporte peu.
        """);

    assertThat(f.text("draft")).as("nothing here is an embargo").isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("Embargo: what changes for exporters on 1 January", "For release of the hostages, talks resumed at 6 p.m.",
        "The embargo ended at 00:01 on Tuesday.", "Released until further notice", "For use in schools, the guide costs nothing.",
        "Embargoed until after the election", "Sperrfrist für Exporteure verlängert", "Sous embargo depuis 1990");
  }

  /**
   * Subheadings and paragraphs that open with an embargo's label but go on with a headline's words,
   * even ones naming a time ("PM", "hours", "midnight", a number in capitals), are the story's: the
   * label must be followed by a moment and little else.
   */
  @Test
  void subheadingsThatOpenWithTheLabelOfAnEmbargoButGoOnWithAHeadlineStayStoryText() {
    for (String line : List.of("Embargo – PM rules out a fuel ban", "Embargo - the 48 hours that shook the port",
        "Embargo: the 48 hours that shook the port", "EMBARGO: 30 YEARS LATER", "Embargo: midnight deadline looms",
        "Embargo: PM rules out a fuel ban", "Embargo: a ban on trade with a country, usually in force from midnight.",
        "Embargo ends at midnight", "Embargo: 24 hours", "Sperrfrist: 18 Monate für Exporteure", "EMBARGO: MIDNIGHT DEADLINE LOOMS",
        "EMBARGO: 2021 IN REVIEW", "Embargo: Question Time", "Embargo: London time runs out for the talks",
        "Embargo: delivery vans stuck at the border", "Embargo: not for the faint-hearted", "Embargo: 24 hours / 7 days",
        "Embargo: Tuesday's deadline passes", "Embargo: today's vote on the ban", "Embargo until tomorrow's talks, ministers said", "EMBARGO: STRICTLY BUSINESS", "Embargo: Summer Time ends",
        "Under strict embargo, the oil still flowed north.")) {
      ImportedFile f = ImportedFile.importText("""
          Port marks 30 years of the grain embargo

          The port marked 30 years of the grain embargo on Thursday, officials said.

          %s

          The ministry said the ban would stay in force, officials said.
          """.formatted(line));

      assertThat(f.text("draft")).as(line).isNull();
      assertThat(f.report()).as(line).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
      assertThat(f.body()).as(line).contains(line);
    }
  }

  /**
   * dpa's German and French lines with a place's time or "Uhr"/"heures" alone, "Sperrfrist
   * beachten", "ACHTUNG SPERRFRIST", a press office's "Embargo lifts at" and an embargo line that
   * goes on with "not for broadcast before this time".
   */
  @Test
  void embargoLinesWithAPlacesTimeAWarningOrTheirOwnNoteAreLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("Sous embargo jusqu'au jeudi 9 décembre 2026 à 00h01 (heure de Paris)",
        "Embargo jusqu'au 9 décembre 2026, 6 heures", "Sperrfrist: Donnerstag, 9. Dezember 2026, 11.00 Uhr (Ortszeit)",
        "Sperrfrist beachten: 09.12.2026, 00:01 Uhr", "ACHTUNG SPERRFRIST: 9. Dezember, 00:01 Uhr", "Sperrfrist: 18 Uhr",
        "Embargo lifts at 00:01 GMT Thursday 9 December", "Embargoed until 00:01 GMT Thursday 9 December – not for broadcast before this time",
        "EMBARGOED UNTIL 0001 GMT DEC 9. NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME")) {
      assertLeftOutAsAnEmbargo(embargo);
    }
  }

  /**
   * The embargo's own words between its label and its moment ("NOT FOR PUBLICATION BEFORE",
   * "STRICTLY", "Under strict embargo"), a city's or a zone's name before "time", a second zone's
   * time after a slash, "check against delivery" after it, a speech's "until delivery", dpa's "heute".
   */
  @Test
  void embargoLinesWithTheEmbargosOwnWordsACitysTimeTwoZonesOrDeliveryAreLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("EMBARGOED: NOT FOR PUBLICATION BEFORE 00:01 GMT THURSDAY 9 DECEMBER 2026",
        "EMBARGO – STRICTLY NOT FOR PUBLICATION UNTIL 00:01 HRS THURSDAY", "Embargo: 09:00 Nairobi time, 9 December 2026",
        "Embargoed until: 00:01 Auckland time, Thursday 9 December", "Embargo: 11:00 CET / 10:00 GMT, 9 December 2026",
        "Embargoed until 11:00 CET/10:00 GMT", "Embargo: 00:01 GMT Thursday 9 December – check against delivery",
        "Embargoed until 10:30 GMT, check against delivery", "EMBARGOED UNTIL DELIVERY", "Embargoed until delivery",
        "Embargoed until 00:01 Central European Time, 9 December", "Under strict embargo until 00:01 GMT Thursday 9 December",
        "UNDER STRICT EMBARGO UNTIL 0001 GMT DEC 9", "Sperrfrist: Donnerstag, 9. Dezember 2026, 00.01 Uhr MEZ / 23.01 Uhr GMT",
        "Sperrfrist: heute, 20.00 Uhr", "Sperrfrist: morgen, 6 Uhr", "Not for publication or broadcast before 00:01 GMT Thursday",
        "Strictly not for publication before 00:01 GMT Thursday", "Embargo: 00:01 London time, Thursday 9 December")) {
      assertLeftOutAsAnEmbargo(embargo);
    }
  }

  /**
   * A press embargo that names a day or a date but no time of day, after the noun "Embargo" too: a
   * report released on a day. Published, it breaks the embargo (the worst mistake), so it is left out
   * and makes a draft, at the copy's top line (where it would become the title) or under the headline.
   */
  @Test
  void anEmbargoNamingADayOrADateButNoTimeIsLeftOutAndTheStoryIsADraft() {
    List<String> embargoes = List.of("EMBARGO UNTIL THURSDAY 9 DECEMBER 2026", "Embargo until Thursday 9 December 2026",
        "EMBARGO: THURSDAY 9 DECEMBER 2026", "Embargo: Thursday, 9 December 2026", "EMBARGO - THURSDAY 9 DECEMBER", "Embargo: Thursday",
        "EMBARGO UNTIL TOMORROW", "Embargoed until tomorrow", "Embargo – 9 December");
    for (String embargo : embargoes) {
      assertLeftOutAsAnEmbargo(embargo);
      ImportedFile top = ImportedFile.importText("""
          %s

          Holm council opens new library

          Holm council will open a new library on Thursday, the leader said.
          """.formatted(embargo));

      assertThat(top.body()).as(embargo).doesNotContain(embargo).contains("Holm council will open a new library");
      assertThat(top.text("title")).as(embargo).isEqualTo("Holm council opens new library");
      assertThat(top.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(embargo));
      assertThat(top.text("draft")).as(embargo).isEqualTo("true");
    }
  }

  /**
   * A key-facts line giving a trade embargo's start ("Embargo: 5 December 2022") reads exactly as a
   * press embargo naming its day. It makes a draft with the line named in the report: a false draft
   * costs the editor one line to delete, a press embargo published cannot be taken back.
   */
  @Test
  void aTradeEmbargosDateAfterTheNounEmbargoMakesADraftWithTheLineNamed() {
    for (String line : List.of("Embargo: 5 December 2022", "Embargo until 5 December")) {
      ImportedFile f = ImportedFile.importText("""
          Port marks 30 years of the grain embargo

          The port marked 30 years of the grain embargo on Thursday, officials said.

          %s

          The ministry said the ban would stay in force, officials said.
          """.formatted(line));

      assertThat(f.text("draft")).as(line).isEqualTo("true");
      assertThat(f.report()).as(line).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(line)
          && e.detail().contains("embargo"));
      assertThat(f.body()).as(line).contains("The port marked 30 years", "The ministry said the ban");
    }
  }

  /**
   * A press release's copy: everything under its "Notes to editors" heading, with its "About …" part
   * and contact lines, is notes, left out and named in the report block by block.
   */
  @Test
  void theNotesUnderAPressReleasesNotesToEditorsHeadingAreLeftOutOneByOne() {
    ImportedFile f = ImportedFile.importText("""
        Bridge reopens after repairs

        The river bridge reopened on Monday after six months of repairs, the mayor said.

        Traffic will be limited to cars until the spring, the council said.

        NOTES TO EDITORS

        1. The mayor is available for interview; call the council press desk to arrange.

        2. Drone footage of the bridge can be sent to broadcasters on request.

        About Holm Council

        Holm Council serves 40,000 residents.

        Contact: Sam Reed, press desk
        """);

    assertThat(f.body()).doesNotContain("NOTES TO EDITORS", "mayor is available", "Drone footage", "About Holm Council", "40,000 residents",
        "Sam Reed").contains("The river bridge reopened", "Traffic will be limited");
    for (String note : List.of("Drone footage of the bridge", "About Holm Council", "Holm Council serves 40,000 residents.", "Sam Reed")) {
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(note));
    }
    assertThat(f.text("draft")).isNull();
  }

  /** A story's line that only opens like the heading, and the paragraphs after it, stay. */
  @Test
  void aLineThatOnlyOpensLikeNotesToEditorsLeavesWhatFollowsInTheStory() {
    ImportedFile f = ImportedFile.importText("""
        Bridge reopens after repairs

        The river bridge reopened on Monday after six months of repairs, the mayor said.

        Notes to editors of the island paper told them to leave the repairs out.

        Traffic will be limited to cars until the spring, the council said.
        """);

    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("Notes to editors of the island paper", "Traffic will be limited");
  }

  /**
   * An embargo wrapped over two lines, its label alone on the first ("EMBARGOED UNTIL", "Embargoed
   * until:", "NOT FOR PUBLICATION BEFORE") and its moment on the next, is one embargo: both lines left
   * out, the story a draft, at the top of the copy the headline read from the line under them; the
   * embargo's own note on the line under it ("NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME",
   * "Please do not publish … before this time", "(Embargo applies to print, broadcast and online)") goes
   * with it.
   */
  @Test
  void anEmbargoWrappedOverTwoLinesOrWithItsOwnNoteUnderItIsLeftOutWholeAndTheStoryIsADraft() {
    for (String embargo : List.of("EMBARGOED UNTIL\n00:01 GMT THURSDAY 9 DECEMBER 2026", "Embargoed until:\n00:01 GMT, Thursday 9 December 2026",
        "NOT FOR PUBLICATION BEFORE\n00:01 GMT THURSDAY 9 DECEMBER", "EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026\nNOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME",
        "Embargoed until 00:01 GMT Thursday 9 December 2026.\nPlease do not publish, broadcast or post online before this time.",
        "EMBARGOED: 00:01 GMT, Thursday 9 December 2026\n(Embargo applies to print, broadcast and online)")) {
      for (String copy : List.of("Bridge reopens after repairs\n\n" + embargo, embargo + "\n\nBridge reopens after repairs")) {
        ImportedFile f = ImportedFile.importText(copy + "\n\nThe river bridge reopened on Monday after six months of repairs, the mayor said.\n");

        assertThat(f.text("title")).as(copy).isEqualTo("Bridge reopens after repairs");
        assertThat(f.body()).as(copy).doesNotContain("00:01").doesNotContainIgnoringCase("embargo").doesNotContainIgnoringCase("before")
            .contains("The river bridge reopened");
        assertThat(f.report()).as(copy).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains("00:01")
            && e.leftOut().contains(embargo.substring(embargo.indexOf('\n') + 1, embargo.indexOf('\n') + 10)));
        assertThat(f.text("draft")).as(copy).isEqualTo("true");
      }
    }
  }

  /**
   * The embargo's own note in the everyday forms of UK press offices ("BEFORE THIS DATE AND TIME",
   * "before this time and date", "Please observe the embargo time", "This embargo applies to all media,
   * including online and social media"), on the line under the embargo or an empty line below it, is
   * left out with it and is never the title: the headline under it is.
   */
  @Test
  void anEmbargosOwnNoteInItsEverydayFormsIsLeftOutWithItAndIsNeverTheTitle() {
    for (String note : List.of("NOT FOR PUBLICATION OR BROADCAST BEFORE THIS DATE AND TIME",
        "Not for publication, broadcast or online use before this time and date.", "Please observe the embargo time.",
        "Please respect the embargo date and time.", "Not to be published before the embargo time.",
        "This embargo applies to all media, including online and social media.",
        "(The embargo applies to all media including websites and social media)")) {
      for (String embargo : List.of("EMBARGOED UNTIL\n00:01 GMT THURSDAY 9 DECEMBER 2026", "Embargoed until 00:01 GMT Thursday 9 December 2026")) {
        for (String gap : List.of("\n", "\n\n")) {
          String top = embargo + gap + note;
          for (String copy : List.of(top + "\n\nBridge reopens after repairs", "Bridge reopens after repairs\n\n" + top)) {
            ImportedFile f = ImportedFile.importText(copy + "\n\nThe river bridge reopened on Monday after six months of repairs, the mayor said.\n");

            assertThat(f.text("title")).as(copy).isEqualTo("Bridge reopens after repairs");
            assertThat(f.text("standfirst") + "\n" + f.body()).as(copy).doesNotContain("00:01").doesNotContainIgnoringCase("embargo")
                .doesNotContainIgnoringCase("media").doesNotContainIgnoringCase("date and time").doesNotContainIgnoringCase("time and date")
                .contains("The river bridge reopened");
            assertThat(f.report()).as(copy).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(note));
            assertThat(f.text("draft")).as(copy).isEqualTo("true");
          }
        }
      }
    }
  }

  /**
   * Lines that only look like a wrapped embargo or an embargo's note are the story's: a label over
   * the rest of a sentence, a subheading "Embargo" over a line that names no moment, a sentence on a
   * trade embargo and a request to readers under an embargo.
   */
  @Test
  void linesThatOnlyLookLikeAWrappedEmbargoOrItsNoteStayStoryText() {
    ImportedFile f = ImportedFile.importText("""
        Port braces for the new rules

        The port said on Monday it would stay open for grain ships.

        Embargoed until
        the talks end, the port will stay shut to fuel tankers.

        Embargo
        What changes for exporters from the new year

        Embargo:
        Price cap at $60 a barrel
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("the talks end, the port will stay shut", "What changes for exporters from the new year",
        "Price cap at $60 a barrel");

    ImportedFile g = ImportedFile.importText("""
        Bridge reopens after repairs

        EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026
        The embargo applies to oil, gas and coal from the north.
        Please do not feed the swans before the bridge reopens.

        The river bridge reopened on Monday after six months of repairs, the mayor said.
        """);

    assertThat(g.text("draft")).isEqualTo("true");
    assertThat(g.text("standfirst") + "\n" + g.body()).contains("The embargo applies to oil, gas and coal from the north.", "Please do not feed the swans before the bridge reopens.");

    // the everyday forms of the note name the embargo's own time or the media; these sentences do not
    for (String line : List.of("Please observe the embargo on arms sales to the region.", "Observe the embargo time, traders were told on Monday.",
        "This embargo applies to all media companies owned by the state.", "The embargo applies to all media, including the state broadcaster, the minister said.",
        "Not for the faint-hearted before this date and time.")) {
      ImportedFile h = ImportedFile.importText("""
          Bridge reopens after repairs

          EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026

          %s

          The river bridge reopened on Monday after six months of repairs, the mayor said.
          """.formatted(line));

      assertThat(h.text("title")).as(line).isEqualTo("Bridge reopens after repairs");
      assertThat(h.text("standfirst") + "\n" + h.body()).as(line).contains(line);
    }
  }

  @Test
  void anEmbargoOverTheStandfirstOrInAListQuotedOrCaptionLineIsLeftOutAndTheStoryIsADraft() {
    ImportedFile f = ImportedFile.importText("""
        Bridge reopens after repairs

        Embargoed until 00:01 GMT 8 December 2026 - The river crossing was closed for six months.

        The river bridge reopened on Monday after six months of repairs, the mayor said.

        - Embargo: 00:01 GMT, Tuesday 8 December 2026
        - Buses will use the bridge from Friday.

        > EMBARGOED UNTIL 00:01 GMT 8 DECEMBER 2026

        Traffic was light on the first morning, the council said in a statement.
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.text("standfirst")).isEqualTo("The river crossing was closed for six months.");
    assertThat(f.body()).doesNotContainIgnoringCase("embargo").contains("- Buses will use the bridge from Friday.", "Traffic was light");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Embargoed until 00:01 GMT 8 December 2026")
        && e.lines().equals(List.of(3)));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("- Embargo: 00:01 GMT, Tuesday 8 December 2026")
        && e.lines().equals(List.of(7)));
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("> EMBARGOED UNTIL 00:01 GMT 8 DECEMBER 2026")
        && e.lines().equals(List.of(10)));
  }

  @Test
  void anEmbargoOverAPhotoCaptionIsLeftOutTheCaptionStaysAndTheStoryIsADraft() {
    ImportedFile f = ImportedFile.importText("""
        Bridge reopens after repairs

        Embargoed until 00:01 GMT 8 December 2026 - The bridge at dawn on Monday.
        Photo: Ann Lee/Reuters

        The river bridge reopened on Monday after six months of repairs, the mayor said.
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.map("image").get("caption")).isEqualTo("The bridge at dawn on Monday.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Embargoed until 00:01 GMT 8 December 2026"));
  }

  /**
   * An embargo opening the headline's line (an e-mail's subject, a PDF's first line) is left out as over a standfirst:
   * the story is a draft and the headline's own words are the title (helper-161 case-02, case-07: the line in
   * capitals was left out whole, the title made from the lead).
   */
  @Test
  void anEmbargoOpeningTheHeadlineIsLeftOutAndTheHeadlinesWordsAreTheTitle() {
    for (String embargo : List.of("Embargoed until 00:01 GMT 8 December 2026 - ", "EMBARGOED UNTIL 00:01 GMT 8 DECEMBER - ",
        "EMBARGOED UNTIL 00:01 GMT TUESDAY 8 DECEMBER – ", "EMBARGOED UNTIL 00:01 GMT 8 DECEMBER: ")) {
      for (String headline : List.of("Bridge reopens after repairs", "40 buses cross the river bridge")) {
        ImportedFile f = ImportedFile.importText(embargo + headline + "\n\n"
            + "The river bridge reopened on Monday after six months of repairs, the mayor said.\n");
        String as = embargo + headline;

        assertThat(f.text("draft")).as(as).isEqualTo("true");
        assertThat(f.text("title")).as(as).isEqualTo(headline);
        assertThat(f.body()).as(as).isEqualTo("The river bridge reopened on Monday after six months of repairs, the mayor said.");
        assertThat(f.report()).as(as).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(embargo.replaceFirst("[ :–-]+$", ""))
            && e.lines().equals(List.of(1)));
      }
    }
    // headlines that open with an embargo's label and go on with their own words are the story's
    for (String headline : List.of("Embargo: what changes for exporters on 1 January", "Embargo – PM defends oil ban",
        "EMBARGO: 60 YEARS ON")) {
      ImportedFile f = ImportedFile.importText(headline + "\n\nThe river bridge reopened on Monday after six months of repairs, the mayor said.\n");

      assertThat(f.text("title")).as(headline).isEqualTo(headline);
      assertThat(f.text("draft")).as(headline).isNull();
    }
  }

  @Test
  void aStandfirstListItemAndCaptionThatOnlyMentionAnEmbargoStayAndTheStoryIsNoDraft() {
    ImportedFile f = ImportedFile.importText("""
        Oil sanctions widen

        Embargo on Russian oil to be tightened, ministers say.

        Protesters against the arms embargo in Geneva.
        Photo: Ann Lee/Reuters

        The ministers met in Brussels on Monday and agreed to widen the list of banned cargoes.

        - Embargo: a ban on trade with a country
        - Sanctions: measures against a state

        > The embargo ended at 00:01 on Tuesday.
        """);

    assertThat(f.text("draft")).isNull();
    assertThat(f.text("standfirst")).isEqualTo("Embargo on Russian oil to be tightened, ministers say.");
    assertThat(f.map("image").get("caption")).isEqualTo("Protesters against the arms embargo in Geneva.");
    assertThat(f.body()).contains("- Embargo: a ban on trade with a country", "The embargo ended at 00:01 on Tuesday.");
  }

  /**
   * The embargo's own note in further everyday forms of UK press offices: asking editors to adhere to,
   * note, respect, abide by or keep to the embargo (its time, "on this release", "stated above"),
   * naming the media it applies to ("all print, broadcast and online media", "all UK media") and
   * going on ", including online and social media". On the line under the embargo or an empty line
   * below it, it is left out with it and is never the title.
   */
  @Test
  void anEmbargosOwnNoteInFurtherEverydayFormsIsLeftOutWithItAndIsNeverTheTitle() {
    for (String note : List.of("Embargo applies to all print, broadcast and online media.", "Please adhere to the embargo.",
        "Please note the embargo time.", "Please respect the embargo on this release.", "Kindly abide by the embargo stated above.",
        "Please keep to the embargo date and time.", "Not for publication or broadcast before this time, including online and social media.",
        "NOT FOR PUBLICATION BEFORE THE EMBARGO TIME STATED ABOVE", "This embargo applies to all UK media, including websites and social media.")) {
      for (String gap : List.of("\n", "\n\n")) {
        String top = "Embargoed until 00:01 GMT Thursday 9 December 2026" + gap + note;
        for (String copy : List.of(top + "\n\nBridge reopens after repairs", "Bridge reopens after repairs\n\n" + top)) {
          ImportedFile f = ImportedFile.importText(copy + "\n\nThe river bridge reopened on Monday after six months of repairs, the mayor said.\n");

          assertThat(f.text("title")).as(copy).isEqualTo("Bridge reopens after repairs");
          assertThat(f.text("standfirst") + "\n" + f.body()).as(copy).doesNotContain("00:01").doesNotContainIgnoringCase("embargo")
              .doesNotContainIgnoringCase("media").doesNotContainIgnoringCase("this time").contains("The river bridge reopened");
          assertThat(f.report()).as(copy).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().contains(note));
          assertThat(f.text("draft")).as(copy).isEqualTo("true");
        }
      }
    }
  }

  /**
   * A rule drawn between an embargo and its own note, or under the note, over the headline (helper-152
   * case-06: "--------" became the title, the note story text and the headline a subheading) is left out
   * and reported; the note goes with its embargo, and the headline is the title.
   */
  @Test
  void aRuleBetweenAnEmbargoItsNoteAndTheHeadlineIsLeftOutAndTheNoteGoesWithTheEmbargo() {
    String embargo = "EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026";
    String note = "NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME";
    for (String rule : List.of("--------", "========", "* * *")) {
      for (String top : List.of(embargo + "\n\n" + rule + "\n\n" + note, embargo + "\n" + rule + "\n" + note,
          embargo + "\n" + note + "\n\n" + rule, embargo + "\n\n" + note + "\n" + rule, embargo + "\n\n" + rule)) {
        String copy = top + "\n\nBridge reopens after repairs\n\nThe river bridge reopened on Monday after six months of repairs, the mayor said.\n";
        ImportedFile f = ImportedFile.importText(copy);

        assertThat(f.text("title")).as(copy).isEqualTo("Bridge reopens after repairs");
        assertThat(f.text("draft")).as(copy).isEqualTo("true");
        assertThat(f.text("standfirst") + "\n" + f.body()).as(copy).doesNotContain(rule).doesNotContain("##")
            .doesNotContainIgnoringCase("this time").contains("The river bridge reopened");
        assertThat(f.report()).as(copy).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(rule));
      }
    }
  }

  /**
   * Story lines that only look like those further forms of an embargo's note stay story text under an
   * embargo, and the first of them is the title: a sentence that goes on past "the embargo", a headline
   * on a trade embargo, an embargo on goods, and one on the media of a country no press office writes
   * its note for.
   */
  @Test
  void storyLinesThatOnlyLookLikeTheFurtherFormsOfAnEmbargosNoteStayAndMayBeTheTitle() {
    for (String line : List.of("Please note the embargo on arms sales to the region was lifted in May.", "EU agrees embargo on Russian oil",
        "The embargo applies to oil, gas and coal", "The embargo applies to all Russian media.", "Please adhere to the embargo, the minister told traders.",
        "Not for publication before this time, including the minutes, the court ruled.")) {
      ImportedFile first = ImportedFile.importText("""
          EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026

          %s

          The river bridge reopened on Monday after six months of repairs, the mayor said.
          """.formatted(line));

      assertThat(first.text("title")).as(line).isEqualTo(line);
      assertThat(first.text("draft")).as(line).isEqualTo("true");

      ImportedFile under = ImportedFile.importText("""
          Bridge reopens after repairs

          EMBARGOED UNTIL 00:01 GMT THURSDAY 9 DECEMBER 2026
          %s

          The river bridge reopened on Monday after six months of repairs, the mayor said.
          """.formatted(line));

      assertThat(under.text("title")).as(line).isEqualTo("Bridge reopens after repairs");
      assertThat(under.text("standfirst") + "\n" + under.body()).as(line).contains(line);
    }
  }

  /**
   * The everyday embargo lines of UK and EU press releases (helper-161 case-05): "Embargoed for" a time,
   * a field "Embargo date and time:" or "Embargo date:", "NOT TO BE PUBLISHED BEFORE", "Not to be published
   * or broadcast before", "Please do not publish before". Over the headline or under it, left out, and a draft.
   */
  @Test
  void embargoLinesInThePressOfficesEverydayFormsAreLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("Embargoed for 00:01 GMT Tuesday 8 December 2026", "EMBARGOED FOR 00.01HRS TUESDAY 8 DECEMBER",
        "Embargo date and time: 00:01 GMT, 8 December 2026", "Embargo date: Tuesday 8 December 2026", "Embargo time: 00:01 GMT",
        "NOT TO BE PUBLISHED BEFORE 00:01 GMT TUESDAY 8 DECEMBER 2026", "Not to be published or broadcast before 00:01 on Tuesday 8 December",
        "Please do not publish before 00:01 GMT on Tuesday 8 December.", "Please do not publish or broadcast until 00:01 GMT Tuesday")) {
      assertLeftOutAsAnEmbargo(embargo);
      assertLeftOutAboveTheHeadline(embargo);
    }
  }

  /**
   * A speech's moment in capitals after "EMBARGOED UNTIL" ("THE CHANCELLOR SITS DOWN", "THE END OF THE
   * MINISTER'S STATEMENT") and a date in figures ("08/12/2026", "2026-12-08") are an embargo's moment
   * (helper-161 case-01).
   */
  @Test
  void anEmbargoUntilASpeechsMomentOrADateInFiguresIsLeftOutAndTheStoryIsADraft() {
    for (String embargo : List.of("EMBARGOED UNTIL THE CHANCELLOR SITS DOWN", "EMBARGOED UNTIL THE END OF THE MINISTER'S STATEMENT",
        "STRICTLY EMBARGOED UNTIL AFTER THE PRIME MINISTER'S SPEECH", "Embargoed until 08/12/2026", "EMBARGOED UNTIL 08/12/2026",
        "Embargo: 2026-12-08", "Embargoed until 00:01 GMT 08/12/26")) {
      assertLeftOutAsAnEmbargo(embargo);
      assertLeftOutAboveTheHeadline(embargo);
    }
  }

  /** Lines like those forms that are a story's: no draft, nothing left out, the first of them the title. */
  @Test
  void storyLinesLikeThePressOfficesEverydayEmbargoFormsStayAndTheStoryIsNoDraft() {
    ImportedFile f = ImportedFile.importText("""
        Chancellor sits down with union leaders

        Embargoed for decades, the files on the 1984 strike were opened at the National Archives on Monday.

        Embargo date set for Russian oil

        Please do not publish my name, the witness said.

        Not to be published before the trial ends, the judge ordered of the report.

        Embargoed until the chancellor sits down, the report will stay in a drawer, an aide said.

        EMBARGOED UNTIL THE END: HOW THE OIL BAN FAILED

        Please do not publish before checking the figures, the editor told the desk.
        """);

    assertThat(f.text("title")).isEqualTo("Chancellor sits down with union leaders");
    assertThat(f.text("draft")).isNull();
    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.text("standfirst") + "\n" + f.body()).contains("Embargoed for decades", "Embargo date set for Russian oil",
        "Please do not publish my name", "Not to be published before the trial ends", "Embargoed until the chancellor sits down",
        "EMBARGOED UNTIL THE END: HOW THE OIL BAN FAILED", "Please do not publish before checking the figures");
  }

  /**
   * An embargo beside the headline on its line, joined by a bar, in brackets before or after it, after
   * it with a dash, or in an e-mail's subject line (helper-161 case-02): the safety net makes the story a
   * draft, the headline's words kept.
   */
  @Test
  void anEmbargoBesideTheHeadlineOnItsLineMakesTheStoryADraftWithTheHeadlineKept() {
    for (String headline : List.of("Embargoed until 00:01 GMT 8 December | Ministers agree plastics treaty",
        "(Embargoed until 00:01 GMT 8 December) Ministers agree plastics treaty",
        "Ministers agree plastics treaty (EMBARGOED UNTIL 00:01 GMT 8 DECEMBER)",
        "Ministers agree plastics treaty - embargoed until 00:01 GMT Tuesday 8 December",
        "Ministers agree plastics treaty | Embargo: 00:01 GMT 8 December",
        "Subject: EMBARGOED 00:01 GMT 8 DECEMBER - Ministers agree plastics treaty")) {
      ImportedFile f = ImportedFile.importText(headline
          + "\n\nMinisters from five countries agreed on Monday to halve plastic waste by 2035, the environment ministry said.\n");

      assertThat(f.text("draft")).as(headline).isEqualTo("true");
      assertThat(f.text("title")).as(headline).contains("Ministers agree plastics treaty");
    }
  }

  /** Headlines with an embargo's words beside a bar, a dash or brackets that name no moment stay, and no draft. */
  @Test
  void headlinesWithTheWordsOfAnEmbargoBesideABarADashOrBracketsStayAndTheStoryIsNoDraft() {
    for (String headline : List.of("Ministers agree embargo (until 2030) on Russian oil", "Oil traders | Embargo date set for Russian oil",
        "Files embargoed until 2040 - archive", "(Embargoed for decades) Strike files opened", "Subject: embargo talks resume in Brussels")) {
      ImportedFile f = ImportedFile.importText(headline
          + "\n\nMinisters from five countries agreed on Monday to widen the ban, the foreign ministry said.\n");

      assertThat(f.text("draft")).as(headline).isNull();
      assertThat(f.text("title")).as(headline).isEqualTo(headline);
    }
  }

  /**
   * An embargo over a standfirst or a lead that starts with a figure ("40 per cent ...", "2 in 5 ...")
   * is split off as any other (helper-161 case-03): the split refused a time word there. A date that
   * goes on after a full stop ("00:01 GMT. 8 DECEMBER") is still the embargo's.
   */
  @Test
  void anEmbargoOverAStandfirstOrLeadThatStartsWithAFigureIsLeftOutAndTheStoryIsADraft() {
    for (String[] line : List.of(
        new String[] {"EMBARGOED UNTIL 00:01 GMT TUESDAY 8 DECEMBER - 40 per cent of councils expect to go bust, a survey finds.",
            "40 per cent of councils expect to go bust, a survey finds."},
        new String[] {"EMBARGOED UNTIL 00:01 GMT 8 DECEMBER. 2 in 5 councils expect to go bust, a survey finds.",
            "2 in 5 councils expect to go bust, a survey finds."},
        new String[] {"Embargoed until 00:01 GMT. 8 December 2026 - Councils expect to go bust, a survey finds.",
            "Councils expect to go bust, a survey finds."})) {
      ImportedFile f = ImportedFile.importText("""
          Councils warn of bankruptcy wave

          %s

          Town halls in England say rising social care costs will push many into effective bankruptcy by 2030, according to a survey.
          """.formatted(line[0]));

      assertThat(f.text("draft")).as(line[0]).isEqualTo("true");
      assertThat(f.text("standfirst")).as(line[0]).isEqualTo(line[1]);

      ImportedFile lead = ImportedFile.importText("Councils warn of bankruptcy wave\n\n" + line[0]
          + "\n\nThe association polled 300 councils in October and November, it said.\n");
      assertThat(lead.text("draft")).as(line[0]).isEqualTo("true");
    }
  }

  /**
   * An embargo in capitals over a short standfirst (helper-161 case-07): only the embargo is left out,
   * the standfirst's own words stay. The wire's line that goes on in capitals is left out whole.
   */
  @Test
  void anEmbargoInCapitalsOverAShortStandfirstLeavesTheStandfirstsOwnWords() {
    ImportedFile f = ImportedFile.importText("""
        Plastics treaty agreed

        EMBARGOED UNTIL 00:01 GMT 8 DECEMBER - Five nations pledge to halve plastic waste by 2035.

        Ministers from five countries agreed on Monday to halve plastic waste by 2035, the environment ministry said in a statement.
        """);

    assertThat(f.text("draft")).isEqualTo("true");
    assertThat(f.text("standfirst")).isEqualTo("Five nations pledge to halve plastic waste by 2035.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("EMBARGOED UNTIL 00:01 GMT 8 DECEMBER"));
  }

  /** Asserts that the line {@code embargo} over a headline is left out, the headline is the title, and the story is a draft. */
  private static void assertLeftOutAboveTheHeadline(String embargo) {
    ImportedFile f = ImportedFile.importText("""
        %s

        New hospital wing to open in Ostrand

        A new cancer wing at Ostrand General Hospital will open next spring, the health trust said on Monday.
        """.formatted(embargo));

    assertThat(f.text("title")).as(embargo).isEqualTo("New hospital wing to open in Ostrand");
    assertThat(f.text("standfirst") + "\n" + f.body()).as(embargo).doesNotContain(embargo).contains("A new cancer wing");
    assertThat(f.text("draft")).as(embargo).isEqualTo("true");
  }

  /** Asserts that the line {@code embargo} under a headline is left out, named in the report, and makes the story a draft. */
  private static void assertLeftOutAsAnEmbargo(String embargo) {
    ImportedFile f = ImportedFile.importText("""
        Bridge reopens after repairs

        %s

        The river bridge reopened on Monday after six months of repairs, the mayor said.
        """.formatted(embargo));

    assertThat(f.body()).as(embargo).doesNotContain(embargo).contains("The river bridge reopened");
    assertThat(f.report()).as(embargo).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(embargo));
    assertThat(f.text("draft")).as(embargo).isEqualTo("true");
  }

  /**
   * A media column's own subheading "Notes to editors", with prose under it and no sign of a
   * release's notes (no ENDS before it, no numbered notes, no contacts): it and its paragraphs stay,
   * reported as unsure.
   */
  @Test
  void aStorysOwnNotesToEditorsSubheadingKeepsItsParagraphsAndIsReportedAsUnsure() {
    ImportedFile f = ImportedFile.importText("""
        What the small print hides

        By Lena Holt

        Town halls have learned that few reporters read a release to its last line.

        The caveats that matter are often at the very end.

        Notes to editors

        The words seldom catch a reporter's eye. Last week they hid that the bus figures left out 2019 and 2020.

        Without those two years, a fall of 1 000 riders became a rise.

        Background

        The council has changed how it counts riders three times since 2015.

        What the council said

        A spokeswoman said the release would be corrected.
        """);

    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("## Notes to editors", "hid that the bus figures left out 2019", "a fall of 1 000 riders",
        "## Background", "changed how it counts riders", "## What the council said", "would be corrected");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(9))
        && e.detail().contains("'Notes to editors' heading"));
  }

  /** A question heading ends a release's short notes: the release goes on under it. */
  @Test
  void aQuestionHeadingEndsAReleasesNotesAndWhatFollowsStays() {
    ImportedFile f = ImportedFile.importText("""
        Holm council opens storm helpline

        Holm council has opened a helpline for households hit by last week's storm, it said on Monday.

        Volunteers from the lifeboat station will answer the calls.

        Notes to editors

        1. The helpline is open from 8am to 8pm.

        Who can claim?

        Any household in the storm zone can claim up to 400 pounds for repairs.

        Claims close at the end of March.
        """);

    assertThat(f.body()).doesNotContain("Notes to editors", "open from 8am")
        .contains("## Who can claim?", "Any household in the storm zone", "Claims close at the end of March.");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("1. The helpline is open from 8am to 8pm."));
  }

  /**
   * The usual sub-headings of a release's notes (Methodology, Interview opportunities, Images, Media
   * contacts) are notes, with what stands under them, to the end of the copy.
   */
  @Test
  void theUsualSubheadingsOfAReleasesNotesAndWhatStandsUnderThemAreLeftOut() {
    ImportedFile f = ImportedFile.importText("""
        One in three commuters cycles in summer, poll finds

        One in three commuters in Holm cycles to work in the summer months, a poll for the Holm Cycling Club found.

        The club's chair, Ari Dahl, said the figure had doubled in a decade.

        Notes to editors

        1. The Holm Cycling Club was founded in 1921.

        Methodology

        Pollsters asked 1,020 commuters by telephone between 4 and 9 May.

        Interview opportunities

        Ari Dahl is available for interview on weekdays.

        Images

        Photographs of the club's rides can be downloaded from its website.

        Media contacts

        Kim Berg

        Press officer

        0161 496 0000
        """);

    assertThat(f.result().markdown()).contains("One in three commuters in Holm", "had doubled in a decade");
    assertThat(f.body()).doesNotContain("Notes to editors",
        "founded in 1921", "Methodology", "Pollsters asked", "Interview opportunities", "available for interview", "Images",
        "can be downloaded", "Media contacts", "Kim Berg", "Press officer", "0161 496 0000");
    for (String note : List.of("Methodology", "Pollsters asked 1,020 commuters by telephone between 4 and 9 May.", "Images", "Kim Berg")) {
      assertThat(f.report()).as(note).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(note)
          && e.detail().contains("notes to editors"));
    }
  }

  /**
   * A release's notes written as prose under "Notes to editors", with no ENDS and no numbered notes:
   * an "About <Name>" sub-heading, a survey's method, "available on request", "For further
   * information", a "Method" or "Notes" sub-heading, or a line that is only the organisation's web
   * address shows they are a release's notes: the whole section is left out, each part named.
   */
  @Test
  void aReleasesNotesInProseWithASignOfNotesAreLeftOutWhole() {
    List<String> sections = List.of("""
        About the Holm Library Trust

        The Holm Library Trust is a registered charity that runs ten libraries in the county. It was founded in 1998.""", """
        The figures come from a survey of 2,012 adults carried out online by Pollworks between 1 and 8 December 2026.

        The Holm Library Trust is a registered charity that runs ten libraries in the county.""", """
        The Holm Library Trust is a registered charity that runs ten libraries in the county.

        Images of the new library are available on request.""", """
        The Holm Library Trust is a registered charity that runs ten libraries in the county.

        For further information visit the trust's website.""", """
        Method

        The trust counted the loans at each branch in November.""", """
        The Holm Library Trust is a registered charity that runs ten libraries in the county.

        www.holmlibrarytrust.org.uk""");
    for (String notes : sections) {
      ImportedFile f = ImportedFile.importText("""
          Council opens new library in Holm

          Holm council will open a new library on Thursday, the leader said.

          The building cost 4 million pounds and will hold 40,000 books.

          Notes to editors

          %s
          """.formatted(notes));

      assertThat(f.body()).as(notes).contains("The building cost 4 million pounds")
          .doesNotContain("Notes to editors", "registered charity", "Pollworks", "available on request", "counted the loans", "www.");
      for (String part : notes.split("\n\n")) {
        assertThat(f.report()).as(part).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(part.strip())
            && e.detail().contains("notes to editors"));
      }
    }
  }

  /**
   * A column's own "Notes to editors" subheading over prose that only mentions an "about", a web
   * address, a method or information in its sentences: no sign of a release's notes, all kept.
   */
  @Test
  void aColumnsNotesToEditorsProseThatOnlyMentionsTheNotesWordsStays() {
    ImportedFile f = ImportedFile.importText("""
        What the small print hides

        Town halls have learned that few reporters read a release to its last line.

        The caveats that matter are often at the very end.

        Notes to editors

        About a third of the releases I read last year hid a caveat there, at www.holm.gov.uk/news among others.

        Their method is simple: further information is put where nobody looks.

        Reporters should ask for the full figures, which are seldom offered.
        """);

    assertThat(f.report()).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    assertThat(f.body()).contains("## Notes to editors", "About a third of the releases", "Their method is simple", "seldom offered");
  }

  /**
   * After ENDS the release's story is over: a paragraph under "Notes to editors" is a note. Without
   * ENDS, a paragraph under the heading beside numbered notes may be the story's: kept, as unsure.
   */
  @Test
  void aParagraphUnderAReleasesNotesHeadingIsANoteAfterEndsAndKeptAsUnsureWithoutIt() {
    String release = """
        Holm library opens on Sundays

        Holm library will open on Sundays from March, the council said on Monday.

        The change follows a petition signed by 2,000 residents.
        %s
        Notes to editors

        The library was built in 1904 and holds 80,000 books.

        1. The petition was delivered in January.
        """;
    ImportedFile ended = ImportedFile.importText(release.formatted("\n-ends-\n"));
    ImportedFile open = ImportedFile.importText(release.formatted(""));

    assertThat(ended.body()).contains("The change follows a petition").doesNotContain("built in 1904", "petition was delivered");
    assertThat(ended.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED
        && e.leftOut().equals("The library was built in 1904 and holds 80,000 books."));
    assertThat(open.body()).contains("The library was built in 1904").doesNotContain("Notes to editors", "petition was delivered");
    assertThat(open.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.lines().equals(List.of(9))
        && e.detail().contains("'Notes to editors' heading that reads as the story's"));
  }

  private static final String MARKET_HEADLINE = "Harbour market opens on Saturday";
  private static final String MARKET_COPY = """
      The harbour market will open on Saturday with forty stalls, the town council said on Monday.

      Stallholders will pay no rent for the first month, the council said.
      """;

  @Test
  void aReleasesLabelAboveTheHeadlineIsLeftOutAndTheHeadlineIsTheTitle() {
    // helper-142: the label became the title and the headline under it a paragraph
    for (String label : List.of("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News release", "Media release:", "For immediate release.")) {
      for (String gap : List.of("\n\n", "\n")) {
        ImportedFile f = ImportedFile.importText(label + gap + MARKET_HEADLINE + "\n\n" + MARKET_COPY);
        String as = label + (gap.length() == 1 ? " right above the headline" : " and a blank line");

        assertThat(f.text("title")).as(as).isEqualTo(MARKET_HEADLINE);
        assertThat(f.body()).as(as).startsWith("The harbour market will open").doesNotContainIgnoringCase("release");
        assertThat(f.report()).as(as).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.lines().equals(List.of(1))
            && e.leftOut().equals(label) && e.detail().contains("label"));
      }
    }
    ImportedFile immediate = ImportedFile.importText("FOR IMMEDIATE RELEASE\n\n" + MARKET_HEADLINE + "\n\n" + MARKET_COPY);
    assertThat(immediate.report()).anyMatch(e -> e.leftOut().equals("FOR IMMEDIATE RELEASE") && e.detail().contains("no embargo"));
  }

  /** Pasted copy reads "Related:" and "Read more:" as a saved page does: a sentence after them is the story's, a title alone is furniture. */
  @Test
  void aRelatedOrReadMoreSentenceInPastedCopyIsStoryTextAndATitleAloneIsFurniture() {
    ImportedFile f = ImportedFile.importText(MARKET_HEADLINE + "\n\n" + MARKET_COPY
        + "\nRelated: the old market closed in 2019, when its roof failed.\n\nRead more: the stalls open on 12 December.\n\n"
        + "Read more: Harbour plans\n");

    assertThat(f.body()).contains("Related: the old market closed in 2019, when its roof failed.",
        "Read more: the stalls open on 12 December.").doesNotContain("Harbour plans");
    assertThat(f.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Read more: Harbour plans"));
  }

  /** A label under the headline, or an end marker naming the release, is no more the story's than one over it. */
  @Test
  void aReleasesLabelUnderTheHeadlineAndItsEndMarkerAreLeftOut() {
    for (String label : List.of("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News release")) {
      for (String end : List.of("PRESS RELEASE ENDS", "- ENDS -", "End of press release")) {
        ImportedFile f = ImportedFile.importText(MARKET_HEADLINE + "\n\n" + label + "\n\n" + MARKET_COPY + "\n" + end + "\n");
        String as = label + " / " + end;

        assertThat(f.text("title")).as(as).isEqualTo(MARKET_HEADLINE);
        assertThat(f.body()).as(as).startsWith("The harbour market will open").doesNotContainIgnoringCase("release").doesNotContain("ENDS");
        assertThat(f.report()).as(as).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(label) && e.detail().contains("label"));
        assertThat(f.report()).as(as).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(end));
      }
    }
    ImportedFile prose = ImportedFile.importText(MARKET_HEADLINE + "\n\nThe press release ends with a quote from the mayor.\n\n" + MARKET_COPY);
    assertThat(prose.text("standfirst") + "\n" + prose.body()).contains("The press release ends with a quote from the mayor.");
  }

  /**
   * Inside the copy only a press office's label in its own forms is left out: in capitals, or "Press release",
   * "News release", "Media release" (a colon after it or none) and "For immediate release". A story's subheading or
   * list item "Immediate release" (a hostage deal) and a hard-wrapped line "press release." or "for release." ending a
   * sentence are story text (helper-161 case-04, case-10: they were dropped, the paragraph cut in pieces).
   */
  @Test
  void aReleasesLabelInsideTheCopyIsLeftOutInAPressOfficesOwnFormsOnly() {
    for (String label : List.of("NEWS RELEASE", "MEDIA RELEASE", "FOR RELEASE", "FOR IMMEDIATE RELEASE:", "Press release",
        "Media release:", "For immediate release")) {
      ImportedFile f = ImportedFile.importText(MARKET_HEADLINE + "\n\n" + label + "\n\n" + MARKET_COPY);

      assertThat(f.body()).as(label).startsWith("The harbour market will open").doesNotContainIgnoringCase("release");
      assertThat(f.report()).as(label).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals(label) && e.detail().contains("label"));
    }
    for (String line : List.of("Immediate release", "For release", "- Immediate release")) {
      ImportedFile f = ImportedFile.importText("Hostage talks stall over prisoner list\n\n"
          + "Negotiators failed on Monday to agree which prisoners would be freed first, officials said.\n\n"
          + line + "\n\nThe families have demanded the immediate release of all captives before any further talks.\n");

      assertThat(f.body()).as(line).contains(line.replace("- ", ""), "The families have demanded");
      assertThat(f.report()).as(line).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    }
    for (String wrapped : List.of("according to its\npress release.", "the figures are held back\nfor release.")) {
      ImportedFile f = ImportedFile.importText("Council defends parking fines\n\n"
          + "The council said the fines were lawful and that it had explained them to drivers\n"
          + "in detail in a letter. It said 4,000 fines had been issued since June and\n"
          + "that most had been paid within a month, " + wrapped + "\n"
          + "A decision on refunds is due next week, the council said in a statement on Monday.\n");

      assertThat(f.text("standfirst") + "\n" + f.body()).as(wrapped).contains("paid within a month, " + wrapped.replace("\n", " "));
      assertThat(f.report()).as(wrapped).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
    }
    // over the headline the label's rule is as it was: a line that is only a label there is for editors
    ImportedFile above = ImportedFile.importText("Immediate release\n\n" + MARKET_HEADLINE + "\n\n" + MARKET_COPY);
    assertThat(above.text("title")).isEqualTo(MARKET_HEADLINE);
    assertThat(above.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.leftOut().equals("Immediate release"));
  }

  @Test
  void aReleasesLabelAndDateLineAboveTheHeadlineGiveTheDate() {
    for (String top : List.of("PRESS RELEASE\n6 December 2026\n", "PRESS RELEASE\n\n6 December 2026\n\n",
        "Media release: 6 December 2026\n\n", "Media release: 6 December 2026\n", "6 December 2026\n\n")) {
      ImportedFile f = ImportedFile.importText(top + MARKET_HEADLINE + "\n\n" + MARKET_COPY);

      assertThat(f.text("title")).as(top).isEqualTo(MARKET_HEADLINE);
      assertThat(f.body()).as(top).startsWith("The harbour market will open").doesNotContain("December");
      // the input's date, which --date (2021-10-18 here) overrides
      assertThat(f.report()).as(top).anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.field().equals("date")
          && e.values().equals(List.of("2026-12-06")));
      assertThat(f.report()).as(top).anyMatch(e -> e.detail().contains("the input gives the date 2026-12-06"));
    }
  }

  /** With no headline under the lines above it, the title is made from the lead, never from a label, date or byline that was left out. */
  @Test
  void aReleaseWithNoHeadlineTakesItsTitleFromTheLeadNotFromTheLabelOverIt() {
    String lead = "The county council will close the old river bridge for repairs, said its leader\n"
        + "Jane Smith, after engineers found cracks in two of its piers during a routine\nsurvey in the autumn.\n\n"
        + "The work will start in January and cost about 4 million pounds.\n";
    for (String top : List.of("PRESS RELEASE\n\n", "FOR IMMEDIATE RELEASE\n\n6 December 2026\n\n", "By Jane Doe\n\n")) {
      ImportedFile f = ImportedFile.importText(top + lead);

      assertThat(f.text("title")).as(top).isEqualTo("The county council will close the old river bridge for repairs, said…");
      assertThat(f.body()).as(top).startsWith("The county council will close").doesNotContain("RELEASE", "December");
      assertThat(f.report()).as(top).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.field().equals("title"));
    }
  }

  @Test
  void aBylineAboveTheHeadlineGivesTheAuthors() {
    for (String top : List.of("By Jane Doe\n\n", "By Jane Doe\n", "PRESS RELEASE\nBy Jane Doe\n\n")) {
      ImportedFile f = ImportedFile.importText(top + MARKET_HEADLINE + "\n\n" + MARKET_COPY);

      assertThat(f.text("title")).as(top).isEqualTo(MARKET_HEADLINE);
      assertThat(f.list("authors")).as(top).containsExactly("Jane Doe");
      assertThat(f.body()).as(top).startsWith("The harbour market will open").doesNotContain("Jane Doe");
    }
  }

  @Test
  void aHeadlineThatOpensWithALabelsWordsIsTheTitle() {
    for (String headline : List.of("Press release row grows as minister resigns", "Release of hostages delayed",
        "By the harbour, a new market opens", "News release times to change, council says", "PRESS RELEASE ERRORS COST COUNCIL")) {
      for (String gap : List.of("\n\n", "\n")) {
        ImportedFile f = ImportedFile.importText(headline + gap + MARKET_COPY);

        assertThat(f.text("title")).as(headline).isEqualTo(headline);
        assertThat(f.body()).as(headline).startsWith("The harbour market will open");
        assertThat(f.list("authors")).as(headline).isEmpty();
        assertThat(f.report()).as(headline).noneMatch(e -> e.kind() == ReportEntry.Kind.DROPPED);
      }
    }
  }
}
