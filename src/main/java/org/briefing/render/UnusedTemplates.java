package org.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.briefing.load.FieldCheck;
import org.briefing.load.FileTree;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * Finds the files of a site's {@code templates/} that look like a theme file's name mistyped
 * ({@code artcle.ftlh}, {@code Article.ftlh}, {@code article.html}) and that no page uses: a site's
 * file replaces the theme's only under exactly its name, so such a file changes nothing, and the
 * theme's page is published as if it were not there.
 *
 * <p>A file is used when it has a theme file's name, or when a template the pages use (every
 * template of the theme, the site's own in place of the bundled one) includes or imports it,
 * directly or through other templates, or names it to {@code .get_optional_template}. A name
 * computed while the page renders ({@code <#include name>}) cannot be followed: with one, any file
 * could be used, and none is reported. A file close to no theme name is not reported either: a
 * partial is named freely, and one left unused does no harm. The result depends on the templates
 * alone, so every way a build goes (and a story's edit) gives the same warnings.
 */
final class UnusedTemplates {
  /** Endings a template may be saved with by mistake for the theme's own. */
  private static final Set<String> TEMPLATE_ENDINGS = Set.of("ftl", "ftlh", "ftlx", "html", "htm", "xhtml", "xml", "txt");

  /** A template whose names it loads cannot all be known before it renders. */
  private static final class Unfollowable extends Exception {
    Unfollowable() {
      super(null, null, false, false);
    }
  }

  private final Path dir;
  private final Function<String, byte[]> source;
  private final TemplateLoads loads = new TemplateLoads();

  /** @param source the text of a template by name, the site's or the bundled one, or null when there is none */
  private UnusedTemplates(Path dir, Function<String, byte[]> source) {
    this.dir = dir;
    this.source = source;
  }

  /** A warning for each file of {@code dir} (a site's {@code templates/}) that no page uses and that is near a theme file's name. */
  static List<Problem> find(Path dir, Function<String, byte[]> source) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try {
      files = FileTree.walk(dir, true);
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // the build reports a folder it cannot read, or a loop of links, before this
    }
    List<Path> suspects = new ArrayList<>();
    List<String> meant = new ArrayList<>();
    for (Path file : files) {
      String name = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
      if (!Files.isRegularFile(file) || Templates.THEME_FILES.contains(name) || name.startsWith("assets/") || name.startsWith("strings/")
          || name.startsWith(".") || name.contains("/.") || FileTree.isScratchFile(file.getFileName().toString())) {
        continue;
      }
      String near = nearestThemeFile(file.getFileName().toString());
      if (near != null) {
        suspects.add(file);
        meant.add(near);
      }
    }
    if (suspects.isEmpty()) {
      return List.of();
    }
    Set<String> used;
    try {
      used = new UnusedTemplates(dir, source).used();
    } catch (Unfollowable e) {
      return List.of();
    }
    List<Problem> warnings = new ArrayList<>();
    for (int i = 0; i < suspects.size(); i++) {
      if (!isUsed(dir, suspects.get(i), used)) {
        warnings.add(warning(dir, suspects.get(i), meant.get(i)));
      }
    }
    return warnings;
  }

  /**
   * The theme file that {@code fileName} most likely meant: the same name in other letter case, the
   * same name with another template ending, or a name a typo away with the same ending; else null.
   * A name with more than one dot ({@code article.old.ftlh}) is a copy kept on purpose, no typo.
   */
  private static String nearestThemeFile(String fileName) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String theme : Templates.THEME_FILES) {
      if (theme.startsWith("strings/")) {
        continue;
      }
      String themeName = theme.substring(theme.lastIndexOf('/') + 1);
      int rank = rank(fileName, themeName);
      if (rank < bestRank) {
        best = theme;
        bestRank = rank;
      }
    }
    return best;
  }

  /** 0 for the same name but letter case, 1 for the same name with another template ending, 2 and more for a typo; else MAX_VALUE. */
  private static int rank(String fileName, String themeName) {
    if (fileName.equalsIgnoreCase(themeName)) {
      return 0;
    }
    int dot = fileName.indexOf('.');
    if (dot <= 0 || dot != fileName.lastIndexOf('.')) {
      return Integer.MAX_VALUE;
    }
    String stem = fileName.substring(0, dot);
    String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String themeStem = themeName.substring(0, themeName.indexOf('.'));
    String themeEnding = themeName.substring(themeName.indexOf('.') + 1);
    if (stem.equalsIgnoreCase(themeStem) && TEMPLATE_ENDINGS.contains(ending) && themeEnding.startsWith("ftl")) {
      return 1;
    }
    if (!ending.equals(themeEnding)) {
      return Integer.MAX_VALUE;
    }
    int distance = FieldCheck.typoDistance(stem, themeStem);
    return distance == Integer.MAX_VALUE ? distance : 2 + distance;
  }

  private static boolean isUsed(Path dir, Path file, Set<String> used) {
    for (String name : used) {
      Path named = dir.resolve(name);
      try {
        // the same file through a link; not under another spelling where a system ignores letter case, as the loader reads no such name
        if (named.equals(file) || Files.isRegularFile(named) && FileTree.hasExactName(dir, named) && Files.isSameFile(named, file)) {
          return true;
        }
      } catch (IOException e) {
        // a file that cannot be compared is taken as another
      }
    }
    return false;
  }

  private static Problem warning(Path dir, Path file, String meant) {
    String hint = "did you mean '" + meant + "'? " + (Files.isRegularFile(dir.resolve(meant))
        ? "templates/" + meant + " replaces the theme's file already, and this one under another name replaces nothing: move what it"
            + " has into that one and delete it"
        : "Only a file at exactly templates/" + meant + " replaces the theme's: rename this one");
    return Problem.warning(SourcePosition.of(file), "no page uses this file: no theme file has its name, and no template the pages use"
        + " includes or imports it", hint);
  }

  /** The names of every template the pages can reach, the theme's files among them. */
  private Set<String> used() throws Unfollowable {
    Set<String> used = new LinkedHashSet<>(Templates.THEME_FILES);
    Deque<String> toRead = new ArrayDeque<>();
    for (String name : Templates.THEME_FILES) {
      if (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl")) {
        toRead.add(name);
      }
    }
    Set<String> read = new HashSet<>();
    while (!toRead.isEmpty()) {
      String name = toRead.poll();
      if (!read.add(name)) {
        continue;
      }
      for (String loaded : loadedBy(name)) {
        used.add(loaded);
        toRead.add(loaded);
      }
    }
    return used;
  }

  /** The templates that {@code name} includes, imports or gets by name; none when there is no such template. */
  private List<String> loadedBy(String name) throws Unfollowable {
    byte[] bytes;
    try {
      bytes = source.apply(name);
    } catch (RuntimeException e) {
      bytes = null;
    }
    if (bytes == null) {
      return List.of();
    }
    TemplateLoads.Reading reading = loads.of(name, new String(bytes, StandardCharsets.UTF_8));
    if (reading == null || !reading.complete()) {
      // its loads are unknown (the build reports a syntax error if a page renders it), or computed while a page renders
      throw new Unfollowable();
    }
    return reading.loads().stream().map(TemplateLoads.Load::name).toList();
  }
}
