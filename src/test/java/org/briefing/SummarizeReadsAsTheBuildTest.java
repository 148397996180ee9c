package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing summarize} reads a story as the build does: every file the build refuses for its
 * encoding, summarize refuses at the same place, in the same words, with the same hint. It had a
 * reader of its own, which told a file saved as UTF-16 to be converted from Latin-1.
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

  @Test
  void aStorySavedOtherwiseThanAsUtf8IsRefusedBySummarizeAsTheBuildRefusesIt() {
    refusedAlike(badlySaved());
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

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
