package org.briefing.pipeline;



import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;
import org.briefing.enrich.EditionBuilder;
import org.briefing.enrich.SiteIndexer;
import org.briefing.enrich.SiteShape;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.model.PageAssembler;
import org.briefing.model.Placement;
import org.briefing.model.PublishedAddresses;
import org.briefing.model.SitePage;
import org.briefing.model.StoryReads;
import java.util.IdentityHashMap;
import org.briefing.load.ContentLoader;
import org.briefing.render.RenderFilter;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.model.Addresses;
import org.briefing.model.Article;
import org.briefing.model.BuildSettings;
import org.briefing.model.Site;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.render.MemorySink;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputSink;
import org.briefing.render.Redirects;
import org.briefing.render.SiteRenderer;
import org.briefing.render.StoryIndex;
import org.briefing.render.Templates;

/**
 * Runs the whole pipeline, load → model → enrich → render, and returns the site as files in
 * memory. It never writes: {@link org.briefing.write.SiteWriter} does that. Every problem of a
 * build is collected and thrown together as a {@link org.briefing.problem.BuildFailure}.
 */
public final class SiteBuilder {
  /**
   * A built site: its files sorted by path (empty when they were streamed to a sink), the
   * warnings of the build, how many stories, pages and files it has, which files of the previous
   * build are gone, how long each phase took, the site's record of published addresses with this
   * build's added, for the build into a folder to write, when it changed ({@link PublishedAddresses}),
   * and how many of the search index's documents it analysed.
   */
  public record Result(SiteConfig config, List<OutputFile> files, List<Problem> warnings, int articles, long pages,
      long fileCount, List<String> removed, List<Timing> timings, String published, org.briefing.search.Analyses.Work search) {

    public Result(SiteConfig config, List<OutputFile> files, List<Problem> warnings, int articles, long pages,
        long fileCount, List<String> removed, List<Timing> timings) {
      this(config, files, warnings, articles, pages, fileCount, removed, timings, null, org.briefing.search.Analyses.Work.NONE);
    }
  }

  /** How long one phase of a build took. */
  public record Timing(String phase, long millis) {}

  private final BuildCache cache;
  private final java.util.function.Consumer<String> progress;
  private Templates templates;
  private MarkdownRenderer markdown;
  private SiteConfig markdownFor;

  /** A builder that builds everything every time. */
  public SiteBuilder() {
    this(new BuildCache());
  }

  /** A builder that keeps what it made in {@code cache} and redoes only what changed. */
  public SiteBuilder(BuildCache cache) {
    this(cache, step -> {});
  }

  /** As above, telling {@code progress} what it is doing as each phase starts. */
  public SiteBuilder(BuildCache cache, java.util.function.Consumer<String> progress) {
    this.cache = cache;
    this.progress = progress;
  }

  /** Builds everything into memory; for the preview server and tests. */
  public Result build(BuildSettings settings, URI baseUrlOverride) {
    MemorySink sink = new MemorySink();
    Result streamed = build(settings, baseUrlOverride, sink, false);
    List<OutputFile> files = sink.files();
    return new Result(streamed.config(), files, streamed.warnings(), streamed.articles(), streamed.pages(), files.size(),
        streamed.removed(), streamed.timings(), streamed.published(), streamed.search());
  }

  /**
   * Builds and sends files to {@code sink} as soon as they are rendered: every file, or with
   * {@code onlyChanged} only those that differ from the previous build in the cache.
   */
  public Result build(BuildSettings settings, URI baseUrlOverride, OutputSink sink, boolean onlyChanged) {
    return build(settings, baseUrlOverride, sink, onlyChanged, null);
  }

  /**
   * As above, with the files under {@code content/} already listed by {@code stamp}, when not null;
   * with a stamp, the build keeps the graph of its site, and the record of published addresses
   * to be written for the next build.
   */
  public Result build(BuildSettings settings, URI baseUrlOverride, OutputSink sink, boolean onlyChanged, InputStamp stamp) {
    return build(settings, baseUrlOverride, sink, onlyChanged, stamp, stamp != null);
  }

