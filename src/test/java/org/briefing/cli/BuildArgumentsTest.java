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

  /**
   * An empty folder or file ({@code --out ''}, {@code init ""}, an unset shell variable) was read as
   * the current folder: a build then wrote there, or was refused for the files it holds.
   */
  @Test
  void anEmptyFolderOrFileIsAUsageErrorOfItsOwn() {
    String[][] cases = {
        {"build", "--out", ""}, {"build", "--site", ""}, {"init", ""}, {"serve", "--site", ""}, {"send", "--out", "", "--edition",
            "2021-10-18", "--to", "list.txt"}, {"import", "--out", "", "a.txt"}, {"summarize", ""}, {"bench-corpus", "--out", ""}};
    for (String[] args : cases) {
      // parsed only: the command must never run with the current folder for the empty value
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> BriefingCommand.commandLine().parseArgs(args)))
          .as(String.join(" ", args)).isInstanceOf(picocli.CommandLine.ParameterException.class)
          .hasMessageContaining("the value is empty, which names no folder or file");
    }
    assertThat(run("init", "")).isEqualTo(2);
    assertThat(err.toString()).contains("the value is empty, which names no folder or file; give a path ('.' is the current folder)");
  }

  /**
   * Every option and parameter of every command that names a folder or file, found by its label
   * (DIR, FILE, INPUT) or its type, refuses an empty value: new's --dir and import's INPUT were
   * text, so '' wrote a story into content/ itself, and imported every file of the current folder.
   */
  @Test
  void everyFolderOrFileOfEveryCommandRefusesAnEmptyValue() {
    java.util.List<String> checked = new java.util.ArrayList<>();
    for (var command : BriefingCommand.commandLine().getSubcommands().entrySet()) {
      var spec = command.getValue().getCommandSpec();
      java.util.List<picocli.CommandLine.Model.ArgSpec> args = new java.util.ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (var arg : args) {
        boolean path = java.util.List.of("DIR", "FILE", "INPUT").contains(arg.paramLabel()) || arg.type() == Path.class
            || java.util.Arrays.asList(arg.auxiliaryTypes()).contains(Path.class);
        if (!path) {
          continue;
        }
        String[] given = arg.isOption()
            ? new String[] {command.getKey(), ((picocli.CommandLine.Model.OptionSpec) arg).longestName(), ""}
            : new String[] {command.getKey(), ""};
        String name = String.join(" ", given);
        checked.add(name);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> BriefingCommand.commandLine().parseArgs(given)))
            .as(name).isInstanceOf(picocli.CommandLine.ParameterException.class)
            .hasMessageContaining("the value is empty, which names no folder or file");
      }
    }
    assertThat(checked).contains("new --dir ", "new --site ", "import ", "import --photo ", "evaluate ", "send --to ",
        "send --outbox ", "summarize --out ", "init ");
  }

  @Test
  void anEmptyDirForANewStoryIsAUsageErrorAndWritesNothing() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("briefing.yaml"), "title: T\nbase_url: https://example.org/\n");

    assertThat(run("new", "--site", site.toString(), "--dir", "", "Ministers meet")).isEqualTo(2);

    assertThat(err.toString()).contains("the value is empty, which names no folder or file");
    assertThat(site.resolve("content")).doesNotExist();
  }

  @Test
  void aSiteThatDoesNotExistIsNamedAndNotMade() {
    Path missing = dir.resolve("missing");

    assertThat(run("build", "--site", missing.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--site " + missing + ": no such folder");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aBaseUrlWithAPasswordAnImpossiblePortADotDotPathOrAFileNameIsRefusedWithTheReason() {
    String[][] cases = {
        {"https://editor:secret@example.org/", "user name or password"},
        {"https://example.org:99999/", "port 99999"},
        {"https://example.org/news/../other/", "'..'"},
        // a browser decodes the dots: https://example.org/news/%2E%2e/corrections/ is https://example.org/corrections/
        {"https://example.org/news/%2E%2e/", "'%2E%2e'"},
        {"https://example.org/news/.%2e/", "'.%2e'"},
        {"https://example.org/news/%2e/", "'%2e'"},
        // each reason is named, with what to write instead
        {"https://example.org/news/daily/feed.xml", "'feed.xml', which reads as the name of a file", "write the folder: https://example.org/news/daily/ "},
        {"https://example.org/news/?x=1", "a query ('?x=1')"},
        {"https://münchen.de/", "letters outside ASCII; write the host in its ASCII form (punycode)"},
        {"https://example.org/news//daily/", "two '/' in a row"},
    };
    for (String[] c : cases) {
      err.getBuffer().setLength(0);
      assertThat(run("build", "--site", dir.toString(), "--base-url", c[0])).as(c[0]).isEqualTo(2);
      assertThat(err.toString()).as(c[0]).contains("--base-url '" + c[0] + "' cannot be the site's address")
          .contains(java.util.Arrays.copyOfRange(c, 1, c.length))
          .doesNotContain("absolute http(s) URL");
    }
  }
}
