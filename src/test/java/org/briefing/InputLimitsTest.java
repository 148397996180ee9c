package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input built to exhaust the stack, the memory or the time of a build ends in a clear error at its line. */
class InputLimitsTest {
  @TempDir Path dir;

  private static final String STORY_HEAD = """
      -- content/a.md --
      ---
      title: A story
      date: 2021-10-18
      sources: [reuters]
      """;

  private TestSite site(String spec) {
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + spec);
  }

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  private static Problem onlyError(List<Problem> errors) {
    assertThat(errors).as(errors.toString()).hasSize(1);
    return errors.get(0);
  }

  /** A story whose front matter ends with {@code extra} (starting on line 5) and whose body is {@code body} (from line 7). */
  private static String story(String extra, String body) {
    return STORY_HEAD + extra + "\n---\n" + body + "\n";
  }

  private static String flowLists(int levels) {
    return "[".repeat(levels) + "x" + "]".repeat(levels);
  }

  @Test
  void yamlNestedToTheLimitIsReadAndOneLevelMoreIsAnErrorAtItsLine() {
    // the front matter itself is the first level
    site(story("desk: " + flowLists(InputLimits.YAML_DEPTH - 1), "Body.")).build();
    Problem error = onlyError(site(story("desk: " + flowLists(InputLimits.YAML_DEPTH), "Body.")).buildFails());
    assertThat(where(error)).isEqualTo("a.md:5");
    assertThat(error.message()).contains("nested more than " + InputLimits.YAML_DEPTH + " levels");
    assertThat(error.hint()).isNotBlank();
  }

  private static String nestedMappings(int levels) {
    StringBuilder mappings = new StringBuilder("desk:\n");
    for (int level = 1; level < levels; level++) {
      mappings.append("  ".repeat(level)).append("a:\n");
    }
    return mappings.append("  ".repeat(levels)).append("b: x").toString();
  }

  @Test
  void hundredsOfNestedMappingsOrThousandsOfListsEndInAnErrorNotAStackOverflow() {
    Problem deepMappings = onlyError(site(story(nestedMappings(700), "Body.")).buildFails());
    // the front matter is level 1 (from line 2) and the value of 'desk' (line 5) level 2, on line 6
    assertThat(where(deepMappings)).isEqualTo("a.md:" + (6 + InputLimits.YAML_DEPTH - 1));
    assertThat(deepMappings.message()).contains("nested more than");
    // two thousand levels of indentation take more than the size limit
    assertThat(onlyError(site(story(nestedMappings(2_000), "Body.")).buildFails()).message()).contains("at most 1 MB");

    List<Problem> errors = TestSite.of(dir, Fixtures.CONFIG + "-- content/sources.yaml --\nreuters: {name: Reuters, url: "
        + flowLists(10_000) + "}\n" + story("", "Body.")).buildFails();
    assertThat(where(onlyError(in(errors, "sources.yaml")))).isEqualTo("sources.yaml:1");
  }

  /** The errors in the file named {@code name}; an error in sources.yaml also leaves the story's sources unknown. */
  private static List<Problem> in(List<Problem> errors, String name) {
    return errors.stream().filter(p -> p.position().file().getFileName().toString().equals(name)).toList();
  }

  /** One YAML file of each kind the build reads, each holding {@code value} as a field of its own. */
  static Stream<Arguments> everyYamlFile() {
    return Stream.of(
        Arguments.of("content/a.md", "front matter", 5),
        Arguments.of("content/_defaults.yaml", "folder defaults", 1),
        Arguments.of("content/editions/2021-10-18.md", "edition file", 2),
        Arguments.of("content/sources.yaml", "sources", 9),
        Arguments.of("briefing.yaml", "site settings", 8));
  }

  /** A site whose file {@code path} holds the line {@code field} (at the line that {@link #everyYamlFile} gives), and is otherwise fine. */
  private TestSite siteWith(String path, String field) {
    String spec = switch (path) {
      case "content/a.md" -> Fixtures.CONFIG + Fixtures.SOURCES + story(field, "Body.");
      case "content/_defaults.yaml" -> Fixtures.CONFIG + Fixtures.SOURCES + story("", "Body.") + "-- content/_defaults.yaml --\n" + field + "\n";
      case "content/editions/2021-10-18.md" -> Fixtures.CONFIG + Fixtures.SOURCES + story("", "Body.")
          + "-- content/editions/2021-10-18.md --\n---\n" + field + "\n---\nThe note.\n";
      case "content/sources.yaml" -> Fixtures.CONFIG + Fixtures.SOURCES.stripTrailing() + "\n" + field + "\n" + story("", "Body.");
      case "briefing.yaml" -> Fixtures.CONFIG.stripTrailing() + "\n" + field + "\n" + Fixtures.SOURCES + story("", "Body.");
      default -> throw new IllegalArgumentException(path);
    };
    return TestSite.of(dir, spec);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyYamlFile")
  void anAliasInsideItsOwnValueIsAnErrorAtItsLineInEveryYamlFile(String path, String kind, int line) {
    Problem error = onlyError(in(siteWith(path, "desk: &a [x, *a]").buildFails(), Path.of(path).getFileName().toString()));
    assertThat(error.position().file()).isEqualTo(dir.resolve(path));
    assertThat(error.position().line()).isEqualTo(line);
    assertThat(error.message()).contains("'*a'").contains("inside the value it names");
  }

  /**
   * A tag asks YAML for a value of another kind (bytes, a Java object, a type of an application's
   * own); Briefing read the value as written and dropped the tag without a word.
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("everyYamlFile")
  void aYamlTagIsAnErrorAtItsLineInEveryYamlFile(String path, String kind, int line) {
    for (String tagged : List.of("desk: !!binary SGVsbG8=", "desk: !foo Hello", "desk: !!java.io.File \"/etc/passwd\"",
        "desk: !!int 5", "desk: [a, !!float 1]", "desk: !point {x: 1}")) {
      Problem error = onlyError(in(siteWith(path, tagged).buildFails(), Path.of(path).getFileName().toString()));
      assertThat(error.position().file()).isEqualTo(dir.resolve(path));
      assertThat(error.position().line()).as(tagged).isEqualTo(line);
      String tag = tagged.replaceAll(".*?(![!A-Za-z.]*).*", "$1");
      assertThat(error.message()).as(tagged).contains("the YAML tag '" + tag + "'");
      assertThat(error.hint()).startsWith("delete '" + tag + "'");
    }
  }

  /** A tag that says what the value is anyway changes nothing, and is read. */
  @Test
  void aTagThatSaysWhatTheValueIsAnywayIsRead() {
    TestSite site = site(STORY_HEAD + "standfirst: !!str 007\nwhy_it_matters: ! 1.10\ntopics: !!seq [NATO]\ndesk: !!map {a: b}\n---\nBody.\n");
    site.build();
    var page = site.html(site.outputPaths().stream().filter(p -> p.matches("2021/10/18/.*/index.html")).findFirst().orElseThrow());
    assertThat(page.select(".standfirst").text()).isEqualTo("007");
    assertThat(page.text()).contains("1.10");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyYamlFile")
  void nestingPastTheLimitIsAnErrorInEveryYamlFile(String path, String kind, int line) {
    String field = "desk: " + flowLists(InputLimits.YAML_DEPTH);
    Problem error = onlyError(in(siteWith(path, field).buildFails(), Path.of(path).getFileName().toString()));
    assertThat(error.position().file()).isEqualTo(dir.resolve(path));
    assertThat(error.position().line()).isEqualTo(line);
    assertThat(error.message()).contains("nested more than");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyYamlFile")
  void aControlCharacterInAnyYamlValueIsAnErrorAtItsLine(String path, String kind, int line) {
    Problem error = onlyError(in(siteWith(path, "desk: \"a\\x01b\"").buildFails(), Path.of(path).getFileName().toString()));
    assertThat(error.position().file()).isEqualTo(dir.resolve(path));
    assertThat(error.position().line()).isEqualTo(line);
    assertThat(error.message()).contains("U+0001");
  }

  /**
   * A control character typed into a YAML file (not written as an escape) is named at its line and column, with the
   * words before it to find it by: YAML's reader refuses it, and it was reported at the first line of the front matter
   * as "special characters are not allowed".
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("everyYamlFile")
  void aControlCharacterTypedInAnyYamlFileIsNamedAtItsLineAndColumn(String path, String kind, int line) {
    Problem error = onlyError(in(siteWith(path, "desk: \"Bell\u0007 here\"").buildFails(), Path.of(path).getFileName().toString()));
    assertThat(error.position().file()).isEqualTo(dir.resolve(path));
    assertThat(error.position().line()).isEqualTo(line);
    assertThat(error.position().column()).isEqualTo(12);
    assertThat(error.message()).contains("U+0007");
    assertThat(error.hint()).startsWith("delete it").contains("right after 'desk: \"Bell'");
  }

  /** 25 levels, each naming the one below twice: 2^25 values once written out. */
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("l0: &l0 [lol]\n");
    for (int level = 1; level <= 25; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [*l").append(level - 1).append(", *l").append(level - 1).append("]\n");
    }
    return yaml.toString();
  }

  @Test
  void aBillionLaughsDocumentStopsAtTheAliasLimitInsteadOfRunningForever() {
    List<Problem> errors = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> site("-- content/_defaults.yaml --\n" + billionLaughs() + story("", "Body.")).buildFails());
    Problem error = onlyError(errors);
    assertThat(error.position().file()).isEqualTo(dir.resolve("content/_defaults.yaml"));
    assertThat(error.position().line()).isBetween(2, 26);
    assertThat(error.message()).contains("copy more than " + InputLimits.YAML_ALIAS_COPIES + " values");
  }

  /**
   * Sixty aliases of a short list copy 180 values, far under the limit: the YAML parser's own cap of
   * 50 aliases of lists refused them, in its own words and at the front matter's first line.
   */
  @Test
  void manyAliasesOfListsAreReadAndTheLimitIsBriefingsCountAtTheFieldThatPassesIt() {
    StringBuilder sixty = new StringBuilder("desk:\n  base: &x [a, b]\n");
    for (int i = 1; i <= 60; i++) {
      sixty.append("  k").append(i).append(": *x\n");
    }
    site(story(sixty.toString().stripTrailing(), "Body.")).build();
    // nine levels of nine aliases of a list: the field where the copies pass the limit
    StringBuilder laughs = new StringBuilder("desk:\n  a: &a [" + "x, ".repeat(8) + "x]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      String below = "*" + (char) (level - 1);
      laughs.append("  ").append(level).append(": &").append(level).append(" [").append((below + ", ").repeat(8)).append(below).append("]\n");
    }
    Problem error = onlyError(site(story(laughs.toString().stripTrailing(), "Body.")).buildFails());
    // a copies 10 values a time, b 91, c 820, d 7381: the fifth of d's aliases, on e's line (10), passes 10,000
    assertThat(where(error)).isEqualTo("a.md:10");
    assertThat(error.message()).isEqualTo("the aliases of this file copy more than " + InputLimits.YAML_ALIAS_COPIES + " values");
  }

  @Test
  void moreAliasesThanTheLimitAreAnErrorAtTheAliasThatPassesIt() {
    StringBuilder aliases = new StringBuilder("desk:\n  base: &x [a]\n  copies:\n");
    for (int i = 1; i <= InputLimits.YAML_ALIAS_COPIES + 1; i++) {
      aliases.append("    - *x\n");
    }
    Problem error = onlyError(site(story(aliases.toString().stripTrailing(), "Body.")).buildFails());
    assertThat(where(error)).isEqualTo("a.md:" + (8 + InputLimits.YAML_ALIAS_COPIES));
    assertThat(error.message()).isEqualTo("the aliases of this file copy more than " + InputLimits.YAML_ALIAS_COPIES + " values");
  }

  @Test
  void aliasesThatCopyUpToTheLimitAreReadAndOneValueMoreIsAnError() {
    // each of 50 aliases copies the list and its items
    int items = InputLimits.YAML_ALIAS_COPIES / 50 - 1;
    String atLimit = "desk:\n  list: &v [" + "x, ".repeat(items - 1) + "x]\n  copies: [" + "*v, ".repeat(49) + "*v]";
    site(story(atLimit, "Body.")).build();
    String past = "desk:\n  list: &v [" + "x, ".repeat(items) + "x]\n  copies: [" + "*v, ".repeat(49) + "*v]";
    Problem error = onlyError(site(story(past, "Body.")).buildFails());
    assertThat(where(error)).isEqualTo("a.md:7");
    assertThat(error.message()).contains("copy more than");
  }

  private static String terms(String field, int count) {
    StringBuilder list = new StringBuilder(field + ": [");
    for (int i = 1; i <= count; i++) {
      list.append(i == 1 ? "" : ", ").append("Term ").append(i);
    }
    return list.append("]").toString();
  }

  /**
   * Each term of a story has a page and a feed that show the story with all its terms, so a story
   * of N topics wrote N² links: 10,000 topics (80 KB of front matter) wrote 5.5 GB and ran for
   * more than five minutes. A story at the limit builds in about two seconds, into 2 MB.
   */
  @Test
  void aStoryWithTermsUpToTheLimitIsPublishedAndOneMoreIsAnErrorAtTheField() {
    String series = Fixtures.CONFIG + "groups:\n  series:\n    field: series\n" + Fixtures.SOURCES;
    TestSite atLimit = TestSite.of(dir, series + story(terms("topics", InputLimits.TERMS_PER_FIELD), "Body.")).build();
    assertThat(atLimit.outputPaths()).contains("topics/term-" + InputLimits.TERMS_PER_FIELD + "/index.html");
    for (String field : List.of("topics", "tags", "places", "authors", "series")) {
      Problem error = onlyError(TestSite.of(dir.resolve(field), series
          + story("desk: x\n" + terms(field, InputLimits.TERMS_PER_FIELD + 1), "Body.")).buildFails());
      assertThat(where(error)).as(field).isEqualTo("a.md:6");
      assertThat(error.message()).isEqualTo("'" + field + "' lists " + (InputLimits.TERMS_PER_FIELD + 1)
          + " terms; a story may have at most " + InputLimits.TERMS_PER_FIELD + " in one field");
      assertThat(error.hint()).contains("docs/limits.md");
    }
  }

  private static String nestedQuotes(int levels) {
    return ">".repeat(levels) + " deep";
  }

  private static String nestedList(int levels) {
    StringBuilder list = new StringBuilder();
    for (int level = 0; level < levels; level++) {
      list.append("  ".repeat(level)).append("- item\n");
    }
    return list.toString();
  }

  @Test
  void markdownNestedToTheLimitIsPublishedAndOneLevelMoreIsAnErrorAtItsLine() {
    TestSite ok = site(story("", "First paragraph.\n\n" + nestedQuotes(InputLimits.MARKDOWN_DEPTH) + "\n\n"
        + nestedList(InputLimits.MARKDOWN_DEPTH))).build();
    assertThat(ok.html("2021/10/18/a-story/index.html").select("blockquote").size()).isEqualTo(InputLimits.MARKDOWN_DEPTH);
    assertThat(ok.html("2021/10/18/a-story/index.html").select("li").stream().filter(li -> li.ownText().equals("item")))
        .hasSize(InputLimits.MARKDOWN_DEPTH);

    Problem quotes = onlyError(site(story("", "First paragraph.\n\n" + nestedQuotes(InputLimits.MARKDOWN_DEPTH + 1))).buildFails());
    assertThat(where(quotes)).isEqualTo("a.md:9");
    assertThat(quotes.message()).contains("nested more than " + InputLimits.MARKDOWN_DEPTH + " levels");
    assertThat(quotes.hint()).isNotBlank();

    Problem list = onlyError(site(story("", "First paragraph.\n\n" + nestedList(InputLimits.MARKDOWN_DEPTH + 1))).buildFails());
    assertThat(where(list)).isEqualTo("a.md:" + (9 + InputLimits.MARKDOWN_DEPTH));
  }

  @Test
  void thousandsOfNestedQuotesListsOrEmphasesEndInAnErrorNotAStackOverflow() {
    assertThat(where(onlyError(site(story("", nestedQuotes(10_000))).buildFails()))).isEqualTo("a.md:7");
    assertThat(onlyError(site(story("", "- ".repeat(5_000) + "item")).buildFails()).message()).contains("nested more than");
    assertThat(onlyError(site(story("", "*".repeat(10_000) + "x" + "*".repeat(10_000))).buildFails()).message()).contains("nested more than");
  }

  @Test
  void markdownInFieldsAndEditionNotesIsHeldToTheSameLimit() {
    Problem field = onlyError(site(story("why_it_matters: \"" + ">".repeat(5_000) + " x\"", "Body.")).buildFails());
    assertThat(where(field)).isEqualTo("a.md:5");
    Problem note = onlyError(site(story("", "Body.") + "-- content/editions/2021-10-18.md --\n---\ntitle: Monday\n---\nNote.\n\n"
        + nestedQuotes(5_000) + "\n").buildFails());
    assertThat(where(note)).isEqualTo("2021-10-18.md:6");
  }

  private void writeStoryOfSize(long bytes) throws Exception {
    String head = "---\ntitle: A long story\ndate: 2021-10-18\nsources: [reuters]\nsummary: Given, so that nothing is extracted.\n---\n";
    String line = "A sentence of an exceptionally long story, repeated to fill the file.\n";
    StringBuilder text = new StringBuilder(head);
    while (text.length() + line.length() <= bytes) {
      text.append(line);
    }
    text.append("x".repeat((int) (bytes - text.length() - 1))).append('\n');
    Path file = dir.resolve("content/long.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isEqualTo(bytes);
  }

  @Test
  void aStoryAtTheSizeLimitIsPublishedAndOneByteMoreIsAnErrorNamingTheLineWhereItPassesTheLimit() throws Exception {
    site("");
    writeStoryOfSize(InputLimits.TEXT_FILE_BYTES);
    TestSite.of(dir, "").build();
    assertThat(dir.resolve("public/2021/10/18/a-long-story/index.html")).exists();

    writeStoryOfSize(InputLimits.TEXT_FILE_BYTES + 1);
    Problem error = onlyError(TestSite.of(dir, "").buildFails());
    String text = Files.readString(dir.resolve("content/long.md"));
    long linesBefore = text.substring(0, (int) InputLimits.TEXT_FILE_BYTES).chars().filter(c -> c == '\n').count();
    assertThat(where(error)).isEqualTo("long.md:" + (linesBefore + 1));
    assertThat(error.message()).contains("at most 1 MB");
    assertThat(error.hint()).contains("docs/limits.md");
  }

  @Test
  void aFiftyMegabyteStoryIsRefusedWithoutReadingItIntoMemory() throws Exception {
    site("");
    Path file = dir.resolve("content/huge.md");
    try (var out = Files.newOutputStream(file)) {
      out.write("---\ntitle: Huge\ndate: 2021-10-18\n---\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    Problem error = onlyError(TestSite.of(dir, "").buildFails());
    assertThat(where(error)).isEqualTo("huge.md:5");
    assertThat(error.message()).contains("at most 1 MB");
  }

  @Test
  void settingsFilesLongerThanTheirLimitAreRefused() throws Exception {
    site(story("", "Body."));
    Files.writeString(dir.resolve("briefing.yaml"), "title: Big\n" + "# a comment line to pad the file\n".repeat(40_000));
    Problem config = onlyError(TestSite.of(dir, "").buildFails());
    assertThat(config.position().file()).isEqualTo(dir.resolve("briefing.yaml"));
    assertThat(config.message()).contains("at most 1 MB");

    site(story("", "Body."));
    Files.writeString(dir.resolve("content/sources.yaml"), Files.readString(dir.resolve("content/sources.yaml"))
        + "# a comment line to pad the file\n".repeat(300_000));
    Problem sources = onlyError(in(TestSite.of(dir, "").buildFails(), "sources.yaml"));
    assertThat(sources.position().file()).isEqualTo(dir.resolve("content/sources.yaml"));
    assertThat(sources.message()).contains("at most 8 MB");
  }

  @Test
  void aTemplateThatIncludesItselfIsAnErrorAtTheIncludeNotAStackOverflow() {
    Problem error = onlyError(site(story("", "Body.") + """
        -- templates/404.ftlh --
        <p>Not found</p>
        <#include "404.ftlh">
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(error.position().line()).isEqualTo(2);
    assertThat(error.message()).contains("'404.ftlh'").contains("never ends");
    assertThat(error.hint()).contains("#include");
  }

  @Test
  void templatesThatIncludeEachOtherInALoopAreAnErrorAtTheIncludeThatClosesIt() {
    Problem error = onlyError(site(story("", "Body.") + """
        -- templates/404.ftlh --
        <#include "part.ftlh">
        -- templates/part.ftlh --
        <p>A part</p>
        <p>of a page</p>
        <#include "404.ftlh">
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/part.ftlh"));
    assertThat(error.position().line()).isEqualTo(3);
  }

  /**
   * The loop is found where the templates' names lead, as the check of unused templates reads them
   * (TemplateLoads): a name without '/' is read from the including template's own folder. The search
   * for the loop read every name from the top of templates/, found no parts/b.ftlh there, and the
   * error named no line.
   */
  @Test
  void anIncludeLoopThroughNamesReadFromTheTemplatesFolderIsAnErrorAtTheIncludeThatClosesIt() {
    Problem error = onlyError(site(story("", "Body.") + """
        -- templates/404.ftlh --
        <#include "parts/a.ftlh">
        -- templates/parts/a.ftlh --
        <#include 'b.ftlh'>
        -- templates/parts/b.ftlh --
        <p>A part</p>
        <#include "a.ftlh">
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/parts/b.ftlh"));
    assertThat(error.position().line()).isEqualTo(2);
    assertThat(error.message()).contains("'parts/a.ftlh'").contains("never ends");
  }

  /** An include written in a template's comment is no include: the loop is the macro's, at its call, not the comment's line. */
  @Test
  void anIncludeInACommentIsNoLoop() {
    Problem error = onlyError(site(story("", "Body.") + """
        -- templates/404.ftlh --
        <#-- was: <#include "404.ftlh"> -->
        <#macro deeper n>
          <span>${n}</span><@deeper n=n+1/>
        </#macro>
        <@deeper n=0/>
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(error.position().line()).isEqualTo(3);
    assertThat(error.message()).contains("'deeper'");
  }

  @Test
  void aMacroThatCallsItselfWithoutEndIsAnErrorAtTheCall() {
    Problem error = onlyError(site(story("", "Body.") + """
        -- templates/404.ftlh --
        <#macro deeper n>
          <span>${n}</span><@deeper n=n+1/>
        </#macro>
        <@deeper n=0/>
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(error.position().line()).isEqualTo(2);
    assertThat(error.message()).contains("'deeper'");
  }

  /**
   * A template that asks for more memory than Java has in a built-in ({@code ?left_pad} of a huge
   * width) is an error at the page's template that says what ran out and what to look for, not an
   * unexpected failure; Freemarker keeps no line of an expression once memory has run out, so the
   * error says that none is known rather than naming one.
   */
  @Test
  void aTemplateThatRunsOutOfMemoryIsAnErrorAtItsTemplate() {
    TestSite site = site(story("", "Body.")).build();
    Problem error = onlyError(site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <p>Not found</p>
        ${"x"?left_pad(2147483647)?length}
        </@l.frame>
        """).buildFails());
    assertThat(error.position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(error.position().line()).isZero();
    assertThat(error.message()).contains("ran out of memory", "no line of it is known").doesNotContain("unexpected");
    assertThat(error.hint()).contains("?left_pad", "<#list>");
  }

  /** A loop that prints without end stops at the limit of a page's text, at the line that prints, the same way on any machine. */
  @Test
  void aTemplateThatPrintsWithoutEndStopsAtTheLineThatPrints() {
    TestSite site = site(story("", "Body.")).build();
    Problem error = onlyError(site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <#list 1.. as i>
        <p>${i}: ${"x"?left_pad(1000)}</p>
        </#list>
        </@l.frame>
        """).buildFails());
    assertThat(where(error)).isEqualTo("404.ftlh:4");
    assertThat(error.message()).contains("passes 100,000,000 characters while this line prints");
    assertThat(error.hint()).contains("1..10");
  }

  /**
   * On a machine with less memory than the limit of a page's text needs, the loop stops where
   * memory runs out, again at the line that prints; {@code briefing build} exits with 1 and
   * names the line, with no "unexpected" failure.
   */
  @Test
  void memoryThatRunsOutWhileAPageGrowsIsAnErrorAtTheLineThatPrints() throws Exception {
    site(story("", "Body.") + """
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <#list 1.. as i>
        <p>${i}: ${"x"?left_pad(1000)}</p>
        </#list>
        </@l.frame>
        """);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process build = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
        "build", "--site", dir.toString(), "-q").redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(build.waitFor()).as(output).isEqualTo(1);
    assertThat(output).contains("404.ftlh:4: error: memory ran out while this line printed").doesNotContain("unexpected");
  }
}
