package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.TestSite;
import org.briefing.problem.UnexpectedFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A failure no check foresaw is one line naming the file and the saved trace, never a Java stack trace. */
class UnexpectedFailureReportTest {
  private static final Pattern TRACE_FILE = Pattern.compile("the full trace is in (\\S+briefing-error-\\S+\\.txt)");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  /** A command that fails inside, as a bug would, while processing a file. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error e) {
        throw e;
      }
      throw (Exception) failure;
    }
  }

  private static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run fail(Throwable failure) {
    CommandLine cli = BriefingCommand.commandLine();
    cli.addSubcommand("fail", new Failing(failure));
    return run(cli, "fail");
  }

  /** The one line's trace file, checked to hold the whole trace, then deleted. */
  private static String traceOf(Run run) throws IOException {
    Matcher m = TRACE_FILE.matcher(run.err());
    assertThat(m.find()).as(run.err()).isTrue();
    Path file = Path.of(m.group(1));
    String trace = Files.readString(file);
    Files.delete(file);
    return trace;
  }

  @Test
  void anUnexpectedExceptionIsOneLineNamingTheFileAndTheSavedTrace() throws IOException {
    Path story = dir.resolve("content/stories/a.md");
    Run run = fail(UnexpectedFailure.in(story, new IllegalStateException("no such state")));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: unexpected IllegalStateException while processing ")
        .contains("content/stories/a.md: no such state").doesNotContain("\tat ").doesNotContain("Exception:");
    assertThat(traceOf(run)).contains("java.lang.IllegalStateException: no such state").contains("\tat ");
  }

  @Test
  void anErrorSuchAsAStackOverflowIsReportedTheSameWay() throws IOException {
    Run run = fail(new StackOverflowError());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: unexpected StackOverflowError; the full trace is in ").doesNotContain("\tat ");
    assertThat(traceOf(run)).contains("java.lang.StackOverflowError").contains("\tat ");
  }

  @Test
  void aFailureInAnotherThreadIsOneLineToo() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ErrorReporter reporter = new ErrorReporter(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Thread thread = new Thread(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, "briefing-watcher");
    thread.setUncaughtExceptionHandler(reporter);
    thread.start();
    thread.join(10_000);
    String err = captured.toString(StandardCharsets.UTF_8);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("error: unexpected OutOfMemoryError: Java heap space; the full trace is in ").doesNotContain("\tat ");
    assertThat(traceOf(new Run(1, "", err))).contains("in thread briefing-watcher").contains("java.lang.OutOfMemoryError");
  }

  @Test
  void aBuildWithATemplateThatIncludesItselfNamesTheTemplateAndPrintsNoTrace() throws IOException {
    TestSite.of(dir, """
        -- briefing.yaml --
        title: Test Briefing
        base_url: https://example.org/
        language: en
        time_zone: Europe/Brussels
        -- content/stories/a.md --
        ---
        title: A story
        date: 2021-10-18T15:20:00+03:00
        sources: [{name: Reuters, url: "https://www.reuters.com/"}]
        ---

        Body.
        -- templates/404.ftlh --
        <#include "404.ftlh">
        """);
    Run run = run(BriefingCommand.forArguments("build"), "build", "--site", dir.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("templates/404.ftlh").doesNotContain("\tat ");
    Matcher m = TRACE_FILE.matcher(run.err());
    while (m.find()) {
      assertThat(Files.readString(Path.of(m.group(1)))).contains("\tat ");
      Files.delete(Path.of(m.group(1)));
    }
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void aBuildOfARecursiveYamlAliasNamesTheStoryAndPrintsNoTrace() throws IOException {
    TestSite.of(dir, """
        -- briefing.yaml --
        title: Test Briefing
        base_url: https://example.org/
        language: en
        time_zone: Europe/Brussels
        -- content/stories/loop.md --
        ---
        title: &a [x, *a]
        date: 2021-10-18T15:20:00+03:00
        ---

        Body.
        """);
    Run run = run(BriefingCommand.forArguments("build"), "build", "--site", dir.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("loop.md").doesNotContain("\tat ");
    Matcher m = TRACE_FILE.matcher(run.err());
    while (m.find()) {
      Files.deleteIfExists(Path.of(m.group(1)));
    }
    assertThat(dir.resolve("public")).doesNotExist();
  }
}
