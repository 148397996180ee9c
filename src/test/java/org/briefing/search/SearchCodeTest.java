package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCodeTest {
  @TempDir
  Path dir;

  private Path folder(String name, Map<String, String> classes) throws IOException {
    Path root = dir.resolve(name);
    for (Map.Entry<String, String> c : classes.entrySet()) {
      Path file = root.resolve(c.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, c.getValue());
    }
    return root;
  }

  private Path jar(String name, Map<String, String> classes) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      // entries in another order than the folder's, as a jar tool may write them
      for (Map.Entry<String, String> c : new TreeMap<>(classes).descendingMap().entrySet()) {
        zip.putNextEntry(new JarEntry(c.getKey()));
        zip.write(c.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void anyChangeToAClassOfTheSearchPackageChangesTheFingerprintAndNothingElseDoes() throws IOException {
    Map<String, String> code = Map.of("org/briefing/search/Words.class", "words v1", "org/briefing/search/SearchIndex.class", "layout v1",
        "org/briefing/render/SiteRenderer.class", "renderer v1");
    long first = SearchCode.of(folder("a", code));
    assertThat(SearchCode.of(folder("b", code))).as("the same classes").isEqualTo(first);
    assertThat(SearchCode.of(jar("c.jar", code))).as("the same classes in a jar").isEqualTo(first);

    Map<String, String> analysisChanged = new TreeMap<>(code);
    analysisChanged.put("org/briefing/search/Words.class", "words v2");
    assertThat(SearchCode.of(folder("d", analysisChanged))).isNotEqualTo(first);
    assertThat(SearchCode.of(jar("d.jar", analysisChanged))).isNotEqualTo(first);

    Map<String, String> classAdded = new TreeMap<>(code);
    classAdded.put("org/briefing/search/Postings.class", "new");
    assertThat(SearchCode.of(folder("e", classAdded))).isNotEqualTo(first);

    Map<String, String> elsewhere = new TreeMap<>(code);
    elsewhere.put("org/briefing/render/SiteRenderer.class", "renderer v2");
    elsewhere.put("org/briefing/search/sub/Other.class", "not of this package");
    assertThat(SearchCode.of(folder("f", elsewhere))).as("classes of other packages").isEqualTo(first);
  }

  @Test
  void theRunningCodeHasAFingerprintAndAClassFileToReadForCallers() {
    assertThat(SearchCode.fingerprint()).isNotZero();
    assertThat(SearchCode.classBytes(Analyser.class)).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
  }
}
