package org.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.links.LinkPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every address a built site publishes, file by file: the link and resource attributes of its
 * pages (with the addresses of social cards and refresh tags), the addresses in their JSON-LD,
 * the links and the HTML content of the feed, the locations of the sitemaps.
 */
final class PublishedLinks {
  private static final List<String> ATTRIBUTES = List.of("href", "src", "action", "formaction", "poster", "cite",
      "background", "data", "xlink:href", "longdesc", "ping", "manifest", "icon");
  private static final Pattern JSON_ADDRESS = Pattern.compile(
      "\"(url|@id|contentUrl|logo|sameAs|image|thumbnailUrl|embedUrl)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Addresses by kind ("html", "json-ld", "feed", "sitemap") and the files they were found in. */
  final Map<String, List<String>> byKind = new TreeMap<>();

  static PublishedLinks of(TestSite site) {
    PublishedLinks links = new PublishedLinks();
    for (String path : site.outputPaths()) {
      if (path.endsWith(".html")) {
        links.page(path, Jsoup.parse(site.file(path)), "html");
      } else if (path.endsWith(".xml")) {
        links.xml(path, Jsoup.parse(site.file(path), "", Parser.xmlParser()));
      }
    }
    return links;
  }

  /** The published addresses that {@link LinkPolicy} refuses, as "file: address". */
  List<String> refused() {
    return byKind.values().stream().flatMap(List::stream)
        .filter(entry -> !LinkPolicy.allows(entry.substring(entry.indexOf(": ") + 2))).toList();
  }

  int count(String kind) {
    return byKind.getOrDefault(kind, List.of()).size();
  }

  private void add(String kind, String path, String address) {
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(path + ": " + address);
  }

  private void page(String path, Document page, String kind) {
    for (Element element : page.getAllElements()) {
      for (String attribute : ATTRIBUTES) {
        if (element.hasAttr(attribute)) {
          add(kind, path, element.attr(attribute));
        }
      }
      for (String attribute : List.of("srcset", "imagesrcset")) {
        for (String candidate : element.attr(attribute).split(",")) {
          if (!candidate.isBlank()) {
            add(kind, path, candidate.strip().split("\\s+")[0]);
          }
        }
      }
    }
    for (Element meta : page.select("meta[property~=^og:(url|image)], meta[name~=^twitter:(url|image)], meta[itemprop=image]")) {
      add(kind, path, meta.attr("content"));
    }
    for (Element refresh : page.select("meta[http-equiv~=(?i)refresh]")) {
      add(kind, path, refresh.attr("content").replaceFirst("(?is)^[^=]*url\\s*=\\s*", ""));
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      json(path, script.data());
    }
  }

  private void json(String path, String json) {
    Matcher m = JSON_ADDRESS.matcher(json);
    while (m.find()) {
      add("json-ld", path, unescapeJson(m.group(2)));
    }
  }

  private void xml(String path, Document xml) {
    String kind = path.contains("sitemap") ? "sitemap" : "feed";
    for (Element element : xml.select("[href], [src], [uri]")) {
      for (String attribute : List.of("href", "src", "uri")) {
        if (element.hasAttr(attribute)) {
          add(kind, path, element.attr(attribute));
        }
      }
    }
    for (Element element : xml.select("loc, id, uri, icon, logo, link:not([href])")) {
      add(kind, path, element.text());
    }
    for (Element content : xml.select("content, summary, description")) {
      page(path, Jsoup.parseBodyFragment(content.text()), kind);
    }
  }

  private static String unescapeJson(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        switch (next) {
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          }
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
