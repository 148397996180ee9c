package org.briefing.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * Tells a file of {@code content/} that a build would read in another place or under another
 * name, and reads as nothing (or as a story) where it is: a term file or {@code sources.yaml}
 * misnamed ({@code topics.yml}, {@code Topics.yaml}, {@code author.yaml}) or in a folder of
 * stories, a YAML file at the top of {@code content/} that no grouping reads ({@code series.yaml}
 * with no grouping 'series'), an edition file outside {@code content/editions/}, a page outside
 * {@code content/pages/}, and a story whose name hides its Markdown ({@code a.md.txt}). Its
 * declarations, its order or its text would silently not be applied, and a name only a system
 * that ignores letter case takes ({@code Topics.yaml}) would build otherwise there than on Linux.
 */
final class MisplacedFile {
  private static final Pattern EDITION_NAME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MARKDOWN_EXTENSION = Pattern.compile("(?i)\\.(md|markdown)$");
  /** Folders an edition file is put in by mistake, compared in lower case. */
  private static final Set<String> EDITION_FOLDERS = Set.of("edition", "editions", "briefing", "briefings");
  /** Other tools' Markdown extensions, and Markdown saved as text by an editor that hides extensions. */
  private static final Pattern OTHER_MARKDOWN = Pattern.compile(
      "(?i).+\\.(mdown|mkdn|mkd|mdwn|mdtxt|mdtext|markdn|mkdown|md\\.txt|markdown\\.txt)");

  private final Path contentDir;
  /** The YAML files the site reads at the top of content/: sources.yaml and each grouping's term file. */
  private final Set<String> dataFiles;

  MisplacedFile(Path contentDir, Set<String> dataFiles) {
    this.contentDir = contentDir;
    this.dataFiles = Set.copyOf(dataFiles);
  }

  /** The error for {@code file}, a YAML or other file that is not Markdown, at {@code relative} to content/; null when it is as it should be. */
  Problem ofOther(Path file, Path relative) {
    String name = file.getFileName().toString();
    String lower = name.strip().toLowerCase(Locale.ROOT);
    Problem yaml = lower.endsWith(".yaml") || lower.endsWith(".yml") ? ofYaml(file, relative, name, lower.substring(0, lower.lastIndexOf('.'))) : null;
    if (yaml != null) {
      return yaml;
    }
    if (OTHER_MARKDOWN.matcher(name.strip()).matches() || ContentLoader.isMarkdown(name.strip())) {
      String stem = name.strip().replaceFirst("(?i)(\\.md|\\.markdown)?\\.[^.]+$", "");
      return Problem.error(SourcePosition.of(file), "this file is not read: stories, pages and edition files are read from files"
          + " ending in .md or .markdown" + NearName.spaced(name), "rename it to " + stem + ".md");
    }
    Path editions = contentDir.resolve(ContentLoader.EDITIONS);
    if (file.getParent().equals(editions) && EDITION_NAME.matcher(lower).lookingAt()) {
      return Problem.error(SourcePosition.of(file), "this file is not read: an edition file is a Markdown file named after its date",
          "rename it to " + lower.substring(0, 10) + ".md");
    }
    return null;
  }

  /** The error for {@code file}, a Markdown file at {@code relative} to content/, when it is an edition file or a page out of its folder; else null. */
  Problem ofMarkdown(Path file, Path relative) {
    // asked of every story of the site: the name is looked at further only when it starts as a date does
    String name = file.getFileName().toString();
    String stem = name.isEmpty() || name.charAt(0) < '0' || name.charAt(0) > '9' ? "" : MARKDOWN_EXTENSION.matcher(name).replaceFirst("");
    boolean inEditions = relative.getNameCount() == 2 && relative.getName(0).toString().equals(ContentLoader.EDITIONS);
    if (!inEditions && EDITION_NAME.matcher(stem).matches() && inFolderNamed(relative, EDITION_FOLDERS)) {
      Path meant = contentDir.resolve(ContentLoader.EDITIONS).resolve(stem + ".md");
      return Problem.error(SourcePosition.of(file), "this is not read as an edition file, nor as a story: edition files are read only"
          + " from content/editions/ itself, not from a folder in it or beside it",
          Files.exists(meant) ? "content/editions/" + stem + ".md is there already: keep one of the two files"
              : "move it to content/editions/" + stem + ".md");
    }
    String top = relative.getName(0).toString();
    if (relative.getNameCount() >= 2 && !top.equals(ContentLoader.PAGES)
        && (top.equalsIgnoreCase(ContentLoader.PAGES) || top.equalsIgnoreCase("page"))) {
      return Problem.error(SourcePosition.of(file), "this is not read as a page, nor as a story: pages are read only from content/"
          + ContentLoader.PAGES + "/, in that letter case", "move it to content/" + ContentLoader.PAGES + "/"
          + relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/'));
    }
    return null;
  }

  private static boolean inFolderNamed(Path relative, Set<String> names) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (names.contains(relative.getName(i).toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
          + " and folder defaults (" + ContentLoader.DEFAULTS + ")" + NearName.spaced(name), stem.matches("[a-z0-9]+(-[a-z0-9]+)*")
              ? "if it declares the terms of a grouping '" + stem + "', add the grouping to 'groups:' in briefing.yaml (docs/groups.md);"
                  + " else move the file out of content/"
              : "rename it to the file it is meant to be, or move it out of content/");
    }
    String what = meant.equals(ContentLoader.SOURCES) ? "the sources" : "the terms of the grouping '" + meant.replaceFirst("\\.yaml$", "") + "'";
    Path there = contentDir.resolve(meant);
    String shown = "content/" + meant;
    return Problem.error(SourcePosition.of(file), "this file is not read: " + what + " are read from " + shown + " only" + NearName.spaced(name),
        NearName.isAnother(there, file) ? "move what it holds into " + shown + " and delete it"
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
      int distance = NearName.slips(stem, dataStem, allowed);
      if (distance < nearest) {
        best = data;
        nearest = distance;
      }
    }
    return best;
  }
}
