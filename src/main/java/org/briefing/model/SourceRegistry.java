package org.briefing.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.links.LinkPolicy;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.load.YamlData;
import org.briefing.markdown.WrittenLink;
import org.briefing.problem.Problems;
import org.briefing.problem.VisibleText;

/** The named sources of {@code content/sources.yaml}, looked up by id. */
public final class SourceRegistry {
  /** The ids of sources.yaml are the site's own; each source's fields are checked. */
  public static final FieldSchema SCHEMA = FieldSchema.open("sources.yaml", FieldSchema.of("a source", List.of("name", "url", "type")));

  private final Map<String, Source> byId;
  private final Path file;
  private final List<WrittenLink> links;

  private SourceRegistry(Map<String, Source> byId, Path file, List<WrittenLink> links) {
    this.byId = byId;
    this.file = file;
    this.links = List.copyOf(links);
  }

  public static SourceRegistry read(Path file, YamlData yaml, Problems problems) {
    new FieldCheck(SCHEMA, java.util.Set.of(), "").check(file, yaml, problems);
    Fields fields = new Fields(file, yaml, problems);
    fields.placeholders(java.util.Set.of(), "the list of sources'", null);
    Map<String, Source> byId = new LinkedHashMap<>();
    List<WrittenLink> links = new java.util.ArrayList<>();
    for (String id : yaml.keys()) {
      Object value = yaml.values().get(id);
      if (value instanceof String name) {
        if (!org.briefing.problem.AttributionText.names(name)) {
          fields.error(id, "the source '" + id + "' " + (VisibleText.has(name) ? "is named '" + name + "', which names no one" : "has no name"),
              "write its name after '" + id + ": '");
          continue;
        }
        Source source = Source.organisation(Slugs.name(name), "", "");
        refuseSameAddress(fields, id, id, byId, source);
        byId.put(id, source);
      } else if (value instanceof Map<?, ?> map) {
        String written = fields.text("name", map.get("name"), id + ".name");
        String name = org.briefing.problem.AttributionText.orEmpty(written);
        if (name.isEmpty()) {
          fields.error(id, "the source '" + id + "' " + (VisibleText.has(written) ? "is named '" + written + "', which names no one" : "has no name"),
              "add '  name: …' under '" + id + ":'");
          continue;
        }
        String url = fields.text("url", map.get("url"), id + ".url");
        String refused = url.isEmpty() ? null : LinkPolicy.refusalOfField(url);
        if (refused != null) {
          fields.error(id + ".url", "the link '" + LinkPolicy.shown(url) + "' of the source '" + id + "' cannot be published: " + refused,
              "write the full address of the source's website, starting with https://");
          url = "";
        }
        org.briefing.links.WebAddress web = url.isEmpty() ? null : org.briefing.links.WebAddress.of(url);
        if (web != null && web.thisComputer()) {
          // a source's website is never on this computer: the address was copied from a preview or a test server
          fields.error(id + ".url", "the link '" + LinkPolicy.shown(url) + "' of the source '" + id
              + "' " + org.briefing.links.WebAddress.ON_THIS_COMPUTER,
              "write the full address of the source's website, starting with https://");
          url = "";
        }
        if (org.briefing.links.RelativeAddress.isRelativePath(url)) {
          // shown under every story that cites it, a relative address would be read from each story's page
          fields.error(id + ".url", "the link '" + LinkPolicy.shown(url) + "' of the source '" + id + "' is a relative address, which"
                  + " would lead to another place from each story that cites the source",
              "write the full address of the source's website, starting with https://, or a path of this site from its root (/files/report.pdf)");
          url = "";
        }
        WrittenLink link = url.isEmpty() ? null : WrittenLink.of(fields.at(id + ".url").line(), url, false);
        if (link != null) {
          links.add(link);
        }
        Source source = Source.organisation(Slugs.name(name), url, fields.text("type", map.get("type"), id + ".type"));
        refuseSameAddress(fields, id, id + ".name", byId, source);
        byId.put(id, source);
      } else {
        fields.error(id, "the source '" + id + "' must have a name", "write '" + id + ":' then an indented 'name: …' line");
      }
    }
    return new SourceRegistry(byId, file, links);
  }

  /** The file the sources are read from, content/sources.yaml. */
  public Path file() {
    return file;
  }

  /**
   * The sources' urls that may lead to the site's own addresses (a path from its root, a full
   * address), each at its line: published under every story that cites the source, each must lead
   * to something the site publishes (pipeline's OwnLinks).
   */
  public List<WrittenLink> links() {
    return links;
  }

  /**
   * Reports a source whose page would be another's: same name up to case, or a name that makes
   * the same slug ("Le Monde", "Le Mondé"), so that the index would list them as one organisation.
   */
  private static void refuseSameAddress(Fields fields, String id, String at, Map<String, Source> byId, Source source) {
    Source same = byId.values().stream()
        .filter(s -> s.name().equalsIgnoreCase(source.name()) || s.slug().equals(source.slug())).findFirst().orElse(null);
    if (same == null) {
      return;
    }
    String named = same.name().equalsIgnoreCase(source.name()) ? "are both named '" + source.name() + "'"
        : "are named '" + same.name() + "' and '" + source.name() + "', which make one address, /sources/" + source.slug() + "/";
    fields.error(at, "the sources '" + idOf(byId, same) + "' and '" + id + "' " + named
        + ": the sources index would show them as one organisation", "give each source a name of its own");
  }

  private static String idOf(Map<String, Source> byId, Source source) {
    return byId.entrySet().stream().filter(e -> e.getValue() == source).findFirst().orElseThrow().getKey();
  }

  public Source get(String id) {
    return byId.get(id);
  }

  /** The registered organisation with this name, ignoring case; null when none has it. */
  public Source named(String name) {
    String wanted = Slugs.name(name);
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
