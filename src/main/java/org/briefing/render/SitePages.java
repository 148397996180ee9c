package org.briefing.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.briefing.config.SiteConfig;
import org.briefing.language.ThemeStrings;
import org.briefing.model.Aliases;
import org.briefing.model.ArchiveMonth;
import org.briefing.model.Article;
import org.briefing.model.Correction;
import org.briefing.model.Edition;
import org.briefing.model.Site;
import org.briefing.model.SitePage;
import org.briefing.model.Placement;
import org.briefing.model.StoryReads;
import org.briefing.enrich.SiteShape;
import org.briefing.model.SourceIndex;
import org.briefing.model.Group;
import org.briefing.model.Term;
import org.briefing.config.Grouping;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Every page, feed and file a site makes, each as a {@link Page}: its address, its template, its
 * kind and a supplier of the data its template receives. Addresses are claimed as the pages are
 * listed, so that a page of the site, an alias or a menu link that meets another is an error here,
 * before anything is rendered. {@link SiteRenderer} renders what this lists.
 */
final class SitePages {
  /** Stories on one page of a topic or source list: enough to scan, small enough to load fast. */
  private static final int LIST_PAGE_SIZE = 50;

  private final Templates templates;
  private final ThemeStrings strings;
  private final Problems problems;
  private final org.briefing.search.Analyses analyses;
  private final java.time.Instant now;

  SitePages(Templates templates, ThemeStrings strings, Problems problems, org.briefing.search.Analyses analyses, java.time.Instant now) {
    this.templates = templates;
    this.strings = strings;
    this.problems = problems;
    this.analyses = analyses;
    this.now = now;
  }

