package org.briefing.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's own files (stylesheet, icon, search script), published under {@code assets/}; a site
 * may replace or add any. A site without search publishes no search script, not even its own copy
 * of the theme's.
 */
final class ThemeAssets {
  static final String OUTPUT_DIR = "assets/";
  static final String SEARCH_SCRIPT = "search.js";
  private static final List<String> BUNDLED = List.of("briefing.css", "favicon.svg", SEARCH_SCRIPT);

  private final Templates templates;
  private final boolean search;

  ThemeAssets(Templates templates, boolean search) {
    this.templates = templates;
    this.search = search;
  }

  Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    Stream.concat(BUNDLED.stream(), siteAssets(templates.siteDir()).stream())
        .filter(name -> search || !name.equals(SEARCH_SCRIPT))
        .forEach(name -> files.put(name, templates.themeFile("assets/" + name)));
    return files;
  }

  /** Names of extra assets a site adds in {@code templates/assets/}; hidden files and editors' scratch files are none. */
  private static List<String> siteAssets(Path siteTemplates) {
    Path dir = siteTemplates.resolve("assets");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !org.briefing.load.FileTree.isScratchFile(name)).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String fingerprint(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
