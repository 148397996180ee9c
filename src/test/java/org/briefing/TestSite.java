package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.render.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole site written from one text block of {@code -- path --} sections into a folder, built
 * the way {@code briefing build} builds it. Every build is made three ways that must give the same
 * bytes: a clean build in memory, {@code briefing build}'s way into {@code public/} with its disk
 * cache (up to date, edit, full with the cache, or clean: whichever its planner chooses after the
 * last edit), and the preview server's way with a cache kept in memory. After each build the CLI's
 * way is run once more and must find the output up to date.
 */
public final class TestSite {
  /** "Now" for test builds, so that stories from 2021 are in the past and results never depend on the clock. */
  public static final Instant NOW = Instant.parse("2021-11-01T12:00:00Z");

  private final Path dir;
  private boolean drafts;
  private boolean future;
  private java.net.URI baseUrl;
  private SiteBuilder.Result last;
  private BuildPlanner.Way lastWay;
  private BuildPlanner.Way lastPreviewWay;
  /** The preview server's planner, its cache and files kept in memory. */
  private final BuildPlanner.InMemory preview = new BuildPlanner.InMemory();
  /** The modification time the next file written gets: a second later each time, as edits by hand would be. */
  private long nextModified = System.currentTimeMillis() / 1000 * 1000;

  private TestSite(Path dir) {
    this.dir = dir;
  }

  /** Writes the sections of {@code spec} below {@code dir}. */
  public static TestSite of(Path dir, String spec) {
    TestSite site = new TestSite(dir);
    site.write(spec);
    return site;
  }

  public Path dir() {
    return dir;
  }

  public Path out() {
    return dir.resolve("public");
  }

  public TestSite drafts() {
    drafts = true;
    return this;
  }

  public TestSite future() {
    future = true;
    return this;
  }

  public TestSite baseUrl(String url) {
    baseUrl = java.net.URI.create(url);
    return this;
  }

  /**
   * Adds or replaces files, in the same {@code -- path --} format. A section whose text is
   * {@code image: png 40x30} (or {@code jpeg}, {@code gif}, with {@code seed N} for other pixels)
   * is written as such a picture ({@link TestImages}).
   */
  public TestSite write(String spec) {
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : (spec + "\n").split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        flush(path, body);
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    flush(path, body);
    return this;
  }

