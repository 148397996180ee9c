package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;

/** The schema.org JSON-LD of a story page ({@code NewsArticle}) and of the page of a person or a place. */
final class StructuredData {
  private StructuredData() {}

  static String newsArticle(Views.ArticleView a, SiteConfig config, ViewFactory views) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("mainEntityOfPage", ordered("@type", "WebPage", "@id", a.url()));
    json.put("url", a.url());
    json.put("headline", a.title().length() > 110 ? a.title().substring(0, Character.isHighSurrogate(a.title().charAt(108)) ? 108 : 109) + "…" : a.title());
    if (!a.summary().isEmpty()) {
      json.put("description", a.summary());
    }
    json.put("datePublished", a.dateIso());
    json.put("dateModified", a.lastModifiedIso());
    json.put("inLanguage", a.language().isEmpty() ? config.language() : a.language());
    // each author by the declared name and with the address of their page, where the site has author pages
    List<Object> authors = new ArrayList<>();
    a.terms().getOrDefault("authors", List.of()).forEach(author -> authors.add(linked("Person", author, views)));
    if (!authors.isEmpty()) {
      json.put("author", authors);
    } else {
      json.put("author", organization(config, views));
    }
    if (a.image() != null && a.image().hasImage()) {
      // the social card's crop, as for OpenGraph: the photo at the ratio search engines and readers show; an SVG,
      // which has no card, as it is (search engines read SVG, social sites do not)
      String url = a.image().cardUrl().isEmpty() ? a.image().url() : a.image().cardUrl();
      Map<String, Object> image = ordered("@type", "ImageObject", "url", url, "contentUrl", url);
      if (a.image().cardWidth() > 0) {
        image.put("width", a.image().cardWidth());
        image.put("height", a.image().cardHeight());
      }
      putIfPresent(image, "caption", a.image().caption());
      putIfPresent(image, "creditText", a.image().credit());
      json.put("image", image);
    }
    List<Object> places = new ArrayList<>();
    a.terms().getOrDefault("places", List.of()).forEach(place -> places.add(linked("Place", place, views)));
    if (!places.isEmpty()) {
      json.put("contentLocation", places);
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

  /** A story's term as a schema.org {@code type}: its name, and its page's address when it has one. */
  private static Map<String, Object> linked(String type, Views.LinkView term, ViewFactory views) {
    Map<String, Object> thing = ordered("@type", type, "name", term.label());
    if (!term.href().isEmpty()) {
      thing.put("url", views.urlOfHref(term.href()));
    }
    return thing;
  }

  /**
   * The JSON-LD of a term's page for a grouping whose terms are people or places ({@code
   * schema} "Person" or "Place"): what its term file declares, its page and its links elsewhere;
   * "" for other groupings.
   */
  static String term(Views.TermView t, String schema) {
    if (schema.isEmpty()) {
      return "";
    }
    Map<String, Object> json = ordered("@context", "https://schema.org", "@type", schema, "name", t.name());
    if (schema.equals("Person")) {
      putIfPresent(json, "jobTitle", t.role());
    }
    putIfPresent(json, "description", !t.bio().isEmpty() ? t.bio() : t.description());
    if (t.photo() != null) {
      Map<String, Object> image = ordered("@type", "ImageObject", "url", t.photo().url(), "contentUrl", t.photo().url());
      putIfPresent(image, "creditText", t.photo().credit());
      json.put("image", image);
    }
    if (!t.links().isEmpty()) {
      json.put("sameAs", t.links());
    }
    json.put("url", t.url());
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
