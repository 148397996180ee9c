package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: a package uses only packages listed before it; no code depends on the machine's language. */
class ArchitectureTest {
  static final List<String> LAYERS = List.of("problem", "fingerprint", "links", "email", "photo", "markdown", "load", "summary", "config", "language", "model",
      "enrich", "search", "render", "write", "pipeline", "rebuild", "serve", "importer", "bench", "send", "cli");
  static final Pattern USE = Pattern.compile("org\\.briefing\\.([a-z]+)");

  @Test
  void everyPackageUsesOnlyPackagesBeforeIt() throws IOException {
    Path root = Path.of("src/main/java/org/briefing");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String own = root.relativize(file).getName(0).toString();
        assertThat(LAYERS).as("package of " + file).contains(own);
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(own) && LAYERS.indexOf(used) > LAYERS.indexOf(own)) {
            wrong.add(root.relativize(file) + " uses " + used);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Text is never formatted in the machine's language: {@code String.format("%d", …)} writes
   * Arabic-Indic digits on a JVM set to Arabic (an archive address became {@code archive/٢٠٢١/١٠/}),
   * and {@code toUpperCase()} a dotted İ on one set to Turkish. Each call names its locale.
   */
  @Test
  void noCodeFormatsTextInTheMachinesLanguage() throws IOException {
    Pattern machine = Pattern.compile("String\\.format\\(\"|\\.to(Upper|Lower)Case\\(\\)");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (machine.matcher(lines.get(i)).find()) {
            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * A file's signature (a format's magic number, a byte-order mark, a segment's name) is compared
   * in one place, problem/FileSignature: the photos' reader had a startsWith of its own beside the
   * text files' ({@code load/TextEncoding}), two readings of one comparison.
   */
  @Test
  void fileSignaturesAreComparedInOnePlace() throws IOException {
    Pattern own = Pattern.compile("boolean\\s+\\w+\\(\\s*byte\\[\\]\\s+\\w+\\s*,\\s*(?:int\\.\\.\\.|int\\s+\\w+\\s*,\\s*String\\b)");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("problem/FileSignature.java")).toList()) {
        if (own.matcher(Files.readString(file)).find()) {
          found.add(file.toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
