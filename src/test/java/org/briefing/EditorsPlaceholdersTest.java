package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An editor's bracketed placeholder ("[TK]", "[CHECK: …]", "[TODO …]") marks a fact still to come:
 * a story, page or edition published with one still in it is an error at its line (helper-177
 * bug-02: they went out on the page, in the search index, feed and email, even under --strict).
 * The same words bare, other bracketed words and code are published as written.
 */
class EditorsPlaceholdersTest {
  @TempDir Path dir;

  private static final String SITE = Fixtures.CONFIG + Fixtures.SOURCES + """
      -- content/stories/a.md --
      ---
      title: TITLE
      date: 2021-10-18T09:00:00+02:00
      sources: [reuters]
      FIELD
      ---
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
      PAGE
      """;

  private static String site(String title, String field, String body, String note, String page) {
    return SITE.replace("TITLE", title).replace("FIELD", field).replace("BODY", body).replace("NOTE", note).replace("PAGE", page);
  }

  private static String story(String field, String body) {
    return site("Ministers meet", field, body, "Good morning.", "Who we are.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[TK]", "[tk]", "[ TK ]", "[TK: population]", "[TKTK]", "[CHECK]", "[CHECK: figure with Sara]", "[TODO]",
      "[TODO: ask the ministry]", "[TODO ask the ministry]", "[FIXME]", "[FIXME wrong date]", "[XXX]", "[XXX confirm]", "[??]",
      "[\u00a0TK\u00a0]", "[TK?]", "[TK-TK]", "[TK, population]", "［TK］", "【TK】", "[*TK*]", "[**CHECK**: date]", "[check?]"})
  void eachBracketedPlaceholderInTheTextIsAnErrorAtItsLine(String mark) {
    List<Problem> errors = TestSite.of(dir, story("topics: [Defence]", "Talks resumed.\n\nThe mission had " + mark + " staff.")).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve("content/stories/a.md"));
      assertThat(e.position().line()).isEqualTo(9);
      assertThat(e.message()).isEqualTo("the placeholder '" + mark + "' in the story's text stands for something still to be written, "
          + "and would be published as it is");
      assertThat(e.hint()).contains("write the missing fact").contains("'draft: true'");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "content/stories/a.md|2|TITLE|Ministers meet [TK]|the story's 'title'",
      "content/stories/a.md|5|FIELD|standfirst: 'Talks resume. [CHECK: date]'|the story's 'standfirst'",
      "content/stories/a.md|5|FIELD|`standfirst: >-\\n  [TK check title]\\n  Talks resume.`|the story's 'standfirst'",
      "content/stories/a.md|5|FIELD|summary: Talks resume [TODO].|the story's 'summary'",
      "content/stories/a.md|5|FIELD|why_it_matters: It matters [XXX].|the story's 'why_it_matters'",
      "content/stories/a.md|7|FIELD|`key_points:\\n  - A first point.\\n  - A second [TK].`|the story's 'key_points.1'",
      "content/stories/a.md|5|FIELD|`whats_next: |\\n  Talks resume.\\n\\n  [FIXME] in May.`|the story's 'whats_next'",
      "content/stories/a.md|5|FIELD|`image: {src: '', alt: 'A flag [TK]', credit: Jo Doe/Agency}`|the story's 'image.alt'",
      "content/stories/a.md|5|FIELD|`image: {src: '', alt: A flag, caption: 'The flag [CHECK: which one]', credit: Jo Doe/Agency}`|the story's 'image.caption'",
      "content/stories/a.md|5|FIELD|`corrections: [{date: 2021-10-19, text: 'An earlier version gave [TK] as the date.'}]`|the story's 'corrections.0.text'",
      "content/stories/a.md|7|FIELD|`go_deeper:\n  - {title: 'The treaty, explained', url: 'https://example.com/a'}\n  - {title: 'Background [TODO]', url: 'https://example.com/b'}`|the story's 'go_deeper.1.title'",
      "content/stories/a.md|6|FIELD|`params:\n  kicker: 'Exclusive [CHECK: with legal]'`|the story's 'params.kicker'",
      "content/stories/a.md|5|FIELD|topics: [Defence, 'Energy [TK]']|the story's 'topics.1'",
      "content/stories/a.md|5|FIELD|places: [Brussels, 'Kyiv [??]']|the story's 'places.1'",
      "content/editions/2021-10-18.md|4|NOTE|Good morning. [TK] stories today.|the edition's note",
      "content/pages/about.md|4|PAGE|We are [TK] reporters.|the page's text",
  })
  void aPlaceholderInAnyPublishedTextIsAnErrorAtItsLine(String file, int line, String place, String text, String where) {
    String written = text.replace("\\n", "\n");
    String spec = site(place.equals("TITLE") ? written : "Ministers meet", place.equals("FIELD") ? written : "topics: [Defence]", "Talks resumed.",
        place.equals("NOTE") ? written : "Good morning.", place.equals("PAGE") ? written : "Who we are.");
    List<Problem> errors = TestSite.of(dir, spec).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).startsWith("the placeholder '[").contains("in " + where + " stands for something still to be written");
    });
  }

  /** The site's lists and the story fields every story of a folder inherits are published too. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "content/sources.yaml|2|-- content/sources.yaml --\\nreuters:\\n  name: \"Reuters [CHECK: or AFP]\"\\n  url: https://www.reuters.com/|the list of sources' 'reuters.name'",
      "content/authors.yaml|2|-- content/authors.yaml --\\nJo Doe:\\n  bio: Jo covers defence from [TK].|the file's 'Jo Doe.bio'",
      "content/stories/_defaults.yaml|1|-- content/stories/_defaults.yaml --\\nstandfirst: A briefing for [TK] readers.|the story's 'standfirst'",
      "content/editions/2021-10-18.md|2|-- content/editions/2021-10-18.md --\\n---\\ntitle: \"Monday [TODO: a better title]\"\\n---\\nGood morning.|the edition's 'title'",
  })
  void aPlaceholderInTheSitesListsDefaultsAndEditionTitlesIsAnError(String file, int line, String files, String where) {
    String site = Fixtures.CONFIG + """
        -- content/stories/a.md --
        ---
        title: Ministers meet
        date: 2021-10-18T09:00:00+02:00
        sources: [{name: Desk}]
        authors: [Jo Doe]
        ---
        Talks resumed.
        """ + files.replace("\\n", "\n") + "\n";
    List<Problem> errors = TestSite.of(dir, site).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().file()).isEqualTo(dir.resolve(file));
      assertThat(e.position().line()).isEqualTo(line);
      assertThat(e.message()).startsWith("the placeholder '[").contains("in " + where + " stands for something still to be written");
    });
  }

  /** A placeholder that a wrapped paragraph breaks over two lines is found, at the line where it starts. */
  @Test
  void aPlaceholderWrappedOverTwoLinesIsFoundAtItsFirstLine() {
    List<Problem> errors = TestSite.of(dir, story("topics: [Defence]",
        "Talks resumed. The mission had forty staff [CHECK: is this\nthe right figure?] before the expulsions.")).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.position().line()).isEqualTo(7);
      assertThat(e.message()).startsWith("the placeholder '[CHECK: is this\nthe right figure?]'");
    });
  }

  /** A placeholder's word as a link's text is a link when its label is defined, and text (so a placeholder) when not. */
  @Test
  void aReferenceLinkWithoutADefinitionIsTextAndItsPlaceholderIsFound() {
    List<Problem> errors = TestSite.of(dir, story("topics: [Defence]", "The mission had [TK][] staff and [XXX][film] posts.")).buildFails();
    assertThat(errors).extracting(e -> e.message().substring(0, e.message().indexOf(" in "))).containsExactly(
        "the placeholder '[TK]'", "the placeholder '[XXX]'");
    TestSite.of(dir.resolve("defined"), story("topics: [Defence]",
        "The word [TK][] and [XXX][film], and [tk] again.\n\n[tk]: https://example.com/tk\n[film]: https://example.com/xxx")).build();
  }

  /** The site's settings are on every page: a placeholder in any text of briefing.yaml is an error at its line. */
  @Test
  void aPlaceholderInTheSitesSettingsIsAnErrorAtItsLine() {
    String config = Fixtures.CONFIG.replace("description: A briefing for tests.", "description: A briefing for [TK] readers.")
        + "copyright: \"© 2021 [CHECK: owner]\"\nmenu:\n  - {name: '[TODO] About', url: /about/}\n";
    List<Problem> errors = TestSite.of(dir, SITE.replace(Fixtures.CONFIG, config).replace("TITLE", "Ministers meet").replace("FIELD", "")
        .replace("BODY", "Talks.").replace("NOTE", "Hello.").replace("PAGE", "Us.")).buildFails();
    assertThat(errors).extracting(e -> e.position().file().getFileName() + ":" + e.position().line() + " " + e.message().substring(0,
        e.message().indexOf(" stands"))).containsExactlyInAnyOrder("briefing.yaml:2 the placeholder '[TK]' in 'description'",
        "briefing.yaml:8 the placeholder '[CHECK: owner]' in 'copyright'", "briefing.yaml:10 the placeholder '[TODO]' in 'menu.0.name'");
  }

  /** Every placeholder is reported at once, so that the editor mends them all before the next build. */
  @Test
  void everyPlaceholderIsReportedNotOnlyTheFirst() {
    List<Problem> errors = TestSite.of(dir, story("standfirst: 'Talks [TK] and [CHECK: date]'",
        "The mission had [TK] staff.\n\nThe talks resume on [TODO: day] in [??].")).buildFails();
    assertThat(errors).extracting(e -> e.position().line() + " " + e.message().substring(0, e.message().indexOf(" in ")))
        .containsExactlyInAnyOrder("5 the placeholder '[TK]'", "5 the placeholder '[CHECK: date]'", "7 the placeholder '[TK]'",
            "9 the placeholder '[TODO: day]'", "9 the placeholder '[??]'");
  }

  @Test
  void aDraftKeepsItsPlaceholdersAndIsHeldBack() {
    TestSite site = TestSite.of(dir, story("draft: true", "The mission had [TK] staff.")).build();
    assertThat(site.outputPaths()).noneMatch(p -> p.contains("ministers-meet"));
  }

  /** The same words bare, a reporter's or editor's brackets that are published, and code: all built as written. */
  @Test
  void realWordsOtherBracketsLinksAndCodeBuild() {
    TestSite site = TestSite.of(dir, site("TK Maxx opens [Reuters] in Super Bowl XXX week", "standfirst: The TK-421 unit [sic] is back.", """
        He said [laughter] that the figure [1] was right, and todo lists [Todo Pago] help; check [Check Point] too.

        [Editor's note: this story was updated on Tuesday.]

        A list of the words: [TK](https://en.wikipedia.org/wiki/To_come_(publishing)) and [XXX][film].

        [film]: https://example.com/xxx

        Write `[TK]` for a missing fact. <!-- [TK] a note for the desk stays hidden -->

        ```
        [TODO] in a fence
        ```

            [FIXME] in indented code
        """, "Good morning, [Reuters] says.", "We are [ten] reporters.")).build();
    String page = site.file("2021/10/18/tk-maxx-opens-reuters-in-super-bowl-xxx-week/index.html");
    assertThat(page).contains("note: this story was updated on Tuesday.]").contains("[laughter]").contains("[Check Point]")
        .contains("[TODO] in a fence").contains("[FIXME] in indented code").contains("[sic]").doesNotContain("a note for the desk");
  }

  /** A list's text indented under its item is a paragraph, not code: its placeholder is found. */
  @Test
  void aPlaceholderInAListItemsSecondParagraphIsFound() {
    List<Problem> errors = TestSite.of(dir, story("topics: [Defence]", "- A point.\n\n    More on it [TK].")).buildFails();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.position().line()).isEqualTo(9));
  }

  /** A footnote is published text (hunter-197 7: its placeholders went out, read as a link definition), over its indented paragraphs too. */
  @Test
  void aPlaceholderInAFootnoteIsFoundAtItsLine() {
    List<Problem> errors = TestSite.of(dir, story("topics: [Defence]",
        "The town grew.[^1] Officials expect more.[^2]\n\n[^1]: Figure from the [TK] census office.\n[^2]: A report.\n\n    Its second paragraph, [CHECK: which ministry]."))
        .buildFails();
    assertThat(errors).extracting(e -> e.position().line() + " " + e.message().substring(0, e.message().indexOf(" in ")))
        .containsExactly("9 the placeholder '[TK]'", "12 the placeholder '[CHECK: which ministry]'");
    TestSite.of(dir.resolve("clean"), story("topics: [Defence]", "The town grew.[^1]\n\n[^1]: Figure from [the census office][tk], [sic].\n\n[tk]: https://example.com/tk")).build();
  }
}
