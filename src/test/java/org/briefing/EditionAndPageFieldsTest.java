package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An edition file and a page have no params for a field Briefing does not read: an unknown field
 * there would be dropped, and whatever the editor meant by it (a hold, a date to wait for) with it.
 */
class EditionAndPageFieldsTest {
  @TempDir Path dir;

  private static final String EDITION = Fixtures.TWO_EDITIONS + """
      -- content/editions/2021-10-18.md --
      ---
      title: Moscow walks out zqtitle
      FIELD
      ---
      The editor's note zqnote.
      """;

  private static final String PAGE = Fixtures.TWO_EDITIONS + """
      -- content/pages/launch.md --
      ---
      title: Our launch zqpage
      FIELD
      ---
      The service starts in 2030.
      """;

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line() + ": " + p.message() + " | " + p.hint();
  }

  private static List<String> filesWith(TestSite site, String marker) {
    return site.outputPaths().stream().filter(p -> p.matches(".*\\.(html|txt|eml|xml|json)") && site.file(p).contains(marker)).toList();
  }

  @Test
  void anUnknownFieldOfAnEditionFileIsAnErrorAtItsLine() {
    assertThat(TestSite.of(dir, EDITION.replace("FIELD", "colour: red")).buildFails()).extracting(EditionAndPageFieldsTest::where)
        .containsExactly("2021-10-18.md:3: unknown field 'colour' | an edition file takes title, stories and draft "
            + "('draft: true' keeps its title, note and order back)");
    assertThat(TestSite.of(dir.resolve("typo"), EDITION.replace("FIELD", "storys: [allies-regret-the-decision]")).buildFails())
        .extracting(EditionAndPageFieldsTest::where).containsExactly("2021-10-18.md:3: unknown field 'storys' | did you mean 'stories'?");
  }

  @Test
  void anUnknownFieldOfAPageIsAnErrorAtItsLine() {
    assertThat(TestSite.of(dir, PAGE.replace("FIELD", "date: 2030-01-01")).buildFails()).singleElement().satisfies(e -> {
      assertThat(where(e)).startsWith("launch.md:3: unknown field 'date' | a page takes title, description, slug, updated and draft");
      assertThat(e.hint()).contains("'draft: true'");
    });
  }

  @Test
  void aDraftEditionFileKeepsItsTitleAndNoteBackUntilReleased() {
    TestSite site = TestSite.of(dir, EDITION.replace("FIELD", "draft: true")).build();
    assertThat(site.warnings()).isEmpty();
    assertThat(filesWith(site, "zqtitle")).isEmpty();
    assertThat(filesWith(site, "zqnote")).isEmpty();
    // the edition itself is its stories', out under its usual title
    assertThat(site.html("briefings/2021-10-18/").text()).contains("Allies regret the decision");

    TestSite preview = TestSite.of(dir.resolve("preview"), EDITION.replace("FIELD", "draft: true")).drafts().build();
    assertThat(preview.file("briefings/2021-10-18/index.html")).contains("zqtitle").contains("zqnote");

    site.edit("content/editions/2021-10-18.md", "draft: true", "draft: false").build();
    assertThat(site.file("briefings/2021-10-18/index.html")).contains("zqtitle").contains("zqnote");
  }

  @ParameterizedTest
  @ValueSource(strings = {"draft:", "status: draft", "published: false"})
  void anEditionHeldWithNoValueOrAnotherGeneratorsFieldIsAnError(String hold) {
    assertThat(TestSite.of(dir, EDITION.replace("FIELD", hold)).buildFails()).singleElement().satisfies(e -> {
      assertThat(where(e)).startsWith("2021-10-18.md:3: ").contains("the file would be published");
      assertThat(e.hint()).contains("'draft: true'");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"content/stories/pasted.md", "content/pages/pasted.md", "content/editions/2021-10-18.md"})
  void aSecondFrontMatterBlockIsAnErrorAtItsLine(String file) {
    String spec = Fixtures.TWO_EDITIONS + "-- " + file + " --\n" + """
        ---
        title: Pasted zqtitle
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---

        ---
        draft: true
        note: zqfmnote call the minister first
        ---
        Body.
        """;
    assertThat(TestSite.of(dir, spec.replace(file.contains("stories") ? "" : "date: 2021-10-18T12:00:00+02:00\nsources: [nato]\n", ""))
        .buildFails()).extracting(EditionAndPageFieldsTest::where).containsExactly(
            Path.of(file).getFileName() + ":" + (file.contains("stories") ? 7 : 5)
                + ": a second front-matter block, which would be published as the text | merge its fields into the first block, or remove it");
  }

  @Test
  void aRuleInTheTextIsNoFrontMatter() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/rules.md --
        ---
        title: Rules in the text
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---
        ---

        First part: the talks.

        ---

        Second part: the vote.

        ***

        Note: the end.
        """).build();
    assertThat(site.html("2021/10/18/rules-in-the-text/").select("article hr, main hr")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(site.file("2021/10/18/rules-in-the-text/index.html")).contains("Second part: the vote.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"draft\": true", "'draft': true", " draft: true", "   draft: true", "Draft: true", "DRAFT: TRUE",
      "# held back\ndraft: true",
      "draft : true", "topics:\n  - moscow\ndraft: true", "draft: true\n\nnote: call the desk first"})
  void aSecondBlockWithAQuotedIndentedOrCommentedKeyIsAnErrorAtItsLine(String fields) {
    assertThat(TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/pasted.md --
        ---
        title: Pasted zqtitle
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---

        ---
        FIELDS
        ---
        Body.
        """.replace("FIELDS", fields)).buildFails()).extracting(EditionAndPageFieldsTest::where).containsExactly(
            "pasted.md:7: a second front-matter block, which would be published as the text | merge its fields into the first block, or remove it");
  }

  /**
   * Fields between two rules anywhere in the text are no rule and heading: a story's own front matter pasted under
   * another's text, a hold added at the end. In fenced code they are a sample and stay.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Allies said on Tuesday they regretted the step.\n\n---\ndraft: true\n---\n",
      "Allies said on Tuesday they regretted the step.\n\n---\ntitle: Moscow answers\ndate: 2021-10-19T09:00:00+02:00\nsources: [nato]\n---\n\nMoscow said.\n",
      "Allies said on Tuesday they regretted the step.\n---\nnote: zqfmnote call the minister first\n---\n",
      "First part.\n\n---\n\nSecond part.\n\n---\ndraft: true\n---\n"})
  void fieldsBetweenRulesInTheTextAreAnErrorAtTheirLine(String text) {
    java.util.List<String> lines = text.lines().toList();
    int opening = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("---") && i + 1 < lines.size() && lines.get(i + 1).matches("[a-z]+: .*")) {
        opening = i;
        break;
      }
    }
    assertThat(TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/pasted.md --
        ---
        title: Pasted zqtitle
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---
        TEXT""".replace("TEXT", text)).buildFails()).extracting(EditionAndPageFieldsTest::where).containsExactly(
            "pasted.md:" + (6 + opening) + ": a block of front-matter fields inside the text, which would be published as the text"
                + " | move its fields into the front-matter block at the top of the file, or remove the block");
  }

  @Test
  void fieldsBetweenRulesInFencedCodeAreASample() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/sample.md --
        ---
        title: How our files look
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---
        Allies said on Tuesday they regretted the step. A story file starts so:

        ```yaml
        ---
        draft: true
        zqsample: yes
        ---
        ```

        ~~~~
        ---
        title: zqtilde
        ---
        ~~~~
        """).build();
    assertThat(site.file("2021/10/18/how-our-files-look/index.html")).contains("zqsample").contains("zqtilde");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Update: This story was corrected on Wednesday to give the minister's full title zqboxed.\n",
      "Note: this story was updated on Wednesday with the minister's reply zqboxed.",
      "- zqboxed a list, not fields", "\nUpdate: zqboxed, with a blank line above it.\n",
      "\n2014: zqboxed Russia annexes Crimea.\n\n2021: Moscow suspends its mission.\n",
      "\n    server: zqboxed\n      debug: true\n", "Draft: zqboxed the plan was leaked on Monday.", "\n    draft: true zqboxed\n"})
  void aRuleAboveAndBelowAnEditorsNoteIsNoFrontMatter(String note) {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- content/stories/boxed.md --
        ---
        title: A boxed note
        date: 2021-10-18T12:00:00+02:00
        sources: [nato]
        ---
        ---
        NOTE
        ---

        Allies said on Tuesday they regretted the decision.
        """.replace("NOTE", note)).build();
    assertThat(site.file("2021/10/18/a-boxed-note/index.html")).contains("zqboxed").contains("Allies said on Tuesday");
  }
}
