package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.ContentLoader;
import org.briefing.load.SiteFiles;

/**
 * Where {@code new} and {@code import} may write a story: a folder of the site's {@code content/}
 * whose Markdown files a build reads as stories. Not {@code pages/} or {@code editions/}, not a
 * folder a build skips (its name starts with '.' or '_'), and not through a link to a folder: a
 * build follows none, and one may lead outside the site.
 */
final class StoryFolder {
  /** Why a folder or file may not be written, and what to do instead. */
  record Refusal(String message, String hint) {}

  private StoryFolder() {}

  /** Why {@code folder} (absolute, normalised), given with {@code option}, takes no stories of the site in {@code site}; null when it does. */
  static Refusal refusal(Path site, Path folder, String option) {
    Path content = site.resolve("content");
    String hint = "stories go in content/ or a folder below it, such as content/stories/";
    if (!folder.startsWith(content)) {
      return new Refusal(option + " " + folder + " is not inside the site's content folder " + content, hint);
    }
    Path relative = content.relativize(folder);
    if (relative.toString().isEmpty()) {
      return null;
    }
    String first = relative.getName(0).toString();
    if (first.equals(ContentLoader.PAGES)) {
      return new Refusal(option + " " + folder + ": content/pages/ holds pages, such as About, not stories", hint);
    }
    if (first.equals(ContentLoader.EDITIONS)) {
      return new Refusal(option + " " + folder + ": content/editions/ holds one file per edition, named after its date, not stories", hint);
    }
    Path walked = content;
    for (Path part : relative) {
      walked = walked.resolve(part);
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return new Refusal(option + " " + folder + ": a build reads no story in a folder whose name starts with '.' or '_' ("
            + name + ")", hint);
      }
      if (Files.isSymbolicLink(walked)) {
        return new Refusal(option + " " + folder + ": " + walked + " is a link to " + linkTarget(walked)
            + (SiteFiles.inside(site, walked) ? "" : ", outside the site")
            + "; a build does not follow links to folders, so it would never read a story written there",
            "write into a real folder of content/; to keep stories elsewhere, move them into the site instead of linking to them");
      }
    }
    return null;
  }

  /**
   * Why the story file {@code file} may not be written: it is a link, to a file outside the site or
   * in it, or to nothing yet (writing would create the file it names); null when it may.
   */
  static Refusal fileRefusal(Path site, Path file) {
    if (Files.isSymbolicLink(file)) {
      return new Refusal(file + " is a link to " + linkTarget(file) + (SiteFiles.inside(site, file) && Files.exists(file) ? "" : ", outside the site")
          + "; nothing is written through a link", "remove the link, or choose another headline");
    }
    return null;
  }

  private static String linkTarget(Path link) {
    try {
      return link.toRealPath().toString();
    } catch (java.io.IOException e) {
      try {
        return Files.readSymbolicLink(link).toString() + " (which does not exist)";
      } catch (java.io.IOException | UnsupportedOperationException again) {
        return "a place that cannot be read";
      }
    }
  }
}
