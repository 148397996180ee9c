package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first minutes: the shell commands of README.md's "Two commands" and "Your own
 * briefing" sections, run as written from a clean clone, and then the commands the tool itself
 * prints as advice. A command that starts the preview server is run until it answers a request.
 */
class ReadmeTest {
  private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/\\S*");

  @TempDir Path dir;
  private Path home;
  private final List<String> transcript = new ArrayList<>();

  @Test
  void everyCommandOfTheReadmeAndEveryPrintedAdviceWorksAsWritten() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    assumeTrue(Files.isDirectory(root.resolve(".git")) || Files.isRegularFile(root.resolve(".git")), "not a git checkout");
    assumeTrue(onPath("git") && onPath("mvn"), "git and mvn are needed");
    home = Files.createDirectories(dir.resolve("home"));
    Path clone = dir.resolve("briefing");
    run(dir, "git clone -q --no-hardlinks " + root + " " + clone);

    String readme = Files.readString(clone.resolve("README.md"));
    List<String> first = commands(section(readme, "## Two commands"));
    List<String> own = commands(section(readme, "## Your own briefing"));
    assertThat(first).as("the README's first command builds the tool and the example").isNotEmpty();
    assertThat(own).anyMatch(c -> c.contains(" init ")).anyMatch(c -> c.contains(" new "));

    Path cwd = clone;
    for (String command : first) {
      if (command.equals("mvn verify")) {
        continue; // the test command: this test is part of it
      }
      String output = run(cwd, command);
      if (command.contains(" build")) {
        assertThat(output).as("a long first step says what it is doing").contains("briefing: building ");
        assertThat(clone.resolve("public/index.html")).exists();
      }
    }
    Path work = Files.createDirectories(dir.resolve("work"));
    cwd = work;
    List<Map.Entry<String, Path>> advice = new ArrayList<>();
    for (String command : own) {
      if (command.startsWith("cd ")) {
        cwd = cwd.resolve(command.substring(3).strip()).normalize();
        continue;
      }
      String output = command.contains(" serve") ? serve(cwd, command) : run(cwd, command);
      for (String line : output.split("\n")) {
        if (line.startsWith("Next: ") || line.startsWith("Preview it with: ")) {
          advice.add(Map.entry(line.substring(line.indexOf(": ") + 2), cwd)); // advice holds where it was given
        }
      }
    }
    assertThat(work.resolve("my-briefing/public/index.html")).exists();
    assertThat(advice).as("init and new advise what to do next").hasSizeGreaterThanOrEqualTo(2);
    for (Map.Entry<String, Path> given : advice) {
      String command = given.getKey();
      String output = command.contains(" serve") ? serve(given.getValue(), command) : run(given.getValue(), command);
      assertThat(output).doesNotContain("\tat ");
    }
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README.md has a section '" + heading + "'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The lines of the section's {@code sh} code blocks, without comments. */
  private static List<String> commands(String section) {
    List<String> commands = new ArrayList<>();
    boolean inBlock = false;
    for (String line : section.split("\n")) {
      if (line.startsWith("```")) {
        inBlock = !inBlock && line.equals("```sh");
        continue;
      }
      if (inBlock) {
        String command = line.replaceFirst("\\s+#\\s.*$", "").strip();
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
    }
    return commands;
  }

  private ProcessBuilder shell(Path cwd, String command) {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(cwd.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    // a user's own home, whose ~/.local/bin is on the PATH; Maven keeps using this machine's repository
    String repository = Path.of(System.getProperty("user.home"), ".m2", "repository").toString();
    env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repository);
    env.put("HOME", home.toString());
    env.put("PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));
    env.remove("BRIEFING_JAVA_OPTS");
    env.remove("BRIEFING_COMMAND");
    return builder;
  }

  private String run(Path cwd, String command) throws Exception {
    Process process = shell(cwd, command).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    transcript.add("$ " + command + "\n" + output);
    assertThat(process.exitValue()).as("'%s' in %s printed:%n%s", command, cwd, output).isZero();
    assertThat(output).as(command).doesNotContain("\tat ", "command not found");
    return output;
  }

  /** Starts the preview, fetches the address it prints, then stops it. */
  private String serve(Path cwd, String command) throws Exception {
    Process process = shell(cwd, command).start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      String line;
      while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
        output.append(line).append('\n');
        Matcher url = URL.matcher(line);
        if (url.find()) {
          HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
          HttpRequest request = HttpRequest.newBuilder(URI.create(url.group())).timeout(Duration.ofSeconds(30)).build();
          HttpResponse<String> page = client.send(request, HttpResponse.BodyHandlers.ofString());
          // the address is printed as the first build starts; until it is done the preview answers 503
          for (int tries = 0; page.statusCode() == 503 && tries < 120; tries++) {
            Thread.sleep(500);
            page = client.send(request, HttpResponse.BodyHandlers.ofString());
          }
          for (int more = 0; more < 5 && reader.ready(); more++) {
            output.append(reader.readLine()).append('\n');
          }
          assertThat(page.statusCode()).as("%s serves %s; it printed:%n%s%s", command, url.group(), output, page.body()).isEqualTo(200);
          assertThat(page.body()).contains("<html");
          transcript.add("$ " + command + "\n" + output);
          return output.toString();
        }
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    throw new AssertionError("'" + command + "' never printed its address:\n" + output);
  }

  private static boolean onPath(String program) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
