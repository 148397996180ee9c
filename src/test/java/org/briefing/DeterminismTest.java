package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output from one run of Briefing to the next. Builds inside
 * one JVM cannot show this: Java's {@code Map.of} and {@code Set.of} iterate in an order chosen
 * afresh by each JVM, so the site is built by separate {@code java} processes here.
 */
class DeterminismTest {
  private static final int RUNS = 4;

  @TempDir Path dir;

  @Test
  void separateRunsWriteTheSameBytes() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Map<String, byte[]> first = null;
    for (int run = 0; run < RUNS; run++) {
      Path out = dir.resolve("out-" + run + "/public");
      build(out);
      Map<String, byte[]> files = files(out);
      assertThat(files).as("pages written").containsKey("index.html").hasSizeGreaterThan(10);
      if (first == null) {
        first = files;
        continue;
      }
      assertThat(files.keySet()).isEqualTo(first.keySet());
      for (Map.Entry<String, byte[]> e : first.entrySet()) {
        assertThat(new String(files.get(e.getKey()), StandardCharsets.UTF_8)).as(e.getKey())
            .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The same site in another folder, its files saved at other times, makes the same bytes: no
   * output (the search index's version among them) depends on where the site is or when its files
   * were saved, as in a fresh clone of a site's repository.
   */
  @Test
  void theSameSiteInAnotherFolderWritesTheSameBytes() throws Exception {
    TestSite here = TestSite.of(dir.resolve("here"), Fixtures.TWO_EDITIONS).build();
    TestSite there = TestSite.of(dir.resolve("somewhere/else"), Fixtures.TWO_EDITIONS).build();
    assertThat(files(here.out())).containsKey("search/manifest.json");
    Map<String, String> a = CacheStoreTest.tree(here.out());
    Map<String, String> b = CacheStoreTest.tree(there.out());
    assertThat(b.keySet()).isEqualTo(a.keySet());
    assertThat(a.keySet().stream().filter(path -> !a.get(path).equals(b.get(path)))).as("files that differ").isEmpty();
  }

  @Test
  void structuredDataKeepsItsKeysInOrder() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    String jsonLd = site.html("2021/10/18/russia-suspends-its-mission-to-nato/").select("script[type=application/ld+json]").html();
    assertThat(jsonLd).contains("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://example.org/2021/10/18/");
  }

  /** Eight fields whose order in Map.copyOf (on any JVM) differs from their order here. */
  private static final String EIGHT = """
      desk: Europe
      kicker: Analysis
      region: East
      byline: Wire Desk
      embargo: none
      priority: high
      wire_id: A-17
      section: World
      """;

  private static final String LISTING_TEMPLATE = """
      -- templates/article.ftlh --
      <p id="story"><#list article.params as k, v>${k}=${v};</#list></p>
      <p id="site"><#list site.params as k, v>${k}=${v};</#list></p>
      """;

  private static final String STORY = """
      -- content/stories/a.md --
      ---
      title: A story
      date: 2021-10-18T10:00:00Z
      sources: [reuters]
      ---
      Text.
      """;

  @Test
  void paramsReachTemplatesInTheOrderOfTheirFiles() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + EIGHT + Fixtures.SOURCES + STORY + LISTING_TEMPLATE
        + "-- content/stories/_defaults.yaml --\n" + EIGHT).build();
    String expected = "desk=Europe;kicker=Analysis;region=East;byline=Wire Desk;embargo=none;priority=high;wire_id=A-17;section=World;";
    assertThat(site.html("2021/10/18/a-story/").select("#story").text()).isEqualTo(expected);
    assertThat(site.html("2021/10/18/a-story/").select("#site").text()).isEqualTo(expected);
  }

