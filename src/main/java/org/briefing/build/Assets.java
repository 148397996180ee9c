package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.model.Article;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputSink;

/** The files a site publishes as they are: its {@code static/} folder and the photos stored next to articles. */
final class Assets {
  private Assets() {}

  /** Sends the photos stored next to articles, then the static files that no generated file replaces. */
  static void publish(List<Article> articles, java.util.Set<String> generated, Path staticDir, Problems problems, OutputSink sink) {
    java.util.Set<String> taken = new java.util.HashSet<>(generated);
    for (Article a : articles) {
      if (a.image() != null && a.image().file() != null && taken.add(a.image().outputPath())) {
        sink.accept(OutputFile.copy(a.image().outputPath(), a.image().file()));
      }
    }
    if (!Files.isDirectory(staticDir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staticDir)) {
      for (Path file : walk.sorted().toList()) {
        String rel = staticDir.relativize(file).toString().replace('\\', '/');
        if (Files.isSymbolicLink(file)) {
          problems.warning(SourcePosition.of(file), "skipped a symbolic link in static/", "copy the file itself into static/");
        } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !rel.startsWith(".") && !rel.contains("/.")) {
          if (generated.contains(rel)) {
            problems.warning(SourcePosition.of(file), "static/" + rel + " has the same path as a generated file and is not published",
                "rename or remove it; to change a theme file, override it in templates/ instead");
          } else if (taken.add(rel)) {
            sink.accept(OutputFile.copy(rel, file));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staticDir, e);
    }
  }
}
