package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.briefing.rebuild.BuildLock;
import org.briefing.rebuild.CacheStore;
import org.briefing.cli.BriefingCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A build waits while another build works on the same output folder, whether that build runs in
 * another process or in this one, and then builds from what the other left.
 */
class BuildLockTest {
  @TempDir Path dir;
  private static final String STORY = "content/stories/reaction.md";
  private static final String SENTENCE = "Officials spoke after a meeting in Brussels.";

  @BeforeEach
  void firstBuild() {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    CliTest.Run first = CliTest.run("build", "--site", dir.toString());
    assertThat(first.code()).as(first.err()).isZero();
  }

  @Test
  void aBuildWaitsForABuildInAnotherProcess() throws Exception {
    Path holder = dir.resolve("Hold.java");
    Files.writeString(holder, """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        class Hold {
          public static void main(String[] args) throws Exception {
            try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = c.lock()) {
              System.out.println("held");
              System.out.flush();
              System.in.read();
            }
          }
        }
        """);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process other = new ProcessBuilder(java, holder.toString(), CacheStore.dirFor(dir.resolve("public")).resolve("lock").toString())
        .redirectErrorStream(true).start();
    try {
      String line = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(line).isEqualTo("held");
      waitsThenBuilds(() -> other.getOutputStream().close());
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aBuildWaitsForABuildInThisProcess() throws Exception {
    BuildLock held = BuildLock.take(CacheStore.dirFor(dir.resolve("public")), () -> {});
    waitsThenBuilds(held::close);
  }

  /** Edits a story, starts a build, checks that it waits, lets it go with {@code release}, and checks its output. */
  private void waitsThenBuilds(ThrowingRunnable release) throws Exception {
    Path story = dir.resolve(STORY);
    Files.writeString(story, Files.readString(story).replace(SENTENCE, "Officials spoke after a long meeting in Brussels."));
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> build = CompletableFuture.supplyAsync(() -> {
      String[] args = {"build", "--site", dir.toString()};
      CommandLine cli = BriefingCommand.forArguments(args);
      cli.setOut(new PrintWriter(new StringWriter()));
      cli.setErr(new PrintWriter(err, true));
      return cli.execute(args);
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!err.toString().contains("Waiting for another build of") && !build.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(err.toString()).contains("Waiting for another build of");
    Thread.sleep(200);
    assertThat(build).as("still waiting while the other build holds the folder").isNotDone();
    release.run();
    assertThat(build.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("public/2021/10/18/allies-regret-the-decision/index.html"))).contains("long meeting");
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
