package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** The news-article object of a page's JSON-LD, read with the YAML parser (JSON is YAML 1.2). */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "WebPage");

  /** The schema.org types of an organisation, not a person: {@code Organization} and its kinds, {@code Corporation}, {@code NGO}. */
  private static final Pattern ORGANISATION = Pattern.compile("Organi[sz]ation|Corporation|\\bNGO\\b");

  private final Map<?, ?> article;
  final int line;

  private JsonLd(Map<?, ?> article, int line) {
    this.article = article;
    this.line = line;
  }

  static Optional<JsonLd> find(Document doc) {
    JsonLd fallback = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Object root;
      try {
        root = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build())
            .loadFromString(script.data().replace('\t', ' '));
      } catch (YamlEngineException | ClassCastException e) {
        continue;
      }
      List<Map<?, ?>> objects = new ArrayList<>();
      collect(root, objects);
      int line = script.sourceRange().start().lineNumber();
      for (Map<?, ?> object : objects) {
        String type = String.valueOf(object.get("@type"));
        boolean article = ARTICLE_TYPES.stream().anyMatch(t -> type.equals(t) || type.contains("\"" + t + "\"") || type.contains(t + ","));
        if (article && object.containsKey("headline")) {
          return Optional.of(new JsonLd(object, line));
        }
        if (article && fallback == null) {
          fallback = new JsonLd(object, line);
        }
      }
    }
    return Optional.ofNullable(fallback);
  }

  private static void collect(Object node, List<Map<?, ?>> out) {
    if (node instanceof Map<?, ?> map) {
      out.add(map);
      collect(map.get("@graph"), out);
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, out));
    }
  }

  String text(String key) {
    Object value = article.get(key);
    if (value instanceof Map<?, ?> map) {
      value = map.containsKey("@id") ? map.get("@id") : map.get("name");
    }
    return value instanceof String s ? s.strip() : "";
  }

  List<String> names(String key) {
    List<String> names = new ArrayList<>();
    Object value = article.get(key);
    for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
      Object name = item instanceof Map<?, ?> map ? map.get("name") : item;
      if (name instanceof String s && !s.isBlank()) {
        names.add(s.strip());
      }
    }
    return names;
  }

  /** A name in JSON-LD {@code author}, and whether its {@code @type} says it is an organisation, not a person. */
  record Author(String name, boolean organisation) {}

  /** The {@code author} entries, each with whether its {@code @type} names an organisation ({@code Organization}, {@code NewsMediaOrganization}, ...). */
  List<Author> authors() {
    List<Author> authors = new ArrayList<>();
    Object value = article.get("author");
    for (Object item : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
      Object name = item instanceof Map<?, ?> map ? map.get("name") : item;
      boolean organisation = item instanceof Map<?, ?> map && ORGANISATION.matcher(String.valueOf(map.get("@type"))).find();
      if (name instanceof String s && !s.isBlank()) {
        authors.add(new Author(s.strip(), organisation));
      }
    }
    return authors;
  }

  String publisherName() {
    return names("publisher").stream().findFirst().orElse("");
  }
}
