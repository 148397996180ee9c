package org.briefing.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.links.LinkPolicy;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.load.YamlData;
import org.briefing.problem.Problems;
import org.briefing.problem.VisibleText;

/** The named sources of {@code content/sources.yaml}, looked up by id. */
public final class SourceRegistry {
  /** The ids of sources.yaml are the site's own; each source's fields are checked. */
  public static final FieldSchema SCHEMA = FieldSchema.open("sources.yaml", FieldSchema.of("a source", List.of("name", "url", "type")));

  private final Map<String, Source> byId;

  private SourceRegistry(Map<String, Source> byId) {
    this.byId = byId;
  }

  public static SourceRegistry read(Path file, YamlData yaml, Problems problems) {
    new FieldCheck(SCHEMA, java.util.Set.of(), "").check(file, yaml, problems);
    Fields fields = new Fields(file, yaml, problems);
    Map<String, Source> byId = new LinkedHashMap<>();
    for (String id : yaml.keys()) {
      Object value = yaml.values().get(id);
      if (value instanceof String name) {
        if (!VisibleText.has(name)) {
          fields.error(id, "the source '" + id + "' has no name", "write its name after '" + id + ": '");
          continue;
        }
        Source same = registered(byId, name);
        if (same != null) {
          fields.error(id, "the sources '" + idOf(byId, same) + "' and '" + id + "' are both named '" + name.strip()
              + "': the sources index would show them as one organisation", "give each source a name of its own");
        }
        byId.put(id, Source.organisation(name, "", ""));
      } else if (value instanceof Map<?, ?> map) {
        String name = VisibleText.orEmpty(fields.text("name", map.get("name"), id + ".name"));
        if (name.isEmpty()) {
          fields.error(id, "the source '" + id + "' has no name", "add '  name: …' under '" + id + ":'");
          continue;
        }
        String url = fields.text("url", map.get("url"), id + ".url");
        String refused = url.isEmpty() ? null : LinkPolicy.refusalOfField(url);
        if (refused != null) {
          fields.error(id + ".url", "the link '" + LinkPolicy.shown(url) + "' of the source '" + id + "' cannot be published: " + refused,
              "write the full address of the source's website, starting with https://");
          url = "";
        }
        Source same = registered(byId, name);
        if (same != null) {
          fields.error(id + ".name", "the sources '" + idOf(byId, same) + "' and '" + id + "' are both named '" + name
              + "': the sources index would show them as one organisation", "give each source a name of its own");
        }
        byId.put(id, Source.organisation(name, url, fields.text("type", map.get("type"), id + ".type")));
      } else {
        fields.error(id, "the source '" + id + "' must have a name", "write '" + id + ":' then an indented 'name: …' line");
      }
    }
    return new SourceRegistry(byId);
  }

  private static Source registered(Map<String, Source> byId, String name) {
    return byId.values().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
  }

  private static String idOf(Map<String, Source> byId, Source source) {
    return byId.entrySet().stream().filter(e -> e.getValue() == source).findFirst().orElseThrow().getKey();
  }

  public Source get(String id) {
    return byId.get(id);
  }

  /** The registered organisation with this name, ignoring case; null when none has it. */
  public Source named(String name) {
    String wanted = name.strip();
    for (Source source : byId.values()) {
      if (source.name().equalsIgnoreCase(wanted)) {
        return source;
      }
    }
    return null;
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }
}
