package org.briefing.jmh;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.load.YamlData;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.model.Slugs;
import org.briefing.render.Views;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Template models like the ones the site renderer passes, made from the corpus's real stories:
 * their front matter, rendered bodies and word counts, with addresses and dates in the shapes the
 * renderer gives them. The renderer's own view factory is internal to the render package, so
 * this builds the same public view records directly.
 */
@State(Scope.Benchmark)
public class PageData {
  /**
   * Stories in one edition, on one page of a topic or source list, in one month of the archive
   * and in the feed, as on a 10,000-story site: 14 a day, list pages of 50, ~420 a month, and the
   * feed's 20 with their full text.
   */
  static final int EDITION_STORIES = 14;
  static final int LIST_PAGE_STORIES = 50;
  static final int MONTH_STORIES = 420;
  static final int FEED_STORIES = 20;

  private static final String ROOT = "/";
  private static final String BASE = "https://bench.example.org/";
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  Views.SiteView site;
  List<Views.ArticleView> articles;
  List<Map<String, Object>> articleModels;
  Map<String, Object> editionModel;
  Map<String, Object> topicModel;
  Map<String, Object> homeModel;
  Map<String, Object> sourceModel;
  Map<String, Object> monthModel;
  Map<String, Object> feedModel;

  @Setup(Level.Trial)
  public void setUp(Corpus corpus) {
    site = new Views.SiteView("Synthetic Briefing", "A generated corpus for benchmarks.", "en", BASE, ROOT, "Bench Desk", "",
        "", "/assets/briefing.css?v=0123456789", "/feed.xml", BASE + "feed.xml", "/assets/favicon.svg", Map.of(),
        List.of(new Views.MenuItemView("Briefings", ROOT + "briefings/", "briefings/", true),
            new Views.MenuItemView("Topics", ROOT + "topics/", "topics/", true)), List.of(), "ltr", ROOT + "search/");
    articles = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      articles.add(article(corpus.meta.get(i), corpus.rendered.get(i)));
    }
    articleModels = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Views.ArticleView a = articles.get(i);
      Map<String, Object> model = new HashMap<>();
      model.put("site", site);
      model.put("article", a);
      model.put("related", List.of(articles.get((i + 1) % articles.size()), articles.get((i + 2) % articles.size()),
          articles.get((i + 3) % articles.size()), articles.get((i + 4) % articles.size())));
      model.put("page", new Views.PageView("article", a.title(), a.summary().isEmpty() ? a.standfirst() : a.summary(), a.url(),
          a.href().substring(1), a.image().url(), a.image().alt(), jsonLd(a)));
      articleModels.add(model);
    }
    editionModel = editionModel();
    topicModel = topicModel();
    homeModel = homeModel();
    sourceModel = sourceModel();
    monthModel = monthModel();
    feedModel = Map.of("site", site, "articles", take(FEED_STORIES), "updated", articles.get(0).lastModifiedIso(),
        "page", new Views.PageView("feed", "Synthetic Briefing", "", BASE + "feed.xml", "feed.xml", "", "", ""));
  }

  private Map<String, Object> homeModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("edition", edition(LocalDate.of(2021, 10, 18), take(EDITION_STORIES)));
    List<Views.EditionLinkView> earlier = new ArrayList<>();
    for (int day = 1; day <= 14; day++) {
      LocalDate date = LocalDate.of(2021, 10, 18).minusDays(day);
      earlier.add(new Views.EditionLinkView("Briefing of " + date, date.toString(), date.toString(),
          ROOT + date.toString().replace('-', '/') + "/", EDITION_STORIES));
    }
    model.put("earlier", earlier);
    model.put("title", site.title());
    model.put("page", new Views.PageView("home", site.title(), site.description(), BASE, "", "", "", ""));
    return model;
  }

  private Map<String, Object> sourceModel() {
    String path = "sources/wire/";
    Views.GroupView source = new Views.GroupView("Wire", "wire", ROOT + path, BASE + path, "agency", 2_500, take(LIST_PAGE_STORIES));
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("source", source);
    model.put("pager", new Views.PagerView(2, 50, ROOT + path, ROOT + path + "page/3/"));
    model.put("title", "Wire (page 2 of 50)");
    model.put("description", "Stories citing Wire.");
    model.put("page", new Views.PageView("source", "Wire", "Stories citing Wire.", BASE + path + "page/2/", path + "page/2/", "", "", ""));
    return model;
  }

  private Map<String, Object> monthModel() {
    String path = "archive/2021/10/";
    Views.MonthView month = new Views.MonthView("October 2021", "2021-10", ROOT + path, MONTH_STORIES, take(MONTH_STORIES));
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("month", month);
    model.put("newer", new Views.MonthView("November 2021", "2021-11", ROOT + "archive/2021/11/", 410, List.of()));
    model.put("older", new Views.MonthView("September 2021", "2021-09", ROOT + "archive/2021/09/", 405, List.of()));
    model.put("title", month.label());
    model.put("description", "Every story of October 2021.");
    model.put("page", new Views.PageView("archive-month", month.label(), "Every story of October 2021.", BASE + path, path, "", "", ""));
    return model;
  }

  private Map<String, Object> editionModel() {
    Views.EditionView edition = edition(LocalDate.of(2021, 10, 18), take(EDITION_STORIES));
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("edition", edition);
    model.put("newer", edition(LocalDate.of(2021, 10, 19), take(1)));
    model.put("older", edition(LocalDate.of(2021, 10, 17), take(1)));
    model.put("title", edition.title());
    model.put("description", "The briefing of " + edition.dateDisplay() + ": " + EDITION_STORIES + " stories.");
    model.put("page", new Views.PageView("edition", edition.title(), (String) model.get("description"), edition.url(),
        edition.href().substring(1), "", "", ""));
    return model;
  }

  private Map<String, Object> topicModel() {
    String name = "Energy";
    String path = "topics/" + Slugs.of(name) + "/";
    Views.TermView topic = new Views.TermView(name, Slugs.of(name), ROOT + path, BASE + path, ROOT + path + "feed.xml", 400,
        take(LIST_PAGE_STORIES), false, "", "", "", null, List.of());
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("group", new Views.GroupingView("topics", "Topics", "Topic", ROOT + "topics/", BASE + "topics/", "", true));
    model.put("topic", topic);
    model.put("pager", new Views.PagerView(1, 8, null, ROOT + path + "page/2/"));
    model.put("title", name);
    model.put("description", "Stories on " + name + ".");
    model.put("page", new Views.PageView("topic", name, "Stories on " + name + ".", BASE + path, path, "", "", ""));
    return model;
  }

  /** The first {@code n} stories, going round the corpus again when it has fewer. */
  private List<Views.ArticleView> take(int n) {
    List<Views.ArticleView> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(articles.get(i % articles.size()));
    }
    return out;
  }

  private static Views.EditionView edition(LocalDate date, List<Views.ArticleView> stories) {
    String path = date.toString().replace('-', '/') + "/";
    return new Views.EditionView("Briefing of " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), date.toString(),
        date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), ROOT + path, BASE + path,
        "<p>The editor's note for the day, with a <a href=\"/topics/energy/\">link</a>.</p>\n", stories);
  }

  @SuppressWarnings("unchecked")
  private static Views.ArticleView article(YamlData yaml, RenderedMarkdown body) {
    Map<String, Object> v = yaml.values();
    String title = (String) v.get("title");
    String slug = (String) v.get("slug");
    ZonedDateTime date = LocalDateTime.parse((String) v.get("date")).atZone(ZONE);
    String path = date.toLocalDate().toString().replace('-', '/') + "/" + slug + "/";
    String editorSummary = (String) v.get("summary");
    String summary = editorSummary != null ? editorSummary : body.paragraphs().get(0);
    String inBrief = summary.contains(". ") ? summary.substring(0, summary.indexOf(". ") + 1) : summary;
    List<Views.LinkView> topics = ((List<String>) v.get("topics")).stream()
        .map(t -> new Views.LinkView(t, ROOT + "topics/" + Slugs.of(t) + "/")).toList();
    List<Views.SourceView> sources = ((List<String>) v.get("sources")).stream()
        .map(id -> new Views.SourceView(id.toUpperCase(Locale.ROOT), "https://" + id + ".example.net/", "agency", "", id.toUpperCase(Locale.ROOT),
            ROOT + "sources/" + id + "/")).toList();
    List<Views.LinkView> publishers = sources.stream().map(s -> new Views.LinkView(s.publisher(), s.href())).toList();
    Map<String, Object> image = (Map<String, Object>) v.get("image");
    String src = (String) image.get("src");
    Views.ImageView photo = new Views.ImageView(src, BASE + src.substring(1), (String) image.get("alt"), (String) image.get("caption"),
        (String) image.get("credit"));
    String iso = date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String edition = date.toLocalDate().toString();
    return new Views.ArticleView(title, slug, ROOT + path, BASE + path, iso, date.format(LONG) + " CET", date.format(SHORT), "", "", iso,
        (String) v.get("standfirst"), summary, editorSummary != null ? "editor" : "automatic", inBrief, topics,
        (List<String>) v.get("places"), (List<String>) v.get("authors"), Map.of("topics", topics,
            "places", terms("places", (List<String>) v.get("places")), "authors", terms("authors", (List<String>) v.get("authors"))),
        sources, publishers, photo, "", List.of(), "", List.of(), List.of(),
        new Views.StoryText(new org.briefing.model.Body.InMemory(body.html(), body.paragraphs())), body.words(), Math.max(1, (body.words() + 115) / 230),
        new Views.LinkView("Briefing of " + edition, ROOT + edition.replace('-', '/') + "/"), false, Map.of(), "", "", 0);
  }

  /** A story's terms of a grouping as links to their pages, as the renderer makes them. */
  private static List<Views.LinkView> terms(String grouping, List<String> names) {
    return names.stream().map(n -> new Views.LinkView(n, ROOT + grouping + "/" + Slugs.of(n) + "/")).toList();
  }

  /** A NewsArticle block of the size the renderer writes. */
  private static String jsonLd(Views.ArticleView a) {
    StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(a.title()).append("\",\"description\":\"").append(a.standfirst()).append("\",\"datePublished\":\"").append(a.dateIso())
        .append("\",\"dateModified\":\"").append(a.lastModifiedIso()).append("\",\"mainEntityOfPage\":\"").append(a.url())
        .append("\",\"image\":[\"").append(a.image().url()).append("\"],\"author\":[");
    for (int i = 0; i < a.authors().size(); i++) {
      json.append(i > 0 ? "," : "").append("{\"@type\":\"Person\",\"name\":\"").append(a.authors().get(i)).append("\"}");
    }
    json.append("],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Bench Desk\"},\"wordCount\":").append(a.words()).append('}');
    return json.toString();
  }
}
