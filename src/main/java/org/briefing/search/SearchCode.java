package org.briefing.search;

import java.io.IOException;
import java.nio.file.Path;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.fingerprint.PackageCode;

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
    return PackageCode.classBytes(type);
  }

  private static long compute() {
    return new Fingerprint().add(org.apache.lucene.util.Version.LATEST.toString()).add(PackageCode.of(SearchCode.class)).value();
  }

  /**
   * The fingerprint of the classes of this package in {@code code}, a folder of classes or a jar
   * (the same classes give the same fingerprint in either), and of Lucene's version.
   */
  static long of(Path code) throws IOException {
    return new Fingerprint().add(org.apache.lucene.util.Version.LATEST.toString())
        .add(PackageCode.of(code, SearchCode.class.getPackageName())).value();
  }
}
