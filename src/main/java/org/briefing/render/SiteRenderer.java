package org.briefing.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.language.ThemeStrings;
import org.briefing.model.Article;
import org.briefing.model.Site;
import org.briefing.model.StoryReads;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problems;
import org.briefing.problem.UnexpectedFailure;

/**
 * Renders the pages {@link SitePages} lists for a site (every page, feed, sitemap and email) into
 * a sink, in parallel, each with the fingerprint of the data its template received; a rebuild
 * renders only the pages whose fingerprint changed. The sink sorts by path, so output never
 * depends on thread timing.
 */
public final class SiteRenderer {
  private static final String ROBOTS = "robots.txt";

  private final Templates templates;
  private final ThemeStrings strings;
  private final Problems problems;
  private final org.briefing.search.Analyses analyses;
  private final java.time.Instant now;

  /**
   * @param strings the theme's text in the site's language
   * @param analyses the search index's analysed documents, to reuse and to add to
   * @param now the build's moment, which decides which stories are not due yet (kept out of the search index)
   */
  public SiteRenderer(Templates templates, ThemeStrings strings, Problems problems, org.briefing.search.Analyses analyses,
      java.time.Instant now) {
    this.templates = templates;
    this.strings = strings;
    this.problems = problems;
    this.analyses = analyses;
    this.now = now;
  }

