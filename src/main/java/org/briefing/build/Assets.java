package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.model.Article;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.render.OutputFile;

/** The files a site publishes as they are: its {@code static/} folder and the photos stored next to articles. */
final class Assets {
  private Assets() {}

  static List<OutputFile> photos(List<Article> articles) {
    List<OutputFile> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.image() != null && a.image().file() != null) {
        out.add(OutputFile.copy(a.image().outputPath(), a.image().file()));
      }
    }
    return out;
  }

  /** Adds the static files; a generated file wins over a static one of the same path, with a warning. */
  static List<OutputFile> withStatic(List<OutputFile> generated, Path staticDir, Problems problems) {
    Map<String, OutputFile> byPath = new LinkedHashMap<>();
    for (OutputFile f : generated) {
      byPath.put(f.path(), f);
    }
    if (Files.isDirectory(staticDir)) {
      try (Stream<Path> walk = Files.walk(staticDir)) {
        for (Path file : walk.sorted().toList()) {
          String rel = staticDir.relativize(file).toString().replace('\\', '/');
          if (Files.isSymbolicLink(file)) {
            problems.warning(SourcePosition.of(file), "skipped a symbolic link in static/", "copy the file itself into static/");
          } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !rel.startsWith(".") && !rel.contains("/.")) {
            OutputFile previous = byPath.putIfAbsent(rel, OutputFile.copy(rel, file));
            if (previous != null && !previous.isCopy()) {
              problems.warning(SourcePosition.of(file), "static/" + rel + " has the same path as a generated file and is not published",
                  "rename or remove it; to change a theme file, override it in templates/ instead");
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + staticDir, e);
      }
    }
    List<OutputFile> out = new ArrayList<>(byPath.values());
    out.sort(java.util.Comparator.comparing(OutputFile::path));
    return out;
  }
}
