package org.briefing.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.config.SiteConfig;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.language.ThemeStrings;
import org.briefing.model.Article;
import org.briefing.model.Correction;
import org.briefing.model.Edition;
import org.briefing.model.Photo;
import org.briefing.model.SitePositions;
import org.briefing.model.Slugs;
import org.briefing.model.Source;
import org.briefing.model.StoryReads;
import org.briefing.model.SourceIndex;
import org.briefing.model.DeclaredTerm;
import org.briefing.model.Group;
import org.briefing.model.Term;
import org.briefing.links.PathEncoding;
import org.briefing.links.RelativeAddress;
import org.briefing.model.Urls;

/** Makes the view records templates see from the model; each story's view is made once. */
final class ViewFactory {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final int WORDS_PER_MINUTE = 230;

  private final SiteConfig config;
  private final ThemeStrings strings;
  private final String root;
  private final Locale locale;
  private final DateTimeFormatter longDate;
  private final Map<String, String> zoneNames = new java.util.HashMap<>();
  private final DateTimeFormatter shortDate;
  private final DateTimeFormatter dayDate;
  private final Map<String, Views.ArticleView> cache = new ConcurrentHashMap<>();
  private final List<Group> groups;
  /** Each story's term, by grouping and spelling: its name and page. */
  private final Map<String, TermLink> termLinks = new ConcurrentHashMap<>();
  private final Map<java.time.LocalDate, Edition> editionByDate;
  private final java.util.function.Function<Article, java.time.LocalDate> editionOf;
  private final StoryIndex index;
  /** The stories whose views or fingerprints the current thread has asked for, while it records them. */
  private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

  /** @param index the stories' editions and the fingerprints known from the cache (null for a story not known, which is fingerprinted here) */
  ViewFactory(SiteConfig config, ThemeStrings strings, List<Edition> editions, List<Group> groups, StoryIndex index) {
    this.config = config;
    this.strings = strings;
    this.groups = groups;
    this.index = index;
    java.util.function.Function<Article, java.time.LocalDate> editionOf = index.editionOf();
    this.root = config.basePath();
    Locale locale = Locale.forLanguageTag(config.language());
    this.locale = locale;
    this.longDate = strings.date("date_time");
    this.shortDate = strings.date("date_short");
    this.dayDate = strings.date("date");
    this.editionByDate = new java.util.HashMap<>();
    editions.forEach(e -> editionByDate.put(e.date(), e));
    this.editionOf = editionOf;
  }

  String href(String sitePath) {
    return root + sitePath;
  }

  String url(String sitePath) {
    return config.baseUrl() + sitePath;
  }

  /**
   * The address a link written in a field of the page at {@code page} (a source's or a {@code
   * go_deeper} item's url) leads to, published as the links of the page's text are: a path of
   * the site with the sub-path, a relative one read from the page, from the host's root.
   */
  String fieldHref(String url, String page) {
    return RelativeAddress.published(url, root, page);
  }

  /** {@link #fieldHref} in full, for what is read away from the site: the feeds, the email, structured data. */
  String fieldUrl(String url, String page) {
    String href = fieldHref(url, page);
    return href.startsWith("/") ? urlOfHref(href) : href;
  }

  /**
   * The absolute address of {@code href}, a path from the host's root, as a browser reads it on a
   * page of the site: on the site's host, whether or not the path is under the site's own.
   */
  String urlOfHref(String href) {
    String base = config.baseUrl().toString();
    return base.substring(0, base.length() - root.length()) + href;
  }

  /** The absolute address of a file of the site (its name percent-encoded), or a remote address as it is. */
  String assetUrl(String pathOrUrl) {
    return Urls.isRemote(pathOrUrl) ? pathOrUrl : url(PathEncoding.encoded(pathOrUrl));
  }

  /** The address of a photo, a file of the site (its name percent-encoded) or a remote image. */
  String photoHref(String pathOrUrl) {
    return Urls.isRemote(pathOrUrl) ? pathOrUrl : href(PathEncoding.encoded(pathOrUrl));
  }

  String photoUrl(String pathOrUrl) {
    return Urls.isRemote(pathOrUrl) ? pathOrUrl : url(PathEncoding.encoded(pathOrUrl));
  }

  private final Map<String, Long> keys = new ConcurrentHashMap<>();

  /**
   * A fingerprint of everything a story's view is made from (the story and its edition's title),
   * cheaper than making the view: an incremental build takes page fingerprints from these, and
   * makes views only for the pages it renders.
   */
  long key(Article a) {
    touch(a);
    return keys.computeIfAbsent(a.path(), p -> {
      Long known = index.keys().apply(a);
      return key(known != null ? known : Fingerprint.of(a), editionOf.apply(a));
    });
  }

