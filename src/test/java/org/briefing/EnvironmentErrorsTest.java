package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A setting of the environment a build cannot run with is a clear error that says what to do,
 * never an "unexpected" failure: a malformed SOURCE_DATE_EPOCH, a language setting whose
 * character set cannot name the site's files. Each build runs in a JVM of its own, with its own
 * environment.
 */
class EnvironmentErrorsTest {
  @TempDir Path dir;

  private record Run(int code, String output) {}

  private Run build(Map<String, String> environment) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
        "build", "--site", dir.toString(), "-q").redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("SOURCE_DATE_EPOCH"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1700000000.5", "0x10", "-5", "99999999999999999999", "9223372036854775807"})
  void aMalformedSourceDateEpochIsAUsageError(String epoch) throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Run run = build(Map.of("SOURCE_DATE_EPOCH", epoch, "LC_ALL", "C.UTF-8"));
    assertThat(run.code()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970", "hint:")
        .doesNotContain("unexpected", "Exception");
    assertThat(dir.resolve("public")).doesNotExist();
  }

  @Test
  void aFileNameTheLanguageSettingCannotWriteIsAnErrorThatSaysWhatToDo() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- static/café.txt --
        Coffee.
        """);
    Run run = build(Map.of("LC_ALL", "C"));
    assertThat(run.code()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("character set", "LC_ALL=C.UTF-8").doesNotContain("unexpected", "Exception");
    Run fixed = build(Map.of("LC_ALL", "C.UTF-8"));
    assertThat(fixed.code()).as(fixed.output()).isZero();
    assertThat(dir.resolve("public/café.txt")).hasContent("Coffee.");
  }
}
