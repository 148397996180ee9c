package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.SourceRef;
import org.briefing.importer.StoryDraft;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself in its head: OpenGraph and other meta tags, the canonical
 * link and JSON-LD. Values found in the article markup itself take precedence elsewhere.
 */
final class PageMetadata {
  /** A title's last part after a separator between spaces: "Headline | Site", "Headline - Site". */
  private static final Pattern SUFFIX = Pattern.compile("^.+\\s([|\\-–—])\\s([^|\\-–—]{2,60})$");

  private final Document doc;
  private final Optional<JsonLd> jsonLd;

  PageMetadata(Document doc) {
    this.doc = doc;
    this.jsonLd = JsonLd.find(doc);
  }

  /** The first non-empty value among JSON-LD {@code key} and the named meta tags, with where it came from. */
  Optional<String[]> value(String jsonKey, String... metas) {
    if (jsonLd.isPresent() && !jsonKey.isEmpty() && !jsonLd.get().text(jsonKey).isEmpty()) {
      return Optional.of(new String[] {jsonLd.get().text(jsonKey), "JSON-LD " + jsonKey, String.valueOf(jsonLd.get().line)});
    }
    for (String meta : metas) {
      Element e = doc.selectFirst("meta[property=" + meta + "], meta[name=" + meta + "], meta[itemprop=" + meta + "]");
      if (e != null && !e.attr("content").isBlank()) {
        return Optional.of(new String[] {e.attr("content").strip(), "<meta " + meta + ">", line(e)});
      }
    }
    return Optional.empty();
  }

  String title() {
    return headline().map(v -> v[0]).orElseGet(() -> withoutSiteName(doc.title().strip()));
  }

  /** The headline the page gives itself (JSON-LD, OpenGraph, Twitter), without the site's name after a separator. */
  Optional<String[]> headline() {
    return value("headline", "og:title", "twitter:title").map(v -> new String[] {withoutSiteName(v[0]), v[1], v[2]});
  }

  /**
   * A title less the site's name after its last separator ({@code " | "}, {@code " - "}, {@code " – "}, {@code " — "}):
   * only when the page names its site so (og:site_name, JSON-LD publisher, application-name, or a {@code <title>} of
   * nothing but those words). A headline's own second half ("Tax rise approved | Councillors split", the same in
   * every form of the title) and its own dash ("Budget - what it means") stay.
   */
  String withoutSiteName(String title) {
    Matcher m = SUFFIX.matcher(title);
    if (!m.matches()) {
      return title;
    }
    String suffix = m.group(2).strip();
    return siteNames().stream().anyMatch(n -> n.equalsIgnoreCase(suffix)) ? title.substring(0, m.start(1)).strip() : title;
  }

  private List<String> siteNames() {
    List<String> names = new ArrayList<>();
    jsonLd.map(JsonLd::publisherName).filter(n -> !n.isEmpty()).ifPresent(names::add);
    for (Element e : doc.select("meta[property=og:site_name], meta[name=application-name]")) {
      names.add(e.attr("content").strip());
    }
    names.add(doc.title().strip()); // a <title> of the site's name alone, the headline in og:title
    return names;
  }

  String canonical() {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && link.attr("href").startsWith("http")) {
      return link.attr("href").strip();
    }
    return value("url", "og:url").map(v -> v[0]).filter(u -> u.startsWith("http")).orElse("");
  }

  /**
   * The authors the page's head names (JSON-LD {@code author}, else {@code <meta name=author>}), for a page whose
   * article has no byline. An organisation among them is no person: a JSON-LD author whose {@code @type} is an
   * {@code Organization} (or one of its kinds), or a known agency's or broadcaster's name ({@code AP}, {@code Reuters}),
   * or a credit to unnamed agencies ({@code Wires}), is a source.
   */
  void authors(StoryDraft story) {
    List<JsonLd.Author> found = new ArrayList<>(jsonLd.map(JsonLd::authors).orElse(List.of()));
    String where = "JSON-LD author";
    int line = jsonLd.map(j -> j.line).orElse(0);
    if (found.isEmpty()) {
      for (Element meta : doc.select("meta[name=author], meta[property=article:author]")) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty() && !content.startsWith("http")) {
          found.add(new JsonLd.Author(content, false));
          where = "<meta name=author>";
          line = Integer.parseInt(line(meta));
        }
      }
    }
    List<String> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (JsonLd.Author author : found) {
      if (author.organisation() || Organisations.lookup(author.name()).isPresent() || Organisations.isUnnamedAgency(author.name())) {
        story.addSource(Organisations.source(author.name(), ""));
        organisations.add(author.name());
      } else {
        people.add(author.name());
        story.addAuthor(author.name());
      }
    }
    if (!people.isEmpty()) {
      story.note(ReportEntry.inferred("authors", 0, people, "the page's metadata (JSON-LD or <meta name=author>)"));
    }
    if (!organisations.isEmpty()) {
      story.note(ReportEntry.inferred("sources", line, organisations, where + " (an organisation, not a person)"));
    }
  }

  void dates(StoryDraft story) {
    Optional<String[]> published = value("datePublished", "article:published_time", "datePublished", "pubdate",
        "publish-date", "parsely-pub-date", "dc.date", "date");
    Optional<String[]> modified = value("dateModified", "article:modified_time", "dateModified", "og:updated_time");
    published.ifPresent(v -> PageDates.normalise(v[0]).ifPresent(d -> {
      story.date(d);
      story.note(ReportEntry.inferred("date", Integer.parseInt(v[2]), List.of(d), v[1]));
    }));
    if (story.date().isEmpty()) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) {
        PageDates.normalise(time.attr("datetime")).ifPresent(d -> {
          story.date(d);
          story.note(ReportEntry.inferred("date", Integer.parseInt(line(time)), List.of(d), "<time datetime>"));
        });
      }
    }
    modified.ifPresent(v -> PageDates.normalise(v[0]).filter(d -> !d.equals(story.date())).ifPresent(d -> {
      story.updated(d);
      story.note(ReportEntry.inferred("updated", Integer.parseInt(v[2]), List.of(d), v[1]));
    }));
  }

  void publisher(StoryDraft story, String canonical) {
    Optional<String[]> name = jsonLd.map(JsonLd::publisherName).filter(n -> !n.isEmpty())
        .map(n -> new String[] {n, "JSON-LD publisher", String.valueOf(jsonLd.get().line)})
        .or(() -> value("", "og:site_name", "application-name"));
    if (name.isEmpty() && canonical.isEmpty()) {
      return;
    }
    String publisher = name.map(n -> n[0]).orElse(hostOf(canonical));
    SourceRef known = Organisations.source(publisher, "");
    SourceRef source = new SourceRef(known.name(), canonical, known.type(), "");
    story.addSource(source);
    int line = name.map(n -> Integer.parseInt(n[2])).orElse(0);
    story.note(ReportEntry.inferred("sources", line, List.of(publisher + (canonical.isEmpty() ? "" : " <" + canonical + ">")),
        "publisher (" + name.map(n -> n[1]).orElse("host of the canonical URL") + ")"
            + (canonical.isEmpty() ? "; no canonical URL found" : ", with the canonical URL")));
  }

  static String line(Element e) {
    return String.valueOf(Math.max(0, e.sourceRange().start().lineNumber()));
  }

  private static String hostOf(String url) {
    return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("[/:?#].*$", "");
  }
}
