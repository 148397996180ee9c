package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor meant to keep back is never published: a hold left without its value, another
 * generator's way of holding a story, a folder default pages do not read, an edition of a day to
 * come, a comment written in a plain-text field. Each is an error at its file and line, or waits.
 */
class HeldBackTest {
  @TempDir Path dir;

  private static final String HELD_FOLDER = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/embargo/_defaults.yaml --
      draft: true
      -- content/embargo/secret.md --
      ---
      title: The embargoed story
      date: 2021-10-18T10:00:00+02:00
      HOLD
      sources: [reuters]
      ---
      Not before Thursday.
      -- content/stories/open.md --
      ---
      title: An open story
      date: 2021-10-18T09:00:00+02:00
      sources: [reuters]
      ---
      Out now.
      """;

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  /** "draft:" left when "true" was deleted read as false, and published a story its folder holds back. */
  @ParameterizedTest
  @ValueSource(strings = {"draft:", "draft: ~", "draft: null", "draft:            # delete this line to publish"})
  void aHoldWithNoValueIsAnErrorNotAPublishedStory(String hold) {
    List<Problem> errors = TestSite.of(dir, HELD_FOLDER.replace("HOLD", hold)).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("secret.md:4");
      assertThat(e.message()).isEqualTo("'draft' has no value, and the file would be published");
      assertThat(e.hint()).contains("'draft: true'").contains("delete the line");
    });
  }

  @Test
  void theFolderHoldsTheStoryBackAndAStoryOfItsOwnMayRelease() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("HOLD", "")).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("embargoed"));
    site.edit("content/embargo/secret.md", "sources:", "draft: false\nsources:").build();
    assertThat(site.exists("2021/10/18/the-embargoed-story/index.html")).isTrue();
  }

  /** Briefing reads none of these; a story that says so in them would be published. */
  @ParameterizedTest
  @ValueSource(strings = {"published: false", "published: off", "status: draft", "status: Private", "status: trash", "is_draft: true",
      "unlisted: true", "hidden: yes", "publishDate: 2030-01-01", "expiryDate: 2021-01-01", "headless: true", "_build: {render: never}"})
  void anotherGeneratorsWayOfHoldingAStoryIsAnError(String hold) {
    List<Problem> errors = TestSite.of(dir, HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt")
        .replace("HOLD", hold)).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("secret.md:4");
      String shown = hold.contains("{") ? hold.substring(0, hold.indexOf(':')) : hold;
      assertThat(e.message()).startsWith("Briefing does not read '" + shown + "'").endsWith("the file would be published");
      assertThat(e.hint()).contains("'draft: true'").contains("declare it in briefing.yaml");
    });
  }

  @Test
  void thoseFieldsSayingPublishAreOnlyUnknownFields() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt")
        .replace("HOLD", "published: true\nstatus: publish")).build();
    assertThat(site.exists("2021/10/18/the-embargoed-story/index.html")).isTrue();
    assertThat(site.warnings()).extracting(Problem::message).containsExactly("unknown field 'published'", "unknown field 'status'");
  }

  @Test
  void aSiteThatDeclaresSuchAFieldAsItsOwnKeepsIt() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt")
        .replace("HOLD", "status: draft").replace("language: en", "language: en\nfields: [status]")).build();
    assertThat(site.exists("2021/10/18/the-embargoed-story/index.html")).isTrue();
    assertThat(site.warnings()).isEmpty();
  }

  /** A folder's defaults under another name were read as nothing: their 'draft: true' held nothing back. */
  @ParameterizedTest
  @ValueSource(strings = {"_defaults.yml", "_Defaults.yaml", "_DEFAULTS.YML", "_default.yaml", "_defualts.yaml", "_defaults.ymal",
      "defaults.yaml", "defaults.yml", "_defaults.yaml ", " _defaults.yaml", ".defaults.yaml", "_defaults.yam"})
  void folderDefaultsUnderAnotherNameAreAnError(String name) {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt")
        .replace("HOLD", ""));
    // written as bytes: a name's leading or trailing space is kept
    site.writeBytes("content/embargo/" + name, "draft: true\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<Problem> errors = site.buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/embargo/" + name));
      assertThat(e.message()).startsWith("this file is not read")
          .endsWith(name.equals(name.strip()) ? "only" : "(this name has a space at its start or end)");
      assertThat(e.hint()).isEqualTo("rename it to _defaults.yaml");
    });
  }

  /** A second, misspelt defaults file beside the real one is not merged: renaming it would overwrite the real one. */
  @Test
  void aMisspeltDefaultsFileBesideTheRealOneSaysToMergeIt() {
    List<Problem> errors = TestSite.of(dir, HELD_FOLDER.replace("HOLD", "") + """
        -- content/embargo/_default.yaml --
        authors: [Desk]
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/embargo/_default.yaml"));
      assertThat(e.hint()).isEqualTo("move what it holds into the _defaults.yaml beside it, and delete it");
    });
  }

  /** The YAML files the site reads by name, a grouping's among them, are not taken for misspelt folder defaults. */
  @Test
  void theSitesOwnDataFilesAreNotTakenForMisspeltDefaults() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("HOLD", "").replace("language: en", "language: en\ngroups:\n  defaults: {}") + """
        -- content/topics.yaml --
        NATO:
          description: The alliance.
        -- content/authors.yaml --
        Ana Ruiz:
          role: Correspondent
        -- content/defaults.yaml --
        Standing orders:
          description: What a grouping called 'defaults' declares.
        -- content/embargo/notes.yaml --
        to: the desk
        """).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("embargoed"));
    assertThat(site.exists("2021/10/18/an-open-story/index.html")).isTrue();
  }

  @Test
  void aCommentInTheSitesTitleIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, HELD_FOLDER.replace("title: Test Briefing", "title: Test Briefing <!-- rename? -->")
        .replace("HOLD", "")).buildFails();
    assertThat(errors).singleElement().satisfies(e -> assertThat(where(e) + " " + e.message()).startsWith("briefing.yaml:1 'title' holds an HTML comment"));
  }

  /** A menu link's name and a grouping's title and label were published with the comment, on every page (hunter-187 1). */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      "10;menu.1.name;menu:\\n  - {name: Defence, url: /topics/}\\n  - {name: \"About <!-- check the name -->\", url: /}",
      "9;footer_menu.0.name;footer_menu:\\n  - name: Policy <!-- legal to confirm -->\\n    url: /",
      "11;groups.series.title;groups:\\n  series:\\n    field: series\\n    title: Series <!-- or Dossiers? -->",
      "9;groups.series.label;groups:\\n  series: {field: series, label: \"Series <!-- note -->\"}",
      "9;groups.topics.title;groups:\\n  topics: {title: Themes <!-- ask the desk -->}",
  })
  void aCommentInAMenuLinkOrAGroupingsTitleIsAnErrorAtItsLine(int line, String setting, String yaml) {
    List<Problem> errors = TestSite.of(dir, HELD_FOLDER.replace("HOLD", "series: [Winter]")
        .replace("  name: Test Desk\n", "  name: Test Desk\n" + yaml.replace("\\n", "\n") + "\n")).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("briefing.yaml:" + line);
      assertThat(e.message()).startsWith("'" + setting + "' holds an HTML comment");
      assertThat(e.hint()).contains("hidden only in Markdown");
    });
  }

  @Test
  void menuLinksAndGroupingsWithoutCommentsBuild() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("HOLD", "series: [Winter]").replace("draft: true", "draft: false")
        .replace("  name: Test Desk\n", """
              name: Test Desk
            menu:
              - {name: "Less <than> more", url: /}
            footer_menu:
              - {name: "Policy - comments <!- welcome", url: /}
            groups:
              series: {field: series, title: "Series -->", label: "Ser <!"}
            """)).build();
    assertThat(site.file("index.html")).contains("Less &lt;than&gt; more").contains("Policy - comments &lt;!- welcome");
    assertThat(site.file("series/index.html")).contains("<title>Series --&gt;");
    assertThat(site.file("series/winter/index.html")).contains("Ser &lt;!");
  }

  /** Pages take no folder defaults: a page "held" by one was published without a word. */
  @Test
  void aFolderDefaultsFileAmongPagesIsAnError() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/pages/team/_defaults.yaml --
        draft: true
        -- content/pages/team/hiring.md --
        ---
        title: We are hiring
        ---
        Not yet.
        """).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/pages/team/_defaults.yaml"));
      assertThat(e.message()).startsWith("pages take no folder defaults");
      assertThat(e.hint()).contains("'draft: true'");
    });
  }

  @Test
  void aPageHeldWithNoValueOrUpdatedLaterIsAnError() {
    String page = Fixtures.TWO_EDITIONS + """
        -- content/pages/about.md --
        ---
        title: About us
        FIELD
        ---
        Who we are.
        """;
    assertThat(TestSite.of(dir, page.replace("FIELD", "draft:")).buildFails()).singleElement()
        .satisfies(e -> assertThat(where(e) + " " + e.message()).isEqualTo("about.md:3 'draft' has no value, and the file would be published"));
    assertThat(TestSite.of(dir, page.replace("FIELD", "updated: 2022-11-01")).buildFails()).singleElement()
        .satisfies(e -> assertThat(where(e) + " " + e.message()).startsWith("about.md:3 the update date 2022-11-01 00:00 is after the moment of this build"));
  }

  /** A story of today given to tomorrow's edition: the edition, its email and the story waited for no one. */
  @Test
  void aStoryGivenToTheEditionOfADayToComeWaitsForIt() {
    String spec = Fixtures.TWO_EDITIONS + """
        -- content/stories/tomorrow.md --
        ---
        title: Ready for tomorrow
        date: 2021-11-01T09:00:00+01:00
        edition: EDITION
        sources: [reuters]
        ---
        Text.
        """;
    TestSite site = TestSite.of(dir, spec.replace("EDITION", "2021-11-02")).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("ready-for-tomorrow") || p.startsWith("briefings/2021-11-02/"));
    assertThat(site.file("index.html")).doesNotContain("Ready for tomorrow");
    // a typo of the year waits as long
    site.edit("content/stories/tomorrow.md", "edition: 2021-11-02", "edition: 2031-11-02").build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("ready-for-tomorrow") || p.contains("2031"));
    // today's edition has opened: out at once
    site.edit("content/stories/tomorrow.md", "edition: 2031-11-02", "edition: 2021-11-01").build();
    assertThat(site.exists("2021/11/01/ready-for-tomorrow/index.html")).isTrue();
    assertThat(site.exists("briefings/2021-11-01/index.html")).isTrue();

    TestSite future = TestSite.of(dir.resolve("future"), spec.replace("EDITION", "2021-11-02")).future().build();
    assertThat(future.exists("briefings/2021-11-02/index.html")).isTrue();
  }

  /** Markdown hides a comment; a plain-text field printed it, and a headline's comment even made the address. */
  @ParameterizedTest
  @ValueSource(strings = {
      "content/stories/a.md:2 title: Ministers meet <!-- check the count -->",
      "content/stories/a.md:4 standfirst: Talks resume. <!-- legal to check -->",
      "content/stories/a.md:4 summary: Talks resume. <!-- legal to check -->",
      "content/stories/a.md:4 image: {src: \"\", alt: A flag, caption: \"The flag <!-- which one? -->\", credit: Jo Doe/Agency}",
      "content/stories/a.md:4 corrections: [{date: 2021-10-19, text: \"An earlier version <!-- of the desk --> erred.\"}]",
      "content/stories/a.md:4 go_deeper: [{title: \"Background <!-- draft -->\", url: \"https://example.com/b\"}]",
      "content/editions/2021-10-18.md:2 title: Monday <!-- or Tuesday? -->",
      "content/pages/about.md:3 description: Who we are <!-- TODO -->",
      "content/authors.yaml:2 bio: Writes on defence. <!-- leaving in May -->",
  })
  void aCommentInAPlainTextFieldIsAnErrorAtItsLine(String fileLineAndField) {
    String file = fileLineAndField.substring(0, fileLineAndField.indexOf(':'));
    String line = fileLineAndField.substring(file.length() + 1, fileLineAndField.indexOf(' '));
    String field = fileLineAndField.substring(fileLineAndField.indexOf(' ') + 1);
    String story = field.startsWith("title:") && file.endsWith("a.md") ? field : "title: Ministers meet";
    String storyField = file.endsWith("a.md") && !field.startsWith("title:") ? field : "topics: [Defence]";
    String spec = Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/a.md --
        ---
        STORY
        date: 2021-10-18T09:00:00+02:00
        STORY_FIELD
        authors: [Ana Ruiz]
        sources: [reuters]
        why_it_matters: The talks matter. <!-- a comment here is hidden -->
        ---
        Talks resumed. <!-- so is one here -->
        -- content/editions/2021-10-18.md --
        ---
        EDITION
        ---
        -- content/pages/about.md --
        ---
        title: About us
        PAGE
        ---
        Who we are.
        -- content/authors.yaml --
        Ana Ruiz:
          AUTHOR
        """.replace("STORY_FIELD", storyField).replace("STORY", story)
        .replace("EDITION", file.contains("editions") ? field : "title: Monday")
        .replace("PAGE", file.contains("pages") ? field : "description: Who we are.")
        .replace("AUTHOR", file.contains("authors") ? field : "bio: Writes on defence.");
    List<Problem> errors = TestSite.of(dir, spec).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(String.valueOf(e.position().line())).isEqualTo(line);
      assertThat(e.message()).contains("holds an HTML comment");
      assertThat(e.hint()).contains("hidden only in Markdown");
    });
  }

  @Test
  void commentsInMarkdownStayHidden() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/a.md --
        ---
        title: Ministers meet
        date: 2021-10-18T09:00:00+02:00
        sources: [reuters]
        why_it_matters: The talks matter. <!-- hidden note one -->
        key_points: ["First point <!-- hidden note two -->"]
        ---
        Talks resumed. <!-- hidden note three -->
        """).build();
    site.outputPaths().forEach(p -> assertThat(site.file(p)).as(p).doesNotContain("hidden note"));
  }

  /** A hold written on one item of a field held nothing back: the item was published with a warning (helper-177 bug-03). */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "content/stories/a.md|4|sources: [reuters, {name: A minister who asked not to be named, hidden: true}]|a source|the whole story",
      "content/stories/a.md|5|image: {src: '', alt: A flag, credit: Jo Doe/Agency, draft: true}|'image'|the whole story",
      "content/stories/a.md|5|corrections: [{date: 2021-10-19, text: An earlier version erred., status: draft}]|a correction|the whole story",
      "content/stories/a.md|5|go_deeper: [{title: Background, url: https://example.com/b, published: false}]|a 'go_deeper' link|the whole story",
      "briefing.yaml|6|menu: [{name: About, url: https://example.com/about/, draft: true}]|a menu link|",
      "content/sources.yaml|5|`  private: yes`|a source|",
  })
  void aHoldOnAnItemOfAFieldIsAnErrorNotAPublishedItem(String file, int line, String field, String what, String whole) {
    String spec = HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt").replace("HOLD", "")
        .replace("-- content/stories/open.md --", "-- content/stories/a.md --");
    spec = file.equals("briefing.yaml") ? spec.replace("publisher:", field + "\npublisher:")
        : file.equals("content/sources.yaml") ? spec.replace("  type: agency", "  type: agency\n" + field)
        : spec.replace("sources: [reuters]\n---\nOut now.", (field.startsWith("sources:") ? "" : "sources: [reuters]\n") + field + "\n---\nOut now.");
    List<Problem> errors = TestSite.of(dir, spec).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).contains("does not hold back " + what).endsWith("would be published");
      assertThat(e.hint()).contains("remove the item");
      if (whole != null) {
        assertThat(e.hint()).contains("hold " + whole + " with 'draft: true'");
      }
    });
  }

  @Test
  void otherFieldsOfAnItemAndAHoldSayingPublishAreOnlyWarnings() {
    TestSite site = TestSite.of(dir, HELD_FOLDER.replace("content/embargo/_defaults.yaml", "content/embargo/notes.txt").replace("HOLD", "")
        .replace("sources: [reuters]\n---\nOut now.", "sources: [{name: Reuters, hidden: false, note: checked}]\n---\nOut now.")).build();
    assertThat(site.warnings()).extracting(Problem::message).containsExactly("unknown field 'hidden' in a source", "unknown field 'note' in a source");
  }

  /** A key point that is only a note for the desk published an empty bullet (helper-177 bug-09). */
  @Test
  void aKeyPointThatIsOnlyACommentIsLeftOut() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + """
        -- content/stories/a.md --
        ---
        title: Ministers meet
        date: 2021-10-18T09:00:00+02:00
        sources: [reuters]
        key_points:
          - First point.
          - "<!-- third point to come -->"
          - " <!-- one note --> <!-- and another --> "
          - "Second <!-- check --> point."
          - "`<!-- shown as code -->`"
        ---
        Talks resumed.
        """).build();
    String page = site.file("2021/10/18/ministers-meet/index.html");
    assertThat(page).doesNotContain("<li></li>").doesNotContain("<li> </li>").contains("First point.").contains("point.</li>")
        .contains("&lt;!-- shown as code --&gt;");
    assertThat(page.split("<li>First point.</li>")[1].split("</ul>")[0].split("<li>", -1)).hasSize(3);
  }

  private static final String EARLY_CLOSED = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/a.md --
      ---
      title: Ministers meet
      date: 2021-10-18T09:00:00+02:00
      sources: [reuters]
      why_it_matters: WHY
      key_points: [POINT]
      ---
      Talks resumed.

      BODY
      -- content/editions/2021-10-18.md --
      ---
      title: Monday
      ---
      NOTE
      -- content/pages/about.md --
      ---
      title: About us
      ---
      Who we are.
      PAGE
      """;

  private static String earlyClosed(String place, String text) {
    String spec = EARLY_CLOSED;
    for (String p : List.of("WHY", "POINT", "BODY", "NOTE", "PAGE")) {
      spec = spec.replace(p, p.equals(place) ? text : p.equals("POINT") ? "A point." : p.equals("WHY") ? "It matters." : "Some text.");
    }
    return spec;
  }

  /** '<!-->' closes at once, as a browser reads it: the note after it and a visible '-->' were published (helper-177 bug-10). */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "BODY|content/stories/a.md|10|Ministers met <!--> ask if the date is right --> on Monday.",
      "BODY|content/stories/a.md|10|Ministers met <!---> ask if the date is right --> on Monday.",
      "WHY|content/stories/a.md|5|\"It matters <!--> too strong? -->.\"",
      "POINT|content/stories/a.md|6|\"A point <!--> check -->.\"",
      "NOTE|content/editions/2021-10-18.md|4|Good morning. <!--> shorter? -->",
      "PAGE|content/pages/about.md|5|We are <!--> ten? --> reporters.",
  })
  void aCommentClosedAtOnceIsAnErrorAtItsLine(String place, String file, int line, String text) {
    List<Problem> errors = TestSite.of(dir, earlyClosed(place, text)).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).contains("closes the comment at once").contains("would be published");
      assertThat(e.hint()).contains("<!-- note -->");
    });
  }

  @Test
  void commentsWrittenInFullAndTheCharactersInCodeBuild() {
    TestSite site = TestSite.of(dir, earlyClosed("BODY", """
        An empty comment <!----> and a note <!-- for the desk --> are hidden.

        In HTML, `<!-->` closes a comment at once, and so does \\<!-->.

        ```html
        <!--> shown as code -->
        ```
        """)).build();
    String page = site.file("2021/10/18/ministers-meet/index.html");
    assertThat(page).doesNotContain("for the desk").contains("<code>&lt;!--&gt;</code>").contains("shown as code");
  }

  private static final String BLOCK_VALUES = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/a.md --
      ---
      title: Ministers meet
      date: 2021-10-18T09:00:00+02:00
      sources: [reuters]
      FIELDS
      ---
      Talks resumed.
      """;

  /** A '#' line inside a multi-line value is text to YAML, but the editor wrote a comment: it was published (helper-177 bug-08). */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      "8;standfirst: >-\\n  Ministers met on Monday,\\n  and talks resume in spring.\\n  # NOTE check the date with the desk",
      "6;why_it_matters: |\\n  # NOTE is this too strong?\\n\\n  The talks matter.",
      "7;whats_next: |\\n  Talks resume in spring.\\n  #\\n  ## Ask Brussels",
      "8;key_points:\\n  - |\\n    A point.\\n    # second line to come",
  })
  void aCommentLineInsideABlockValueIsAnErrorAtItsLine(int line, String fields) {
    List<Problem> errors = TestSite.of(dir, BLOCK_VALUES.replace("FIELDS", fields.replace("\\n", "\n"))).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/stories/a.md"));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).contains("'#' line").contains("would be published");
      assertThat(e.hint()).contains("above the field").contains("quote");
    });
  }

  @Test
  void aHashInsideALineAHashtagAndAYamlCommentAfterTheValueBuild() {
    TestSite site = TestSite.of(dir, BLOCK_VALUES.replace("FIELDS", """
        standfirst: >-
          The ministry ranks the talks #1 in its plans, and
          #NATO2021 campaigners say so too.
        # a comment of the file, after the value
        why_it_matters: "The talks matter.
          #diplomacy is back."
        whats_next: |
          Talks resume, say #officials.
        key_points: |
        # a comment of the file, after an empty value
        aliases: [/old-address/]""")).build();
    String page = site.file("2021/10/18/ministers-meet/index.html");
    assertThat(page).contains("#1 in its plans").contains("#NATO2021 campaigners").contains("#diplomacy is back.")
        .contains("say #officials.").doesNotContain("a comment of the file");
  }

  /** YAML ends a plain value at ' #': "the #1 market" was published as "the", without a word (hunter-187 5); and a quoted one. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      "content/stories/a.md;2;#1 market for electric cars;title: Britain is the #1 market for electric cars",
      "content/stories/a.md;5;#ChargeUp claims the credit;standfirst: Sales rose, and the campaign #ChargeUp claims the credit",
      "content/stories/a.md;5;#ChargeUp;standfirst: #ChargeUp",
      "content/stories/a.md;6;#2 market took the lead.;why_it_matters: It is the first time\\n  that a #2 market took the lead.",
      "content/stories/a.md;7;#EV;topics:\\n  - Energy\\n  - Electric cars #EV",
      "content/stories/a.md;7;#1 car;image:\\n  src: \"\"\\n  alt: The #1 car\\n  caption: A car.\\n  credit: Jo Doe/Agency",
      "content/stories/_defaults.yaml;2;#MeToo era;topics: [Law]\\nwhy_it_matters: A case of the\t#MeToo era",
      "briefing.yaml;8;#1 desk;copyright: The #1 desk",
      // after a quoted value too: the words after its closing quote would be lost
      "content/stories/a.md;2;#up;title: \"Sales\" #up",
      "content/stories/a.md;5;#ChargeUp;standfirst: 'Sales rose' #ChargeUp",
  })
  void aHashtagAfterAPlainValueIsAnErrorNotACutValue(String file, int line, String lost, String yaml) {
    String text = yaml.replace("\\n", "\n");
    String spec = (BLOCK_VALUES + "-- content/stories/_defaults.yaml --\nDEFAULTS\n")
        .replace("  name: Test Desk\n", "  name: Test Desk\n" + (file.equals("briefing.yaml") ? text + "\n" : ""))
        .replace("title: Ministers meet", text.startsWith("title:") ? text : "title: Ministers meet")
        .replace("FIELDS", file.endsWith("a.md") && !text.startsWith("title:") ? text : "")
        .replace("DEFAULTS", file.endsWith("_defaults.yaml") ? text : "topics: [Law]");
    List<Problem> errors = TestSite.of(dir, spec).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).startsWith("'" + lost + "' would be lost from '").contains("start of a comment");
      assertThat(e.hint()).contains("put the whole value in quotes").contains(lost + "\"").contains("'# note'");
    });
  }

  /** Every value of a file that a comment would cut is reported, each at its line, not only the first. */
  @Test
  void everyValueACommentWouldCutIsReported() {
    List<Problem> errors = TestSite.of(dir, BLOCK_VALUES.replace("title: Ministers meet", "title: Britain is the #1 market")
        .replace("FIELDS", "standfirst: Sales rose, and the campaign #ChargeUp claims the credit")).buildFails();
    assertThat(errors).extracting(e -> e.position().line() + " " + e.message().substring(0, e.message().indexOf(" would be lost")))
        .containsExactly("2 '#1 market'", "5 '#ChargeUp claims the credit'");
  }

  @Test
  void aYamlCommentAfterAValueAndAHashWithinAWordOrInQuotesBuild() {
    TestSite site = TestSite.of(dir, BLOCK_VALUES.replace("FIELDS", """
        draft: false #legal-cleared-it
        updated: 2021-10-18T10:00 #CEST
        edition: 2021-10-18 #monday-edition
        standfirst: Sales rose by a third\t # check the figure
        why_it_matters: C# and F# developers gain. ## ask the desk
        whats_next: More to come #
        topics: [Energy, "#EV"]   #
        go_deeper:
          - {title: "The #1 market", url: "https://example.com/report#page-2"}
        key_points:
          - 'Britain is the #1 market'""")).build();
    String page = site.file("2021/10/18/ministers-meet/index.html");
    assertThat(page).contains("Sales rose by a third").doesNotContain("check the figure").contains("C# and F# developers gain.")
        .doesNotContain("ask the desk").contains("More to come").contains("#EV").contains("The #1 market")
        .contains("Britain is the #1 market").contains("https://example.com/report#page-2");
  }
}