  /** The pages of {@code site}; {@code fixed} are the paths of files made without a template (the theme's assets, robots.txt). */
  List<Page> of(Site site, ViewFactory views, StoryIndex stories, Map<String, byte[]> assets, java.util.Set<String> fixed) {
    List<Page> pages = new ArrayList<>();
    List<Edition> editions = site.editions();
    // the site's folder holds templates/ and static/, whose images an email measures
    Path staticDir = templates.siteDir().toAbsolutePath().getParent().resolve("static");
    pages.add(new Page("index.html", "index.ftlh", "home", () -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("edition", editions.isEmpty() ? null : views.edition(editions.get(0)));
      data.put("earlier", editions.stream().skip(1).limit(14).map(views::editionLink).toList());
      data.put("title", site.config().title());
      return data;
    }));
    pages.add(new Page("briefings/index.html", "editions.ftlh", "editions", () -> inOrder(
        "editions", editions.stream().map(views::editionLink).toList(), "title", strings.text("all_briefings"))));
    for (int i = 0; i < editions.size(); i++) {
      Edition e = editions.get(i);
      Edition newer = i > 0 ? editions.get(i - 1) : null;
      Edition older = i + 1 < editions.size() ? editions.get(i + 1) : null;
      pages.add(new Page(e.path() + "index.html", "edition.ftlh", "edition", () -> {
        Map<String, Object> data = new LinkedHashMap<>();
        Views.EditionView view = views.edition(e);
        data.put("edition", view);
        data.put("newer", newer == null ? null : views.editionLink(newer));
        data.put("older", older == null ? null : views.editionLink(older));
        data.put("title", view.title());
        data.put("description", strings.plural("edition_description", view.stories().size(), Map.of("date", view.dateDisplay())));
        return data;
      }));
      // an edition's email is written for a site that has an email: section
      for (String file : site.config().email().enabled() ? List.of(EmailPages.HTML, EmailPages.TEXT, EmailPages.MESSAGE) : List.<String>of()) {
        pages.add(new Page(e.path() + file, EmailPages.HTML_TEMPLATE, "email", () -> EmailPages.data(e, views, site.config(), staticDir)));
      }
    }
    // a story is taken from the site's list only when its page is looked at: a rebuild after an
    // edit looks at a few pages, and need not read every story
    List<Article> articles = site.articles();
    for (int i = 0; i < articles.size(); i++) {
      int at = i;
      // the page's own story is read to make its view, whose reads are not noted (StoryReads.own)
      pages.add(new Page(stories.shape().stories().get(i).path() + "index.html", "article.ftlh", "article",
          () -> articleData(StoryReads.forView(articles, at), site, views, stories)));
    }
    for (int g = 0; g < site.groups().size(); g++) {
      addGroupPages(pages, site, site.groups().get(g), stories.shape().groups().get(g), views, stories.shape());
    }
    List<SourceIndex> organisations = site.sources().stream().filter(s -> s.source().hasOrganisation()).toList();
    List<SourceIndex> documents = site.sources().stream().filter(s -> !s.source().hasOrganisation()).toList();
    pages.add(new Page("sources/index.html", "sources.ftlh", "sources", () -> inOrder(
        "sources", (Object) organisations.stream().map(views::source).toList(),
        "documents", documents.stream().map(views::document).toList(), "title", strings.text("sources"))));
    for (int i = 0; i < site.sources().size(); i++) {
      SourceIndex s = site.sources().get(i);
      if (!s.source().hasOrganisation()) {
        continue;
      }
      String base = "sources/" + s.source().publisherSlug() + "/";
      addListPages(pages, base, "source", "source.ftlh", s.articles(), shown -> Map.of("source", views.source(s, shown)),
          s.source().name(), strings.format("source_description", Map.of("source", s.source().name())), views);
      int[] listed = stories.shape().sources().get(i).stories();
      pages.add(new Page(base + "feed.xml", "feed.ftlx", "term-feed", () -> termFeedData(site, stories.shape(), listed, base,
          s.source().name() + " · " + site.config().title(), views)));
    }
    pages.add(new Page("archive/index.html", "archive.ftlh", "archive", () -> inOrder(
        "months", site.archive().stream().map(m -> month(m, views, site.config(), false)).toList(), "title", strings.text("archive"))));
    List<ArchiveMonth> months = site.archive();
    for (int i = 0; i < months.size(); i++) {
      ArchiveMonth m = months.get(i);
      ArchiveMonth newer = i > 0 ? months.get(i - 1) : null;
      ArchiveMonth older = i + 1 < months.size() ? months.get(i + 1) : null;
      Supplier<Map<String, Object>> data = () -> {
        Map<String, Object> map = new LinkedHashMap<>();
        Views.MonthView view = month(m, views, site.config(), true);
        map.put("month", view);
        map.put("newer", newer == null ? null : month(newer, views, site.config(), false));
        map.put("older", older == null ? null : month(older, views, site.config(), false));
        map.put("title", view.label());
        map.put("description", strings.format("period_description", Map.of("period", view.label())));
        return map;
      };
      // the date address of the month shows the same bytes: its page view is the archive's, which
      // names the archive's address as the one to keep
      pages.add(new Page(monthPath(m) + "index.html", "archive-month.ftlh", "archive-month", data,
          List.of(datePath(m.month().atDay(1), 2) + "index.html")));
    }
    addDatePages(pages, site, stories.shape(), articles, views);
    pages.add(new Page("404.html", "404.ftlh", "not-found", () -> inOrder("title", strings.text("page_not_found"),
        "latest", views.articles(site.articles().subList(0, Math.min(5, site.articles().size()))))));
    pages.add(new Page("corrections/index.html", "corrections.ftlh", "corrections", () -> inOrder(
        "corrections", correctionEntries(SiteShape.at(articles, corrected(stories.shape())), views), "title", strings.text("corrections"),
        "description", strings.text("corrections_description"))));
    pages.add(new Page("feed.xml", "feed.ftlx", "feed", () -> feedData(site, stories.shape(), views)));
    // written by JsonFeed rather than a template: JSON has no escaping a template would apply by itself
    pages.add(new Page(JsonFeed.PATH, "", "json-feed", () -> feedData(site, stories.shape(), views)));
    if (site.config().search()) {
      addSearchPages(pages, site, views, stories, assets);
    }
    pages.add(new Page("sitemap.xml", "sitemap.ftlx", "sitemap", () -> sitemapData(stories.shape(), site.pages(), views)));
    pages.add(new Page("news-sitemap.xml", "news-sitemap.ftlx", "news-sitemap", () -> Map.of(
        "articles", views.articles(SiteShape.at(site.articles(), recent(stories.shape().stories()))))));
    // every file the site makes, with what asked for it ("an alias of content/x.md"; null for the site's own)
    OutputPaths claimed = new OutputPaths();
    fixed.forEach(path -> claimed.claim(path, null));
    pages.forEach(page -> {
      claimed.claim(page.path(), null);
      page.copies().forEach(copy -> claimed.claim(copy, null));
    });
    addSitePages(pages, site.pages(), views, claimed, site.config().groups());
    addRedirects(pages, articles, stories.shape().stories(), views, claimed);
    checkSitePaths(claimed, site.config());
    return pages;
  }

  /**
   * The search page and the files of the search index (docs/search.md). The index is written as
   * JSON from its data, as the JSON feed is; its files are known from the number of stories and
   * pages, so that an edit that moves no story leaves the set of files as it was.
   */
  private void addSearchPages(List<Page> pages, Site site, ViewFactory views, StoryIndex stories, Map<String, byte[]> assets) {
    SearchPages search = new SearchPages(site, views, stories, analyses, now);
    String script = views.href(ThemeAssets.OUTPUT_DIR + ThemeAssets.SEARCH_SCRIPT) + "?v="
        + ThemeAssets.fingerprint(assets.get(ThemeAssets.SEARCH_SCRIPT));
    pages.add(new Page(SearchPages.DIR + "index.html", "search.ftlh", "search", () -> inOrder("title", strings.text("search"),
        "description", strings.format("search_description", Map.of("site", site.config().title())), "search",
        new Views.SearchView(script, views.href(SearchPages.DIR), views.href("archive/")))));
    for (String path : search.paths()) {
      pages.add(new Page(path, "", SearchPages.readsEveryStory(path) ? Page.SEARCH_INDEX : Page.SEARCH_DOCUMENT, search.data(path)));
    }
  }


  /** The pages that are not stories, each at its address; one that is the address of another page is an error. */
  private void addSitePages(List<Page> pages, List<SitePage> sitePages, ViewFactory views, OutputPaths claimed,
      List<org.briefing.config.Grouping> groups) {
    for (SitePage p : sitePages) {
      String file = p.path() + "index.html";
      OutputPaths.Clash clash = claimed.clash(file);
      if (clash != null) {
        // a grouping moved to the page's address ('path: about') is named, with where briefing.yaml moves it
        org.briefing.config.Grouping group = groups.stream().filter(g -> g.pages() && p.path().startsWith(g.path() + "/")).findFirst()
            .orElse(null);
        boolean made = clash.kind() == OutputPaths.Kind.SAME && clash.origin() == null;
        problems.error(SourcePosition.of(p.file()), made && group != null
                ? "this page's address /" + p.path() + " is that of " + (p.path().equals(group.path() + "/") ? "the index" : "a page")
                    + " of the grouping '" + group.name() + "' (" + group.writtenAt().file() + ":" + group.writtenAt().line() + ")"
                : made ? "this page's address /" + p.path() + " is the address of another page the site makes"
                : "this page " + clash.explain(file),
            made && group != null ? "rename the file or give it another 'slug:', or give the grouping another 'path:' in briefing.yaml"
                : "rename the file or give it another 'slug:'");
        continue;
      }
      claimed.claim(file, "the address of the page " + shown(p.file()));
      pages.add(new Page(file, "page.ftlh", "page", () -> {
        Views.SitePageView view = views.sitePage(p);
        return inOrder("content", view, "title", view.title(), "description", view.description());
      }));
    }
  }

  /**
   * A menu link to a path of the site must lead to a page or file of it, and the publisher's logo
   * must be a file of it: a misspelt path would publish a broken link in every page, or a logo that
   * search engines cannot fetch.
   */
  private void checkSitePaths(OutputPaths made, SiteConfig config) {
    for (SiteConfig.MenuItem item : concat(config.menu(), config.footerMenu())) {
      // read as a browser reads it: /topics/../archive/ is /archive/
      String path = item.isSitePath() ? org.briefing.links.RelativeAddress.withoutDots(item.url().replaceFirst("[?#].*$", "")).substring(1)
          : item.url().replaceFirst("[?#].*$", "");
      if (item.isSitePath() && !made.has(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)
          && !isStaticFile(org.briefing.links.PathEncoding.decoded(path))) {
        problems.error(item.writtenAt(), "the menu link '" + item.url() + "' leads to no page or file of this site",
            "check the path: pages are at /about/ for content/pages/about.md, the site's indexes at /topics/, /sources/, /archive/,"
                + " and a file of static/ at its path there (/files/report.pdf for static/files/report.pdf)");
      }
    }
    SiteConfig.Publisher publisher = config.publisher();
    String logo = publisher.logo().startsWith("/") ? publisher.logo().substring(1) : publisher.logo();
    if (!logo.isEmpty() && !org.briefing.model.Urls.isRemote(logo) && !made.has(logo) && !isStaticFile(logo)) {
      problems.error(publisher.logoAt(), "'publisher.logo' names " + logo + ", which is no file of this site",
          "put the logo at static/" + logo + ", or write the full address of one, starting with https://");
    }
  }

  /**
   * Whether the site's {@code static/} folder publishes a file at {@code path}: one of its own or a
   * link to a file inside the site, not hidden, not reached through a link to a folder, and not one
   * of two names that differ only in case, of which only the first in their order is published
   * ({@code Report.pdf} beside {@code report.pdf}: pipeline/Assets).
   */
  boolean isStaticFile(String path) {
    if (path == null || path.isEmpty() || path.contains("\\") || !org.briefing.load.FileTree.isPublishedStaticName(path)) {
      return false;
    }
    Path staticDir = templates.siteDir().toAbsolutePath().getParent().resolve("static").normalize();
    Path file = staticDir.resolve(path).normalize();
    if (!file.startsWith(staticDir) || !Files.isRegularFile(file) || Files.isSymbolicLink(staticDir)
        || org.briefing.load.SiteFiles.linkedFolder(staticDir, file) != null
        || Files.isSymbolicLink(file) && !org.briefing.load.SiteFiles.publishable(staticDir, file)) {
      return false;
    }
    String name = file.getFileName().toString();
    try (java.util.stream.Stream<Path> siblings = Files.list(file.getParent())) {
      return siblings.map(p -> p.getFileName().toString())
          .noneMatch(n -> n.compareTo(name) < 0 && n.toLowerCase(java.util.Locale.ROOT).equals(name.toLowerCase(java.util.Locale.ROOT)));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String shown(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * A redirect page at each alias of a story, to its address. An alias that is the address of
   * another page, or another story's alias too, is an error naming both files: a redirect must
   * never replace a page, and one address cannot lead to two stories.
   */
  private void addRedirects(List<Page> pages, List<Article> articles, List<Placement> stories, ViewFactory views,
      OutputPaths taken) {
    for (int i = 0; i < stories.size(); i++) {
      Placement p = stories.get(i);
      int at = i;
      for (String alias : p.aliases()) {
        String file = Aliases.file(alias);
        OutputPaths.Clash clash = taken.clash(file);
        if (clash != null) {
          String other = clash.origin();
          problems.error(Aliases.writtenAt(p.file(), alias), "the alias '/" + alias + "' " + (clash.kind() != OutputPaths.Kind.SAME
                  ? clash.explain(file) : other == null ? "is the address of a page the site makes (" + file + ")" : "is also " + other),
              other == null ? "remove it: that file is there to stay" : "keep the address for one of the two");
          continue;
        }
        taken.claim(file, "an alias of " + shown(p.file()));
        pages.add(new Page(file, "redirect.ftlh", "redirect", () -> {
          Views.ArticleView target = views.article(articles.get(at));
          return inOrder("target", target, "title", target.title());
        }));
      }
    }
  }

  /**
   * The pages of a grouping: its index, and for each term its list pages and its feed. The
   * topics keep the templates and data names they had before groupings were configured
   * ({@code topics.ftlh} with {@code topics}, {@code topic.ftlh} with {@code topic}), so that a
   * site's own topic templates keep working; every other grouping has {@code terms.ftlh} and
   * {@code term.ftlh}, with {@code terms} and {@code term}. Both get the grouping as {@code group}.
   */
  private void addGroupPages(List<Page> pages, Site site, Group group, SiteShape.GroupAt shaped, ViewFactory views,
      SiteShape shape) {
    Grouping g = group.grouping();
    if (!g.pages()) {
      return;
    }
    boolean topics = g.name().equals("topics");
    Views.GroupingView groupView = views.grouping(g);
    pages.add(new Page(g.path() + "/index.html", topics ? "topics.ftlh" : "terms.ftlh", topics ? "topics" : "terms", () -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("group", groupView);
      data.put(topics ? "topics" : "terms", group.terms().stream().map(t -> views.term(group, t, t.articles())).toList());
      data.put("title", groupView.title());
      return data;
    }));
    for (int i = 0; i < group.terms().size(); i++) {
      Term t = group.terms().get(i);
      String base = ViewFactory.termPath(g, t.slug());
      String kind = topics ? "topic" : "term";
      addListPages(pages, base, kind, kind + ".ftlh", t.articles(), shown -> {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("group", groupView);
        Views.TermView view = views.term(group, t, shown);
        data.put(kind, view);
        data.put(Page.JSON_LD, StructuredData.term(view, groupView.schema()));
        return data;
      }, t.name(), termDescription(t), views);
      if (g.feeds()) {
        int[] listed = shaped.terms().get(i).stories();
        pages.add(new Page(base + "feed.xml", "feed.ftlx", "term-feed", () -> termFeedData(site, shape, listed, base,
            t.name() + " · " + site.config().title(), views)));
      }
    }
  }

  /** What a term's pages say of it to search engines and link previews: its declared description, else its bio, else its stories. */
  private String termDescription(Term t) {
    if (t.declared() != null && !t.declared().description().isEmpty()) {
      return t.declared().description();
    }
    if (t.declared() != null && !t.declared().bio().isEmpty()) {
      return t.declared().bio();
    }
    return strings.format("topic_description", Map.of("topic", t.name()));
  }

  /**
   * The pages of a list: {@link #LIST_PAGE_SIZE} stories each, newest first, with {@code
   * template} and the data {@code view} makes of the stories of each page.
   */
  private void addListPages(List<Page> pages, String base, String kind, String template, List<Article> articles,
      Function<List<Article>, Map<String, Object>> view, String title, String description, ViewFactory views) {
    List<List<Article>> slices = slices(articles);
    for (int i = 0; i < slices.size(); i++) {
      List<Article> shown = slices.get(i);
      Views.PagerView pager = slices.size() == 1 ? null : new Views.PagerView(i + 1, slices.size(),
          i > 0 ? views.href(listPagePath(base, i - 1)) : null,
          i + 1 < slices.size() ? views.href(listPagePath(base, i + 1)) : null);
      String pageTitle = pager == null || i == 0 ? title
          : strings.format("titled_page", Map.of("title", title, "page", i + 1, "pages", slices.size()));
      pages.add(new Page(listPagePath(base, i) + "index.html", template, kind, () -> {
        Map<String, Object> data = new LinkedHashMap<>(view.apply(shown));
        data.put("pager", pager);
        data.put("title", pageTitle);
        data.put("description", description);
        return data;
      }));
    }
  }

  /** The stories of a topic or source, {@link #LIST_PAGE_SIZE} to a page; one page even when there are none. */
  private static List<List<Article>> slices(List<Article> articles) {
    List<List<Article>> slices = new ArrayList<>();
    for (int from = 0; from < articles.size() || from == 0; from += LIST_PAGE_SIZE) {
      slices.add(articles.subList(from, Math.min(articles.size(), from + LIST_PAGE_SIZE)));
    }
    return slices;
  }

  /** "topics/energy/" for the first page of a list, "topics/energy/page/2/" for the second. */
  private static String listPagePath(String base, int index) {
    return index == 0 ? base : base + "page/" + (index + 1) + "/";
  }

  private Map<String, Object> articleData(Article a, Site site, ViewFactory views, StoryIndex stories) {
    Views.ArticleView view = views.own(a);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("article", view);
    data.put("related", views.articles(stories.related().apply(a)));
    String description = !view.summary().isEmpty() ? view.summary() : view.standfirst();
    boolean hasCard = view.image() != null && view.image().hasImage() && !view.image().cardUrl().isEmpty();
    data.put("page", new Views.PageView("article", view.title(), description, view.url(), a.path(),
        hasCard ? view.image().cardUrl() : "", hasCard ? view.image().alt() : "", StructuredData.newsArticle(view, site.config(), views)));
    return data;
  }

  private static Views.MonthView month(ArchiveMonth m, ViewFactory views, SiteConfig config, boolean withStories) {
    String label = views.monthLabel(m.month());
    return new Views.MonthView(label, m.month().toString(), views.href(monthPath(m)), m.articles().size(),
        withStories ? views.articles(m.articles()) : List.of());
  }

  /**
   * The pages of the date addresses a reader may type: {@code 2021/} lists the months of a year,
   * {@code 2021/10/18/} the stories of a day, newest first, with links to the days before and
   * after. The days are worked out from the months' positions and the placements' dates.
   */
  private void addDatePages(List<Page> pages, Site site, SiteShape shape, List<Article> articles, ViewFactory views) {
    List<ArchiveMonth> months = site.archive();
    Map<Integer, List<ArchiveMonth>> years = new LinkedHashMap<>();
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      years.computeIfAbsent(months.get(i).month().getYear(), y -> new ArrayList<>()).add(months.get(i));
      days.addAll(days(shape.stories(), shape.months().get(i).stories()));
    }
    years.forEach((year, ofYear) -> pages.add(new Page(datePath(ofYear.get(0).month().atDay(1), 1) + "index.html", "archive.ftlh",
        "archive-year", () -> inOrder("months", ofYear.stream().map(m -> month(m, views, site.config(), false)).toList(),
            "title", String.valueOf(year), "description", strings.format("year_description", Map.of("year", year))))));
    for (int i = 0; i < days.size(); i++) {
      Day day = days.get(i);
      Day newer = i > 0 ? days.get(i - 1) : null;
      Day older = i + 1 < days.size() ? days.get(i + 1) : null;
      pages.add(new Page(datePath(day.date(), 3) + "index.html", "archive-day.ftlh", "archive-day", () -> {
        Map<String, Object> data = new LinkedHashMap<>();
        Views.MonthView view = views.day(day.date(), datePath(day.date(), 3), SiteShape.at(articles, day.stories()));
        data.put("day", view);
        data.put("newer", newer == null ? null : views.day(newer.date(), datePath(newer.date(), 3), List.of()));
        data.put("older", older == null ? null : views.day(older.date(), datePath(older.date(), 3), List.of()));
        data.put("title", view.label());
        data.put("description", strings.format("period_description", Map.of("period", view.label())));
        return data;
      }));
    }
  }

  /** A day of the date addresses and the positions of its stories. */
  private record Day(java.time.LocalDate date, int[] stories) {}

  /** The days of the stories at {@code positions}, in their order: a month's stories, newest first, lie day by day. */
  private static List<Day> days(List<Placement> stories, int[] positions) {
    List<Day> days = new ArrayList<>();
    for (int from = 0, to; from < positions.length; from = to) {
      java.time.LocalDate date = stories.get(positions[from]).date().toLocalDate();
      for (to = from + 1; to < positions.length && stories.get(positions[to]).date().toLocalDate().equals(date); to++) {
        // the next story of the same day
      }
      days.add(new Day(date, java.util.Arrays.copyOfRange(positions, from, to)));
    }
    return days;
  }

  /** "2021/", "2021/10/" or "2021/10/18/": the date address of a year, month or day ({@code parts} 1, 2 or 3). */
  private static String datePath(java.time.LocalDate date, int parts) {
    // written out rather than with String.format, which sets up a formatter for each of the site's days
    StringBuilder path = new StringBuilder(11);
    padded(path, date.getYear(), 4);
    if (parts > 1) {
      padded(path, date.getMonthValue(), 2);
    }
    if (parts > 2) {
      padded(path, date.getDayOfMonth(), 2);
    }
    return path.toString();
  }

  /** {@code value} with zeros before it to {@code width} digits, and a slash. */
  private static void padded(StringBuilder path, int value, int width) {
    String digits = value < 0 ? String.format(java.util.Locale.ROOT, "%0" + width + "d", value) : Integer.toString(value);
    path.append("0".repeat(Math.max(0, width - digits.length()))).append(digits).append('/');
  }

  private static String monthPath(ArchiveMonth m) {
    return monthPath(m.month());
  }

  private static String monthPath(java.time.YearMonth month) {
    return String.format(java.util.Locale.ROOT, "archive/%04d/%02d/", month.getYear(), month.getMonthValue());
  }

  /** Two entries in this order: a template that lists a page's data sees them so on every JVM (Map.of's order varies). */
  private static <V> Map<String, V> inOrder(String key1, V value1, String key2, V value2, String key3, V value3) {
    Map<String, V> map = new LinkedHashMap<>(inOrder(key1, value1, key2, value2));
    map.put(key3, value3);
    return java.util.Collections.unmodifiableMap(map);
  }

  private static <V> Map<String, V> inOrder(String key1, V value1, String key2, V value2) {
    Map<String, V> map = new LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * The feed: the stories changed last, newest first, so that a story published again with a
   * correction or an update comes back to readers' feeds. Chosen from the placements, so that the
   * feed reads only the stories it shows.
   */
  private static Map<String, Object> feedData(Site site, SiteShape shape, ViewFactory views) {
    int[] newest = lastChanged(shape.stories(), null, site.config().feedEntries());
    return inOrder("articles", views.articles(SiteShape.at(site.articles(), newest)), "updated", updated(shape, newest, views),
        "feed", new Views.FeedView(site.config().title(), views.url(""), views.url("feed.xml"), views.url(""), true));
  }

  /**
   * The feed of a topic or source: its stories changed last, with their summaries and not their
   * text, so that hundreds of such feeds stay small.
   */
  private static Map<String, Object> termFeedData(Site site, SiteShape shape, int[] listed, String base, String title,
      ViewFactory views) {
    int[] newest = lastChanged(shape.stories(), listed, site.config().feedEntries());
    return inOrder("articles", views.articles(SiteShape.at(site.articles(), newest)), "updated", updated(shape, newest, views),
        "feed", new Views.FeedView(title, views.url(base), views.url(base + "feed.xml"), views.url(base), false));
  }

  /** The last change of the stories at {@code positions}, from their placements. */
  private static String updated(SiteShape shape, int[] positions, ViewFactory views) {
    return java.util.Arrays.stream(positions).mapToObj(i -> shape.stories().get(i).lastModified()).max(ZonedDateTime::compareTo)
        .map(views::isoDate).orElse("1970-01-01T00:00:00Z");
  }

  /**
   * The positions of the {@code count} stories changed last among those at {@code listed} (all
   * when null), newest change first, equal changes in site order. A story's change is never
   * before its date and the site is in date order, so only the first {@code count} stories and
   * those updated since can be among them.
   */
  static int[] lastChanged(List<Placement> stories, int[] listed, int count) {
    List<Integer> candidates = new ArrayList<>();
    int size = listed == null ? stories.size() : listed.length;
    for (int n = 0; n < size; n++) {
      int i = listed == null ? n : listed[n];
      Placement p = stories.get(i);
      if (n < count || p.updated() != null && p.updated().isAfter(p.date())) {
        candidates.add(i);
      }
    }
    candidates.sort(Comparator.comparing((Integer i) -> stories.get(i).lastModified().toInstant()).reversed()
        .thenComparing(i -> i));
    return candidates.stream().limit(count).mapToInt(Integer::intValue).toArray();
  }

  /** The positions of the stories with corrections, in site order. */
  private static int[] corrected(SiteShape shape) {
    List<Placement> stories = shape.stories();
    return java.util.stream.IntStream.range(0, stories.size()).filter(i -> !stories.get(i).corrections().isEmpty()).toArray();
  }

  /** Every correction of {@code corrected}, newest first; corrections of one moment in site order. */
  private static List<Views.CorrectionEntryView> correctionEntries(List<Article> corrected, ViewFactory views) {
    record Entry(Correction correction, int story, Article article) {}
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < corrected.size(); i++) {
      Article a = corrected.get(i);
      for (Correction c : a.corrections()) {
        entries.add(new Entry(c, i, a));
      }
    }
    entries.sort(Comparator.comparing((Entry e) -> e.correction().date().toInstant()).reversed().thenComparing(Entry::story));
    return entries.stream().map(e -> new Views.CorrectionEntryView(views.correction(e.correction()), views.article(e.article()))).toList();
  }

  /**
   * Every page of the site with the newest change among the stories it lists. It is made from the
   * shape alone, placements and positions, and reads no story: an edit that leaves every
   * placement as it was leaves the sitemap as it was.
   */
  private static Map<String, Object> sitemapData(SiteShape shape, List<SitePage> sitePages, ViewFactory views) {
    List<Placement> stories = shape.stories();
    List<Map<String, String>> urls = new ArrayList<>();
    String newest = stories.isEmpty() ? "" : views.isoDate(stories.get(0).lastModified());
    urls.add(inOrder("loc", views.url(""), "lastmod", newest));
    for (SiteShape.EditionAt e : shape.editions()) {
      urls.add(inOrder("loc", views.url(e.path()), "lastmod", lastModified(stories, e.stories(), views)));
    }
    for (Placement p : stories) {
      urls.add(inOrder("loc", views.url(p.path()), "lastmod", views.isoDate(p.lastModified())));
    }
    for (SiteShape.GroupAt g : shape.groups()) {
      if (g.grouping().pages()) {
        urls.add(inOrder("loc", views.url(g.grouping().path() + "/"), "lastmod", newest));
        for (SiteShape.TermAt t : g.terms()) {
          listPages(urls, ViewFactory.termPath(g.grouping(), t.slug()), stories, t.stories(), views);
        }
      }
    }
    for (SiteShape.SourceAt s : shape.sources()) {
      if (s.source().hasOrganisation()) {
        listPages(urls, "sources/" + s.source().publisherSlug() + "/", stories, s.stories(), views);
      }
    }
    java.util.Set<Integer> years = new java.util.HashSet<>();
    for (SiteShape.MonthAt m : shape.months()) {
      String lastmod = views.isoDate(stories.get(m.stories()[0]).lastModified());
      urls.add(inOrder("loc", views.url(monthPath(m.month())), "lastmod", lastmod));
      if (years.add(m.month().getYear())) {
        urls.add(inOrder("loc", views.url(datePath(m.month().atDay(1), 1)), "lastmod", lastmod));
      }
      for (Day day : days(stories, m.stories())) {
        urls.add(inOrder("loc", views.url(datePath(day.date(), 3)), "lastmod", lastModified(stories, day.stories(), views)));
      }
    }
    for (String path : List.of("briefings/", "sources/", "archive/")) {
      urls.add(inOrder("loc", views.url(path), "lastmod", newest));
    }
    String corrected = stories.stream().flatMap(p -> p.corrections().stream()).map(Correction::date)
        .max(ZonedDateTime::compareTo).map(views::isoDate).orElse(newest);
    urls.add(inOrder("loc", views.url("corrections/"), "lastmod", corrected));
    for (SitePage p : sitePages) {
      urls.add(inOrder("loc", views.url(p.path()), "lastmod", p.updated() == null ? "" : views.isoDate(p.updated())));
    }
    return Map.of("urls", urls);
  }

  /** Every page of a topic or source list, each with the newest change among its stories. */
  private static void listPages(List<Map<String, String>> urls, String base, List<Placement> stories, int[] listed, ViewFactory views) {
    for (int from = 0, page = 0; from < listed.length || from == 0; from += LIST_PAGE_SIZE, page++) {
      int[] slice = java.util.Arrays.copyOfRange(listed, from, Math.min(listed.length, from + LIST_PAGE_SIZE));
      urls.add(inOrder("loc", views.url(listPagePath(base, page)), "lastmod", lastModified(stories, slice, views)));
    }
  }

  /** The newest change among the stories at {@code positions}, or "" for none. */
  private static String lastModified(List<Placement> stories, int[] positions, ViewFactory views) {
    return java.util.Arrays.stream(positions).mapToObj(i -> stories.get(i).lastModified()).max(ZonedDateTime::compareTo)
        .map(views::isoDate).orElse("");
  }

  /** The stories of the last two days before the newest one, for the Google News sitemap. */
  private static int[] recent(List<Placement> stories) {
    if (stories.isEmpty()) {
      return new int[0];
    }
    ZonedDateTime cutoff = stories.get(0).date().minus(Duration.ofDays(2));
    int n = 0;
    while (n < Math.min(1000, stories.size()) && !stories.get(n).date().isBefore(cutoff)) {
      n++;
    }
    return java.util.stream.IntStream.range(0, n).toArray();
  }

}
