package org.briefing.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.load.PlainTextComments;
import org.briefing.load.YamlData;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Reads the {@code groups:} section of briefing.yaml: the groupings of the site, topics, places
 * and authors by default, each changed or new one as configured. A setting it does not know, or
 * a value it cannot use, is an error at its line: a grouping that silently did something else
 * would publish pages nobody asked for.
 */
final class GroupingLoader {
  static final String KEY = "groups";
  private static final List<String> SETTINGS = List.of("field", "path", "title", "label", "pages", "feeds", "schema");
  private static final Set<String> TAKEN_PATHS = Grouping.SITE_PATHS;

  private final Path file;
  private final YamlData yaml;
  private final Problems problems;

  GroupingLoader(Path file, YamlData yaml, Problems problems) {
    this.file = file;
    this.yaml = yaml;
    this.problems = problems;
  }

  /** The groupings: the defaults first (as configured), then the site's own in the file's order. */
  List<Grouping> load() {
    Map<String, Map<?, ?>> written = new LinkedHashMap<>();
    Object value = yaml.values().get(KEY);
    if (value instanceof Map<?, ?> map) {
      map.forEach((name, settings) -> {
        String key = String.valueOf(name);
        if (settings == null) {
          written.put(key, Map.of());
        } else if (settings instanceof Map<?, ?> group) {
          written.put(key, group);
        } else {
          problems.error(at(KEY + "." + key), "the group '" + key + "' must be a group of settings",
              "write '" + key + ":' then indented lines such as 'field: " + key + "' and 'path: " + key + "'");
        }
      });
    } else if (value != null) {
      problems.error(at(KEY), "'groups' must be a group of named groupings",
          "write e.g. 'groups:' then '  series: {field: series, path: series}'");
    }
    List<Grouping> out = new ArrayList<>();
    out.add(grouping("topics", written.remove("topics"), "Topics", "Topic", Grouping.Schema.NONE));
    out.add(grouping("places", written.remove("places"), "Places", "Place", Grouping.Schema.PLACE));
    out.add(grouping("authors", written.remove("authors"), "Authors", "Author", Grouping.Schema.PERSON));
    written.forEach((name, settings) -> {
      if (!isWord(name)) {
        problems.error(at(KEY + "." + name), "'" + name + "' cannot name a group",
            "use lower-case letters, digits and hyphens, e.g. 'series'");
      } else if (name.equals("sources")) {
        problems.error(at(KEY + "." + name), "'sources' is the site's grouping by cited source, which content/sources.yaml describes",
            "give your grouping another name");
      } else {
        String title = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).replace('-', ' ');
        out.add(grouping(name, settings, title, title, Grouping.Schema.NONE));
      }
    });
    checkUnique(out);
    return List.copyOf(out);
  }

  private Grouping grouping(String name, Map<?, ?> settings, String title, String label, Grouping.Schema schema) {
    Map<?, ?> s = settings == null ? Map.of() : settings;
    String prefix = KEY + "." + name + ".";
    for (Object key : s.keySet()) {
      if (!SETTINGS.contains(String.valueOf(key))) {
        problems.error(at(prefix + key), "unknown setting '" + key + "' of the group '" + name + "'",
            "a group takes " + String.join(", ", SETTINGS));
      }
    }
    String field = text(s, prefix, "field", name);
    if (!field.matches("[a-z][a-z0-9_]*")) {
      problems.error(at(prefix + "field"), "'" + field + "' cannot be a front-matter field",
          "write the field's name in lower-case letters, digits and underscores, e.g. 'field: " + name.replace('-', '_') + "'");
    }
    String path = text(s, prefix, "path", name).strip();
    String trimmed = path.replaceAll("^/+|/+$", "");
    if (!isWord(trimmed) || TAKEN_PATHS.contains(trimmed) || trimmed.matches("[0-9]+")) {
      problems.error(at(prefix + "path"), "the group '" + name + "' cannot be at the address '/" + trimmed + "/'",
          TAKEN_PATHS.contains(trimmed) || trimmed.matches("[0-9]+") ? "that address is one of the site's own pages; choose another"
              : "write one word of lower-case letters, digits and hyphens, e.g. 'path: " + name + "'");
      trimmed = name;
    }
    boolean pages = bool(s, prefix, "pages", true);
    boolean feeds = bool(s, prefix, "feeds", pages);
    if (feeds && !pages) {
      problems.error(at(prefix + "feeds"), "the group '" + name + "' has feeds but no pages",
          "a term's feed is advertised on its page: set 'pages: true', or 'feeds: false'");
    }
    Grouping.Schema type = schema;
    Object written = s.get("schema");
    if (written != null) {
      try {
        type = Grouping.Schema.valueOf(String.valueOf(written).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.error(at(prefix + "schema"), "'schema' cannot be '" + written + "'", "use person, place or none");
      }
    }
    String titleText = text(s, prefix, "title", title);
    return new Grouping(name, field, trimmed, titleText, text(s, prefix, "label", settings != null && s.containsKey("title")
        && !s.containsKey("label") ? titleText : label), pages, feeds && pages, type,
        settings == null ? SourcePosition.of(file, 1) : at(KEY + "." + name));
  }

  /**
   * Two groupings cannot read one field or share an address: a story's term would be on two pages,
   * or two pages at one address. The one whose setting makes the clash is blamed, at that setting's
   * line: a default grouping left as it is ('places') is not what 'topics: {field: places}' changed.
   */
  private void checkUnique(List<Grouping> groupings) {
    Map<String, Grouping> fields = new LinkedHashMap<>();
    Map<String, Grouping> paths = new LinkedHashMap<>();
    for (Grouping g : groupings) {
      Grouping other = fields.putIfAbsent(g.field(), g);
      if (other != null) {
        Grouping blamed = blamed(other, g, "field");
        problems.error(setting(blamed, "field"), "the group '" + blamed.name() + "' reads the field '" + g.field()
            + "', which the group '" + (blamed == g ? other : g).name() + "' reads too",
            "give '" + blamed.name() + "' a field of its own ('field: …')");
      }
      other = g.pages() ? paths.putIfAbsent(g.path(), g) : null;
      if (other != null) {
        Grouping blamed = blamed(other, g, "path");
        problems.error(setting(blamed, "path"), "the group '" + blamed.name() + "' is at /" + g.path() + "/, where the group '"
            + (blamed == g ? other : g).name() + "' is too", "give '" + blamed.name() + "' an address of its own ('path: …')");
      }
    }
  }

  /** Of two groupings that clash in {@code key}, the one that writes it (the later one when both or neither do). */
  private Grouping blamed(Grouping earlier, Grouping later, String key) {
    return writes(earlier, key) && !writes(later, key) ? earlier : later;
  }

  private boolean writes(Grouping g, String key) {
    return yaml.values().get(KEY) instanceof Map<?, ?> groups && groups.get(g.name()) instanceof Map<?, ?> settings
        && settings.containsKey(key);
  }

  /** The line of {@code g}'s setting {@code key}, else where {@code g} is written. */
  private SourcePosition setting(Grouping g, String key) {
    return writes(g, key) ? at(KEY + "." + g.name() + "." + key) : g.writtenAt();
  }

  private String text(Map<?, ?> settings, String prefix, String key, String fallback) {
    Object value = settings.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Map || value instanceof List || value.toString().isBlank()) {
      problems.error(at(prefix + key), "'" + prefix + key + "' must be text", "write it as '" + key + ": some text'");
      return fallback;
    }
    // a title or label is printed as it is, on every page that names the grouping
    if (PlainTextComments.in(value.toString())) {
      problems.error(at(prefix + key), PlainTextComments.message(prefix + key), PlainTextComments.HINT);
      return fallback;
    }
    for (org.briefing.load.EditorsPlaceholders.Found mark : org.briefing.load.EditorsPlaceholders.inPlainText(value.toString())) {
      problems.error(at(prefix + key), org.briefing.load.EditorsPlaceholders.message(mark.mark(), "'" + prefix + key + "'"),
          org.briefing.load.EditorsPlaceholders.hint(null));
    }
    return value.toString().strip();
  }

  private boolean bool(Map<?, ?> settings, String prefix, String key, boolean fallback) {
    Object value = settings.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problems.error(at(prefix + key), "'" + prefix + key + "' must be true or false, not '" + value + "'", "write true or false");
    return fallback;
  }

  private static boolean isWord(String text) {
    return text.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
  }

  private SourcePosition at(String path) {
    return SourcePosition.of(file, yaml.lineOf(path));
  }
}
