package org.briefing.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * The one rule for every file a build reads or copies: with every symbolic link followed, it is
 * inside the site folder (or inside the folder that the site's {@code content/},
 * {@code templates/} or {@code static/} itself links to). A link to a file elsewhere would publish
 * that file, or read it into a page.
 */
public final class SiteFiles {
  private static final List<String> FOLDERS = List.of("content", "templates", "static");

  private SiteFiles() {}

  /**
   * The first folder on the way from {@code root} down to {@code file} that is a link, else null.
   * A build lists its inputs without following links to folders ({@code FileTree}), so a photo
   * reached through one would be published while a rebuild never saw it change.
   */
  public static Path linkedFolder(Path root, Path file) {
    Path at = root.normalize();
    Path below = at.relativize(file);
    for (int i = 0; i < below.getNameCount() - 1; i++) {
      at = at.resolve(below.getName(i));
      if (java.nio.file.Files.isSymbolicLink(at)) {
        return at;
      }
    }
    return null;
  }

  /**
   * Whether {@code file} is inside the site in {@code siteDir}, judged by where it leads with every
   * link followed; a file that does not exist by where it would be made, so that a link to nothing
   * yet ({@code x.md -> ~/.bash_profile}) is outside, as the file it would make is.
   */
  public static boolean inside(Path siteDir, Path file) {
    Path real = whereItLeads(file.toAbsolutePath(), MAX_LINKS);
    if (real == null) {
      return false;
    }
    if (startsWithReal(real, siteDir)) {
      return true;
    }
    for (String folder : FOLDERS) {
      if (startsWithReal(real, siteDir.resolve(folder))) {
        return true;
      }
    }
    return false;
  }

  /** As many links in a row as the system follows (Linux's MAXSYMLINKS). */
  private static final int MAX_LINKS = 40;

  /**
   * {@code path} (absolute) as the system would find or make it: its real path when it exists, else
   * a link's target followed, else where it would be made in its real parent folder; null after
   * more than {@code hops} links in a row (a loop).
   */
  private static Path whereItLeads(Path path, int hops) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      // does not exist (yet), or a link to nothing
    }
    if (java.nio.file.Files.isSymbolicLink(path)) {
      if (hops == 0) {
        return null;
      }
      try {
        return whereItLeads(path.getParent().resolve(java.nio.file.Files.readSymbolicLink(path)), hops - 1);
      } catch (IOException | UnsupportedOperationException e) {
        return null;
      }
    }
    Path parent = path.getParent();
    if (parent == null || path.getFileName() == null) {
      return path.normalize();
    }
    Path realParent = whereItLeads(parent, hops);
    return realParent == null ? null : realParent.resolve(path.getFileName()).normalize();
  }

  /** {@code file}, when it is inside the site; else a {@link BuildFailure} naming it and where it leads. */
  public static Path check(Path siteDir, Path file) {
    if (!inside(siteDir, file)) {
      throw new BuildFailure(outside(file));
    }
    return file;
  }

  /** The error for {@code file}, a link that leads outside the site. */
  public static Problem outside(Path file) {
    String target;
    try {
      target = file.toRealPath().toString();
    } catch (IOException e) {
      target = "elsewhere";
    }
    return Problem.error(SourcePosition.of(file), "this is a link to " + target + ", outside the site folder; a build reads and "
        + "publishes only files inside the site", "copy the file into the site instead of linking to it");
  }

  private static boolean startsWithReal(Path real, Path root) {
    try {
      return real.startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
