package org.briefing.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.Grouping;
import org.briefing.config.SiteConfig;
import org.briefing.links.LinkPolicy;
import org.briefing.load.FileTree;
import org.briefing.load.YamlData;
import org.briefing.photo.PhotoException;
import org.briefing.photo.PhotoReader;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.VisibleText;

/**
 * Reads a grouping's term file ({@code content/authors.yaml}): each top-level key is a term's
 * name, with its aliases, description, role, bio, photo and links. Every problem is reported at
 * its line; a key it does not know is an error, as a misspelt 'aliases' would silently split a
 * term in two.
 */
public final class TermFile {
  private static final List<String> KEYS = List.of("aliases", "description", "role", "bio", "photo", "links");
  private static final List<String> PHOTO_KEYS = List.of("src", "alt", "credit");

  private final Path file;
  private final YamlData yaml;
  private final Problems problems;
  private final Fields fields;

  private TermFile(Path file, YamlData yaml, Problems problems) {
    this.file = file;
    this.yaml = yaml;
    this.problems = problems;
    this.fields = new Fields(file, yaml, problems);
  }

  /**
   * The terms {@code yaml}, read from {@code file}, declares for {@code grouping}; a photo with
   * no credit is an error or a warning as {@code attribution} says, and a photo of the site must
   * be a file of {@code staticDir}.
   */
  public static DeclaredTerms read(Path file, YamlData yaml, Grouping grouping, SiteConfig.Attribution attribution, Path staticDir,
      Problems problems) {
    return DeclaredTerms.of(file, new TermFile(file, yaml, problems).terms(grouping, attribution, staticDir));
  }

  private List<DeclaredTerm> terms(Grouping grouping, SiteConfig.Attribution attribution, Path staticDir) {
    fields.placeholders(java.util.Set.of(), "the file's", null);
    List<DeclaredTerm> out = new ArrayList<>();
    Map<String, String> claimed = new HashMap<>();
    java.util.Set<String> slugs = new java.util.HashSet<>();
    for (String name : yaml.keys()) {
      Object value = yaml.values().get(name);
      if (value != null && !(value instanceof Map)) {
        fields.error(name, "the " + kind(grouping) + " '" + name + "' must be followed by its details, or nothing",
            "write '" + name + ":' alone, or with indented lines such as 'aliases: [...]' and 'description: ...'");
        continue;
      }
      Map<?, ?> details = value == null ? Map.of() : (Map<?, ?>) value;
      for (Object key : details.keySet()) {
        if (!KEYS.contains(String.valueOf(key))) {
          fields.error(name + "." + key, "unknown field '" + key + "' of the " + kind(grouping) + " '" + name + "'",
              "a term takes " + String.join(", ", KEYS));
        }
      }
      List<String> aliases = texts(name, details, "aliases");
      String slug = Slugs.ofName(name);
      if (slugs.contains(slug)) {
        slug = Slugs.distinct(slug, name);
      }
      List<String> spellings = new ArrayList<>(List.of(name));
      spellings.addAll(aliases);
      boolean clash = false;
      for (String spelling : spellings) {
        String other = claimed.putIfAbsent(Slugs.key(spelling), name);
        if (other != null && !other.equals(name)) {
          fields.error(name, "'" + spelling + "' of the " + kind(grouping) + " '" + name + "' is also the " + kind(grouping) + " '" + other
              + "' (line " + yaml.lineOf(other) + "), or differs from it only in case, accents or punctuation",
              "keep each spelling for one term: merge the two, or remove it from one");
          clash = true;
        }
      }
      String description = text(name, details, "description");
      String role = text(name, details, "role");
      String bio = text(name, details, "bio");
      DeclaredTerm.TermPhoto photo = photo(name, details, attribution, staticDir);
      List<String> links = links(name, details);
      if (!clash) {
        slugs.add(slug);
        out.add(new DeclaredTerm(Slugs.name(name), slug, aliases, description, role, bio, photo, links,
            SourcePosition.of(file, yaml.lineOf(name))));
      }
    }
    return out;
  }

  private static String kind(Grouping grouping) {
    return grouping.label().toLowerCase(java.util.Locale.ROOT);
  }

  private String text(String name, Map<?, ?> details, String key) {
    return fields.text(key, details.get(key), name + "." + key).strip();
  }