  /**
   * The {@link #key(Article)} of the story at {@code i} of {@code list}, taken from its position
   * when the build knows its fingerprint, so that the story need not be read.
   */
  long key(SitePositions list, int i) {
    int position = list.sitePosition(i);
    Long known = index.keyAt().apply(position);
    if (known == null) {
      return key(list.get(i));
    }
    String path = index.shape().stories().get(position).path();
    List<String> stories = recording.get();
    if (stories != null) {
      stories.add(path);
    }
    return keys.computeIfAbsent(path, p -> key(known, index.shape().editionOf().get(position)));
  }

  private long key(long story, java.time.LocalDate editionDate) {
    Edition edition = editionByDate.get(editionDate);
    return new org.briefing.fingerprint.Fingerprint().add(story)
        .add(edition == null ? "" : edition.title()).add(edition == null ? "" : edition.path()).value();
  }

  List<Long> keys(List<Article> list) {
    return list.stream().map(this::key).toList();
  }

  /** The view of a story the caller holds itself, which counts as reading all of it ({@link StoryReads#whole}). */
  Views.ArticleView article(Article a) {
    StoryReads.whole();
    return listed(a);
  }

  /**
   * The view of the story whose page is being made: what the page reads of it is not noted
   * ({@link StoryReads#own}), since its page is rendered again whenever it changes.
   */
  Views.ArticleView own(Article a) {
    Views.ArticleView view = listed(a);
    StoryReads.own(view);
    return view;
  }

  /** The view of a story read from a list of views: what a page reads of it is noted component by component. */
  Views.ArticleView listed(Article a) {
    touch(a);
    return cache.computeIfAbsent(a.path(), p -> makeArticle(a, editionOf.apply(a), key(a)));
  }

  /**
   * The components of a story's view that differ between two versions of it ({@code before} and
   * {@code after}, at the same address, the story at {@code position} of the site), as {@link StoryReads#field} notes them.
   */
  long differing(int position, Article before, Article after) {
    java.time.LocalDate edition = index.shape().editionOf().get(position);
    return Views.ArticleView.differing(makeArticle(before, edition, 0), makeArticle(after, edition, 0));
  }

  /**
   * Runs {@code work} and adds to {@code stories} the page path of every story whose view or
   * fingerprint it asks for: the stories a page shows, which an edit to one of them must render again.
   */
  <T> T recording(List<String> stories, java.util.function.Supplier<T> work) {
    recording.set(stories);
    try {
      return work.get();
    } finally {
      recording.remove();
    }
  }

  private void touch(Article a) {
    List<String> stories = recording.get();
    if (stories != null) {
      stories.add(a.path());
    }
  }

  /** Whether the current thread read a story of a {@link StoryViews} list since {@link #readsLists} began. */
  private final ThreadLocal<boolean[]> listReads = new ThreadLocal<>();

  /** Does {@code work} and says whether it read a story of a list of views ({@link StoryViews}). */
  boolean readsLists(Runnable work) {
    boolean[] read = {false};
    listReads.set(read);
    try {
      work.run();
    } finally {
      listReads.remove();
    }
    return read[0];
  }

  void listRead() {
    boolean[] read = listReads.get();
    if (read != null) {
      read[0] = true;
    }
  }

  /** The views of {@code list}, made as they are read; see {@link StoryViews}. */
  List<Views.ArticleView> articles(List<Article> list) {
    return new StoryViews(list, this);
  }

