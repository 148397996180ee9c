package org.briefing.model;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.briefing.load.FrontMatterLines;
import org.briefing.load.YamlData;
import org.briefing.problem.SourcePosition;

/**
 * The old addresses of a story, which the site keeps alive with redirect pages. An alias is a path
 * on this site from its root, such as {@code /2021/10/18/old-headline/} or {@code /news/old.html};
 * it is checked here so that no alias can make the build write outside the output folder or over
 * a file that is not a page.
 */
public final class Aliases {
  /** Letters, digits and {@code - _ . ~} in each folder; no empty, {@code .} or {@code ..} segment. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

  private Aliases() {}

  /**
   * The site path of the alias written {@code written} ("2021/10/18/old/" or "news/old.html"),
   * or null when it cannot be one; {@link #refusal} says why.
   */
  public static String path(String written) {
    return refusal(written) == null ? normal(written) : null;
  }

  /** Why {@code written} cannot be an alias, for an error message, or null when it can. */
  public static String refusal(String written) {
    String w = written.strip();
    if (!w.startsWith("/") || w.startsWith("//")) {
      return "an alias is a path on this site starting with a single '/'";
    }
    String path = normal(w);
    if (path.isEmpty()) {
      return "it is the home page";
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (last && segments[i].isEmpty()) {
        continue;
      }
      if (!SEGMENT.matcher(segments[i]).matches() || segments[i].equals("..")) {
        return "'" + segments[i] + "' is not a folder or file name an alias may use (letters, digits, '-', '_', '.' and '~')";
      }
    }
    if (!path.endsWith("/") && !path.endsWith(".html") && !path.endsWith(".htm")) {
      return "it names neither a folder (ending in '/') nor a page (ending in '.html')";
    }
    return null;
  }

  /** The file a redirect page for the alias at site path {@code path} is written to. */
  public static String file(String path) {
    return path.endsWith("/") ? path + "index.html" : path;
  }

  /**
   * Where the story {@code story} writes the alias whose site path is {@code path}: its line in the
   * front matter, else the file. Read again from the file, as only a clash found after loading needs it.
   */
  public static SourcePosition writtenAt(Path story, String path) {
    YamlData meta = FrontMatterLines.of(story);
    if (meta.values().get("aliases") instanceof List<?> written) {
      for (int i = 0; i < written.size(); i++) {
        if (written.get(i) instanceof String w && path.equals(path(w))) {
          return SourcePosition.of(story, meta.lineOf("aliases." + i));
        }
      }
    }
    return SourcePosition.of(story, meta.values().containsKey("aliases") ? meta.lineOf("aliases") : 0);
  }

  private static String normal(String written) {
    return written.strip().substring(1);
  }
}
