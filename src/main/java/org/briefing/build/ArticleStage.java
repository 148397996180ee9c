package org.briefing.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.briefing.problem.Problems;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.TermWeights;

/**
 * The model and enrich steps for the stories: assembles each article file, or takes it from the
 * cache when neither the file nor anything it depends on changed, then summarizes the stories
 * whose summary could have changed.
 */
final class ArticleStage {
  private final SiteConfig config;
  private final BuildSettings settings;
  private final SourceRegistry registry;
  private final MarkdownRenderer markdown;
  private final ContentLoader loader;
  private final Problems problems;
  private final BuildCache cache;
  private final long inputsKey;

  ArticleStage(SiteConfig config, BuildSettings settings, SourceRegistry registry, MarkdownRenderer markdown,
      ContentLoader loader, Problems problems, BuildCache cache, long inputsKey) {
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
  List<Article> run(List<ContentFile> files) {
    Map<Path, BuildCache.Entry> fresh = new ConcurrentHashMap<>();
    List<BuildCache.Entry> entries = files.parallelStream().map(file -> assemble(file, fresh)).filter(Objects::nonNull).toList();

    TermWeights weights = TermWeights.fromTerms(entries.stream().map(BuildCache.Entry::terms).toList());
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer(weights);
    SummaryWriter writer = new SummaryWriter(summarizer, new SummaryBudget(config.summarySentences(), config.summaryWords()),
        config.autoKeyPoints());
    List<Article> articles = entries.parallelStream().map(entry -> {
      long key = weights.signature(entry.terms());
      BuildCache.Entry done = entry;
      if (entry.summary() == null || entry.summaryKey() != key) {
        Article enriched = writer.enrich(entry.assembled());
        List<String> points = enriched.keyPointsHtml() == entry.assembled().keyPointsHtml() ? null : enriched.keyPointsHtml();
        done = new BuildCache.Entry(entry.stamp(), entry.inputKey(), entry.assembled(), entry.terms(), enriched.summary(),
            points, key, entry.problems());
      }
      fresh.put(done.stamp().path(), done);
      Article article = done.assembled().withSummary(done.summary());
      return done.keyPoints() == null ? article : article.withKeyPoints(done.keyPoints());
    }).toList();
    cache.articles.clear();
    cache.articles.putAll(fresh);
    return articles;
  }

  private BuildCache.Entry assemble(ContentFile file, Map<Path, BuildCache.Entry> fresh) {
    long inputKey = new Fingerprint().add(inputsKey).add(loader.defaultsKey(file.path())).value();
    BuildCache.Entry cached = cache.articles.get(file.path());
    if (cached != null && cached.stamp().equals(file) && cached.inputKey() == inputKey && photoStillThere(cached.assembled())) {
      cached.problems().forEach(problems::add);
      return cached.assembled().body() instanceof SourceBody stored ? cached.withBody(stored.boundTo(markdown)) : cached;
    }
    RawArticle raw = loader.readArticle(file.path());
    if (raw == null) {
      return null;
    }
    Problems local = new Problems();
    Article article = new ArticleAssembler(config, settings, registry, markdown, local).assemble(raw);
    if (article != null) {
      new AttributionCheck(config.attribution(), local).check(article, raw.meta());
    }
    local.all().forEach(problems::add);
    if (article == null) {
      return null;
    }
    List<String> terms = new ArrayList<>(TermWeights.termsOf(SummaryWriter.textOf(article)));
    terms.sort(null);
    return new BuildCache.Entry(file, inputKey, article, List.copyOf(terms), null, null, 0, local.all());
  }

  private boolean photoStillThere(Article article) {
    if (article.image() == null || !article.image().hasImage() || org.briefing.model.Urls.isRemote(article.image().href())) {
      return true;
    }
    Path file = article.image().file() != null ? article.image().file() : settings.staticDir().resolve(article.image().outputPath());
    return Files.isRegularFile(file);
  }
}
