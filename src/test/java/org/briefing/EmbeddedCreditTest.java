package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit and caption an agency embedded in a photo (IPTC, XMP) stand in for those a story leaves out, and the build says so. */
class EmbeddedCreditTest {
  @TempDir
  Path dir;

  static String story(String slug, String src, String credit) {
    return """
        -- content/stories/%s.md --
        ---
        title: Story %s
        date: 2021-10-18T15:20:00+02:00
        sources: [reuters]
        image:
          src: %s
          alt: Ferries at the quay
        %s---

        The ferry left the harbour at dawn.
        """.formatted(slug, slug, src, credit == null ? "" : "  credit: " + credit + "\n");
  }

  static List<String> warnings(TestSite site) {
    return site.warnings().stream().map(p -> p.format(site.dir()).replace(System.lineSeparator(), " | ")).toList();
  }

  @Test
  void aStoryWithoutACreditGetsTheFilesAndTheBuildSaysSo() throws Exception {
    byte[] agency = TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1), TaggedPhotos.Tags.agency("Agency", "Ferries wait at the quay."));
    byte[] iptcOnly = TaggedPhotos.tagged(TestImages.jpeg(600, 400, 2),
        new TaggedPhotos.Tags(0, false, null, null, "Wire Photos", "A quay in the rain.", "Jo Lee"));
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("xmp", "/images/agency.jpg", null)
        + story("iptc", "/images/iptc.jpg", null))
        .writeBytes("static/images/agency.jpg", agency).writeBytes("static/images/iptc.jpg", iptcOnly).build();

    assertThat(site.html("2021/10/18/story-xmp/").select(".lead-image figcaption").text())
        .isEqualTo("Ferries wait at the quay. Photo: Mari Tamm/Agency");
    assertThat(site.html("2021/10/18/story-iptc/").select(".lead-image figcaption").text())
        .isEqualTo("A quay in the rain. Photo: Jo Lee/Wire Photos");
    assertThat(site.html("2021/10/18/story-iptc/").select("script[type=application/ld+json]").html())
        .contains("\"creditText\":\"Jo Lee/Wire Photos\"");
    // the caption too: the editor may never have read it (it was published with no word)
    assertThat(warnings(site)).containsExactlyInAnyOrder(
        "content/stories/iptc.md:5: warning: the photo's credit is taken from its file: 'Jo Lee/Wire Photos' | "
            + "  hint: check it and write it under 'image:' as 'credit: Jo Lee/Wire Photos'; this warning then goes",
        "content/stories/xmp.md:5: warning: the photo's credit is taken from its file: 'Mari Tamm/Agency' | "
            + "  hint: check it and write it under 'image:' as 'credit: Mari Tamm/Agency'; this warning then goes",
        "content/stories/iptc.md:5: warning: the photo's caption is taken from its file: 'A quay in the rain.' | "
            + "  hint: check it and write it under 'image:' as 'caption: A quay in the rain.'; this warning then goes",
        "content/stories/xmp.md:5: warning: the photo's caption is taken from its file: 'Ferries wait at the quay.' | "
            + "  hint: check it and write it under 'image:' as 'caption: Ferries wait at the quay.'; this warning then goes");
  }

  /**
   * An agency's caption often ends with its notes to the editors who receive it; taken from the
   * file, they were published under the photo. The build stops (a draft warns) until the story
   * writes its caption.
   */
  @Test
  void aCaptionFromTheFileWithTheAgencysNotesToEditorsStopsTheBuild() throws Exception {
    String caption = "Ferries wait at the quay in Tallinn, Estonia, October 18, 2021. REUTERS/Mari Tamm "
        + "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.";
    byte[] agency = TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1), TaggedPhotos.Tags.agency("Agency", caption));
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("notes", "/images/agency.jpg", "Mari Tamm/Agency"))
        .writeBytes("static/images/agency.jpg", agency);
    assertThat(site.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("content/stories/notes.md:5: error: the photo's caption, taken from its file, holds the agency's notes to editors"
            + " ('ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY")
        .contains("write the caption under 'image:'");

    site.edit("content/stories/notes.md", "  alt: Ferries at the quay\n", "  alt: Ferries at the quay\n  caption: Ferries wait at the quay.\n")
        .build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.html("2021/10/18/story-notes/").select(".lead-image figcaption").text())
        .isEqualTo("Ferries wait at the quay. Photo: Mari Tamm/Agency");
    for (String note : List.of("EDITORS' NOTE: graphic content", "MANDATORY CREDIT", "FOR EDITORIAL USE ONLY", "TPX IMAGES OF THE DAY")) {
      assertThat(TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("notes", "/images/agency.jpg", "Mari Tamm/Agency"))
          .writeBytes("static/images/agency.jpg", TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1),
              TaggedPhotos.Tags.agency("Agency", "Ferries wait at the quay. " + note))).buildFails())
          .as(note).extracting(Problem::message).singleElement().asString().contains("notes to editors");
    }
  }

  /**
   * Embargoes, holds and usage restrictions are notes to editors too: published under the photo they
   * would tell readers what the agency told the desk. A caption's own words of the kind, in a
   * sentence's case, are the caption's.
   */
  @Test
  void aCaptionFromTheFileWithAnEmbargoHoldOrUsageRestrictionStopsTheBuild() throws Exception {
    for (String note : List.of("EMBARGOED UNTIL 0001 GMT OCTOBER 19", "NOT FOR PUBLICATION BEFORE NOON", "EDS NOTE: HOLD FOR RELEASE",
        "HOLD FOR RELEASE UNTIL 1500 GMT", "NO USE IN FRANCE.", "NO MOBILE USE", "NO ONLINE OR MOBILE USE")) {
      assertStopsTheBuild(note);
    }
    for (String caption : List.of("Protesters hold a banner reading Not for publication.", "The embargoed until recently port reopens.",
        "There was no use in waiting, he said.", "A sign reads No mobile use.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * An embargo is written in more ways than "EMBARGOED UNTIL": each of them, published under the
   * photo and in its JSON-LD, would put the desk's instructions before readers.
   */
  @Test
  void aCaptionFromTheFileThatHoldsItBackOrRestrictsItsSaleInOtherWordsStopsTheBuild() throws Exception {
    for (String note : List.of("DO NOT PUBLISH BEFORE 0001 GMT OCTOBER 20", "EMBARGOED FOR RELEASE AT 0001 GMT", "HOLD UNTIL 0001 GMT",
        "EMBARGO: 0600 CET", "NOT TO BE PUBLISHED BEFORE MONDAY", "NO THIRD PARTY SALES", "NO COMMERCIAL USE",
        "NO MARKETING OR ADVERTISING USE", "NO INTERNET/MOBILE USE", "EMBARGO UNTIL FURTHER NOTICE", "EMBARGOED UNTIL DELIVERY",
        "EMBARGOED UNTIL 0900GMT", "EMBARGOED UNTIL 6PM THURSDAY", "EMBARGOED UNTIL 21ST OCTOBER", "EMBARGOED UNTIL MIDDAY",
        "EMBARGOED - 0001 GMT OCTOBER 20", "EMBARGOED UNTIL: 0001 GMT", "EMBARGOED UNTIL TUE 0001 GMT", "EMBARGOED UNTIL AFTER DELIVERY")) {
      assertStopsTheBuild(note);
    }
  }

  /** A sign or banner in capitals that forbids some use is what the photo shows, not an agency's restriction. */
  @Test
  void aSignInCapitalsForbiddingAUseInACaptionFromTheFileIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("Students sit an exam under a sign reading NO MOBILE PHONE USE in Brussels, Belgium.",
        "Nurses pass a poster reading NO DRUG USE at the clinic.", "A hall with a notice: NO CELL PHONE USE BEYOND THIS POINT.",
        "A placard reading ARMS EMBARGO: NOW! is held up outside the council.", "A front page says EU ARMS EMBARGO TO STAY.",
        "A placard reading END THE EMBARGO TOMORROW is held up outside the council.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * The agencies' other restrictions and flags for the desk (AFP's, AP's "TV OUT", Getty's and
   * Reuters' "BESTPIX", dpa's "Sperrfrist") would be published under the photo and in its JSON-LD
   * as well; each stops the build, and the error quotes it from its first word.
   */
  @Test
  void aCaptionFromTheFileWithAnAgencysRestrictionFlagOrSperrfristStopsTheBuild() throws Exception {
    for (String note : List.of("NOT FOR MARKETING OR ADVERTISING CAMPAIGNS", "RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT",
        "NO MARKETING - NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS", "DISTRIBUTED AS A SERVICE TO CLIENTS",
        "EDITORIAL USE ONLY.", "TV OUT", "ONLINE OUT", "LOCAL TELEVISION OUT; LOCAL INTERNET OUT", "MAGS OUT, TV OUT",
        "MANDATORY CREDIT", "***BESTPIX***", "BESTPIX", "BEST QUALITY AVAILABLE", "THIS PICTURE WAS SUPPLIED BY A THIRD PARTY.",
        "Sperrfrist: 19. Oktober 2021, 00:01 Uhr", "SPERRFRIST 19.10.2021 00:01 UHR", "ACHTUNG: Sperrfrist bis 18 Uhr!")) {
      assertStopsTheBuild(note);
    }
  }

  /** Signs, chants and captions that look like those restrictions are what the photo shows. */
  @Test
  void aSignOrSentenceLikeAnAgencysRestrictionOrFlagIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("A shop window reads BEST QUALITY AVAILABLE HERE in Leeds.", "Fans chant TORIES OUT outside the hall.",
        "A sign reading TV OUT OF ORDER hangs in the lobby.", "A billboard reading OUR NHS IS NOT FOR SALE is put up.",
        "A letterbox carries a sticker reading NO ADVERTISING.", "A gate marked RESTRICTED AREA at the port.",
        "Marketing campaigns are restricted to editorial use, the minister said.",
        "Die Sperrfrist von drei Jahren endet am 19. Oktober.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * A placard or front page about an embargo names a length, a year or asks a question: no moment
   * the picture is held until. Every agency's embargo still stops the build.
   */
  @Test
  void aPlacardNamingAnEmbargosLengthOrYearOrAskingAboutItIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("A placard reading EMBARGO: 60 YEARS TOO MANY is held up in Havana.",
        "A front page says EU EMBARGO TO 2025 AGREED.", "A banner reads EMBARGO UNTIL FURTHER NOTICE? NO!",
        "Farmers carry a sign reading EMBARGO FOR 3 MONTHS? WE WILL STARVE.")) {
      assertPublishedAsTheCaption(caption);
    }
    for (String note : List.of("EMBARGOED UNTIL 0001 HOURS GMT", "EMBARGOED UNTIL 2030 GMT", "EMBARGOED UNTIL 2000 NEW YORK TIME",
        "EMBARGOED UNTIL 2000", "EMBARGO TO 2030 ON OCTOBER 20", "EMBARGOED UNTIL 20 OCTOBER 2021", "EMBARGOED UNTIL 2 P.M. ET",
        "EMBARGOED UNTIL 0001 GMT OCTOBER 20. WHAT WILL THE MINISTERS DO?")) {
      assertStopsTheBuild(note);
    }
  }

  /**
   * Four digits before TONIGHT, TODAY, TOMORROW, a day or a date are the time of day an embargo
   * holds the picture until, whatever the digits ("2000" could be a year); a year followed by a
   * word that only begins like a day, a month or a time zone ("2030 DECIDED", "2030 SET") stays a year.
   */
  @Test
  void anEmbargoUntilFourDigitsAndTonightTodayOrADayStopsTheBuildWhateverTheDigits() throws Exception {
    for (String note : List.of("EMBARGOED UNTIL 2000 TONIGHT", "EMBARGOED UNTIL 2030 TODAY", "EMBARGOED UNTIL 1930 TOMORROW",
        "EMBARGOED UNTIL 2000 THIS EVENING", "EMBARGOED UNTIL 2015 WEDNESDAY 20 OCTOBER", "EMBARGOED UNTIL 0001 TUESDAY",
        "EMBARGO 2359 GMT SUNDAY", "EMBARGOED UNTIL 2000 CEST", "EMBARGOED UNTIL 2000 SEPT. 20")) {
      assertStopsTheBuild(note);
    }
    for (String caption : List.of("A front page says EU ARMS EMBARGO TO 2030 DECIDED.", "A front page says EU EMBARGO TO 2030 SET BY BRUSSELS.",
        // "… TO 2030 SET." with only punctuation after it now counts as a time (helper-146: safety first, a false error costs a caption)
        "A front page reads OIL EMBARGO TO 2030 TODAY'S TOP STORY.", "A placard reads EMBARGO UNTIL 2030 TONIGHT? NEVER!")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * Four digits before any time zone's abbreviation (two to four letters ending in T, as "GST", "EAT",
   * "WAT", "HST", "AKST") or a day's ("WEDS", "THURS", "TUES") are an embargo's time of day; a year
   * followed by an English word of that shape and more words ("2030 CUT BY HALF", "2030 AT LEAST") stays a year.
   */
  @Test
  void anEmbargoUntilFourDigitsAndAnyTimeZoneOrDaysAbbreviationStopsTheBuild() throws Exception {
    for (String note : List.of("EMBARGOED UNTIL 2000 GST", "EMBARGOED UNTIL 2000 EAT", "EMBARGOED UNTIL 1900 WAT",
        "EMBARGOED UNTIL 1900 HST", "EMBARGOED UNTIL 1900 AKST", "EMBARGOED UNTIL 2000 WEDS", "EMBARGOED UNTIL 2000 THURS",
        "EMBARGO: 2000 PKT", "EMBARGO 2000 GST")) {
      assertStopsTheBuild(note);
    }
    for (String caption : List.of("A front page says EU EMBARGO TO 2030 MARKS A SHIFT.", "A front page says OIL EMBARGO TO 2030 SUNK.",
        "A front page says EU EMBARGO TO 2030 CUT BY HALF.", // "2030 CUT." alone is a time now (helper-146) "A front page reads EU EMBARGO TO 2030 AT LEAST.",
        "A front page says EU EMBARGO TO 2030 MOST LIKELY.", "A front page says EU ARMS EMBARGO TO 2030 PACT SIGNED.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * Four digits before any two to five capitals ending in T or a listed zone ("IDT", "COT", "PET",
   * "VET", "MEZ", "MESZ") are an embargo's time, whatever follows; the zones that are English words
   * ("EAT") with a date after them, "ON" or not (helper-144 case-01).
   */
  @Test
  void anEmbargoUntilFourDigitsAndAnyZoneBeforeADateOrOtherWordsStopsTheBuild() throws Exception {
    for (String note : List.of("EMBARGOED UNTIL 2000 EAT ON OCTOBER 20", "EMBARGOED UNTIL 2000 IDT OCTOBER 20", "EMBARGOED UNTIL 1900 COT",
        "EMBARGOED UNTIL 1900 PET ON TUESDAY", "EMBARGOED UNTIL 2000 VET", "EMBARGOED UNTIL 2000 MEZ", "EMBARGO 2000 MESZ",
        "EMBARGOED UNTIL 2000 WIB", "EMBARGOED UNTIL 2000 ACWST", "EMBARGOED UNTIL 2000 XYZT LOCAL")) {
      assertStopsTheBuild(note);
    }
    // the price of safety: a headline's English word with nothing after it reads as a zone
    assertStopsTheBuildQuoting("A front page says EU EMBARGO TO 2030 SET.", "EMBARGO TO 2030 SET.");
    assertStopsTheBuildQuoting("A cartoon in the paper reads EU EMBARGO TO 2030 KNOT.", "EMBARGO TO 2030 KNOT.");
    for (String caption : List.of("A front page says EU EMBARGO TO 2030 SET BY BRUSSELS.", "A mural reads CUBAN EMBARGO 1962 EAT THE RICH",
        "A front page says OIL EMBARGO TO 2030 MOST LIKELY TO STAND.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * The zones that are English words ("EAT", "WEST", "WET", "CAT", "ART") count before any form of a
   * date, "ON" or not, either order ("ON 21 OCTOBER", "ON 21 OCTOBER 2021", "ON THE 21ST", "THE 21ST"), and
   * before tonight, today and tomorrow (helper-148 case-02: all were published); the other English words
   * of that shape keep to punctuation, a day or a date ("2030 SET TODAY" is a headline's).
   */
  @Test
  void anEmbargoUntilFourDigitsAndAZoneThatIsAWordBeforeAnyDateOrTonightStopsTheBuild() throws Exception {
    for (String note : List.of("EMBARGOED UNTIL 2100 EAT ON 21 OCTOBER", "EMBARGOED UNTIL 1800 WEST ON 21 OCTOBER 2021",
        "EMBARGOED UNTIL 2100 EAT TONIGHT", "EMBARGOED UNTIL 2100 CAT TODAY", "EMBARGOED UNTIL 0900 WAT TOMORROW",
        "EMBARGOED UNTIL 0900 WET TOMORROW", "EMBARGOED UNTIL 2100 EAT ON THE 21ST", "EMBARGOED UNTIL 2100 EAT THE 21ST",
        "EMBARGOED UNTIL 2000 ART ON 21/10")) {
      assertStopsTheBuild(note);
    }
    for (String caption : List.of("A front page says EU EMBARGO TO 2030 SET TODAY BY BRUSSELS.",
        "A mural reads CUBAN EMBARGO 1962 EAT THE RICH TODAY",
        "A front page says OIL EMBARGO TO 2030 WEST ON THE BRINK.", "A placard reads ARMS EMBARGO 1962 CAT ON A HOT TIN ROOF")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * A time zone after four digits is one of the real zones' abbreviations ("SAST", "AEST", "PDT",
   * "NZDT"); a headline's English word ending in T after a year with more words after it ("2030 SHOT
   * DOWN", "2030 KNOT TIGHTENS", "1962 RIFT DEEPENS") names no zone. The zones that are English words ("WEST", "EAT", "WET") count with nothing but
   * punctuation, a day or a date after them.
   */
  @Test
  void aYearBeforeAWordEndingInTThatIsNoTimeZoneIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("A front page in Budapest says EU OIL EMBARGO TO 2030 SHOT DOWN BY HUNGARY.",
        // "2030 KNOT.", "1962 RIFT." and "2030 FLOAT." with only punctuation after them count as a time now (helper-146: a word of
        // two to five letters ending in T is a zone unless it is a listed English word with more words after it)
        "A cartoon in the paper reads EU EMBARGO TO 2030 KNOT TIGHTENS.", "A mural in Havana reads CUBAN EMBARGO 1962 RIFT DEEPENS.",
        "A placard reads END THE EMBARGO 1962 BLIGHT", "A front page says EU EMBARGO TO 2030 WEST DIVIDED.",
        "A poster in the hall reads OIL EMBARGO TO 2030 ADRIFT.")) {
      assertPublishedAsTheCaption(caption);
    }
    for (String note : List.of("EMBARGOED UNTIL 2000 SAST TUESDAY", "EMBARGOED UNTIL 0001 AEST", "EMBARGO 2359 PDT",
        "EMBARGOED UNTIL 2000 NZDT", "EMBARGOED UNTIL 1900 WEST", "EMBARGOED UNTIL 1900 WEST TUESDAY", "EMBARGO 2000 EAT.",
        "EMBARGOED UNTIL 0900 IST", "EMBARGOED UNTIL 2000 BRT")) {
      assertStopsTheBuild(note);
    }
  }

  /**
   * AP's "TV OUT", "ONLINE OUT" are flags at the end of a caption, alone after a full stop, a dash or
   * the credit's bracket, often with other flags; a sign reading the same words is quoted in a
   * sentence ("a banner reading STATE TV OUT") or has more words after it ("INTERNET OUT - CASH ONLY").
   */
  @Test
  void aSignReadingTvOrInternetOutWithMoreWordsAfterItIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("A sign reading INTERNET OUT - CASH ONLY is taped to a shop door in Havana, July 12, 2021.",
        "Protesters carry a banner reading STATE TV OUT, WE WANT THE TRUTH outside the RTS building in Belgrade.",
        "INTERNET OUT - CASH ONLY, reads a sign on a shop door in Havana.", "Fans chant TV OUT, TV OUT outside the station.",
        "A sign reading WEB OUT. PHONES OUT. is taped to the counter.")) {
      assertPublishedAsTheCaption(caption);
    }
    for (String note : List.of("TV OUT - NO SALES", "INTERNET OUT. MANDATORY CREDIT", "TV OUT, INTERNET OUT, MAGS OUT.",
        "ONLINE OUT - NO ARCHIVES")) {
      assertStopsTheBuild(note);
    }
    assertStopsTheBuildQuoting("Fans wave flags in Belgrade, Serbia, Dec. 30, 2021. (AP Photo/Jo Lee) MAGS OUT", "MAGS OUT");
    assertStopsTheBuildQuoting("Fans wave flags in Belgrade. (AP Photo/Jo Lee) MANDATORY CREDIT; TV OUT", "MANDATORY CREDIT; TV OUT");
  }

  /**
   * AP writes a member paper's own flag ("SAN DIEGO UNION-TRIBUNE OUT") after its flags: it is part
   * of the notes. A sign with more words after the same capitals is the caption's own.
   */
  @Test
  void aMemberPapersOwnOutFlagAfterApsFlagIsPartOfTheNotes() throws Exception {
    assertStopsTheBuildQuoting("Crews clear a road in Escondido, Calif., Oct. 19, 2021. (Jo Lee/The San Diego Union-Tribune via AP) "
        + "LOCAL TV OUT; SAN DIEGO UNION-TRIBUNE OUT", "LOCAL TV OUT; SAN DIEGO UNION-TRIBUNE OUT");
    assertStopsTheBuildQuoting("Pupils board a bus in Rogers, Ark., Oct. 19, 2021. (Jo Lee/The Arkansas Democrat-Gazette via AP) "
        + "MAGS OUT; NORTHWEST ARKANSAS OUT", "MAGS OUT; NORTHWEST ARKANSAS OUT");
    assertStopsTheBuildQuoting("Fans leave the stadium in St. Louis, Oct. 19, 2021. (Jo Lee/St. Louis Post-Dispatch via AP) "
        + "LOCAL TV OUT; ST. LOUIS POST-DISPATCH OUT; NO SALES", "LOCAL TV OUT; ST. LOUIS");
    for (String caption : List.of("A pub in Leeds, Oct. 19, 2021. TV OUT, TORIES OUT, reads a poster in its window.",
        "Strikers outside the depot in Leeds. INTERNET OUT - STAFF OUT TOO reads their banner.",
        "Fans outside the studio in Leeds. TV OUT; TORIES OUT; SAVE OUR NHS are among their placards.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * A member paper's flag after AP's follows a semicolon or names a paper ("LOCAL TV OUT, BOSTON GLOBE
   * OUT"); a chant of several "… OUT" in capitals after a comma ("chant MINISTER OUT, TV OUT, LIARS OUT")
   * is the caption's own, and so is a flag after a comma in a sentence that chants, shouts or reads it.
   */
  @Test
  void aChantOfSeveralOutsAfterACommaIsTheCaptionsOwnAndAPapersFlagNamesAPaper() throws Exception {
    for (String caption : List.of("Demonstrators outside the broadcaster in Belgrade, Oct. 19, 2021, chant MINISTER OUT, TV OUT, LIARS OUT",
        "Students outside the studio in Leeds shout BOSSES OUT, TV OUT, CENSORS OUT.",
        "Strikers outside the depot in Leeds, Oct. 19, 2021, chant MANAGERS OUT, TV OUT",
        "A banner in Belgrade reads THIEVES OUT, TV OUT")) {
      assertPublishedAsTheCaption(caption);
    }
    assertStopsTheBuildQuoting("Fans leave the park in Boston, Oct. 19, 2021. (Jo Lee/The Boston Globe via AP) LOCAL TV OUT, BOSTON GLOBE OUT",
        "LOCAL TV OUT, BOSTON GLOBE OUT");
    assertStopsTheBuildQuoting("Fog over the bay in Novato, Calif. (Jo Lee/Marin Independent Journal via AP) LOCAL TV OUT, MARIN IJ OUT",
        "LOCAL TV OUT, MARIN IJ OUT");
    assertStopsTheBuildQuoting("Fans sing in Leeds, Oct. 19, 2021. (AP Photo/Jo Lee) MAGS OUT, TV OUT", "MAGS OUT, TV OUT");
    assertStopsTheBuildQuoting("Fans sing in Tulsa, Oklahoma, October 19, 2021, TV OUT", "TV OUT");
    assertStopsTheBuildQuoting("Fans chant in Tulsa, Oklahoma, October 19, 2021, TV OUT; TULSA WORLD OUT", "TV OUT; TULSA WORLD OUT");
  }

  /**
   * AP writes its own flag first, a member paper's after it: an AP flag after a comma behind another
   * "… OUT" in capitals is in a chant or a slogan, with or without a verb before it ("with chants of RTS
   * OUT, TV OUT, VUCIC OUT", "with placards: FICO OUT, TV OUT", helper-148 case-03: a false error since
   * 5e8036c), when the run is inside the sentence, after its lower-case words. AP's flag that opens the
   * run still stops the build, and so does one in a run where flags stand (see the test below).
   */
  @Test
  void anApFlagAfterAnotherOutAndACommaIsAChantsWithOrWithoutAVerb() throws Exception {
    for (String caption : List.of("Students block the gates of the broadcaster in Novi Sad, with chants of RTV OUT, TV OUT, MINISTER OUT",
        "Crowds outside the broadcaster in Kosice, Slovakia, with placards: PREMIER OUT, TV OUT, LIARS OUT",
        "Marchers head for the broadcaster in Batumi, Georgia, under the slogan PARTY OUT, TV OUT, OLIGARCH OUT.",
        "Crowds outside the studio in Leeds with banners BOSSES OUT, TV OUT")) {
      assertPublishedAsTheCaption(caption);
    }
    assertStopsTheBuildQuoting("A storm over Tulsa, Okla., Oct. 19, 2021. (Jo Lee/The Oklahoman via AP) "
        + "TV OUT, THE OKLAHOMAN OUT, MAGS OUT",
        "TV OUT, THE OKLAHOMAN OUT, MAGS OUT");
    assertStopsTheBuildQuoting("Fans sing in Leeds, Oct. 19, 2021.\nLOCAL TV OUT, NORTHWEST ARKANSAS OUT",
        "LOCAL TV OUT, NORTHWEST ARKANSAS OUT");
    assertStopsTheBuildQuoting("Fans sing in Leeds, Oct. 19, 2021. REUTERS/Jo Lee TV OUT, MAGS OUT", "TV OUT, MAGS OUT");
  }

  /**
   * A run of "… OUT" in capitals where an agency puts its flags (after the credit's bracket, at the
   * caption's or a line's start, after a full stop) is a flag run: AP's flag in it stops the build
   * whatever opens it, as a member photo's caption puts the paper's own flag first (helper-152 case-02,
   * published since e11acc4), and the notes begin with the run. Only a run inside a sentence, after its
   * lower-case words, is a chant's or a placard's, parted by commas or dashes.
   */
  @Test
  void anApFlagInARunWhereFlagsStandStopsTheBuildWhateverOutOpensIt() throws Exception {
    assertStopsTheBuildQuoting("Crews at a fire in Lenexa, Kan., Oct. 19, 2021. (Jo Lee/The Kansas City Star via AP) "
        + "THE KANSAS CITY STAR OUT, MAGS OUT, TV OUT", "THE KANSAS CITY STAR OUT, MAGS OUT, TV OUT");
    assertStopsTheBuildQuoting("Skaters on the lake in Roseville, Minn. (Jo Lee/Star Tribune via AP) "
        + "ST. PAUL PIONEER PRESS OUT, MAGS OUT, TWIN CITIES LOCAL TV OUT", "ST. PAUL PIONEER PRESS OUT, MAGS OUT");
    assertStopsTheBuildQuoting("Skaters on the lake in Roseville, Minn. (Jo Lee/Star Tribune via AP) "
        + "ST. PAUL PIONEER PRESS OUT, TWIN CITIES LOCAL TV OUT", "ST. PAUL PIONEER PRESS OUT, TWIN CITIES LOCAL TV OUT");
    assertStopsTheBuildQuoting("Voters queue in Gastonia, N.C., Oct. 19, 2021. (Jo Lee/The Charlotte Observer via AP) "
        + "NORTHWEST ARKANSAS OUT, LOCAL TV OUT", "NORTHWEST ARKANSAS OUT, LOCAL TV OUT");
    assertStopsTheBuildQuoting("A storm over Tulsa, Okla. (Jo Lee/The Oklahoman via AP) THE OKLAHOMAN OUT - MAGS OUT - TV OUT",
        "THE OKLAHOMAN OUT - MAGS OUT - TV OUT");
    assertStopsTheBuildQuoting("Voters queue in Gastonia, N.C., Oct. 19, 2021.\nTHE CHARLOTTE OBSERVER OUT, LOCAL TV OUT",
        "THE CHARLOTTE OBSERVER OUT, LOCAL TV OUT");
    assertStopsTheBuildQuoting("Voters queue in Gastonia, N.C., Oct. 19, 2021. THE CHARLOTTE OBSERVER OUT, MAGS OUT",
        "THE CHARLOTTE OBSERVER OUT, MAGS OUT");
    assertStopsTheBuildQuoting("THE CHARLOTTE OBSERVER OUT, MAGS OUT", "THE CHARLOTTE OBSERVER OUT, MAGS OUT");
    assertStopsTheBuildQuoting("Students rally across the EU. RTS OUT, TV OUT", "RTS OUT, TV OUT");
    assertStopsTheBuildQuoting("Voters queue in Gastonia, N.C., Oct. 19, 2021 - THE CHARLOTTE OBSERVER OUT; TV OUT",
        "THE CHARLOTTE OBSERVER OUT; TV OUT");
    for (String caption : List.of("Students march on the broadcaster in Novi Sad chanting RTV OUT \u2013 TV OUT \u2013 MINISTER OUT",
        "Crowds outside the broadcaster in Kosice, Slovakia, with placards: PREMIER OUT - TV OUT - LIARS OUT",
        "Marchers head for the broadcaster in Batumi, Georgia, under the slogan \u201cPARTY OUT \u2014 TV OUT \u2014 OLIGARCH OUT\u201d",
        "Protesters chant PREMIER OUT \u2013 TV OUT \u2013 LIARS OUT in Kosice, Slovakia.",
        "Crowds outside the studio in Leeds with banners BOSSES OUT - MAGS OUT")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * AP's flag where a flag stands stops the build whatever AP writes after it: a member paper's flag
   * after a comma that names no word of a paper ("NORTHWEST ARKANSAS OUT", "THE OKLAHOMAN OUT"), a
   * bracket of stations by brands no list knows ("WUSA9", "NY1", "NECN"). Only a chant or a sign with
   * ordinary words after it ({@link #aSignReadingTvOrInternetOutWithMoreWordsAfterItIsTheCaptionsOwn})
   * stays the caption's own (helper-144 case-01).
   */
  @Test
  void anApFlagStopsTheBuildWhateverPapersFlagOrBracketOfCapitalsFollowsIt() throws Exception {
    assertStopsTheBuildQuoting("Players warm up in Little Rock, Ark., Oct. 19, 2021. (Jo Lee/Northwest Arkansas Democrat-Gazette via AP) "
        + "LOCAL TV OUT, NORTHWEST ARKANSAS OUT", "LOCAL TV OUT, NORTHWEST ARKANSAS OUT");
    assertStopsTheBuildQuoting("A storm over Tulsa, Okla., Oct. 19, 2021. (Jo Lee/The Oklahoman via AP) MAGS OUT, THE OKLAHOMAN OUT",
        "MAGS OUT, THE OKLAHOMAN OUT");
    assertStopsTheBuildQuoting("Crowds on the Mall in Washington, Oct. 19, 2021. (AP Photo/Jo Lee) LOCAL TV OUT (WUSA9, WTTG, FOX5)",
        "LOCAL TV OUT (WUSA9, WTTG, FOX5)");
    assertStopsTheBuildQuoting("Snow in Queens, N.Y., Oct. 19, 2021. (AP Photo/Jo Lee) LOCAL TELEVISION OUT (NY1, PIX11); NO SALES",
        "LOCAL TELEVISION OUT (NY1, PIX11); NO SALES");
    assertStopsTheBuildQuoting("Fans in Boston, Oct. 19, 2021. (AP Photo/Jo Lee) LOCAL TV OUT (NECN, BOSTON 25)", "LOCAL TV OUT (NECN");
    for (String caption : List.of("Strikers in Leeds, Oct. 19, 2021, shout BOSSES OUT, TV OUT, THE OKLAHOMAN OUT",
        "A bar in Leeds. TV OUT, NORTHWEST ARKANSAS OUT, says a card on the screen.", "A shop in Leeds. TV OUT (NY1) UNTIL FRIDAY, says a card.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * AP lists in brackets the stations a LOCAL TELEVISION OUT keeps the picture from; the list is part
   * of the flag. A sign's words in brackets with more words after them are the caption's own.
   */
  @Test
  void anApFlagWithTheStationsItNamesInBracketsStopsTheBuild() throws Exception {
    assertStopsTheBuildQuoting("Hail covers a street in Marietta, Ga., Oct. 19, 2021. (Jo Lee/Atlanta Journal-Constitution via AP) "
        + "LOCAL TELEVISION OUT (WXIA, WGCL, FOX 5)", "LOCAL TELEVISION OUT (WXIA, WGCL, FOX 5)");
    assertStopsTheBuildQuoting("Fog over the bay in Oakland, Calif., Oct. 19, 2021. (Jo Lee/East Bay Times via AP) "
        + "LOCAL TV OUT (KTVU FOX 2); MARIN IJ OUT", "LOCAL TV OUT (KTVU FOX 2); MARIN IJ OUT");
    assertStopsTheBuildQuoting("Fans in Atlanta. (AP Photo/Jo Lee) LOCAL TELEVISION OUT (WSB-TV, 11ALIVE) - NO SALES",
        "LOCAL TELEVISION OUT (WSB-TV");
    assertStopsTheBuildQuoting("Fans cheer in Oakland, Calif., Oct. 19, 2021. (Jo Lee/Bay Area News Group via AP) "
        + "LOCAL TV OUT (KTVU FOX 2, KRON 4, NBC Bay Area)", "LOCAL TV OUT (KTVU FOX 2, KRON 4, NBC Bay Area)");
    assertStopsTheBuildQuoting("Fans in San Jose, Calif. (Jo Lee/Bay Area News Group via AP) LOCAL TELEVISION OUT (Telemundo 48, "
        + "KPIX CBS News Bay Area); MARIN IJ OUT", "LOCAL TELEVISION OUT (Telemundo 48, KPIX CBS News Bay Area); MARIN IJ OUT");
    assertStopsTheBuildQuoting("Hail in Marietta, Ga., Oct. 19, 2021. (Jo Lee/Atlanta Journal-Constitution via AP) LOCAL TELEVISION OUT "
        + "(WXIA, WGCL, FOX 5); LOCAL PRINT OUT (ATLANTA JOURNAL-CONSTITUTION)", "LOCAL TELEVISION OUT (WXIA, WGCL, FOX 5); LOCAL PRINT OUT");
    // a flag with any bracket of capitals and nothing after it stops the build since helper-146 (these signs published
    // since 88f9487): a false error costs the editor a caption, a flag published cannot be taken back
    assertStopsTheBuildQuoting("A shop in Caracas, Oct. 19, 2021\nTV OUT (SORRY)", "TV OUT (SORRY)");
    assertStopsTheBuildQuoting("A shop window in Havana, Oct. 19, 2021.\nINTERNET OUT (NO WIFI)", "INTERNET OUT (NO WIFI)");
    assertStopsTheBuildQuoting("A kiosk in Leeds, Oct. 19, 2021. INTERNET OUT (WORK IN PROGRESS)", "INTERNET OUT (WORK IN PROGRESS)");
    for (String caption : List.of("A cafe in Havana, July 12, 2021. INTERNET OUT (SORRY) reads the note on its door.",
        "A bar in Leeds. TV OUT (SKY, BT) UNTIL FRIDAY, says a card on the screen.",
        "A hotel lobby in Leeds. TV OUT (ask at reception) reads a card on the screen.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * AP's flag on a line of its own under a caption whose last sentence has no full stop is a flag;
   * a line that opens with the same words and goes on is a sign's or a sentence's.
   */
  @Test
  void aTvOutFlagOnALineOfItsOwnStopsTheBuild() throws Exception {
    assertStopsTheBuildQuoting("NATO ministers gather in Brussels, October 19, 2021\nTV OUT", "TV OUT");
    assertStopsTheBuildQuoting("Ministers gather in Brussels, October 19, 2021\nMAGS OUT; ONLINE OUT", "MAGS OUT; ONLINE OUT");
    assertStopsTheBuildQuoting("Ministers gather in Brussels, October 19, 2021\r\nLOCAL TV OUT", "LOCAL TV OUT");
    for (String caption : List.of("Protesters march on the broadcaster in Belgrade\nTV OUT, WE WANT THE TRUTH, their banner reads.",
        "A cafe in Havana, July 12, 2021\nINTERNET OUT - CASH ONLY reads the sign on its door.",
        "A shop in Leeds\nTV OUT OF ORDER, says a note on the screen.")) {
      assertPublishedAsTheCaption(caption);
    }
  }

  /**
   * dpa's Sperrfrist is a line of its own or opens the caption or its last part ("Sperrfrist: …",
   * "SPERRFRIST …", "ACHTUNG: Sperrfrist …", after dpa's credit); a Sperrfrist inside a German
   * sentence ("Die Sperrfrist bis 30. Juni gilt …", a share lock-up) is the caption's own.
   */
  @Test
  void aSperrfristInsideAGermanSentenceIsTheCaptionsOwn() throws Exception {
    for (String caption : List.of("Aktionäre vor der Hauptversammlung in Stuttgart. Die Sperrfrist bis 30. Juni gilt für alle Altaktionäre.",
        "Für Altaktionäre gilt eine Sperrfrist bis 30. Juni, sagt der Vorstand.", "Nach der Sperrfrist bis 18 Uhr dürfen Händler wieder verkaufen.",
        "Anleger in Frankfurt, deren Sperrfrist am 30. Juni endet.")) {
      assertPublishedAsTheCaption(caption);
    }
    for (String note : List.of("Sperrfrist: 19. Oktober 2021, 00:01 Uhr", "SPERRFRIST 19.10.2021 00:01 UHR", "ACHTUNG: Sperrfrist bis 18 Uhr!")) {
      assertStopsTheBuild(note);
    }
    assertStopsTheBuildQuoting("Minister in Tallinn - Sperrfrist bis 18 Uhr", "Sperrfrist bis 18 Uhr");
    assertStopsTheBuildQuoting("Sperrfrist: 19. Oktober 2021, 00:01 Uhr\nMinister in Tallinn.", "Sperrfrist: 19. Oktober 2021");
    assertStopsTheBuildQuoting("Minister in Tallinn.\nSperrfrist bis 20. Oktober 2021, 00:01 Uhr", "Sperrfrist bis 20. Oktober");
    assertStopsTheBuildQuoting("Minister in Tallinn\nSperrfrist bis 18 Uhr", "Sperrfrist bis 18 Uhr");
    assertStopsTheBuildQuoting("Minister in Tallinn. Foto: Mari Tamm/dpa Sperrfrist bis 18 Uhr", "Sperrfrist bis 18 Uhr");
  }

  /** A build whose story shows a photo whose file's caption ends in {@code note} fails, naming the note. */
  private void assertStopsTheBuild(String note) throws Exception {
    assertStopsTheBuildQuoting("Ministers meet in Tallinn. " + note, note.substring(0, Math.min(10, note.length())));
  }

  /** A build whose story shows a photo whose file's caption is {@code caption} fails, quoting its notes from {@code quoted}. */
  private void assertStopsTheBuildQuoting(String caption, String quoted) throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("notes", "/images/agency.jpg", "Mari Tamm/Agency"))
        .writeBytes("static/images/agency.jpg", TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1), TaggedPhotos.Tags.agency("Agency", caption)));
    assertThat(site.buildFails()).as(caption).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("content/stories/notes.md:5: error: the photo's caption, taken from its file, holds the agency's notes to editors ('"
            + quoted);
  }

  /** A build whose story shows a photo whose file's caption is {@code caption} publishes it under the photo. */
  private void assertPublishedAsTheCaption(String caption) throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("notes", "/images/agency.jpg", "Mari Tamm/Agency"))
        .writeBytes("static/images/agency.jpg", TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1),
            TaggedPhotos.Tags.agency("Agency", caption)))
        .build();
    assertThat(site.html("2021/10/18/story-notes/").select(".lead-image figcaption").text()).as(caption)
        .startsWith(caption.replaceAll("\\s+", " "));
  }

  /**
   * An agency whose name opens with a label's word ("picture alliance", "Fotogramma", "Photoshot") keeps its whole name when
   * the file's photographer is put before it; its start was cut ("Mari Tamm/alliance"), in the hint too.
   */
  @Test
  void anAgencyWhoseNameOpensWithALabelsWordKeepsItWhenJoinedToThePhotographer() throws Exception {
    List<String> credits = List.of("picture alliance", "Fotogramma", "Photoshot", "Photo: Nordic Images");
    StringBuilder stories = new StringBuilder();
    for (int i = 0; i < credits.size(); i++) {
      stories.append(story("s" + i, "/images/p" + i + ".jpg", null));
    }
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + stories);
    for (int i = 0; i < credits.size(); i++) {
      site.writeBytes("static/images/p" + i + ".jpg", TaggedPhotos.tagged(TestImages.jpeg(600, 400, i + 1),
          new TaggedPhotos.Tags(0, false, null, null, credits.get(i), null, "Mari Tamm")));
    }
    site.build();
    List<String> expected = List.of("Mari Tamm/picture alliance", "Mari Tamm/Fotogramma", "Mari Tamm/Photoshot", "Mari Tamm/Nordic Images");
    for (int i = 0; i < credits.size(); i++) {
      String page = "2021/10/18/story-s" + i + "/";
      assertThat(site.html(page).select(".lead-image figcaption").text()).isEqualTo("Photo: " + expected.get(i));
      assertThat(site.html(page).select("script[type=application/ld+json]").html()).contains("\"creditText\":\"" + expected.get(i) + "\"");
      assertThat(warnings(site)).contains("content/stories/s" + i + ".md:5: warning: the photo's credit is taken from its file: '"
          + expected.get(i) + "' |   hint: check it and write it under 'image:' as 'credit: " + expected.get(i) + "'; this warning then goes");
    }
  }

  @Test
  void aCreditThatDisagreesWithTheFilesIsAWarningNamingBoth() throws Exception {
    byte[] agency = TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1), TaggedPhotos.Tags.agency("Agency", "Ferries."));
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("other", "/images/agency.jpg", "Jane Doe/Other")
        + story("same", "/images/agency.jpg", "\"Photo: Agency/Mari Tamm\""))
        .writeBytes("static/images/agency.jpg", agency).build();
    assertThat(warnings(site).stream().filter(w -> w.contains("credit"))).containsExactly(
        "content/stories/other.md:8: warning: the photo's credit 'Jane Doe/Other' differs from the one in its file, 'Mari Tamm/Agency' | "
            + "  hint: check which is right with the agency; the story's own credit is the one published");
    assertThat(site.html("2021/10/18/story-other/").select(".lead-image .credit").text()).isEqualTo("Photo: Jane Doe/Other");
  }

  @Test
  void withStrictAttributionAPhotoWithNeitherCreditIsAnError() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("none", "/images/plain.jpg", null))
        .writeBytes("static/images/plain.jpg", TestImages.jpeg(600, 400, 1));
    List<Problem> errors = site.buildFails();
    assertThat(errors).extracting(p -> p.format(dir)).anyMatch(e -> e.startsWith("content/stories/none.md:5: error: the story's image has no credit"));
  }

  @Test
  void theCreditLineTheHintSuggestsCanBeWrittenAsItIsThoughTheCreditHoldsWhatYamlReadsOtherwise() throws Exception {
    for (String credit : List.of("Pool: Jane Doe/AP", "#1 Desk/Agency", "[Pool] Agency", "Agency # Jo Lee", "Jo Lee/Agency")) {
      byte[] photo = TaggedPhotos.tagged(TestImages.jpeg(600, 400, 1), new TaggedPhotos.Tags(0, false, credit, null, null, null, null));
      TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("pool", "/images/pool.jpg", null))
          .writeBytes("static/images/pool.jpg", photo).build();
      Problem warning = site.warnings().get(0);
      String taken = warning.message().substring(warning.message().indexOf(": '") + 3, warning.message().length() - 1);
      assertThat(taken).contains(credit);
      String hint = warning.hint();
      String line = hint.substring(hint.indexOf("'credit: ") + 1, hint.lastIndexOf("'"));

      site.edit("content/stories/pool.md", "  alt: Ferries at the quay\n", "  alt: Ferries at the quay\n  " + line + "\n").build();
      assertThat(site.warnings()).as(line).isEmpty();
      assertThat(site.html("2021/10/18/story-pool/").select(".lead-image figcaption").text()).as(line).isEqualTo("Photo: " + taken);
    }
  }
}
