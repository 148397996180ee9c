package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.build.SiteBuilder;
import org.briefing.model.BuildSettings;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.render.OutputFile;
import org.briefing.write.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole site written from one text block of {@code -- path --} sections into a folder, built
 * the way {@code briefing build} builds it. Every successful build is built twice and must give
 * byte-identical files.
 */
public final class TestSite {
  /** "Now" for test builds, so that stories from 2021 are in the past and results never depend on the clock. */
  public static final Instant NOW = Instant.parse("2021-11-01T12:00:00Z");

  private final Path dir;
  private boolean drafts;
  private boolean future;
  private java.net.URI baseUrl;
  private SiteBuilder.Result last;

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

  /** Adds or replaces files, in the same {@code -- path --} format. */
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
      return this;
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
    writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private SiteBuilder.Result run() {
    return new SiteBuilder().build(new BuildSettings(dir, drafts, future, NOW), baseUrl);
  }

  /** Builds and writes the site into {@code public/}, failing the test on any error. */
  public TestSite build() {
    SiteBuilder.Result first;
    try {
      first = run();
    } catch (BuildFailure failure) {
      fail("the build failed:\n" + String.join("\n", failure.problems().stream().map(p -> p.format(dir)).toList()));
      return this;
    }
    SiteBuilder.Result second = run();
    assertSameFiles(first.files(), second.files());
    new SiteWriter().write(out(), first.files());
    last = first;
    return this;
  }

  /** Builds a site that must fail, and returns its errors. */
  public List<Problem> buildFails() {
    try {
      run();
    } catch (BuildFailure failure) {
      return failure.errors();
    }
    throw new AssertionError("expected the build to fail, but it succeeded");
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
    try (Stream<Path> walk = Files.walk(out())) {
      return walk.filter(Files::isRegularFile).map(p -> out().relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDifference(byte[] a, byte[] b) {
    String[] x = new String(a, StandardCharsets.UTF_8).split("\n");
    String[] y = new String(b, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ":\n  " + x[i] + "\n  " + y[i];
      }
    }
    return "lengths differ";
  }

  private static void assertSameFiles(List<OutputFile> a, List<OutputFile> b) {
    assertThat(b.stream().map(OutputFile::path).toList()).isEqualTo(a.stream().map(OutputFile::path).toList());
    List<String> different = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isCopy() && !Arrays.equals(a.get(i).bytes(), b.get(i).bytes())) {
        different.add(a.get(i).path() + "\n" + firstDifference(a.get(i).bytes(), b.get(i).bytes()));
      }
    }
    assertThat(different).as("files that differ between two builds of the same input").isEmpty();
  }
}
