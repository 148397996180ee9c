package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing import --photo FILE} gives the story its photo, with the credit and caption the agency embedded in it. */
class ImportPhotoTest {
  @TempDir Path dir;

  static final String COPY = """
      -- wire/ferry.txt --
      Storm halts ferries across the Baltic

      Crossings between Tallinn and Helsinki were cancelled on Tuesday as winds reached 30 metres a second.

      TALLINN, Oct 19 (Reuters) - Ferry operators cancelled every crossing of the Gulf of Finland on Tuesday.

      Source: Reuters
      """;

  @Test
  void thePhotosEmbeddedCreditAndCaptionFillTheStoryAndItBuilds() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY)
        .writeBytes("wire/ferry-photo.jpg",
            TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", "Passengers wait at the terminal.")));
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("photo credit 'Mari Tamm/Reuters' read from the photo file ferry-photo.jpg");
    String story = Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"));
    assertThat(story).contains("  src: \"ferry-photo.jpg\"\n").contains("  caption: \"Passengers wait at the terminal.\"\n")
        .contains("  credit: \"Mari Tamm/Reuters\"\n");
    assertThat(dir.resolve("content/imported/ferry-photo.jpg")).exists();

    site.build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.html("2021/10/19/storm-halts-ferries-across-the-baltic/").select(".lead-image figcaption").text())
        .isEqualTo("Passengers wait at the terminal. Photo: Mari Tamm/Reuters");
  }

  /**
   * An agency's caption ends with its notes to editors: the imported story's caption leaves them out and the report shows
   * them, so that they reach no reader (they were written into the story, and published under the photo).
   */
  @Test
  void theAgencysNotesToEditorsAtTheEndOfTheFilesCaptionAreLeftOutAndReported() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY)
        .writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters",
            "Passengers wait at the terminal. REUTERS/Mari Tamm ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.")));
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.");
    String story = Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"));
    assertThat(story).contains("  caption: \"Passengers wait at the terminal. REUTERS/Mari Tamm\"\n").doesNotContain("ATTENTION");
    site.build();
    assertThat(site.html("2021/10/19/storm-halts-ferries-across-the-baltic/").select(".lead-image figcaption").text())
        .doesNotContain("ATTENTION").startsWith("Passengers wait at the terminal.");

    // the caption's own words are no notes (agencies write those in capitals), and notes that open it are not cut
    for (String caption : List.of("A sign reads No sales today at a closed shop in Kyiv. REUTERS/Ana Diaz",
        "EDITORS NOTE: Graphic content. Wounded civilians are treated at a hospital. REUTERS/Ana Diaz")) {
      site.writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", caption)));
      CliTest.Run again = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
          "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
      assertThat(again.code()).as(again.err() + again.out()).isZero();
      assertThat(Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"))).as(caption)
          .contains("  caption: \"" + caption + "\"\n");
    }
  }

  /**
   * Notes that open with their subject ("THIS PICTURE WAS SUPPLIED BY A THIRD PARTY") or are flags and
   * restrictions of other agencies (Getty's BESTPIX, AP's TV OUT, AFP's) are left out whole: no part
   * of them is left in the caption, nor a member paper's flag that AP writes before its own.
   */
  @Test
  void theAgencysFlagsAndRestrictionsAtTheEndOfTheFilesCaptionAreLeftOutWhole() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY);
    for (String notes : List.of("THIS PICTURE WAS SUPPLIED BY A THIRD PARTY.", "***BESTPIX***", "TV OUT; ONLINE OUT",
        "RESTRICTED TO EDITORIAL USE - NO MARKETING NO ADVERTISING CAMPAIGNS", "Sperrfrist: 20. Oktober 2021, 00:01 Uhr",
        "EMBARGOED UNTIL 2000 TONIGHT", "EMBARGOED UNTIL 2030 TODAY", "EMBARGOED UNTIL 2000 GST",
        "MAGS OUT; NORTHWEST ARKANSAS OUT", "LOCAL TELEVISION OUT (WXIA, WGCL, FOX 5)",
        "LOCAL TV OUT (KTVU FOX 2, KRON 4, NBC Bay Area)", "THE KANSAS CITY STAR OUT, MAGS OUT, TV OUT",
        "ST. PAUL PIONEER PRESS OUT - TWIN CITIES LOCAL TV OUT")) {
      site.writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1),
          TaggedPhotos.Tags.agency("Reuters", "Passengers wait at the terminal. REUTERS/Mari Tamm " + notes)));
      CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
          "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
      assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
      assertThat(imported.out()).as(notes).contains(notes);
      assertThat(Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"))).as(notes)
          .contains("  caption: \"Passengers wait at the terminal. REUTERS/Mari Tamm\"\n");
    }
  }

  /**
   * A sign in the photo that reads like an agency's flag ("INTERNET OUT - CASH ONLY"), or a German
   * sentence about a share lock-up's Sperrfrist, is the caption's own: the imported caption keeps it
   * whole and the report leaves nothing out.
   */
  @Test
  void aSignOrSentenceLikeAnAgencysFlagInTheFilesCaptionIsKeptWhole() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY);
    for (String caption : List.of("A sign reading INTERNET OUT - CASH ONLY is taped to a shop door in Havana. REUTERS/Ana Diaz",
        "Protesters carry a banner reading STATE TV OUT, WE WANT THE TRUTH in Belgrade. REUTERS/Ana Diaz",
        "Aktionäre in Stuttgart. Die Sperrfrist bis 30. Juni gilt für alle Altaktionäre. Foto: Ana Diaz/dpa",
        "A front page in Budapest says EU OIL EMBARGO TO 2030 SHOT DOWN BY HUNGARY. REUTERS/Ana Diaz",
        "Demonstrators outside the broadcaster in Belgrade, Oct. 19, 2021, chant MINISTER OUT, TV OUT, LIARS OUT")) {
      site.writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", caption)));
      CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
          "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
      assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
      assertThat(imported.out()).as(caption).doesNotContain("notes to editors");
      assertThat(Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"))).as(caption)
          .contains("  caption: \"" + caption + "\"\n");
    }
  }

  /**
   * AP's flag on a line of its own under the file's caption is left out of the imported caption; a
   * sign on a line of its own that goes on is kept, with its line break.
   */
  @Test
  void aFlagOnALineOfItsOwnInTheFilesCaptionIsLeftOutAndASignsLineKept() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY);
    site.writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1),
        TaggedPhotos.Tags.agency("AP", "Passengers wait at the terminal in Tallinn, Oct. 19, 2021\nTV OUT")));
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
        "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("TV OUT");
    assertThat(Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md")))
        .contains("  caption: \"Passengers wait at the terminal in Tallinn, Oct. 19, 2021\"\n");
    site.writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1),
        TaggedPhotos.Tags.agency("AP", "Passengers wait at the terminal in Tallinn\nINTERNET OUT - CASH ONLY reads a sign at the kiosk.")));
    imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
        "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).doesNotContain("notes to editors");
    assertThat(Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md")))
        .contains("  caption: \"Passengers wait at the terminal in Tallinn\\nINTERNET OUT - CASH ONLY reads a sign at the kiosk.\"\n");
  }

  /** A photo whose name has what a photo's path may not have ('#', ':', '?', '\\') is copied under a name the build takes. */
  @Test
  void aPhotoWhoseNameAPathCannotHaveIsCopiedUnderOneTheBuildTakes() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY)
        .writeBytes("wire/ferry #1: dawn?.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", "")));
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--photo", dir.resolve("wire/ferry #1: dawn?.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    String story = Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"));
    assertThat(story).contains("  src: \"ferry -1- dawn-.jpg\"\n");
    assertThat(dir.resolve("content/imported/ferry -1- dawn-.jpg")).hasSameBinaryContentAs(dir.resolve("wire/ferry #1: dawn?.jpg"));
    site.build();
    assertThat(site.html("2021/10/19/storm-halts-ferries-across-the-baltic/").selectFirst("img").attr("src"))
        .isEqualTo("/2021/10/19/storm-halts-ferries-across-the-baltic/ferry%20-1-%20dawn-.jpg");
  }

  /** A link where the photo would be copied (to nothing yet, or to a copy of it elsewhere) is not copied through: the photo gets another name. */
  @Test
  void aLinkWhereThePhotoWouldBeCopiedIsNeitherWrittenThroughNorTakenForIt(@TempDir Path outside) throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY)
        .writeBytes("wire/ferry-photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", "Passengers wait.")));
    Path imported = Files.createDirectories(dir.resolve("content/imported"));
    Files.createSymbolicLink(imported.resolve("ferry-photo.jpg"), outside.resolve("missing.jpg"));
    Files.copy(dir.resolve("wire/ferry-photo.jpg"), outside.resolve("same.jpg"));
    Files.createSymbolicLink(imported.resolve("ferry-photo-2.jpg"), outside.resolve("same.jpg"));
    CliTest.Run run = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--photo", dir.resolve("wire/ferry-photo.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(run.code()).as(run.err() + run.out()).isZero();
    assertThat(Files.readString(imported.resolve("storm-halts-ferries-across-the-baltic.md"))).contains("  src: \"ferry-photo-3.jpg\"\n");
    assertThat(imported.resolve("ferry-photo-3.jpg")).hasSameBinaryContentAs(dir.resolve("wire/ferry-photo.jpg"));
    assertThat(outside.resolve("missing.jpg")).doesNotExist();
  }

  /** Two stories' photos of one name: the second story gets its own picture, not the first one's with its credit. */
  @Test
  void aSecondPhotoOfTheSameNameIsCopiedUnderAnotherName() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY + """
        -- wire/vote.txt --
        Estonia's parliament passes the budget

        The vote ended a month of talks between the coalition parties.

        TALLINN, Oct 19 (Reuters) - Estonia's parliament passed next year's budget on Tuesday.

        Source: Reuters
        """)
        .writeBytes("wire/a/photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.agency("Reuters", "Passengers wait.")))
        .writeBytes("wire/b/photo.jpg", TaggedPhotos.tagged(TestImages.jpeg(800, 600, 2), TaggedPhotos.Tags.agency("Reuters", "Members vote.")));
    for (String[] story : new String[][] {{"a", "ferry"}, {"b", "vote"}, {"a", "ferry"}}) {
      CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", "--force",
          "--photo", dir.resolve("wire/" + story[0] + "/photo.jpg").toString(), dir.resolve("wire/" + story[1] + ".txt").toString());
      assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
      assertThat(imported.err()).doesNotContain("warning");
    }
    Path imported = dir.resolve("content/imported");
    assertThat(Files.readString(imported.resolve("storm-halts-ferries-across-the-baltic.md"))).contains("  src: \"photo.jpg\"\n");
    assertThat(Files.readString(imported.resolve("estonias-parliament-passes-the-budget.md"))).contains("  src: \"photo-2.jpg\"\n")
        .contains("  caption: \"Members vote.\"\n");
    assertThat(imported.resolve("photo.jpg")).hasSameBinaryContentAs(dir.resolve("wire/a/photo.jpg"));
    assertThat(imported.resolve("photo-2.jpg")).hasSameBinaryContentAs(dir.resolve("wire/b/photo.jpg"));
    site.build();
    assertThat(site.html("2021/10/19/estonias-parliament-passes-the-budget/").selectFirst(".lead-image img").attr("width")).isEqualTo("800");
  }

  /**
   * An agency's SVG given with {@code --photo} is copied as it came (the editor's file), and the
   * build publishes it without its script, as every SVG a content file names.
   */
  @Test
  void anSvgPhotosScriptIsNotPublishedWithTheImportedStory() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + COPY + """
        -- wire/route.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" onload="alert(1)">
          <title>Ferry routes</title><script>alert(2)</script><path d="M0 0L10 10"/>
        </svg>
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--photo", dir.resolve("wire/route.svg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    String story = Files.readString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"));
    Files.writeString(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"),
        story.replace("  credit: \"\"\n", "  credit: Graphic Desk/Reuters\n  alt: Ferry routes\n"));
    site.build();
    String published = site.file("2021/10/19/storm-halts-ferries-across-the-baltic/route.svg");
    assertThat(published).doesNotContain("alert").doesNotContain("onload").contains("<title>Ferry routes</title>", "<path d=\"M0 0L10 10\"/>");
  }

  @Test
  void aPhotoThatCannotBeReadIsAUsageError() throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + COPY + "-- wire/broken.jpg --\nnot a picture\n");
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19",
        "--photo", dir.resolve("wire/broken.jpg").toString(), dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).isEqualTo(2);
    assertThat(imported.err()).contains("--photo").contains("broken.jpg").doesNotContain("Exception");
    assertThat(dir.resolve("content/imported")).doesNotExist();
  }
}
