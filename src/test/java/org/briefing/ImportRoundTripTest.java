package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agency copy imported with {@code briefing import} builds into a story page with its credit and sources. */
class ImportRoundTripTest {
  @TempDir Path dir;

  @Test
  void importedWireCopyBuildsWithCaptionCreditAndSources() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/ferry.txt --
        Storm halts ferries across the Baltic

        Crossings between Tallinn and Helsinki were cancelled on Tuesday as winds reached 30 metres a second.

        Passengers wait at the harbour terminal in Tallinn after the morning sailings were called off [File: Mari Tamm/Reuters]

        TALLINN, Oct 19 (Reuters) - Ferry operators cancelled every crossing of the Gulf of Finland on Tuesday as a storm swept the Baltic, leaving thousands of travellers stranded.

        The port authority said sailings would resume once the wind dropped below 20 metres a second.

        Warnings stay in place

        Forecasters kept a warning in force for the whole coast until Wednesday morning.

        Source: News Agencies
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        "--topic", "Weather", dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    Path file = dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md");
    assertThat(file).exists();
    assertThat(Files.readString(file)).contains("Mari Tamm/Reuters");

    site.build();
    Document page = site.html("2021/10/19/storm-halts-ferries-across-the-baltic/");
    assertThat(page.select("h1").text()).isEqualTo("Storm halts ferries across the Baltic");
    assertThat(page.select(".standfirst").text()).startsWith("Crossings between Tallinn and Helsinki");
    assertThat(page.select(".story-body h2").eachText()).contains("Warnings stay in place");
    // the photo file is not there yet: neither its caption nor its credit is shown anywhere
    assertThat(page.text()).doesNotContain("Mari Tamm").doesNotContain("Passengers wait at the harbour");
    site.write("-- static/images/ferry.jpg --\nimage: jpeg 60x40\n");
    Files.writeString(file, Files.readString(file).replaceFirst("src: \"\"", "src: /images/ferry.jpg"));
    site.build();
    page = site.html("2021/10/19/storm-halts-ferries-across-the-baltic/");
    assertThat(page.select("figcaption .credit").text()).isEqualTo("File: Mari Tamm/Reuters");
    assertThat(page.text().split("Mari Tamm", -1)).as("the credit is printed once").hasSize(2);
    assertThat(page.select(".sources-block li").text()).contains("Reuters");
    assertThat(page.select(".kicker a").eachText()).contains("Weather");
  }
  /**
   * A saved page that links to the site's own host (base_url https://example.org/) imports into a
   * story the build takes: such a link must lead to a page the site publishes, which the import
   * cannot know, so its words stay as words and its address is reported, as one to this computer
   * (copied from a preview) is. Before, the import wrote them as links and the next build failed at
   * each. Links to other sites stay links.
   */
  @Test
  void aSavedPageLinkingToTheSitesOwnHostImportsIntoAStoryTheBuildTakes() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- saved/page.html --
        <html><head><title>Harbour reopens</title>
        <link rel="canonical" href="https://www.example.org/2021/10/19/harbour-reopens/">
        <meta property="og:site_name" content="Example News">
        </head><body><article>
        <h1>Harbour reopens</h1>
        <p>The harbour reopened on Tuesday, <a href="https://example.org/about-us/">our desk</a> learned, as
        <a href="https://www.reuters.com/world/harbour/">Reuters</a> reported first.</p>
        <p>Read <a href="/2021/10/18/storm/">yesterday's story</a> or <a href="http://localhost:1313/preview/">the preview</a>,
        and the archive at https://example.org/archive/ or www.example.org/old/ for more.</p>
        <p>The link <a href="https://example.org/a_b/">https://example.org/a_b/</a> is its own words.</p>
        <p>Reuters wrote <a href="https://www.reuters.com/valmora/">on www.example.org/x and after</a> too.</p>
        </article></body></html>
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        dir.resolve("saved/page.html").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    String story = Files.readString(dir.resolve("content/imported/harbour-reopens.md"));
    assertThat(story).doesNotContain("](https://example.org").doesNotContain("](<https://example.org").doesNotContain("localhost:1313/preview/)")
        .contains("[Reuters](https://www.reuters.com/world/harbour/)").doesNotContain("www.example.org/2021");
    assertThat(imported.out()).contains("https://example.org/about-us/").contains("https://www.example.org/2021/10/18/storm/")
        .contains("http://localhost:1313/preview/").contains("https://example.org/archive/").contains("http://www.example.org/old/")
        .contains("https://www.example.org/2021/10/19/harbour-reopens/").contains("an address of this site");

    site.build();
    Document page = site.html("2021/10/19/harbour-reopens/");
    assertThat(page.select(".story-body").text()).contains("our desk learned").contains("story or the preview")
        .contains("the archive at https://example.org/archive/ or www.example.org/old/ for more")
        .contains("The link https://example.org/a_b/ is its own words.");
    assertThat(page.select(".story-body a").eachAttr("href"))
        .containsExactly("https://www.reuters.com/world/harbour/", "https://www.reuters.com/valmora/");
    // an address in the words of a link elsewhere is no link of its own, and not reported as one
    assertThat(imported.out()).doesNotContain("http://www.example.org/x");
    assertThat(page.select(".sources-block li").text()).contains("Example News");
  }

  /**
   * Under a sub-path only the site's own addresses are checked: agency copy's address of another
   * part of the host stays a link, one under the site's path is kept as words, and the story builds.
   */
  @Test
  void wireCopyKeepsLinksToOtherPartsOfTheHostAndWritesTheSitesOwnAsWords() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("base_url: https://example.org/", "base_url: https://example.org/news/")
        + Fixtures.SOURCES + """
        -- wire/port.txt --
        Port reopens after repairs

        VALMORA, Oct 19 (Reuters) - The port reopened on Tuesday. Results are at https://example.org/sport/results/ and
        the desk's notes at https://example.org/news/notes/ today.
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        dir.resolve("wire/port.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("https://example.org/news/notes/").doesNotContain("\"https://example.org/sport/results/\"");

    site.build();
    Document page = site.html("2021/10/19/port-reopens-after-repairs/");
    assertThat(page.select(".story-body a").eachAttr("href")).containsExactly("https://example.org/sport/results/");
    assertThat(page.select(".story-body").text()).contains("notes at https://example.org/news/notes/ today");
  }

  /**
   * The build makes a link of any address written out with a scheme before "://" and refuses one of
   * a scheme but http:, https: and mailto:. The importer read only http(s) and ftp addresses as
   * links, and wrote "chrome://settings" and "ftp://…" as they were: the next build failed at each.
   * They are text now, shown as written.
   */
  @Test
  void addressesOfSchemesTheBuildRefusesAreImportedAsText() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/browser.txt --
        Browser update changes privacy settings

        VALMORA, Oct 19 (Reuters) - Users can check the change at chrome://settings/privacy, the company said. The
        files are at ftp://files.example.com/update_notes/ and s3://bucket/update, and the notes at https://www.example.net/notes.
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        dir.resolve("wire/browser.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();

    site.build();
    Document page = site.html("2021/10/19/browser-update-changes-privacy-settings/");
    assertThat(page.select(".story-body").text()).contains("at chrome://settings/privacy, the company")
        .contains("at ftp://files.example.com/update_notes/ and s3://bucket/update, and");
    assertThat(page.select(".story-body a").eachAttr("href")).containsExactly("https://www.example.net/notes");
  }

  @Test
  void theWiresNotesToEditorsAreLeftOutOfTheStoryAndAnEmbargoedStoryWaitsAsADraft() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/strike.txt --
        Dock strike ends after pay deal

        Eds: UPDATES with comment from the port authority, quokkaeds.

        EMBARGOED UNTIL 0001 GMT OCT 20 quokkaembargo
        VALMORA (AP) — Dock workers at Valmora's container port voted on Tuesday to end a nine-day strike after a pay deal.

        Editor's note: An earlier version of this story misstated the length of the strike.

        The port authority said ships waiting offshore would be unloaded within two weeks.

        NOTE TO EDITORS: the union's vote count, quokkanote, could not be checked and will be
        added in a later version of this story.
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        dir.resolve("wire/strike.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).as("each note is named in the report with its text")
        .contains("Eds: UPDATES with comment from the port authority, quokkaeds.")
        .contains("EMBARGOED UNTIL 0001 GMT OCT 20 quokkaembargo")
        .contains("NOTE TO EDITORS: the union's vote count, quokkanote")
        .contains("draft line 5: \"true\"");
    Path file = dir.resolve("content/imported/dock-strike-ends-after-pay-deal.md");
    assertThat(Files.readString(file)).contains("\ndraft: true").contains("VALMORA (AP) — Dock workers")
        .contains("> Editor's note: An earlier version");

    site.build();
    assertThat(site.exists("2021/10/19/dock-strike-ends-after-pay-deal/index.html")).as("embargoed copy is a draft").isFalse();
    Files.writeString(file, Files.readString(file).replaceFirst("\ndraft: true[^\n]*", ""));
    site.build();
    Document page = site.html("2021/10/19/dock-strike-ends-after-pay-deal/");
    assertThat(page.select(".story-body").text()).contains("Dock workers at Valmora\u2019s container port")
        .contains("Editor\u2019s note: An earlier version of this story misstated the length of the strike.")
        .contains("unloaded within two weeks.");
    assertThat(site.outputPaths().stream().filter(p -> p.matches(".*\\.(html|xml|json|txt)")).map(site::file).filter(text -> text.toLowerCase().contains("quokka")))
        .as("no note to editors is published anywhere").isEmpty();
  }

  /**
   * Copy whose headline and day make the address of a story the site has published is given a slug of its own, and the
   * report says so: the published story keeps its address (by file name, content/imported/ would have taken it and moved
   * the published story to -2). A story imported before keeps its own address when it is imported again.
   */
  @Test
  void anImportNeverTakesTheAddressOfAPublishedStory() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/ferries.md --
        ---
        title: Storm halts ferries across the Baltic
        date: 2021-10-19T08:00:00+02:00
        sources: [reuters]
        ---

        Our own report from the harbour, written before the wires.
        -- wire/ferry.txt --
        Storm halts ferries across the Baltic

        TALLINN, Oct 19 (Reuters) - Ferry operators cancelled every crossing of the Gulf of Finland on Tuesday.

        Source: Reuters
        """).build();
    String[] command = {"import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00", dir.resolve("wire/ferry.txt").toString()};
    CliTest.Run imported = CliTest.run(command);
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    Path file = dir.resolve("content/imported/storm-halts-ferries-across-the-baltic-2.md");
    assertThat(imported.out()).contains("wrote " + file,
        "unsure    slug \"storm-halts-ferries-across-the-baltic-2\" — /2021/10/19/storm-halts-ferries-across-the-baltic/ is the"
            + " address of content/stories/ferries.md, published already");
    assertThat(Files.readString(file)).contains("\nslug: \"storm-halts-ferries-across-the-baltic-2\"\n");
    assertThat(dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md")).doesNotExist();

    site.build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.html("2021/10/19/storm-halts-ferries-across-the-baltic/").text()).contains("Our own report from the harbour")
        .doesNotContain("Ferry operators cancelled");
    assertThat(site.html("2021/10/19/storm-halts-ferries-across-the-baltic-2/").text()).contains("Ferry operators cancelled");

    // imported again, changed: the import keeps the address it was published at, and the published story its own
    Files.writeString(dir.resolve("wire/ferry.txt"), Files.readString(dir.resolve("wire/ferry.txt")) + "\nMore sailings were cut on Wednesday.\n");
    String[] forced = java.util.stream.Stream.concat(java.util.stream.Stream.of(command), java.util.stream.Stream.of("--force"))
        .toArray(String[]::new);
    CliTest.Run again = CliTest.run(forced);
    assertThat(again.code()).as(again.err() + again.out()).isZero();
    assertThat(again.out()).contains("replaced " + file);
    assertThat(Files.readString(file)).contains("More sailings were cut on Wednesday.");
  }

  /** An entry of the record that names a file outside the site (through a link) takes no address: the import reads nothing outside the site. */
  @Test
  void anEntryOfTheRecordThatLeadsOutsideTheSiteTakesNoAddress(@TempDir Path outside) throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- published-addresses.txt --
        /2021/10/19/storm-halts-ferries-across-the-baltic/ content/stories/elsewhere.md
        -- wire/ferry.txt --
        Storm halts ferries across the Baltic

        TALLINN, Oct 19 (Reuters) - Ferry operators cancelled every crossing of the Gulf of Finland on Tuesday.

        Source: Reuters
        """);
    Files.createDirectories(dir.resolve("content/stories"));
    Files.writeString(outside.resolve("story.md"), "not a story of the site\n");
    Files.createSymbolicLink(dir.resolve("content/stories/elsewhere.md"), outside.resolve("story.md"));
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19T09:30:00+03:00",
        dir.resolve("wire/ferry.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    assertThat(imported.out()).contains("wrote " + dir.resolve("content/imported/storm-halts-ferries-across-the-baltic.md"))
        .doesNotContain("published already");
  }

  /**
   * The importer wrote an 'updated' before the story's 'date', which the build then refused: an "Updated" line with a day
   * alone on the story's own day (its midnight), an update in another zone that comes first, a --date after the copy's
   * update, a page whose modified time is before its published one. The update is left out and the report says why;
   * an update after the date, in the site's zone, is kept.
   */
  @Test
  void anUpdateBeforeTheStorysDateIsLeftOutWithAWordAndTheImportBuilds() throws Exception {
    String copy = "\n\n%s\n\n%s\n\nVALMORA, Oct 18 (Reuters) - Dock workers voted on Monday to end a nine-day strike.\n\n"
        + "The port authority said ships waiting offshore would be unloaded within two weeks.\n";
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    Files.createDirectories(dir.resolve("wire"));
    Files.writeString(dir.resolve("wire/midnight.txt"), "Harbour strike ends" + copy.formatted("Published 18 October 2021 14:30 BST",
        "Updated 18 October 2021"));
    Files.writeString(dir.resolve("wire/zones.txt"), "Crews accept pay deal" + copy.formatted("Published 18 October 2021 14:30 EDT",
        "Updated 18 October 2021 16:00 BST"));
    Files.writeString(dir.resolve("wire/later.txt"), "Port reopens to ships" + copy.formatted("Published 18 October 2021 08:00 GMT",
        "Updated 18 October 2021 09:00 GMT"));
    Files.writeString(dir.resolve("wire/page.html"), """
        <!doctype html><html><head><title>Ferry talks resume</title>
        <meta property="article:published_time" content="2021-10-18T12:00:00+00:00">
        <meta property="article:modified_time" content="2021-10-18T09:00:00+00:00">
        </head><body><article><h1>Ferry talks resume</h1>
        <p>TALLINN (Reuters) - Talks between the ferry operators and their crews resumed on Monday after a week.</p>
        <p>Both sides said they hoped for a deal before the weekend.</p></article></body></html>
        """);
    Files.writeString(dir.resolve("wire/next-day.txt"), "Dockers return to work" + copy.formatted("Published 18 October 2021 10:00 GMT",
        "Updated 19 October 2021"));
    Files.writeString(dir.resolve("wire/same-day.txt"), "Cranes move again" + copy.formatted("Published 18 October 2021 10:00 GMT",
        "Updated 18 October 2021 12:00 GMT"));
    for (String[] input : new String[][] {{"midnight.txt"}, {"zones.txt"}, {"later.txt", "--date", "2021-10-19"}, {"page.html"},
        {"next-day.txt"}, {"same-day.txt"}}) {
      List<String> command = new ArrayList<>(List.of("import", "--site", dir.toString(), dir.resolve("wire/" + input[0]).toString()));
      command.addAll(List.of(input).subList(1, input.length));
      CliTest.Run imported = CliTest.run(command.toArray(String[]::new));
      assertThat(imported.code()).as(input[0] + ": " + imported.err() + imported.out()).isZero();
      boolean kept = input[0].endsWith("day.txt");
      assertThat(imported.out()).as(input[0]).satisfies(out -> {
        if (kept) {
          assertThat(out).doesNotContain("unsure    updated");
        } else {
          assertThat(out).contains("unsure    updated").contains("left out: this update comes before the story's date");
        }
      });
    }
    site.build();
    Map<String, String> updated = new java.util.TreeMap<>();
    try (var files = Files.list(dir.resolve("content/imported"))) {
      for (Path file : files.toList()) {
        updated.put(file.getFileName().toString(), Files.readString(file).lines().filter(l -> l.startsWith("updated:")).findFirst().orElse(""));
      }
    }
    assertThat(updated).containsOnly(Map.entry("harbour-strike-ends.md", ""), Map.entry("crews-accept-pay-deal.md", ""),
        Map.entry("port-reopens-to-ships.md", ""), Map.entry("ferry-talks-resume.md", ""),
        Map.entry("dockers-return-to-work.md", "updated: \"2021-10-19\""),
        Map.entry("cranes-move-again.md", "updated: \"2021-10-18T12:00:00+00:00\""));
  }

  /**
   * A date in a year the build does not take (a page's "0001-01-01", which its system never set, a typo's 2201) was
   * written, and the build refused the story: such a date is not taken, and a date line that gives one stays in the text.
   */
  @Test
  void aDateInAYearTheBuildDoesNotTakeIsNotWritten() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/unset.html --
        <!doctype html><html><head><title>Ferry talks resume</title>
        <meta property="article:published_time" content="0001-01-01T00:00:00Z">
        <meta property="article:modified_time" content="0001-01-01T00:00:00Z">
        </head><body><article><h1>Ferry talks resume</h1><time datetime="2021-10-18T10:00:00Z">18 October</time>
        <p>TALLINN (Reuters) - Talks between the ferry operators and their crews resumed on Monday after a week.</p>
        <p>Both sides said they hoped for a deal before the weekend.</p></article></body></html>
        -- wire/typo.txt --
        Harbour strike ends

        Published 18 October 2201

        VALMORA, Oct 18 (Reuters) - Dock workers voted on Monday to end a nine-day strike.
        """);
    CliTest.Run page = CliTest.run("import", "--site", dir.toString(), dir.resolve("wire/unset.html").toString());
    assertThat(page.code()).as(page.err() + page.out()).isZero();
    assertThat(Files.readString(dir.resolve("content/imported/ferry-talks-resume.md")))
        .contains("date: \"2021-10-18T10:00:00+00:00\"").doesNotContain("0001").doesNotContain("updated:");

    String typo = dir.resolve("wire/typo.txt").toString();
    CliTest.Run noDate = CliTest.run("import", "--site", dir.toString(), typo);
    assertThat(noDate.code()).isEqualTo(1);
    assertThat(noDate.err()).contains("no date found in the input");
    CliTest.Run pastTheYears = CliTest.run("import", "--site", dir.toString(), "--date", "1799-12-31", typo);
    assertThat(pastTheYears.code()).isEqualTo(2);
    assertThat(pastTheYears.err()).contains("--date 1799-12-31 is not a date").contains("in the years 1800 to 2200");
    CliTest.Run dated = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-18", typo);
    assertThat(dated.code()).as(dated.err() + dated.out()).isZero();
    assertThat(Files.readString(dir.resolve("content/imported/harbour-strike-ends.md"))).contains("date: \"2021-10-18\"")
        .contains("\nPublished 18 October 2201\n");

    site.build();
  }

  /**
   * A saved page's link that a story cannot have (tel:, a script, ftp:, a path of the page's own site with no canonical URL
   * to make it whole) kept its words and lost its address without a word, and so did a mailto: link, which a story may
   * have: the mailto: link is kept, and every address left out is named in the report. The story builds.
   */
  @Test
  void aLinksAddressTheStoryCannotKeepIsNamedInTheReportAndAMailtoLinkIsKept() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/links.html --
        <!doctype html><html><head><title>Ferry talks resume</title>
        <meta property="article:published_time" content="2021-10-18T10:00:00Z">
        </head><body><article><h1>Ferry talks resume</h1>
        <p>TALLINN (Reuters) - Talks between the <a href="/news/ferries">ferry operators</a> and their crews resumed on Monday.</p>
        <p>Call the desk on <a href="tel:+3725551234">555 1234</a>, write to <a href="mailto:desk@example.org">the desk</a>,
        read <a href="ftp://files.example.org/deal.txt">the deal</a> or <a href="javascript:print()">print it</a>.</p>
        <p>The operator's <a href="https://ferries.example.com/plan">winter plan</a> is online; <a href="MAILTO:Fares@Example.com">ask</a>.</p>
        </article></body></html>
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), dir.resolve("wire/links.html").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    for (String address : List.of("/news/ferries", "tel:+3725551234", "ftp://files.example.org/deal.txt", "javascript:print()")) {
      assertThat(imported.out()).as(address).containsPattern("dropped   line \\d+: the address of the link '[^']+', left out as .*: \""
          + java.util.regex.Pattern.quote(address) + "\"");
    }
    site.build();
    Document page = site.html("2021/10/18/ferry-talks-resume/");
    assertThat(page.select(".story-body a").eachAttr("href")).containsExactly("mailto:desk@example.org", "https://ferries.example.com/plan",
        "MAILTO:Fares@Example.com");
    assertThat(page.select(".story-body").text()).contains("Talks between the ferry operators and their crews")
        .contains("Call the desk on 555 1234, write to the desk, read the deal or print it.");
  }

  /**
   * A link to a place on the saved page itself ({@code href="#deal"}, a table of contents) lost its
   * address without a word, and with a canonical URL became a link away to the publisher's page:
   * its words stay, and its address is a 'dropped' line of the report, as any other address a
   * story cannot keep.
   */
  @Test
  void aLinkToAPlaceOnTheSavedPageKeepsItsWordsAndItsAddressIsNamedInTheReport() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/contents.html --
        <!doctype html><html><head><title>Ferry talks resume</title>
        <meta property="article:published_time" content="2021-10-18T10:00:00Z">
        </head><body><article><h1>Ferry talks resume</h1>
        <p>TALLINN (Reuters) - Talks between the ferry operators and their crews resumed on Monday; see <a href="#deal">the deal</a>.</p>
        <h2 id="deal">What the deal gives</h2>
        <p>Crews get a rise of four per cent, <a href="#">more</a> next year.</p>
        </article></body></html>
        -- wire/canonical.html --
        <!doctype html><html><head><title>Ferry crews vote</title>
        <link rel="canonical" href="https://news.example.com/ferry-crews-vote">
        <meta property="article:published_time" content="2021-10-19T10:00:00Z">
        </head><body><article><h1>Ferry crews vote</h1>
        <p>TALLINN (Reuters) - Crews voted on the offer on Tuesday, as <a href="#offer">the offer</a> was put to them.</p>
        <h2 id="offer">The offer</h2><p>A rise of four per cent.</p>
        </article></body></html>
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), dir.resolve("wire/contents.html").toString(),
        dir.resolve("wire/canonical.html").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    for (String[] link : new String[][] {{"the deal", "#deal"}, {"more", "#"}, {"the offer", "#offer"}}) {
      assertThat(imported.out()).as(link[1]).containsPattern("dropped   line \\d+: the address of the link '" + link[0]
          + "', left out as it is a place on the saved page itself, whose anchor the story does not have; its words stay in the text: \""
          + java.util.regex.Pattern.quote(link[1]) + "\"");
    }
    site.build();
    Document talks = site.html("2021/10/18/ferry-talks-resume/");
    assertThat(talks.select(".story-body a")).isEmpty();
    assertThat(talks.select(".story-body").text()).contains("resumed on Monday; see the deal.", "four per cent, more next year.");
    Document vote = site.html("2021/10/19/ferry-crews-vote/");
    assertThat(vote.select(".story-body a")).isEmpty();
    assertThat(vote.select(".story-body").text()).contains("as the offer was put to them.");
  }

  /**
   * A local time the clocks of the site's zone (Brussels) skip when put forward, or pass twice when
   * put back, was written as it stood: the build refused the first ("a time that does not exist")
   * and warned of the second. The importer writes it with the offset the clocks showed before the
   * change, and says so in the report with the other reading; the story builds without a word.
   */
  @Test
  void aLocalTimeTheClocksSkipOrPassTwiceIsWrittenWithItsOffsetAndTheStoryBuildsWithoutAWarning() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/spring.txt --
        Ferries change to the summer timetable

        Published 28 March 2021 02:30

        TALLINN, March 28 (Reuters) - Ferry operators moved to their summer timetable overnight, adding two crossings.
        -- wire/autumn.txt --
        Ferries change to the winter timetable

        Published 31 October 2021 02:30
        Updated 31 October 2021 02:45

        TALLINN, Oct 31 (Reuters) - Ferry operators moved to their winter timetable overnight, dropping two crossings.
        -- wire/night.txt --
        Night ferry sails late

        TALLINN, Oct 31 (Reuters) - The night ferry left an hour late as the clocks went back.
        """);
    CliTest.Run imported = CliTest.run("import", "--site", dir.toString(), dir.resolve("wire/spring.txt").toString(),
        dir.resolve("wire/autumn.txt").toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    CliTest.Run night = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-31T02:10",
        dir.resolve("wire/night.txt").toString());
    assertThat(night.code()).as(night.err() + night.out()).isZero();
    assertThat(imported.out()).contains("unsure    date line 3: \"2021-03-28T02:30:00+01:00\" — the time 02:30:00 does not exist"
        + " there (the clocks of Europe/Brussels go from 02:00 to 03:00 on 2021-03-28): written with the offset before the change, +01:00,"
        + " which is 03:30 on the clocks after it; check the time")
        .contains("unsure    date line 3: \"2021-10-31T02:30:00+02:00\" — the time 02:30:00 happens twice there (the clocks of"
            + " Europe/Brussels go from 03:00 to 02:00 on 2021-10-31): written as the first, at +02:00; if the second is meant, make it"
            + " 2021-10-31T02:30:00+01:00")
        .contains("unsure    updated line 4: \"2021-10-31T02:45:00+02:00\"");
    assertThat(night.out()).contains("unsure    date \"2021-10-31T02:10+02:00\" — the time 02:10 happens twice there");
    assertThat(Files.readString(dir.resolve("content/imported/ferries-change-to-the-summer-timetable.md")))
        .contains("date: \"2021-03-28T02:30:00+01:00\"");

    site.build();
    assertThat(site.warnings()).isEmpty();
    assertThat(site.html("2021/03/28/ferries-change-to-the-summer-timetable/").select(".byline time").attr("datetime"))
        .isEqualTo("2021-03-28T03:30:00+02:00");
    Document autumn = site.html("2021/10/31/ferries-change-to-the-winter-timetable/");
    assertThat(autumn.select(".byline time").first().attr("datetime")).isEqualTo("2021-10-31T02:30:00+02:00");
    assertThat(autumn.select(".byline .updated time").attr("datetime")).isEqualTo("2021-10-31T02:45:00+02:00");
    assertThat(site.html("2021/10/31/night-ferry-sails-late/").select(".byline time").attr("datetime"))
        .isEqualTo("2021-10-31T02:10:00+02:00");
  }

  /** An empty --source (an unset shell variable) gave a source without a name, which the build refuses, and an empty --topic a topic without one. */
  @Test
  void anEmptySourceOrTopicIsAUsageErrorAndNothingIsWritten() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- wire/ferry.txt --
        Storm halts ferries across the Baltic

        TALLINN, Oct 19 (Reuters) - Ferry operators cancelled every crossing of the Gulf of Finland on Tuesday.
        """);
    String input = dir.resolve("wire/ferry.txt").toString();
    for (String[] option : new String[][] {{"--source", ""}, {"--topic", " "}, {"--topic", "Ferries\nWeather"}}) {
      CliTest.Run run = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19", option[0], option[1], input);
      assertThat(run.code()).as(String.join(" ", option)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", option)).startsWith("error: " + option[0]);
    }
    assertThat(dir.resolve("content/imported")).doesNotExist();
    CliTest.Run named = CliTest.run("import", "--site", dir.toString(), "--date", "2021-10-19", "--source", "AFP", "--topic", "Weather", input);
    assertThat(named.code()).as(named.err()).isZero();
    site.build();
  }
}
