package org.briefing.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.briefing.fingerprint.Fingerprint;

/**
 * A fingerprint of the code that makes the search index: the bytes of every class of this package
 * (the analysis, the layout, their codecs) and Lucene's version. It stands where a version number
 * raised by hand stood: a change to the analysis or the layout changes it, so that no analysis an
 * earlier Briefing kept is reused and no browser mixes files of two layouts.
 */
public final class SearchCode {
  private static final long FINGERPRINT = compute();

  private SearchCode() {}

  /** The fingerprint of this package's classes and of Lucene's version. */
  public static long fingerprint() {
    return FINGERPRINT;
  }

  /** The bytes of the class file of {@code type} (a top-level class: its lambdas are in it), for a caller's own fingerprint. */
  public static byte[] classBytes(Class<?> type) {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      if (in == null) {
        throw new IllegalStateException("the class file of " + type.getName() + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long compute() {
    try {
      return of(Path.of(SearchCode.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read Briefing's own classes to fingerprint the search code: " + e.getMessage(), e);
    }
  }

  /**
   * The fingerprint of the classes of this package in {@code code}, a folder of classes or a jar
   * (the same classes give the same fingerprint in either), and of Lucene's version.
   */
  static long of(Path code) throws IOException {
    Fingerprint f = new Fingerprint().add(org.apache.lucene.util.Version.LATEST.toString());
    String folder = SearchCode.class.getPackageName().replace('.', '/') + "/";
    if (Files.isDirectory(code)) {
      try (Stream<Path> files = Files.list(code.resolve(folder))) {
        for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList()) {
          f.add(file.getFileName().toString()).add(Files.readAllBytes(file));
        }
      }
      return f.value();
    }
    try (JarFile jar = new JarFile(code.toFile())) {
      List<JarEntry> classes = jar.stream()
          .filter(e -> e.getName().startsWith(folder) && e.getName().endsWith(".class") && e.getName().indexOf('/', folder.length()) < 0)
          .sorted(Comparator.comparing(JarEntry::getName)).toList();
      for (JarEntry entry : classes) {
        try (InputStream in = jar.getInputStream(entry)) {
          f.add(entry.getName().substring(folder.length())).add(in.readAllBytes());
        }
      }
    }
    return f.value();
  }
}
