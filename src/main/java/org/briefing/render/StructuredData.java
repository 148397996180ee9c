package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;

/** The schema.org {@code NewsArticle} JSON-LD of a story page. */
final class StructuredData {
  private StructuredData() {}

  static String newsArticle(Views.ArticleView a, SiteConfig config, ViewFactory views) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("mainEntityOfPage", ordered("@type", "WebPage", "@id", a.url()));
    json.put("url", a.url());
    json.put("headline", a.title().length() > 110 ? a.title().substring(0, 109) + "…" : a.title());
    if (!a.summary().isEmpty()) {
      json.put("description", a.summary());
    }
    json.put("datePublished", a.dateIso());
    json.put("dateModified", a.lastModifiedIso());
    json.put("inLanguage", a.language().isEmpty() ? config.language() : a.language());
    List<Object> authors = new ArrayList<>();
    a.authors().forEach(name -> authors.add(ordered("@type", "Person", "name", name)));
    if (!authors.isEmpty()) {
      json.put("author", authors);
    } else {
      json.put("author", organization(config, views));
    }
    if (a.image() != null && a.image().hasImage()) {
      // the social card's crop, as for OpenGraph: the photo at the ratio search engines and readers show
      Map<String, Object> image = ordered("@type", "ImageObject", "url", a.image().cardUrl(), "contentUrl", a.image().cardUrl());
      if (a.image().cardWidth() > 0) {
        image.put("width", a.image().cardWidth());
        image.put("height", a.image().cardHeight());
      }
      putIfPresent(image, "caption", a.image().caption());
      putIfPresent(image, "creditText", a.image().credit());
      json.put("image", image);
    }
    if (!a.topics().isEmpty()) {
      json.put("keywords", a.topics().stream().map(Views.LinkView::label).toList());
    }
    List<Object> cited = new ArrayList<>();
    for (Views.SourceView s : a.sources()) {
      Map<String, Object> work = ordered("@type", "CreativeWork", "name", s.name());
      putIfPresent(work, "url", s.url());
      if (!s.publisher().isEmpty()) {
        work.put("publisher", ordered("@type", "Organization", "name", s.publisher()));
      }
      cited.add(work);
    }
    if (!cited.isEmpty()) {
      json.put("isBasedOn", cited);
      json.put("citation", cited);
    }
    List<Object> corrections = new ArrayList<>();
    for (Views.CorrectionView c : a.corrections()) {
      corrections.add(ordered("@type", "CorrectionComment", "text", c.label() + ": " + c.text(), "datePublished", c.dateIso()));
    }
    if (!corrections.isEmpty()) {
      json.put("correction", corrections);
    }
    json.put("publisher", organization(config, views));
    return Json.write(json);
  }

  private static Map<String, Object> organization(SiteConfig config, ViewFactory views) {
    SiteConfig.Publisher p = config.publisher();
    Map<String, Object> org = ordered("@type", "NewsMediaOrganization", "name", p.name());
    org.put("url", p.url().isEmpty() ? config.baseUrl().toString() : p.url());
    if (!p.logo().isEmpty()) {
      org.put("logo", ordered("@type", "ImageObject", "url", views.assetUrl(p.logo().startsWith("/") ? p.logo().substring(1) : p.logo())));
    }
    return org;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
