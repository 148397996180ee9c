package org.briefing.rebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.model.BuildSettings;

/**
 * Checks an output folder against a clean build of the same input, made in a scratch folder that
 * is deleted afterwards: for {@code briefing build --verify-incremental}, for a user who doubts a
 * rebuild.
 */
public final class OutputComparison {
  /** A file that differs, is missing from the output or is there but not in a clean build. */
  public record Difference(String path, String what) {}

  private OutputComparison() {}

  /** The files of {@code output} that differ from a clean build of the site into a scratch folder, by path. */
  public static List<Difference> againstCleanBuild(Path output, BuildSettings settings, java.net.URI base) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("briefing-verify-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a scratch folder for the clean build", e);
    }
    try {
      Path clean = scratch.resolve("public");
      new BuildPlanner(clean, true, step -> {}, () -> {}).build(settings, base);
      return differences(clean, output);
    } finally {
      deleteTree(scratch);
    }
  }

  /** How the files under {@code actual} differ from those under {@code expected}, sorted by path. */
  static List<Difference> differences(Path expected, Path actual) {
    Map<String, Path> want = files(expected);
    Map<String, Path> have = files(actual);
    List<Difference> differences = new ArrayList<>();
    TreeMap<String, Boolean> all = new TreeMap<>();
    want.keySet().forEach(p -> all.put(p, true));
    have.keySet().forEach(p -> all.put(p, true));
    for (String path : all.keySet()) {
      if (!have.containsKey(path)) {
        differences.add(new Difference(path, "missing"));
      } else if (!want.containsKey(path)) {
        differences.add(new Difference(path, "not made by a clean build"));
      } else if (!Arrays.equals(read(want.get(path)), read(have.get(path)))) {
        differences.add(new Difference(path, "different content"));
      }
    }
    return differences;
  }

  /** The regular files below {@code root} by relative path, without the build's own files (.briefing-output, cache, lock). */
  private static Map<String, Path> files(Path root) {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(file -> {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!path.startsWith(".briefing")) {
          files.put(path, file);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return files;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a scratch folder left in the temporary folder does no harm
    }
  }
}
