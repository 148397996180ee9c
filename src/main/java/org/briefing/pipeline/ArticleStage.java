package org.briefing.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.config.SiteConfig;
import org.briefing.enrich.AttributionCheck;
import org.briefing.enrich.SummaryWriter;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.load.RawArticle;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.model.Article;
import org.briefing.model.ArticleAssembler;
import org.briefing.model.BuildSettings;
import org.briefing.model.SourceRegistry;
import org.briefing.model.WaitingStory;
import org.briefing.problem.Problems;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.TermWeights;

/**
 * The model and enrich steps for the stories: assembles each article file, or takes it from the
 * cache when neither the file nor anything it depends on changed, then summarizes the stories
 * whose summary could have changed.
 */
public final class ArticleStage {
  private final SiteConfig config;
  private final BuildSettings settings;
  private final SourceRegistry registry;
  private final MarkdownRenderer markdown;
  private final ContentLoader loader;
  private final Problems problems;
  private final BuildCache cache;
  private final long inputsKey;
  private final Map<Path, Long> keys = new ConcurrentHashMap<>();
  private final org.briefing.model.PhotoHeaders photos;
  private final java.util.concurrent.atomic.AtomicLong nextRelease = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
  private final java.util.concurrent.atomic.AtomicLong lastRelease = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);
  private final java.util.Queue<WaitingStory> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** @param stamp the build's look at its inputs, whose stamps of the photo files are recorded; null for none */
  public ArticleStage(SiteConfig config, BuildSettings settings, SourceRegistry registry, MarkdownRenderer markdown,
      ContentLoader loader, Problems problems, BuildCache cache, long inputsKey, InputStamp stamp) {
    this.photos = stamp == null ? new org.briefing.model.PhotoHeaders() : new org.briefing.model.PhotoHeaders(stamp::listed);
    this.config = config;
    this.settings = settings;
    this.registry = registry;
    this.markdown = markdown;
    this.loader = loader;
    this.problems = problems;
    this.cache = cache;
    this.inputsKey = inputsKey;
  }

  /** The stories of the site, assembled and summarized, in no particular order; the cache is updated. */
  public List<Article> run(List<ContentFile> files) {
    Map<Path, BuildCache.Entry> previous = new java.util.HashMap<>(cache.articles);
    List<BuildCache.Entry> entries = files.parallelStream().map(this::assemble).filter(Objects::nonNull).toList();

    Map<String, Integer> df = new java.util.HashMap<>(cache.documentFrequency);
    Set<String> touched = updateFrequencies(df, previous, entries);
    Set<String> moved = movedWeights(touched, df, entries.size());
    SummaryWriter writer = summaryWriter(df, entries.size());
    Map<Path, BuildCache.Entry> done = new ConcurrentHashMap<>();
    List<Article> articles = entries.parallelStream().map(entry -> {
      BuildCache.Entry result = entry.summary() == null || usesAny(entry.terms(), moved) ? summarized(entry, writer) : entry;
      result = result.withKey();
      done.put(result.stamp().path(), result);
      Article article = result.article();
      keys.put(article.file(), result.key());
      return article;
    }).toList();
    cache.changed |= !touched.isEmpty() || done.size() != previous.size()
        || done.entrySet().stream().anyMatch(e -> previous.get(e.getKey()) == null
            || previous.get(e.getKey()).summary() != e.getValue().summary() || previous.get(e.getKey()).stamp() != e.getValue().stamp());
    cache.articles.clear();
    cache.articles.putAll(done);
    cache.documentFrequency.clear();
    cache.documentFrequency.putAll(df);
    cache.documents = entries.size();
    return articles;
  }

  /**
   * When the earliest story left out for being dated in the future is due, in epoch milliseconds
   * ({@code Long.MAX_VALUE} when none is): from then on, the same files make a different site.
   */
  public long nextRelease() {
    return nextRelease.get();
  }

  /** The date of the latest story published (epoch milliseconds), {@code Long.MIN_VALUE} when none. */
  public long lastRelease() {
    return lastRelease.get();
  }

  /** The stories left out as drafts or for their dates, which edition files may list, by day and slug. */
  public List<WaitingStory> waiting() {
    return waiting.stream().sorted(java.util.Comparator.comparing(WaitingStory::day).thenComparing(WaitingStory::slug)).toList();
  }

  /**
   * The fingerprint of each story that {@link #run} returned, by its file: kept in the cache with
   * the story, so that a rebuild need not take every unchanged story apart again.
   */
  public Map<Path, Long> keys() {
    return keys;
  }

  /**
   * Brings the cached document frequencies up to date: the words of every story read again are
   * taken out (as they were) and put back (as they are), those of stories that are gone taken
   * out. Returns the words whose count changed. With no cache, counts everything.
   */
  private Set<String> updateFrequencies(Map<String, Integer> df, Map<Path, BuildCache.Entry> previous,
      List<BuildCache.Entry> entries) {
    Set<String> touched = new HashSet<>();
    if (cache.documentFrequency.isEmpty()) {
      df.clear();
      entries.forEach(e -> count(df, e.termList(), 1, touched));
      return touched;
    }
    Set<Path> present = new HashSet<>();
    for (BuildCache.Entry entry : entries) {
      present.add(entry.stamp().path());
      BuildCache.Entry before = previous.get(entry.stamp().path());
      if (before == null || !before.terms().equals(entry.terms())) {
        if (before != null) {
          count(df, before.termList(), -1, touched);
        }
        count(df, entry.termList(), 1, touched);
      }
    }
    previous.forEach((path, gone) -> {
      if (!present.contains(path)) {
        count(df, gone.termList(), -1, touched);
      }
    });
    return touched;
  }

  public static void count(Map<String, Integer> df, List<String> words, int delta, Set<String> touched) {
    for (String word : words) {
      df.merge(word, delta, (a, b) -> a + b == 0 ? null : a + b);
      touched.add(word);
    }
  }

  /** The summarizer for a site whose stories use words as counted in {@code df}. */
  public SummaryWriter summaryWriter(Map<String, Integer> df, int documents) {
    return new SummaryWriter(new ExtractiveSummarizer(TermWeights.fromFrequencies(df, documents)),
        new SummaryBudget(config.summarySentences(), config.summaryWords()), config.autoKeyPoints());
  }

  /** {@code entry} summarized anew by {@code writer}; its fingerprint is left to work out. */
  public static BuildCache.Entry summarized(BuildCache.Entry entry, SummaryWriter writer) {
    Article enriched = writer.enrich(entry.assembled());
    List<String> points = enriched.keyPointsHtml() == entry.assembled().keyPointsHtml() ? null : enriched.keyPointsHtml();
    return new BuildCache.Entry(entry.stamp(), entry.inputKey(), entry.assembled(), entry.terms(), enriched.summary(),
        points, entry.problems(), 0);
  }

  /** The words whose weight is not what it was in the last build; every word when the site's size class changed. */
  private Set<String> movedWeights(Set<String> touched, Map<String, Integer> df, int documents) {
    return movedWeights(touched, cache.documentFrequency, cache.documents, df, documents);
  }

  /**
   * The words among {@code touched} whose weight differs between the counts {@code before} of
   * {@code documentsBefore} stories and {@code after} of {@code documentsAfter}; null (all of them)
   * when the site's size class changed.
   */
  public static Set<String> movedWeights(Set<String> touched, Map<String, Integer> before, int documentsBefore,
      Map<String, Integer> after, int documentsAfter) {
    if (TermWeights.bucket(documentsAfter) != TermWeights.bucket(documentsBefore)) {
      return null;
    }
    Set<String> moved = new HashSet<>();
    for (String word : touched) {
      if (TermWeights.idf(before.getOrDefault(word, 0), documentsBefore) != TermWeights.idf(after.getOrDefault(word, 0), documentsAfter)) {
        moved.add(word);
      }
    }
    return moved;
  }

  /**
   * Whether a story with the space-separated {@code terms} could have a new summary because the
   * weight of one of its words moved ({@code null}: all moved).
   */
  public static boolean usesAny(String terms, Set<String> moved) {
    if (moved == null) {
      return true;
    }
    if (moved.isEmpty()) {
      return false;
    }
    // a few moved words (one edit) are searched for in the word list; many (many stories changed) are looked up word by word
    if (moved.size() > 16) {
      return BuildCache.termList(terms).stream().anyMatch(moved::contains);
    }
    return moved.stream().anyMatch(word -> BuildCache.uses(terms, word));
  }

  /** Tells the stage what the last build made of a story about to be assembled again, so that its unchanged photo is not read again. */
  public void remember(Article before) {
    photos.know(before.image());
  }

  /** The story in {@code file}: from the cache when nothing it depends on changed, else read and assembled; null when left out. */
  public BuildCache.Entry assemble(ContentFile file) {
    try {
      BuildCache.Entry entry = assembled(file);
      // a story a build --future shows before its date is still to come in the search index: from
      // its date on, the same files make another site
      java.time.Instant release = entry == null ? null : entry.assembled().release(config.timeZone());
      if (entry != null && release.isAfter(settings.now())) {
        nextRelease.accumulateAndGet(release.toEpochMilli(), Math::min);
      } else if (entry != null) {
        // its update too, and the days its sources were read: at a moment before them, the story's
        // update, correction or source is an error (but in a build with --future, which shows them)
        java.time.Instant last = settings.future() ? release : entry.assembled().latestMoment(config.timeZone());
        lastRelease.accumulateAndGet(last.toEpochMilli(), Math::max);
      }
      return entry;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
      throw org.briefing.problem.UnexpectedFailure.in(file.path(), unexpected);
    }
  }

  private BuildCache.Entry assembled(ContentFile file) {
    long inputKey = new Fingerprint().add(inputsKey).add(loader.defaultsKey(file.path())).value();
    BuildCache.Entry cached = cache.articles.get(file.path());
    // a story is cached only as a build that published it made it: at an earlier moment than that
    // build's (a clock put back, an older SOURCE_DATE_EPOCH) it may not be due, and is read again
    boolean due = settings.future() || cached == null
        || !cached.assembled().latestMoment(config.timeZone()).isAfter(settings.now());
    if (cached != null && due && cached.stamp().equals(file) && cached.inputKey() == inputKey && photoStillThere(cached.assembled())) {
      cached.problems().forEach(problems::add);
      return cached.boundTo(markdown);
    }
    if (cached != null) {
      photos.know(cached.assembled().image());
    }
    // the problems of the story's own file are kept with it in the cache, to be reported again while it is unchanged
    Problems local = new Problems();
    RawArticle raw = loader.readArticle(file.path(), local);
    if (raw == null) {
      local.all().forEach(problems::add);
      return null;
    }
    ArticleAssembler assembler = new ArticleAssembler(config, settings, registry, markdown, local, photos);
    Article article = assembler.assemble(raw);
    if (assembler.scheduled() != null) {
      nextRelease.accumulateAndGet(assembler.scheduled().toEpochMilli(), Math::min);
    }
    if (assembler.waiting() != null) {
      waiting.add(assembler.waiting());
    }
    if (article != null) {
      new AttributionCheck(config.attribution(), local).check(article, raw.meta());
    }
    local.all().forEach(problems::add);
    if (article == null) {
      return null;
    }
    List<String> terms = new ArrayList<>(TermWeights.termsOf(SummaryWriter.textOf(article)));
    terms.sort(null);
    return new BuildCache.Entry(file, inputKey, article, String.join(" ", terms), null, null, local.all(), 0);
  }

  /**
   * Whether the story's photo file is there, is reached as a clean build accepts (through no link
   * to a folder; a link to the file leading inside the site) and, when its header was read, has
   * the size and change stamp it had then.
   */
  private boolean photoStillThere(Article article) {
    if (article.image() == null || !article.image().hasImage() || org.briefing.model.Urls.isRemote(article.image().href())) {
      return true;
    }
    org.briefing.model.Photo photo = article.image();
    Path file = photo.source() != null ? photo.source()
        : photo.file() != null ? photo.file() : settings.staticDir().resolve(photo.outputPath());
    // reached through a link to a folder, or a link that now leads out of the site: read again, for the error it makes
    Path root = file.startsWith(settings.staticDir()) ? settings.staticDir() : settings.contentDir();
    if (org.briefing.load.SiteFiles.linkedFolder(root, file) != null
        || Files.isSymbolicLink(file) && !org.briefing.load.SiteFiles.inside(settings.siteDir(), file)) {
      return false;
    }
    if (photo.info() == null) {
      return Files.isRegularFile(file);
    }
    return photos.unchanged(file, photo.info());
  }
}
