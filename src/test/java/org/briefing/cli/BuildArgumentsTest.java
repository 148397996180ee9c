package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What build says of a --site or --base-url it cannot work with, before it reads or writes anything. */
class BuildArgumentsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BriefingCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
  }

  @Test
  void aSiteThatIsAFileIsSaidToBeOne() throws Exception {
    Path file = Files.writeString(dir.resolve("notes"), "x\n");

    assertThat(run("build", "--site", file.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--site " + file + " is a file, not a site folder").doesNotContain("cannot lock");
  }

  @Test
  void aSiteThatDoesNotExistIsNamedAndNotMade() {
    Path missing = dir.resolve("missing");

    assertThat(run("build", "--site", missing.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--site " + missing + ": no such folder");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aBaseUrlWithAPasswordAnImpossiblePortOrADotDotPathIsRefusedWithTheReason() {
    String[][] cases = {
        {"https://editor:secret@example.org/", "user name or password"},
        {"https://example.org:99999/", "port 99999"},
        {"https://example.org/news/../other/", "'..'"},
        // a browser decodes the dots: https://example.org/news/%2E%2e/corrections/ is https://example.org/corrections/
        {"https://example.org/news/%2E%2e/", "'%2E%2e'"},
        {"https://example.org/news/.%2e/", "'.%2e'"},
        {"https://example.org/news/%2e/", "'%2e'"},
    };
    for (String[] c : cases) {
      err.getBuffer().setLength(0);
      assertThat(run("build", "--site", dir.toString(), "--base-url", c[0])).as(c[0]).isEqualTo(2);
      assertThat(err.toString()).as(c[0]).contains("--base-url '" + c[0] + "' cannot be the site's address", c[1]);
    }
  }
}
