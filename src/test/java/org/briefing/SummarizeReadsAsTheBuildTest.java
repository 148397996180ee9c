package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing summarize} reads a story as the build does: every file the build refuses for its
 * encoding or its front matter, summarize refuses at the same place, in the same words, with the
 * same hint. It had a reader of its own, which took YAML tags, TOML front matter and duplicate
 * fields, and told a file saved as UTF-16 to be converted from Latin-1.
 */
class SummarizeReadsAsTheBuildTest {
  private static final String BODY = "The ministers met in Brussels on Monday and agreed to resume the talks next week.\n";

  @TempDir Path dir;

  private static String story(String fields) {
    return "---\n" + fields + "\ndate: 2021-10-18\nsources: [reuters]\n---\n" + BODY;
  }

  /** Files a build refuses for how their text is saved. */
  private static Map<String, byte[]> badlySaved() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String good = story("title: Talks resume");
    files.put("Latin-1", good.replace("Talks", "Caf\u00e9 talks").getBytes(StandardCharsets.ISO_8859_1));
    files.put("UTF-16 with a byte-order mark", ("\uFEFF" + good).getBytes(StandardCharsets.UTF_16LE));
    files.put("UTF-16 without one", good.getBytes(StandardCharsets.UTF_16LE));
    files.put("UTF-32", ("\uFEFF" + good).getBytes(Charset.forName("UTF-32BE")));
    return files;
  }

  /** Files a build refuses for their front matter. */
  private static Map<String, byte[]> badFrontMatter() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a YAML tag that asks for bytes", utf8(story("title: !!binary SGVsbG8=")));
    files.put("a YAML tag of its own", utf8(story("title: !foo Talks resume")));
    files.put("a field given twice", utf8(story("title: Talks resume\ntitle: Talks resume again")));
    files.put("TOML front matter", utf8("+++\ntitle = \"Talks resume\"\ndate = 2021-10-18\n+++\n" + BODY));
    StringBuilder aliases = new StringBuilder("title: Talks resume\ndesk:\n  base: &x [a]\n  copies:\n");
    for (int i = 0; i <= InputLimits.YAML_ALIAS_COPIES; i++) {
      aliases.append("    - *x\n");
    }
    files.put("more aliases than the limit", utf8(story(aliases.toString().stripTrailing())));
    files.put("lists nested past the limit", utf8(story("title: Talks resume\ndesk: " + "[".repeat(InputLimits.YAML_DEPTH + 1)
        + "]".repeat(InputLimits.YAML_DEPTH + 1))));
    files.put("a character YAML cannot read", utf8(story("title: Talks\u0007 resume")));
    files.put("a YAML syntax error", utf8(story("title: [Talks resume")));
    files.put("a front matter never closed", utf8("---\ntitle: Talks resume\n" + BODY));
    files.put("a second front-matter block", utf8(story("title: Talks resume") + "\n---\ndraft: true\n---\n"));
    files.put("no front matter", utf8(BODY));
    files.put("a front matter opened by an indented line", utf8(" " + story("title: Talks resume")));
    return files;
  }

  @Test
  void aStorySavedOtherwiseThanAsUtf8IsRefusedBySummarizeAsTheBuildRefusesIt() {
    refusedAlike(badlySaved());
  }

  @Test
  void aStoryWhoseFrontMatterTheBuildRefusesIsRefusedBySummarizeAtTheSameLineInTheSameWords() {
    refusedAlike(badFrontMatter());
  }

  private void refusedAlike(Map<String, byte[]> files) {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    Path file = dir.resolve("content/a.md");
    for (Map.Entry<String, byte[]> refused : files.entrySet()) {
      site.writeBytes("content/a.md", refused.getValue());
      List<Problem> errors = site.buildFails().stream().filter(Problem::isError).toList();
      assertThat(errors).as(refused.getKey()).hasSize(1);
      Problem build = errors.get(0);
      assertThat(build.position().file()).as(refused.getKey()).isEqualTo(file);

      CliTest.Run summarize = CliTest.run("summarize", file.toString());

      assertThat(summarize.code()).as(refused.getKey() + ": " + summarize.out()).isEqualTo(1);
      assertThat(summarize.err()).as(refused.getKey())
          .contains("error: " + build.position().describe(null) + ": " + build.message())
          .contains("hint: " + build.hint())
          .doesNotContain("latin1").doesNotContain("Exception");
      assertThat(summarize.out()).as(refused.getKey()).isEmpty();
    }
  }

  /** What the build reads, summarize reads: a tag that says what the value is anyway, an alias, a file with a byte-order mark. */
  @Test
  void aStoryTheBuildReadsIsSummarizedWithItsTitle() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    Path file = dir.resolve("content/a.md");
    for (String fields : List.of("title: !!str 007\nstandfirst: &s Both sides agree\nwhy_it_matters: *s", "title: \"007\"")) {
      site.writeBytes("content/a.md", utf8("\uFEFF" + story(fields).replace("\n", "\r\n")));
      site.build();

      CliTest.Run summarize = CliTest.run("summarize", "--format", "json", file.toString());

      assertThat(summarize.code()).as(summarize.err()).isZero();
      assertThat(summarize.out()).contains("\"title\": \"007\"").contains("The ministers met in Brussels");
    }
  }

  /**
   * A story named as the build names stories ({@code .MD}, {@code .markdown}) was skipped in a folder, and read as plain
   * text when given by name, its front matter's '---' for a headline: it is read as Markdown, as the build reads it.
   */
  @Test
  void aStoryNamedMdInCapitalsOrMarkdownIsReadAsTheStoryItIs() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES);
    site.writeBytes("content/stories/capitals.MD", utf8(story("title: Talks resume")));
    site.writeBytes("content/stories/long.markdown", utf8(story("title: Ferries sail again")));
    site.build();
    assertThat(site.outputPaths()).anyMatch(p -> p.contains("talks-resume")).anyMatch(p -> p.contains("ferries-sail-again"));

    CliTest.Run folder = CliTest.run("summarize", "--format", "json", dir.resolve("content/stories").toString());
    CliTest.Run named = CliTest.run("summarize", "--format", "json", dir.resolve("content/stories/long.markdown").toString());

    assertThat(folder.code()).as(folder.err()).isZero();
    assertThat(folder.out()).contains("\"title\": \"Talks resume\"", "\"title\": \"Ferries sail again\"")
        .contains("The ministers met in Brussels").doesNotContain("\"title\": \"---\"");
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).contains("\"title\": \"Ferries sail again\"");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
