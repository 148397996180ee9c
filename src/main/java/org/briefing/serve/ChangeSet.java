package org.briefing.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The files that changed in one quiet period, each sorted into a {@link ChangeKind}.
 *
 * @param paths changed paths relative to the site folder, '/'-separated and sorted
 * @param kinds the kinds of change among them
 */
public record ChangeSet(List<String> paths, Set<ChangeKind> kinds) {

  public ChangeSet {
    paths = List.copyOf(new TreeSet<>(paths));
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  /** Sorts absolute paths below {@code siteDir}; paths outside the site's inputs are left out. */
  public static ChangeSet of(Path siteDir, Collection<Path> changed) {
    Set<String> paths = new TreeSet<>();
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    for (Path p : changed) {
      ChangeKind kind = classify(siteDir, p);
      if (kind != null) {
        paths.add(siteDir.relativize(p).toString().replace('\\', '/'));
        kinds.add(kind);
      }
    }
    return new ChangeSet(List.copyOf(paths), kinds);
  }

  /** The kind of change a path makes, or null when the site does not read it. */
  static ChangeKind classify(Path siteDir, Path path) {
    if (!path.startsWith(siteDir) || path.equals(siteDir)) {
      return null;
    }
    Path rel = siteDir.relativize(path);
    String top = rel.getName(0).toString();
    if (rel.getNameCount() == 1) {
      return switch (top) {
        case "briefing.yaml", "content", "templates", "static" -> ChangeKind.CONFIG;
        // a settings file under a near name stops the build, and renamed it is briefing.yaml
        default -> org.briefing.config.ConfigLoader.isMisnamed(top) ? ChangeKind.CONFIG : null;
      };
    }
    if (org.briefing.load.FileTree.isScratchFile(path.getFileName().toString())) {
      return null;
    }
    return switch (top) {
      case "content" -> ChangeKind.CONTENT;
      case "templates" -> ChangeKind.TEMPLATE;
      case "static" -> ChangeKind.STATIC;
      default -> null;
    };
  }

  public boolean isEmpty() {
    return paths.isEmpty();
  }

  /**
   * True when only stylesheets that pages link to changed, so that open pages can swap them
   * without reloading; the email's style sheet is written into the email pages' own elements.
   */
  public boolean stylesheetsOnly() {
    return !paths.isEmpty() && paths.stream().allMatch(p -> p.endsWith(".css") && !p.equals("templates/email.css"))
        && !kinds.contains(ChangeKind.CONFIG) && !kinds.contains(ChangeKind.CONTENT);
  }

  /** One line for the console, e.g. {@code content: content/stories/a.md, content/stories/b.md}. */
  public String describe() {
    String kindList = kinds.stream().sorted().map(ChangeKind::label).collect(Collectors.joining("+"));
    String shown = String.join(", ", paths.subList(0, Math.min(3, paths.size())));
    return kindList + ": " + shown + (paths.size() > 3 ? " and " + (paths.size() - 3) + " more" : "");
  }
}