  @Test
  void reorderingTheDefaultsReordersTheParamsOfARebuild() throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY + LISTING_TEMPLATE
        + "-- content/stories/_defaults.yaml --\n" + EIGHT);
    assertThat(CliTest.run("build", "--site", dir.toString(), "-q").code()).isZero();
    List<String> lines = new ArrayList<>(EIGHT.lines().toList());
    java.util.Collections.reverse(lines);
    Files.writeString(dir.resolve("content/stories/_defaults.yaml"), String.join("\n", lines) + "\n");
    CliTest.Run rebuilt = CliTest.run("build", "--site", dir.toString(), "-q");
    assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
    String page = Files.readString(dir.resolve("public/2021/10/18/a-story/index.html"));
    assertThat(org.jsoup.Jsoup.parse(page).select("#story").text())
        .isEqualTo("section=World;wire_id=A-17;priority=high;embargo=none;byline=Wire Desk;region=East;kicker=Analysis;desk=Europe;");
  }

  @Test
  void paramsKeepTheirOrderThroughTheBuildCache() throws Exception {
    TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORY + LISTING_TEMPLATE
        + "-- content/stories/_defaults.yaml --\n" + EIGHT);
    assertThat(CliTest.run("build", "--site", dir.toString(), "-q").code()).isZero();
    // a template edit renders the story's page again from the story as the cache file kept it
    Files.writeString(dir.resolve("templates/article.ftlh"), "<p>Params:</p>\n", java.nio.file.StandardOpenOption.APPEND);
    CliTest.Run rebuilt = CliTest.run("build", "--site", dir.toString(), "-q");
    assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
    String page = Files.readString(dir.resolve("public/2021/10/18/a-story/index.html"));
    assertThat(page).contains("Params:");
    assertThat(org.jsoup.Jsoup.parse(page).select("#story").text())
        .isEqualTo("desk=Europe;kicker=Analysis;region=East;byline=Wire Desk;embargo=none;priority=high;wire_id=A-17;section=World;");
  }

  /**
   * Nothing depends on the machine's language or time zone: Freemarker's built-ins that depend on
   * them ({@code ?upper_case}, date formats) use the site's, and addresses are written with ASCII
   * digits; a build on a machine set to Turkish or Arabic in another time zone writes the same
   * bytes, and a cache made on one machine serves the other.
   */
  @Test
  void theMachinesLanguageAndTimeZoneDoNotReachThePages() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><p id="upper">${"title in italics"?upper_case}</p>
        <p id="moment">${"2021-10-18T23:30:00Z"?datetime.iso?string("EEEE d MMMM HH:mm")}</p></@l.frame>
        """);
    Path here = dir.resolve("here/public");
    Path turkish = dir.resolve("turkish/public");
    Path arabic = dir.resolve("arabic/public");
    build(here);
    build(turkish, "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
    build(arabic, "-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=America/New_York");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(turkish.resolve("404.html")));
    assertThat(page.select("#upper").text()).isEqualTo("TITLE IN ITALICS");
    assertThat(page.select("#moment").text()).as("in the site's zone, Europe/Brussels").isEqualTo("Tuesday 19 October 01:30");
    Map<String, byte[]> a = files(here);
    assertThat(a).containsKey("archive/2021/10/index.html");
    for (Path other : List.of(turkish, arabic)) {
      Map<String, byte[]> b = files(other);
      assertThat(b.keySet()).as(other.toString()).isEqualTo(a.keySet());
      assertThat(a.keySet().stream().filter(path -> !java.util.Arrays.equals(a.get(path), b.get(path)))).as("files that differ").isEmpty();
    }
  }

  /**
   * A cache made under one Java runtime is not used by another: the runtime's Unicode tables decide
   * the words of the search index and its time-zone data the offset of a date written without one,
   * so the other runtime's clean build may differ, and its rebuild must be one.
   */
  @Test
  void aCacheMadeUnderAnotherJavaIsNotUsed() throws Exception {
    Path here = Path.of(System.getProperty("java.home")).toRealPath();
    Path other = null;
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      for (Path jdk : jdks.sorted().toList()) {
        if (Files.isExecutable(jdk.resolve("bin/java")) && !jdk.toRealPath().equals(here)) {
          other = jdk.resolve("bin/java");
        }
      }
    } catch (IOException none) {
      // no JDKs there
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "a second Java runtime in /usr/lib/jvm");
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    Path out = dir.resolve("public");
    assertThat(run(null, out)).as("the first build").doesNotContain("up to date");
    assertThat(run(null, out)).as("the same runtime again").contains("up to date");
    assertThat(run(other, out)).as("another runtime on the first one's cache").doesNotContain("up to date");
  }

  /** Builds with {@code java} (null: this test's runtime) into {@code out}, printing what it did, and returns what it printed. */
  private String run(Path java, Path out) throws IOException, InterruptedException {
    Path runtime = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(runtime.toString(), "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main", "build",
        "--site", dir.toString(), "--out", out.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  private void build(Path out, String... jvmOptions) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.briefing.cli.Main", "build", "--site", dir.toString(), "--out", out.toString(), "-q"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