  private List<String> texts(String name, Map<?, ?> details, String key) {
    Object value = details.get(key);
    List<String> out = new ArrayList<>();
    List<?> items = value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
    for (int i = 0; i < items.size(); i++) {
      String item = Slugs.name(fields.text(key, items.get(i), name + "." + key + (value instanceof List ? "." + i : "")));
      if (!item.isEmpty() && !out.contains(item)) {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }

  private List<String> links(String name, Map<?, ?> details) {
    List<String> out = new ArrayList<>();
    for (String link : texts(name, details, "links")) {
      if (LinkPolicy.isWebAddress(link)) {
        out.add(link);
      } else {
        String refused = LinkPolicy.refusalOfField(link);
        fields.error(name + ".links", "the link '" + LinkPolicy.shown(link) + "' of '" + name + "' cannot be published"
            + (refused == null ? ": it is not a full web address" : ": " + refused), "write a full address starting with https://");
      }
    }
    return List.copyOf(out);
  }

  /** Why the file of static/ at {@code file} cannot be a photo (a dot-file, no picture), else null. */
  private static String refusal(Path staticDir, Path file) {
    String hidden = PhotoResolver.hiddenName(staticDir, file.normalize());
    if (hidden != null) {
      return "is in or is a dot-file ('" + hidden + "'), which the site never publishes";
    }
    Path linked = org.briefing.load.SiteFiles.linkedFolder(staticDir, file.normalize());
    if (linked != null) {
      return "is reached through " + PhotoResolver.shownInSite(staticDir.getParent(), linked)
          + ", a link to a folder, which the build neither follows nor publishes from";
    }
    if (java.nio.file.Files.isSymbolicLink(file) && !org.briefing.load.SiteFiles.publishable(staticDir, file)) {
      // static/ publishes a link to another of its files as that file (pipeline/Assets), and no other link
      return org.briefing.load.SiteFiles.inside(staticDir.getParent(), file)
          ? "is a link to a file that is no file of static/ or a hidden one, which static/ does not publish"
          : "is a link to a file outside the site, which the build neither reads nor publishes";
    }
    try {
      PhotoReader.read(file);
      return null;
    } catch (PhotoException e) {
      return "cannot be shown: " + e.getMessage();
    }
  }

  private DeclaredTerm.TermPhoto photo(String name, Map<?, ?> details, SiteConfig.Attribution attribution, Path staticDir) {
    Object value = details.get("photo");
    if (value == null) {
      return null;
    }
    String path = name + ".photo";
    Map<?, ?> photo = value instanceof Map<?, ?> map ? map : Map.of("src", value);
    for (Object key : photo.keySet()) {
      if (!PHOTO_KEYS.contains(String.valueOf(key))) {
        fields.error(path + "." + key, "unknown field '" + key + "' of the photo of '" + name + "'", "a photo takes src, alt and credit");
      }
    }
    String src = fields.text("src", photo.get("src"), path + ".src").strip();
    String credit = org.briefing.problem.AttributionText.orEmpty(fields.text("credit", photo.get("credit"), path + ".credit").strip());
    String alt = fields.text("alt", photo.get("alt"), path + ".alt").strip();
    if (src.isEmpty()) {
      fields.error(path, "the photo of '" + name + "' has no 'src'", "write 'photo: {src: /images/portrait.jpg, credit: Jane Doe}'");
      return null;
    }
    if (!LinkPolicy.isWebAddress(src)) {
      String local = src.replaceFirst("^/+", "");
      if (!LinkPolicy.isSitePath(src) || local.isEmpty() || local.contains("..") || !Files.isRegularFile(staticDir.resolve(local))) {
        fields.error(path + (value instanceof Map ? ".src" : ""), "the photo '" + LinkPolicy.shown(src) + "' of '" + name
            + "' is neither a file of static/ nor a web address", "put the file in static/ and write its path, e.g. /images/portrait.jpg");
        return null;
      }
      if (FileTree.isScratchFile(Path.of(local).getFileName().toString())) {
        // static/ publishes no such file, and a build does not watch it: the page would show a broken image
        fields.error(path + (value instanceof Map ? ".src" : ""), "the photo '" + LinkPolicy.shown(src) + "' of '" + name
            + "' is named like an editor's scratch or backup file, which no build reads or publishes",
            "rename the file, e.g. without its '~', '#' or '.swp', and write that name here");
        return null;
      }
      String copy = org.briefing.load.SyncConflictCopy.copyIn(local);
      if (copy != null) {
        fields.error(path + (value instanceof Map ? ".src" : ""), "the photo '" + LinkPolicy.shown(src) + "' of '" + name
            + "' is " + org.briefing.load.SyncConflictCopy.described(local, copy) + ", which the site never publishes",
            org.briefing.load.SyncConflictCopy.HINT + "; then write here the name of the one you keep");
        return null;
      }
      String refused = refusal(staticDir, staticDir.resolve(local));
      if (refused != null) {
        fields.error(path + (value instanceof Map ? ".src" : ""), "the photo '" + LinkPolicy.shown(src) + "' of '" + name + "' " + refused,
            "give a JPEG, PNG, WebP, GIF or SVG file (or a link to another file of static/) in a real folder of static/, whose name"
                + " does not start with a dot");
        return null;
      }
      src = local;
    }
    if (credit.isEmpty()) {
      SourcePosition at = SourcePosition.of(file, yaml.lineOf(path));
      String message = "the photo of '" + name + "' has no credit";
      String hint = "write 'credit:' under 'photo:', e.g. 'credit: Jane Doe/Agency'";
      problems.add(attribution == SiteConfig.Attribution.STRICT ? Problem.error(at, message, hint) : Problem.warning(at, message, hint));
    }
    return new DeclaredTerm.TermPhoto(src, alt, credit);
  }
}