  /**
   * Renders the pages that {@code filter} wants into {@code sink}, in parallel, and returns the
   * fingerprint of every output file of the site. A page whose template fails is reported to the
   * problems and left out.
   *
   * @param only the paths of the pages to look at, or null for all; the others are neither
   *     rendered nor fingerprinted, and the result leaves them out
   * @param dependencies when not null, receives the page paths of the stories each page shows
   *     (some maybe more than once), by the page's path; pages that show no story are left out
   * @param fieldsRead the components of story views each page read when it was last rendered
   *     ({@link StoryReads#noting}), by path: the last build's on entry, with those of the pages
   *     rendered now on return; a page looked at and not rendered keeps the last build's, since
   *     its fingerprint says that it was given what it was given then
   */
  public Map<String, Long> render(Site site, StoryIndex stories, OutputSink sink, RenderFilter filter,
      java.util.Set<String> only, Map<String, List<String>> dependencies, Map<String, Long> fieldsRead) {
    ViewFactory views = new ViewFactory(site.config(), strings, site.editions(), site.groups(), stories);
    Map<String, byte[]> assets = new ThemeAssets(templates, site.config().search()).files();
    Views.SiteView siteView = siteView(site.config(), views, assets);
    // the configuration as a whole: views are made with it (addresses, language, dates);
    // the terms the groupings' files declare: a story's links to its terms are named by them;
    // and the theme's text, which every page prints
    long base = new Fingerprint().add(templates.fingerprint()).add(site.config()).add(siteView)
        .add(site.groups().stream().map(g -> g.declared().terms()).toList())
        .add(strings.language()).add(strings.values()).value();
    StringsModel text = new StringsModel(strings);
    Map<String, Long> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, byte[]> fixed = new java.util.TreeMap<>();
    assets.forEach((name, bytes) -> fixed.put(ThemeAssets.OUTPUT_DIR + name, bytes));
    SitePages catalogue = new SitePages(templates, strings, problems, analyses, now);
    if (!catalogue.isStaticFile(ROBOTS)) {
      // a site's own static/robots.txt (keeping some crawlers out, say) is published instead
      fixed.put(ROBOTS, ("User-agent: *\nAllow: /\n\nSitemap: " + views.url("sitemap.xml") + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    List<Page> pages = catalogue.of(site, views, stories, assets, fixed.keySet());
    EmailPages emails = new EmailPages(templates, site.config());
    List<Page> chosen = only == null ? pages : pages.stream().filter(page -> page.at(only)).toList();
    boolean edit = analyses.edited() != null;
    Map<String, Long> readNow = new java.util.concurrent.ConcurrentHashMap<>();
    onAllCores(chosen.stream().sorted(java.util.Comparator.comparingInt(page -> cost(page, edit))).toList(), page -> {
      Map<String, Object> data;
      Long whole = null;
      // what making the page's data and rendering it read of the stories' views
      long[] read = {0};
      if (dependencies == null) {
        data = StoryReads.noting(read, page.data());
        if (data == null) {
          return; // a file of the search index that this build knows to be the last build's
        }
      } else {
        List<String> shown = new ArrayList<>();
        StoryReads reads = stories.reads();
        data = StoryReads.noting(read, () -> reads.recording(shown, () -> views.recording(shown, page.data())));
        whole = reads.recording(shown, () -> views.recording(shown, () -> fingerprint(new Fingerprint(), base, page, data)));
        if (!shown.isEmpty()) {
          dependencies.put(page.path(), shown);
          page.copies().forEach(copy -> dependencies.put(copy, shown));
        }
      }
      // a page whose rendering read no story of its lists keeps the outline of its data as its
      // fingerprint: while the outline is the same, so are its bytes, whatever the stories say
      long outline = fingerprint(Fingerprint.outline(), base, page, data);
      long fingerprint = outline;
      if (wanted(page, filter, outline)) {
        fingerprint = whole != null ? whole : fingerprint(new Fingerprint(), base, page, data);
        if (wanted(page, filter, fingerprint)) {
          OutputFile[] file = new OutputFile[1];
          // a story's page renders its own story, whose reads are not noted, as making its data did not note them
          Object own = page.kind().equals("article") ? data.get("article") : null;
          boolean listRead = views.readsLists(() -> StoryReads.noting(read, own,
              () -> file[0] = renderPage(page, data, siteView, text, views, site.config(), emails)));
          // an edition's three email files share one rendering, done by whichever of them comes first
          if (!listRead && !page.kind().equals("email")) {
            fingerprint = outline;
          }
          // the three email files of an edition share one rendering, which only the first of them sees read
          long fields = page.kind().equals("email") ? StoryReads.EVERY_FIELD : read[0];
          readNow.put(page.path(), fields);
          page.copies().forEach(copy -> readNow.put(copy, fields));
          if (file[0] != null) {
            sink.accept(file[0]);
            long kept = fingerprint;
            page.copies().stream().filter(copy -> filter.wanted(copy, kept))
                .forEach(copy -> sink.accept(new OutputFile(copy, file[0].bytes(), null)));
          }
        }
      }
      fingerprints.put(page.path(), fingerprint);
      for (String copy : page.copies()) {
        fingerprints.put(copy, fingerprint);
      }
    });
    // a page that read every field is left out: a page not there counts as one
    readNow.forEach((path, fields) -> {
      if (fields == StoryReads.EVERY_FIELD) {
        fieldsRead.remove(path);
      } else {
        fieldsRead.put(path, fields);
      }
    });
    if (only == null) {
      fieldsRead.keySet().retainAll(fingerprints.keySet());
    }
    fixed.forEach((path, bytes) -> {
      long fingerprint = Fingerprint.of(bytes);
      fingerprints.put(path, fingerprint);
      if (filter.wanted(path, fingerprint)) {
        sink.accept(new OutputFile(path, bytes, null));
      }
    });
    return fingerprints;
  }

  /**
   * What tells, for the stories of {@code site}, the components of a story's view that differ
   * between two versions of it at the same address, as {@link StoryReads#noting} notes the
   * components a page reads: a page that read none of them is the same with either version.
   * Made once for all the stories an edit changed.
   */
  public static FieldChanges fieldChanges(ThemeStrings strings, Site site, StoryIndex stories) {
    return new ViewFactory(site.config(), strings, site.editions(), site.groups(), stories)::differing;
  }

  /** The components that differ between two versions of the story at {@code position} of the site. */
  public interface FieldChanges {
    long between(int position, Article before, Article after);
  }

  private static long fingerprint(Fingerprint empty, long base, Page page, Map<String, Object> data) {
    return empty.add(base).add(page.template()).add(page.path()).add(data).value();
  }

  private static boolean wanted(Page page, RenderFilter filter, long fingerprint) {
    return filter.wanted(page.path(), fingerprint) || page.copies().stream().anyMatch(copy -> filter.wanted(copy, fingerprint));
  }

  /**
   * Where a page goes in the order of work: the feed (full texts) and the long lists first, so
   * that no core is left idle at the end while another renders one of them. The search index's
   * manifest, the first of its files asked for, lays out the whole index on one core: it comes
   * after every result file (which analyses its documents on every core) and before the
   * story pages, which keep the other cores busy meanwhile; the fragments, taken from that layout,
   * come last (before, a core that asked for a fragment waited while another laid out). After an
   * edit ({@code edit}) the documents are the last build's but the edited stories', so the manifest
   * comes first: its layout, from kept analyses, then runs on one core while the other renders the
   * edited stories' pages (after them, it kept a core waiting at the end of the edit).
   */
  private static int cost(Page page, boolean edit) {
    return switch (page.kind()) {
      case "feed", "json-feed" -> 0;
      case "term-feed" -> 2;
      case "archive-month", "sitemap" -> 1;
      case "topic", "term", "source", "edition", "home", Page.SEARCH_DOCUMENT -> 2;
      case Page.SEARCH_INDEX -> SearchPages.isManifest(page.path()) ? (edit ? -1 : 3) : 5;
      default -> 4;
    };
  }

  /** Does {@code work} for each item, in order, on every core: each takes the next item when it is done with one. */
  private static <T> void onAllCores(List<T> items, java.util.function.Consumer<T> work) {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
        work.accept(items.get(i));
      }
    };
    int helpers = Math.min(items.size() - 1, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    List<java.util.concurrent.ForkJoinTask<?>> started = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      started.add(java.util.concurrent.ForkJoinPool.commonPool().submit(worker));
    }
    worker.run();
    started.forEach(java.util.concurrent.ForkJoinTask::join);
  }

  private OutputFile renderPage(Page page, Map<String, Object> data, Views.SiteView siteView, StringsModel text, ViewFactory views,
      SiteConfig config, EmailPages emails) {
    if (page.kind().equals(Page.SEARCH_INDEX) || page.kind().equals(Page.SEARCH_DOCUMENT)) {
      // a file of the search index: its data is its bytes, made with no template and no page model
      return new OutputFile(page.path(), (byte[]) data.get(SearchPages.BYTES), null);
    }
    try {
      Map<String, Object> model = new LinkedHashMap<>(data);
      model.put("site", siteView);
      model.put("t", text);
      boolean email = page.kind().equals("email");
      // the three files of an edition's email are made from one rendering, whose page is the HTML part's
      Page shown = email ? new Page(EmailPages.htmlPath(page.path()), page.template(), page.kind(), page.data()) : page;
      model.putIfAbsent("page", pageView(shown, model, views, config));
      @SuppressWarnings("unchecked")
      byte[] bytes = email ? emails.render(page.path(), model)
          : page.kind().equals("json-feed") ? JsonFeed.write(siteView, (List<Views.ArticleView>) data.get("articles"), views.url(JsonFeed.PATH), strings, views)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : templates.render(page.template(), model, config);
      return new OutputFile(page.path(), bytes, null);
    } catch (BuildFailure failure) {
      failure.problems().forEach(problems::add);
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
      Path own = templates.siteDir().resolve(page.template());
      throw Files.isRegularFile(own)
          ? UnexpectedFailure.in(own, "rendering " + page.path(), unexpected)
          : UnexpectedFailure.in(null, "rendering " + page.path() + " with the bundled template " + page.template(), unexpected);
    }
  }

  private static Views.PageView pageView(Page page, Map<String, Object> model, ViewFactory views, SiteConfig config) {
    String sitePath = page.path().endsWith("index.html") ? page.path().substring(0, page.path().length() - "index.html".length()) : page.path();
    String title = (String) model.getOrDefault("title", config.title());
    String description = (String) model.getOrDefault("description", config.description());
    return new Views.PageView(page.kind(), title, description, views.url(sitePath), sitePath, "", "", (String) model.getOrDefault(Page.JSON_LD, ""));
  }

  /**
   * True for the files of the search index made from every story (not a result file,
   * whose stories are noted as they are read): a rebuild after an edit makes them all again (and writes
   * those whose bytes changed).
   */
  public static boolean readsEveryStory(String path) {
    return SearchPages.readsEveryStory(path);
  }

  private Views.SiteView siteView(SiteConfig config, ViewFactory views, Map<String, byte[]> assets) {
    SiteConfig.Publisher p = config.publisher();
    return new Views.SiteView(config.title(), config.description(), config.language(), config.baseUrl().toString(),
        config.basePath(), p.name(), p.url(), config.copyright(),
        views.href(ThemeAssets.OUTPUT_DIR + "briefing.css") + "?v=" + ThemeAssets.fingerprint(assets.get("briefing.css")),
        views.href("feed.xml"), views.url("feed.xml"), views.href(ThemeAssets.OUTPUT_DIR + "favicon.svg"), config.extra(),
        menu(config.menu(), views), menu(config.footerMenu(), views), ViewFactory.direction(config.language()),
        config.search() ? views.href(SearchPages.DIR) : "");
  }

  private List<Views.MenuItemView> menu(List<SiteConfig.MenuItem> items, ViewFactory views) {
    return items.stream().map(m -> {
      String label = m.textKey().isEmpty() ? m.name() : strings.text(m.textKey());
      return m.isSitePath()
          ? new Views.MenuItemView(label, views.href(m.url().substring(1)), m.url().substring(1), true)
          : new Views.MenuItemView(label, m.url(), "", false);
    }).toList();
  }
}
