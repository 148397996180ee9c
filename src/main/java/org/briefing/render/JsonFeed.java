package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.language.ThemeStrings;

/**
 * The site's JSON Feed 1.1 ({@code https://jsonfeed.org/version/1.1}): the stories of the Atom
 * feed, in the same order, with the same full text and authors, for readers that take JSON.
 */
final class JsonFeed {
  static final String PATH = "feed.json";

  private JsonFeed() {}

  static String write(Views.SiteView site, List<Views.ArticleView> stories, String feedUrl, ThemeStrings strings, ViewFactory views) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", site.title());
    feed.put("home_page_url", site.baseUrl());
    feed.put("feed_url", feedUrl);
    if (!site.description().isEmpty()) {
      feed.put("description", site.description());
    }
    feed.put("language", site.language());
    feed.put("authors", List.of(Map.of("name", site.publisherName())));
    List<Object> items = new ArrayList<>();
    for (Views.ArticleView a : stories) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", a.url());
      item.put("url", a.url());
      item.put("title", a.title());
      item.put("content_html", content(a, strings));
      if (!a.summary().isEmpty()) {
        item.put("summary", a.summary());
      }
      if (a.image() != null && a.image().hasImage()) {
        item.put("image", a.image().url());
      }
      if (!a.language().isEmpty()) {
        item.put("language", a.language());
      }
      item.put("date_published", a.dateIso());
      item.put("date_modified", a.lastModifiedIso());
      // each author by the declared name, once, with their page, as in the Atom feed and the JSON-LD
      List<Object> authors = new ArrayList<>();
      for (Views.LinkView author : a.terms().getOrDefault("authors", List.of())) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("name", author.label());
        if (!author.href().isEmpty()) {
          named.put("url", views.urlOfHref(author.href()));
        }
        authors.add(named);
      }
      if (!authors.isEmpty()) {
        item.put("authors", authors);
      }
      if (!a.topics().isEmpty()) {
        item.put("tags", a.topics().stream().map(Views.LinkView::label).toList());
      }
      items.add(item);
    }
    feed.put("items", items);
    return Json.write(feed) + "\n";
  }

  /** The story as the Atom feed gives it: corrections, standfirst, photo with its credit, text and sources. */
  private static String content(Views.ArticleView a, ThemeStrings strings) {
    StringBuilder html = new StringBuilder();
    for (Views.CorrectionView c : a.corrections()) {
      html.append("<p><strong>").append(esc(c.label() + ", " + c.dateDisplay() + ":")).append("</strong> ").append(esc(c.text())).append("</p>");
    }
    if (!a.standfirst().isEmpty()) {
      html.append("<p><strong>").append(esc(a.standfirst())).append("</strong></p>");
    }
    if (a.image() != null && a.image().hasImage()) {
      html.append("<figure><img src=\"").append(esc(a.image().url())).append("\" alt=\"").append(esc(a.image().alt()))
          .append("\"><figcaption>").append(esc((a.image().caption().isEmpty() ? "" : a.image().caption() + " ")
              + (a.image().creditSaysWhatItIs() ? a.image().credit() : strings.format("photo_credit", Map.of("credit", a.image().credit())))))
          .append("</figcaption></figure>");
    }
    html.append(a.feedBodyHtml()).append("<h2>").append(esc(strings.text("sources"))).append("</h2><ul>");
    for (Views.SourceView s : a.sources()) {
      html.append("<li>").append(s.url().isEmpty() ? esc(s.name())
          : "<a href=\"" + esc(s.url()) + "\">" + esc(s.name()) + "</a>").append("</li>");
    }
    return html.append("</ul>").toString();
  }

  /**
   * {@code text} escaped for HTML text and attributes as jsoup's {@code Entities.escape} does
   * (JsonFeedEscapeTest compares the two), without loading jsoup's table of every named entity, which
   * took a rebuild after an edit some 65 ms of one core for the few feeds it renders.
   */
  static String esc(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&apos;";
        case '\u00a0' -> "&nbsp;";
        case '\t', '\n', '\r' -> null;
        default -> c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i) ? "&#x" + Integer.toHexString(c) + ";" : null;
      };
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether the surrogate at {@code i} is half of a pair. */
  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