  private Views.ArticleView makeArticle(Article a, java.time.LocalDate editionDate, long key) {
    Map<String, List<Views.LinkView>> terms = new java.util.LinkedHashMap<>();
    for (Group g : groups) {
      terms.put(g.grouping().name(), termLinks(g, a.termsOf(g.grouping().field())));
    }
    List<Views.LinkView> topics = terms.getOrDefault("topics", List.of());
    List<Views.SourceView> sources = a.sources().stream().map(s -> source(s, a.path())).toList();
    List<Views.LinkView> publishers = sources.stream().filter(s -> !s.href().isEmpty())
        .map(s -> new Views.LinkView(s.publisher(), s.href())).distinct().toList();
    List<Views.LinkView> deeper = a.goDeeper().stream()
        .map(l -> new Views.LinkView(l.title(), fieldHref(l.url(), a.path()))).toList();
    Edition edition = editionByDate.get(editionDate);
    Views.LinkView editionLink = edition == null ? null : new Views.LinkView(edition.title(), href(edition.path()));
    return new Views.ArticleView(a.title(), a.slug(), href(a.path()), url(a.path()), a.date().format(ISO),
        display(a.date()), a.date().format(shortDate),
        a.updated() == null ? "" : a.updated().format(ISO), a.updated() == null ? "" : display(a.updated()),
        a.lastModified().format(ISO), a.standfirst(), a.summary() == null ? "" : a.summary().text(),
        a.summary() == null ? "" : a.summary().source().name().toLowerCase(Locale.ROOT),
        a.summary() == null ? "" : a.summary().inBrief(), topics, a.places(),
        a.authors(), java.util.Collections.unmodifiableMap(terms), sources, publishers, image(a.image()), a.whyItMattersHtml(), a.keyPointsHtml(), a.whatsNextHtml(), deeper,
        a.corrections().stream().map(this::correction).toList(),
        new Views.StoryText(a.body()), a.words(), Math.max(1, (a.words() + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE), editionLink,
        a.draft(), a.extra(), a.language(), a.language().isEmpty() ? "" : direction(a.language()), key);
  }

  /**
   * A story's terms of {@code g} as links to their pages (empty addresses when the grouping has
   * none), by their declared names; spellings of one term are linked once. The links depend on
   * the story and the grouping's term file only, never on other stories, so that a story's page
   * is a function of the story, the configuration and the term files.
   */
  private List<Views.LinkView> termLinks(Group g, List<String> spellings) {
    List<Views.LinkView> out = new java.util.ArrayList<>(spellings.size());
    java.util.Set<String> slugs = new java.util.HashSet<>();
    for (String spelling : spellings) {
      // a site names the same few authors and places in story after story: each spelling is looked up once
      TermLink link = termLinks.computeIfAbsent(g.grouping().name() + "\u0000" + spelling, k -> {
        String slug = g.declared().slugOf(spelling);
        return new TermLink(slug, new Views.LinkView(g.declared().nameOf(spelling),
            g.grouping().pages() ? href(termPath(g.grouping(), slug)) : ""));
      });
      if (slugs.add(link.slug())) {
        out.add(link.view());
      }
    }
    return List.copyOf(out);
  }

  /** A story's spelling of a term: the term's slug and the link to its page. */
  private record TermLink(String slug, Views.LinkView view) {}

  /** "authors/ana-ruiz/": the address of a term's page. */
  static String termPath(org.briefing.config.Grouping g, String slug) {
    return g.path() + "/" + slug + "/";
  }

  Views.GroupingView grouping(org.briefing.config.Grouping g) {
    String schema = switch (g.schema()) {
      case PERSON -> "Person";
      case PLACE -> "Place";
      case NONE -> "";
    };
    return new Views.GroupingView(g.name(), inLanguage(g, g.title(), 0), inLanguage(g, g.label(), 1), href(g.path() + "/"),
        url(g.path() + "/"), schema, g.feeds());
  }

  /**
   * The title ({@code which} 0) or label (1) of a grouping Briefing has by default, in the site's
   * language, when briefing.yaml leaves it as it is; a title the site writes is its own.
   */
  private String inLanguage(org.briefing.config.Grouping g, String written, int which) {
    List<String> keys = switch (g.name()) {
      case "topics" -> List.of("topics", "topic");
      case "places" -> List.of("places", "place");
      case "authors" -> List.of("authors", "author");
      default -> List.of();
    };
    if (keys.isEmpty()) {
      return written;
    }
    String key = keys.get(which);
    return written.equals(ThemeStrings.english(key)) ? strings.text(key) : written;
  }

  /** A term with the stories of one of its pages. */
  Views.TermView term(Group g, Term t, List<Article> shown) {
    String path = termPath(g.grouping(), t.slug());
    DeclaredTerm d = t.declared();
    Views.ImageView photo = d == null || d.photo() == null ? null
        : new Views.ImageView(photoHref(d.photo().src()), photoUrl(d.photo().src()), d.photo().alt().isEmpty() ? d.name() : d.photo().alt(), "",
            d.photo().credit());
    return new Views.TermView(t.name(), t.slug(), href(path), url(path), g.grouping().feeds() ? href(path + "feed.xml") : "",
        t.articles().size(), articles(shown), d != null, d == null ? "" : d.description(), d == null ? "" : d.role(),
        d == null ? "" : d.bio(), photo, d == null ? List.of() : d.links());
  }

  /**
   * "18 October 2021, 14:20 CEST". The zone's short name is looked up under a lock and cached:
   * the JDK's zone-name lookup can fall back to "GMT+02:00" when first called from several
   * threads at once, which would make output differ between builds.
   */
  private String display(ZonedDateTime time) {
    boolean daylight = time.getZone().getRules().isDaylightSavings(time.toInstant());
    String key = time.getZone().getId() + daylight;
    String name;
    synchronized (zoneNames) {
      name = zoneNames.computeIfAbsent(key, k -> java.util.TimeZone.getTimeZone(time.getZone()).getDisplayName(daylight, java.util.TimeZone.SHORT, locale));
    }
    return time.format(longDate) + " " + name;
  }

  /** "rtl" for the languages written right to left, "ltr" for the others. */
  static String direction(String languageTag) {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage()) ? "rtl" : "ltr";
  }

