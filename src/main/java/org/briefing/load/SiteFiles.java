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

  /**
   * Whether {@code link}, a link in {@code staticDir}, leads to a file that static/ publishes under
   * the link's name: a file of static/ itself that static/ publishes under its own name
   * ({@link FileTree#isPublishedStaticName}: not hidden, no editor's scratch file). A link to another
   * file of the site ({@code briefing.yaml}, a hidden {@code .env} or {@code .git/config}, a draft in
   * content/) would publish what no editor put into static/.
   */
  public static boolean publishable(Path staticDir, Path link) {
    try {
      Path real = link.toRealPath();
      Path root = staticDir.toRealPath();
      return real.startsWith(root) && java.nio.file.Files.isRegularFile(real)
          && FileTree.isPublishedStaticName(root.relativize(real).toString().replace('\\', '/'));
    } catch (java.io.IOException e) {
      return false;
    }
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

  /** The error for {@code file}, a link that leads outside the site, or to no file at all ({@link #brokenLink}). */
  public static Problem outside(Path file) {
    String target;
    try {
      target = file.toRealPath().toString();
    } catch (IOException e) {
      Problem broken = brokenLink(file);
      if (broken != null) {
        return broken;
      }
      target = "elsewhere";
    }
    return Problem.error(SourcePosition.of(file), "this is a link to " + target + ", outside the site folder; a build reads and "
        + "publishes only files inside the site", "copy the file into the site instead of linking to it");
  }

  /**
   * The error for {@code file} when it is a link that leads to no file: round in a loop
   * ({@code loop -> loop}), or to something that does not exist, named as the link gives it; else
   * null. Both were told they lead "elsewhere, outside the site folder", which named neither.
   */
  public static Problem brokenLink(Path file) {
    if (!java.nio.file.Files.isSymbolicLink(file)) {
      return null;
    }
    List<String> chain = new java.util.ArrayList<>(List.of(file.getFileName().toString()));
    java.util.Set<Path> seen = new java.util.HashSet<>(List.of(file.toAbsolutePath().normalize()));
    Path at = file.toAbsolutePath().normalize();
    try {
      while (java.nio.file.Files.isSymbolicLink(at)) {
        Path written = java.nio.file.Files.readSymbolicLink(at);
        chain.add(written.toString());
        at = at.getParent().resolve(written).normalize();
        if (!seen.add(at) || seen.size() > MAX_LINKS) {
          return Problem.error(SourcePosition.of(file), "this is a link that leads round in a loop (" + String.join(" -> ", chain)
              + ") and stands for no file", "delete it, or make it lead to the file it should stand for");
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
    if (java.nio.file.Files.exists(at)) {
      return null;
    }
    String missing = chain.get(chain.size() - 1) + (chain.size() == 2 ? "" : " (" + String.join(" -> ", chain) + ")");
    return Problem.error(SourcePosition.of(file), "this is a link to " + missing + ", which does not exist",
        "make it lead to a file inside the site, or delete it");
  }

  private static boolean startsWithReal(Path real, Path root) {
    try {
      return real.startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
