package org.briefing.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the classes of one package of Briefing's own code, in place of a version number
 * raised by hand: what a package makes (a search index, a cleaned picture) is made again when its
 * code changes, and never when it does not.
 */
public final class PackageCode {
  private PackageCode() {}

  /** The fingerprint of the classes of {@code anchor}'s package, as Briefing runs (from its jar or a folder of classes). */
  public static long of(Class<?> anchor) {
    try {
      return of(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()), anchor.getPackageName());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read Briefing's own classes to fingerprint " + anchor.getPackageName() + ": " + e.getMessage(), e);
    }
  }

  /** The bytes of the class file of {@code type} (a top-level class: its lambdas are in it), for a caller's own fingerprint. */
  public static byte[] classBytes(Class<?> type) {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      if (in == null) {
        throw new IllegalStateException("the class file of " + type.getName() + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The fingerprint of the classes of package {@code packageName} in {@code code}, a folder of
   * classes or a jar: the same classes give the same fingerprint in either.
   */
  public static long of(Path code, String packageName) throws IOException {
    Fingerprint f = new Fingerprint();
    String folder = packageName.replace('.', '/') + "/";
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