  public TestSite writeBytes(String path, byte[] bytes) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      Files.setLastModifiedTime(file, FileTime.fromMillis(nextModified += 1000));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code from}, which must be there, with {@code to} in the site's file {@code path}. */
  public TestSite edit(String path, String from, String to) {
    try {
      String text = Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
      assertThat(text).as(path).contains(from);
      return writeBytes(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestSite delete(String path) {
    try {
      Files.delete(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush(String path, StringBuilder body) {
    if (path == null) {
      return;
    }
    String text = body.toString().replaceFirst("\n+$", "") + "\n";
    byte[] picture = TestImages.of(text);
    writeBytes(path, picture != null ? picture : text.getBytes(StandardCharsets.UTF_8));
  }

  private BuildSettings settings() {
    return new BuildSettings(dir, drafts, future, NOW);
  }

  private SiteBuilder.Result run() {
    return new SiteBuilder().build(settings(), baseUrl);
  }

  /**
   * Builds the site clean, then the preview's way and {@code briefing build}'s way into
   * {@code public/}, and fails the test on any error or when their files or warnings differ.
   */
  public TestSite build() {
    SiteBuilder.Result clean;
    try {
      clean = run();
    } catch (BuildFailure failure) {
      fail("the build failed:\n" + String.join("\n", failure.problems().stream().map(p -> p.format(dir)).toList()));
      return this;
    }
    return build(clean);
  }

  private TestSite build(SiteBuilder.Result clean) {
    Map<String, byte[]> expected = new TreeMap<>();
    clean.files().forEach(f -> expected.put(f.path(), bytes(f)));

    BuildPlanner.Outcome previewed = preview.build(settings(), baseUrl);
    lastPreviewWay = previewed.way();
    SiteBuilder.Result previewResult = previewed.result();
    Map<String, byte[]> previewFiles = new TreeMap<>();
    preview.files().forEach(f -> previewFiles.put(f.path(), bytes(f)));
    assertSameFiles("the preview's rebuild (" + previewed.way() + ")", expected, previewFiles);
    assertThat(formatted(previewResult.warnings())).as("the preview's warnings").isEqualTo(formatted(clean.warnings()));

    BuildPlanner.Outcome built = cli().build(settings(), baseUrl);
    lastWay = built.way();
    assertSameFiles("briefing build (" + built.way() + ")", expected, outputTree());
    assertThat(formatted(built.result().warnings())).as("the warnings of briefing build (" + built.way() + ")")
        .isEqualTo(formatted(clean.warnings()));
    BuildPlanner.Outcome again = cli().build(settings(), baseUrl);
    assertThat(again.way()).as("briefing build run again with nothing changed").isEqualTo(BuildPlanner.Way.UP_TO_DATE);
    assertThat(formatted(again.result().warnings())).as("the warnings of an up-to-date build").isEqualTo(formatted(clean.warnings()));
    last = clean;
    return this;
  }

  /**
   * Builds the site as {@link #build()} does when it has no errors, else as {@link #buildFails()}
   * does, and returns the errors (none when it built).
   */
  public List<Problem> buildOrFail() {
    SiteBuilder.Result clean;
    try {
      clean = run();
    } catch (BuildFailure failure) {
      return buildFails();
    }
    build(clean);
    return List.of();
  }

  /** The way {@code briefing build} went in the last {@link #build()}. */
  public BuildPlanner.Way lastWay() {
    return lastWay;
  }

  /** The way the preview's rebuild went in the last {@link #build()}. */
  public BuildPlanner.Way lastPreviewWay() {
    return lastPreviewWay;
  }

  private BuildPlanner cli() {
    return new BuildPlanner(out(), false, step -> {}, () -> {});
  }

  /**
   * Builds a site that must fail, and returns its errors; the preview's way and
   * {@code briefing build}'s way must fail with the same errors, leaving {@code public/} as it was.
   */
  public List<Problem> buildFails() {
    List<Problem> errors;
    try {
      run();
      throw new AssertionError("expected the build to fail, but it succeeded");
    } catch (BuildFailure failure) {
      errors = failure.errors();
    }
    Map<String, byte[]> before = Files.isDirectory(out()) ? outputTree() : Map.of();
    try {
      preview.build(settings(), baseUrl);
      throw new AssertionError("the clean build failed but the preview's rebuild succeeded");
    } catch (BuildFailure failure) {
      assertThat(formatted(failure.errors())).as("the errors of the preview's rebuild").isEqualTo(formatted(errors));
    }
    try {
      BuildPlanner.Outcome built = cli().build(settings(), baseUrl);
      throw new AssertionError("the clean build failed but briefing build succeeded (" + built.way() + ")");
    } catch (BuildFailure failure) {
      assertThat(formatted(failure.errors())).as("the errors of briefing build").isEqualTo(formatted(errors));
    }
    assertSameFiles("public/ after a failed build", before, Files.isDirectory(out()) ? outputTree() : Map.of());
    return errors;
  }

  public List<Problem> warnings() {
    return last.warnings();
  }

  public SiteBuilder.Result result() {
    return last;
  }

  public boolean exists(String path) {
    return Files.exists(out().resolve(path));
  }

  public String file(String path) {
    try {
      return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("no output file " + path, e);
    }
  }

  public Document html(String path) {
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    return Jsoup.parse(file(file), "https://example.org/");
  }

  public List<String> outputPaths() {
    return List.copyOf(outputTree().keySet());
  }

  private List<String> formatted(List<Problem> problems) {
    return problems.stream().map(p -> p.format(dir)).toList();
  }

  private static byte[] bytes(OutputFile file) {
    try {
      return file.isCopy() ? Files.readAllBytes(file.copyOf()) : file.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files under {@code public/} by path, without the build's own (cache, lock) folders. */
  private Map<String, byte[]> outputTree() {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out())) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String path = out().relativize(p).toString().replace('\\', '/');
        if (!path.startsWith(".briefing")) {
          files.put(path, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String firstDifference(byte[] a, byte[] b) {
    String[] x = new String(a, StandardCharsets.UTF_8).split("\n");
    String[] y = new String(b, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ":\n  clean:       " + x[i] + "\n  incremental: " + y[i];
      }
    }
    return "lengths differ";
  }

  private static void assertSameFiles(String what, Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).as("the files of " + what + " against a clean build").containsExactlyElementsOf(expected.keySet());
    List<String> different = new ArrayList<>();
    expected.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, actual.get(path))) {
        different.add(path + "\n" + firstDifference(bytes, actual.get(path)));
      }
    });
    assertThat(different).as("files of " + what + " that differ from a clean build").isEmpty();
  }
}
