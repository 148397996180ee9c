package org.briefing.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * Tells a file of {@code content/} that a build would read in another place or under another
 * name, and reads as nothing where it is: a term file or {@code sources.yaml} misnamed
 * ({@code topics.yml}, {@code Topics.yaml}, {@code author.yaml}) or in a folder of stories, and a
 * YAML file at the top of {@code content/} that no grouping reads ({@code series.yaml} with no
 * grouping 'series'). Its declarations would silently not be applied, and a name only a system
 * that ignores letter case takes ({@code Topics.yaml}) would build otherwise there than on Linux.
 */
final class MisplacedFile {
  private final Path contentDir;
  /** The YAML files the site reads at the top of content/: sources.yaml and each grouping's term file. */
  private final Set<String> dataFiles;

  MisplacedFile(Path contentDir, Set<String> dataFiles) {
    this.contentDir = contentDir;
    this.dataFiles = Set.copyOf(dataFiles);
  }

  /** The error for {@code file}, a file that is not Markdown, at {@code relative} to content/; null when it is as it should be. */
  Problem ofOther(Path file, Path relative) {
    String name = file.getFileName().toString();
    String lower = name.strip().toLowerCase(Locale.ROOT);
    Problem yaml = lower.endsWith(".yaml") || lower.endsWith(".yml") ? ofYaml(file, relative, name, lower.substring(0, lower.lastIndexOf('.'))) : null;
    if (yaml != null) {
      return yaml;
    }
    return null;
  }

  private Problem ofYaml(Path file, Path relative, String name, String stem) {
    boolean top = relative.getNameCount() == 1;
    if (top && dataFiles.contains(name)) {
      return null;
    }
    String meant = meant(stem);
    if (meant == null && !top) {
      return null; // notes of the desk's own, say: no build reads YAML in a folder of stories but folder defaults
    }
    if (meant == null) {
      String read = String.join(", ", dataFiles.stream().sorted().toList());
      return Problem.error(SourcePosition.of(file), "this file is not read: at the top of content/ a build reads only " + read
          + " and folder defaults (" + ContentLoader.DEFAULTS + ")" + spaced(name), stem.matches("[a-z0-9]+(-[a-z0-9]+)*")
              ? "if it declares the terms of a grouping '" + stem + "', add the grouping to 'groups:' in briefing.yaml (docs/groups.md);"
                  + " else move the file out of content/"
              : "rename it to the file it is meant to be, or move it out of content/");
    }
    String what = meant.equals(ContentLoader.SOURCES) ? "the sources" : "the terms of the grouping '" + meant.replaceFirst("\\.yaml$", "") + "'";
    Path there = contentDir.resolve(meant);
    String shown = "content/" + meant;
    return Problem.error(SourcePosition.of(file), "this file is not read: " + what + " are read from " + shown + " only" + spaced(name),
        isAnother(there, file) ? "move what it holds into " + shown + " and delete it"
            : top ? "rename it to " + meant : "move it to " + shown);
  }

  /**
   * The file of {@link #dataFiles} that a YAML file named {@code stem} (in lower case, without its
   * extension) is a slip of: the same name in other case or with another extension, or one or two
   * typing slips away ({@code topic}, {@code autors}); the nearest, the first by name of equally near.
   */
  private String meant(String stem) {
    String best = null;
    int nearest = Integer.MAX_VALUE;
    for (String data : dataFiles.stream().sorted().toList()) {
      String dataStem = data.replaceFirst("\\.yaml$", "");
      // short names are a slip away from many words: 'desk' from 'desks' is, 'disk' from 'desk' need not be
      int allowed = dataStem.length() < 7 ? 1 : 2;
      int distance = Math.abs(stem.length() - dataStem.length()) > allowed ? Integer.MAX_VALUE : FieldCheck.editDistance(stem, dataStem);
      if (distance <= allowed && distance < nearest) {
        best = data;
        nearest = distance;
      }
    }
    return best;
  }

  /** Whether {@code there} is a file other than {@code file}: on a system that ignores letter case, content/topics.yaml is content/Topics.yaml. */
  private static boolean isAnother(Path there, Path file) {
    try {
      return Files.exists(there) && !Files.isSameFile(there, file);
    } catch (java.io.IOException e) {
      return true;
    }
  }

  /** A note for a name whose space at its start or end is all but invisible in the error's path. */
  private static String spaced(String name) {
    return name.equals(name.strip()) ? "" : " (this name has a space at its start or end)";
  }
}