  /** As above; {@code recordsAddresses}: whether the build returns the record of published addresses to write. */
  public Result build(BuildSettings settings, URI baseUrlOverride, OutputSink sink, boolean onlyChanged, InputStamp stamp,
      boolean recordsAddresses) {
    Clock clock = new Clock();
    cache.beginBuild();
    Problems problems = new Problems();
    SiteInputs inputs = SiteInputs.read(settings, baseUrlOverride, problems);
    SiteConfig config = inputs.config();
    ContentLoader loader = inputs.loader();
    ContentLoader.Scan scan = stamp == null ? loader.scan() : loader.scan(stamp.content());
    clock.lap("load");
    progress.accept("reading " + scan.articles().size() + " stories");

    MarkdownRenderer markdown = markdown(config);
    ArticleStage stories = new ArticleStage(config, settings, inputs.registry(), markdown, loader, problems, cache,
        inputs.storyKey(settings), stamp);
    Addresses.Settled settled = Addresses.settle(stories.run(scan.articles()), problems);
    List<Article> assembled = settled.articles();
    List<org.briefing.model.WaitingStory> waiting = stories.waiting();
    EditionBuilder editions = new EditionBuilder(config, inputs.strings(), markdown, waiting, settings.drafts(), problems);
    SiteShape shape = SiteIndexer.shape(assembled.stream().map(Placement::of).toList(),
        editions, loader.readEditions(scan), config.groups(), inputs.terms(), config.language(), problems);
    PageAssembler.Pages pages = PageAssembler.read(scan.pages(), loader, config, settings, markdown, problems);
    List<SitePage> sitePages = pages.published();
    problems.throwIfErrors();
    String published = publishedAddresses(settings, config, shape, sitePages, recordsAddresses, problems);
    problems.throwIfErrors();
    // the inputs as the next build finds them, with the record of published addresses written
    InputStamp recorded = published == null ? stamp : stamp.withPublished(published.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<Article> inSiteOrder = new ArrayList<>(assembled.size());
    Map<Article, Integer> position = new IdentityHashMap<>();
    for (int i : shape.order()) {
      position.put(assembled.get(i), inSiteOrder.size());
      inSiteOrder.add(assembled.get(i));
    }
    List<Article> ordered = List.copyOf(inSiteOrder);
    StoryReads reads = new StoryReads();
    Site site = shape.bind(config, ordered, reads, sitePages);
    clock.lap("model");
    progress.accept("rendering the pages of " + ordered.size() + " stories and " + shape.editions().size() + " editions");

    Map<String, Long> previous = onlyChanged ? cache.outputs : Map.of();
    RenderFilter filter = (path, fingerprint) -> !Long.valueOf(fingerprint).equals(previous.get(path));
    CountingSink counted = new CountingSink(sink);
    // a story given another address is keyed by the story at that address: its cached entry (and
    // key) is the story as its file makes it, which the cache keeps so that the next full build
    // settles the addresses again; the site graph keeps this key, which the edit path uses alike
    Map<Path, Long> keys = settled.moved().isEmpty() ? stories.keys() : new HashMap<>(stories.keys());
    for (Article a : ordered) {
      if (settled.moved().contains(a.file())) {
        keys.put(a.file(), new Fingerprint().addComponents(a).value());
      }
    }
    StoryIndex index = StoryIndex.of(shape, site, position::get, i -> keys.get(ordered.get(i).file()), reads);
    // with the stamp of the inputs, the build keeps the graph of its stories and pages, with the
    // stories each page received, so that the next build, after an edit, can render just the pages that show it
    boolean mapped = stamp != null;
    Map<String, List<String>> shown = mapped ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    org.briefing.search.Analyses analyses = new org.briefing.search.Analyses(cache.searchDocuments);
    Map<String, Long> fieldsRead = new HashMap<>(onlyChanged ? cache.fieldsRead : Map.of());
    Templates theme = templates(settings.templatesDir());
    // a file of the site's templates that only looks like the theme file it was meant to replace
    theme.unusedFiles().forEach(problems::add);
    Map<String, Long> outputs = new HashMap<>(new SiteRenderer(theme, inputs.strings(), problems,
        analyses, settings.now()).render(site, index, counted, filter, null, shown, fieldsRead));
    problems.throwIfErrors();
    cache.recordSearch(analyses);
    clock.lap("render");
    progress.accept("copying static files");
    outputs.putAll(Redirects.publish(shape.stories(), config.basePath(), settings.staticDir(), counted, filter));
    outputs.putAll(Assets.publish(ordered, outputs.keySet(), settings, stamp, problems, counted, filter, photoMaker()));
    // once every address of the site is known: each text's links to it lead to something published
    List<OwnLinks.Text> texts = new ArrayList<>(OwnLinks.siteTexts(config, inputs.registry(), sitePages, shape.editions()));
    ordered.forEach(a -> texts.add(new OwnLinks.Text(a.file(), a.path(), a.links())));
    OwnLinks own = new OwnLinks(inputs.writtenBase(), config.baseUrl(), config.basePath(), outputs.keySet(),
        Redirects.ownSources(settings.staticDir(), config.basePath()), OwnLinks.held(waiting, pages.held(), editions.heldEditions()));
    own.check(texts, problems);
    problems.throwIfErrors();
    org.briefing.enrich.PhotoCredits.check(ordered.stream().map(Article::file).toList(),
        ordered.stream().map(org.briefing.enrich.PhotoCredits.Credit::of).toList(), problems);
    cache.photos().forgetUnused();
    List<String> removed = previous.keySet().stream().filter(path -> !outputs.containsKey(path)).sorted().toList();
    // a page's update is a moment the output states too: at an earlier one it is an error
    long lastRelease = sitePages.stream().filter(p -> p.updated() != null && !settings.future())
        .mapToLong(p -> p.updated().toInstant().toEpochMilli()).reduce(stories.lastRelease(), Math::max);
    cache.recordBuild(outputs, fieldsRead, stories.nextRelease(), lastRelease, ordered.size(), problems.all(), config.feedEntries());
    clock.lap("static");
    cache.recordGraph(!mapped ? null : entries -> SiteGraph.of(siteFrame(recorded, scan), shape, ordered, entries, keys, scan.articles(), waiting, shown,
        own::kept));
    clock.lap("map");
    return new Result(config, List.of(), problems.all(), ordered.size(), counted.pages(), counted.files(), removed, clock.laps(),
        published, analyses.work());
  }

  /**
   * Warns of every published address that a story left with nothing leading to its new one, and
   * returns the record with this build's addresses added when it is to be kept ({@code record}, and
   * neither drafts nor future stories built) and it changed; else null.
   */
  private static String publishedAddresses(BuildSettings settings, SiteConfig config, SiteShape shape, List<SitePage> pages,
      boolean record, Problems problems) {
    Path site = settings.siteDir().toAbsolutePath();
    Map<String, String> current = new HashMap<>();
    java.util.Set<String> kept = new java.util.HashSet<>(Redirects.ownSources(settings.staticDir(), config.basePath()));
    for (Placement p : shape.stories()) {
      current.put(siteFile(site, p.file()), p.path());
      kept.addAll(p.aliases());
    }
    pages.forEach(p -> current.put(siteFile(site, p.file()), p.path()));
    PublishedAddresses addresses = PublishedAddresses.read(settings.siteDir(), problems);
    addresses.warnOfMoves(current, kept, problems);
    if (!record || settings.drafts() || settings.future()) {
      return null;
    }
    return addresses.with(current);
  }

  private static String siteFile(Path site, Path file) {
    return site.relativize(file.toAbsolutePath()).toString().replace(java.io.File.separatorChar, '/');
  }

  /** The fingerprint of the inputs other than the stories' files ({@link SiteGraph#frameOf}). */
  private static long siteFrame(InputStamp stamp, ContentLoader.Scan scan) {
    java.util.Set<String> stories = new java.util.HashSet<>();
    scan.articles().forEach(f -> stories.add(f.path().toString()));
    return SiteGraph.frameOf(stamp.outside(), stamp.content(), stories::contains);
  }

  private org.briefing.photo.PhotoMaker photoMaker;

  /** The maker of resized photos, one for the builder's life, so that its memory budget holds across builds. */
  private synchronized org.briefing.photo.PhotoMaker photoMaker() {
    if (photoMaker == null) {
      photoMaker = new org.briefing.photo.PhotoMaker(cache.photos());
    }
    return photoMaker;
  }

  /** The templates of the last build when none changed, so a rebuild need not parse them again. */
  synchronized Templates templates(Path dir) {
    if (templates == null || !templates.siteDir().equals(dir) || templates.fingerprint() != Templates.fingerprintOf(dir)) {
      templates = new Templates(dir);
    }
    return templates;
  }

  /** The Markdown renderer of the last build when it renders for {@code config} alike (raw HTML, the site's root path). */
  synchronized MarkdownRenderer markdown(SiteConfig config) {
    if (markdown == null || markdownFor.rawHtml() != config.rawHtml() || !markdownFor.basePath().equals(config.basePath())) {
      markdown = new MarkdownRenderer(config.rawHtml() == SiteConfig.RawHtml.ALLOW, config.basePath());
      markdownFor = config;
    }
    return markdown;
  }
}