  private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb");

  Views.CorrectionView correction(Correction c) {
    return new Views.CorrectionView(c.kind().key(), strings.text(c.kind().key()), c.date().format(ISO), display(c.date()), c.text());
  }

  /** A source as the story at {@code page} cites it. */
  Views.SourceView source(Source s, String page) {
    return new Views.SourceView(s.name(), fieldUrl(s.url(), page), s.type(), s.accessed(), s.publisherName(),
        s.hasOrganisation() ? href("sources/" + s.publisherSlug() + "/") : "");
  }

  Views.DocumentView document(SourceIndex s) {
    // a relative address is read from the first story that cites the document, as its page publishes it
    return new Views.DocumentView(s.source().name(), fieldUrl(s.source().url(), s.articles().get(0).path()), s.source().type(),
        articles(s.articles()));
  }

  private Views.ImageView image(Photo photo) {
    if (photo == null) {
      return null;
    }
    String src = photo.hasImage() ? photoHref(photo.href()) : "";
    String url = photo.hasImage() ? photoUrl(photo.href()) : "";
    String alt = photo.alt().isEmpty() ? photo.caption() : photo.alt();
    org.briefing.photo.PhotoPlan plan = photo.hasImage() ? photo.plan() : null;
    if (plan == null) {
      int width = photo.info() == null ? 0 : photo.info().width();
      int height = photo.info() == null ? 0 : photo.info().height();
      // a GIF or a remote photo is its own card; an SVG is none, as no social site shows one
      return new Views.ImageView(src, url, alt, photo.caption(), photo.credit(), "", width, height, src, photo.isSvg() ? "" : url, 0, 0);
    }
    StringBuilder srcset = new StringBuilder();
    for (org.briefing.photo.PhotoPlan.Variant v : plan.widths()) {
      srcset.append(srcset.isEmpty() ? "" : ", ").append(photoHref(v.path())).append(' ').append(v.width()).append('w');
    }
    org.briefing.photo.PhotoPlan.Variant widest = plan.widest();
    org.briefing.photo.PhotoPlan.Variant card = plan.card();
    return new Views.ImageView(src, url, alt, photo.caption(), photo.credit(), srcset.toString(), widest.width(),
        widest.height(), photoHref(plan.widths().get(0).path()), photoUrl(card.path()), card.width(), card.height());
  }

  Views.EditionView edition(Edition e) {
    return new Views.EditionView(e.title(), e.date().toString(), e.date().format(dayDate), href(e.path()), url(e.path()),
        e.noteHtml(), articles(e.stories()));
  }

  Views.EditionLinkView editionLink(Edition e) {
    return new Views.EditionLinkView(e.title(), e.date().toString(), e.date().format(dayDate), href(e.path()), e.stories().size());
  }

  Views.GroupView source(SourceIndex s) {
    return source(s, s.articles());
  }

  /** A source with the stories of one of its pages. */
  Views.GroupView source(SourceIndex s, List<Article> shown) {
    String path = "sources/" + s.source().publisherSlug() + "/";
    return new Views.GroupView(s.source().name(), s.source().slug(), href(path), url(path), s.source().type(),
        s.articles().size(), articles(shown));
  }

  Views.SitePageView sitePage(org.briefing.model.SitePage p) {
    return new Views.SitePageView(p.title(), p.description(), href(p.path()), url(p.path()),
        p.updated() == null ? "" : p.updated().format(ISO), p.updated() == null ? "" : display(p.updated()), p.bodyHtml());
  }

  /** A day of the archive at {@code path}, with {@code stories}. */
  Views.MonthView day(java.time.LocalDate date, String path, List<Article> stories) {
    return new Views.MonthView(date.format(dayDate), date.toString(), href(path), stories.size(), articles(stories));
  }

  /** "October 2021", in the site's language. */
  String monthLabel(java.time.YearMonth month) {
    return month.format(strings.date("month"));
  }

  String isoDate(ZonedDateTime time) {
    return time.format(ISO);
  }
}
