package org.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.model.Placement;

/**
 * The {@code _redirects} file that static hosts (Netlify, Cloudflare Pages and others) read: a
 * permanent redirect from each alias of a story to its address, after the site's own rules in
 * {@code static/_redirects}, which it replaces. Made from placements and that file alone, like
 * the sitemap, so that an edit that leaves every placement as it was leaves it as it was.
 */
public final class Redirects {
  public static final String FILE = "_redirects";

  private Redirects() {}

  /** Sends the file when the site has aliases, and returns its fingerprint by path; nothing when it has none. */
  public static Map<String, Long> publish(List<Placement> stories, String basePath, Path staticDir, OutputSink sink, RenderFilter filter) {
    StringBuilder rules = new StringBuilder();
    for (Placement p : stories) {
      for (String alias : p.aliases()) {
        rules.append(basePath).append(alias).append(' ').append(basePath).append(p.path()).append(" 301\n");
      }
    }
    if (rules.isEmpty()) {
      return Map.of();
    }
    String text = rules.toString();
    String written = ownRules(staticDir);
    if (written != null) {
      // the site's own rules first: hosts use the first rule that matches
      text = written + (written.isEmpty() || written.endsWith("\n") ? "" : "\n") + "# the aliases of stories\n" + text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long fingerprint = Fingerprint.of(bytes);
    if (filter.wanted(FILE, fingerprint)) {
      sink.accept(new OutputFile(FILE, bytes, null));
    }
    return Map.of(FILE, fingerprint);
  }

  /**
   * The addresses that the rules of the site's own {@code static/_redirects} send on, as site paths
   * without their leading {@code /} (and without {@code basePath} where they carry it).
   */
  public static java.util.Set<String> ownSources(Path staticDir, String basePath) {
    String written = ownRules(staticDir);
    if (written == null) {
      return java.util.Set.of();
    }
    java.util.Set<String> sources = new java.util.HashSet<>();
    for (String line : written.split("\n")) {
      String[] fields = line.strip().split("\\s+");
      if (fields.length < 2 || fields[0].startsWith("#") || !fields[0].startsWith("/")) {
        continue;
      }
      String source = fields[0];
      sources.add(source.substring(1));
      if (source.startsWith(basePath)) {
        sources.add(source.substring(basePath.length()));
      }
    }
    return sources;
  }

  /**
   * The text of the site's own {@code static/_redirects}, or null when it has none: a link there to
   * a file inside the site is that file, as for any file of {@code static/} (pipeline/Assets).
   */
  private static String ownRules(Path staticDir) {
    Path own = staticDir.resolve(FILE);
    if (!Files.isRegularFile(own) || Files.isSymbolicLink(own) && !org.briefing.load.SiteFiles.publishable(staticDir, own)) {
      return null;
    }
    try {
      return Files.readString(own, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + own, e);
    }
  }
}
