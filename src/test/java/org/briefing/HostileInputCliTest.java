package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `briefing build` on input made to break it: exit code 1, the file and line, no stack trace, the last site kept. */
class HostileInputCliTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a recursive alias | title: &a [x, *a] | Body. | content/x.md:2",
      "lists nested ten thousand deep | lists | Body. | content/x.md:2",
      "a NUL in the title | title: \"A\\0B\" | Body. | content/x.md:2",
      "a title without a value | title: ~ | Body. | content/x.md:2",
      "quotes nested ten thousand deep | title: Deep | quotes | content/x.md:7",
      "emphasis nested five thousand deep | title: Deep | emphasis | content/x.md:7",
  })
  void aBuildOfHostileInputFailsWithFileAndLineAndNoStackTraceAndKeepsTheLastSite(String kind, String title, String body,
      String where) throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    CliTest.Run first = CliTest.run("build", "--site", dir.toString());
    assertThat(first.code()).as(first.err()).isZero();
    byte[] index = Files.readAllBytes(dir.resolve("public/index.html"));
    byte[] feed = Files.readAllBytes(dir.resolve("public/feed.xml"));

    String titleLine = title.equals("lists") ? "title: " + "[".repeat(10_000) + "x" + "]".repeat(10_000) : title;
    String text = switch (body) {
      case "quotes" -> ">".repeat(10_000) + " deep";
      case "emphasis" -> "*".repeat(10_000) + "deep" + "*".repeat(10_000);
      default -> body;
    };
    Files.writeString(dir.resolve("content/x.md"), "---\n" + titleLine + "\ndate: 2021-10-18\nsources: [reuters]\n\n---\n" + text + "\n");
    CliTest.Run run = CliTest.run("build", "--site", dir.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(where) + "(:\\d+)?: error: ").contains("hint: ")
        .contains("was left unchanged");
    assertThat(run.err()).doesNotContain("at org.").doesNotContain("at java.").doesNotContain("Exception").doesNotContain("Error:");
    assertThat(Files.readAllBytes(dir.resolve("public/index.html"))).isEqualTo(index);
    assertThat(Files.readAllBytes(dir.resolve("public/feed.xml"))).isEqualTo(feed);
  }
}
