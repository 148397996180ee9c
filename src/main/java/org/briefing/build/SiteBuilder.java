package org.briefing.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.enrich.AttributionCheck;
import org.briefing.enrich.EditionBuilder;
import org.briefing.enrich.SiteIndexer;
import org.briefing.enrich.SummaryWriter;
import org.briefing.load.ContentLoader;
import org.briefing.load.LoadedContent;
import org.briefing.load.RawArticle;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.model.Article;
import org.briefing.model.ArticleAssembler;
import org.briefing.model.BuildSettings;
import org.briefing.model.Edition;
import org.briefing.model.Site;
import org.briefing.model.SourceRegistry;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.render.OutputFile;
import org.briefing.render.SiteRenderer;
import org.briefing.render.Templates;
import org.briefing.summary.Summarizers;
import org.briefing.summary.SummaryBudget;

/**
 * Runs the whole pipeline, load → model → enrich → render, and returns the site as files in
 * memory. It never writes: {@link org.briefing.write.SiteWriter} does that. Every problem of a
 * build is collected and thrown together as a {@link org.briefing.problem.BuildFailure}.
 */
public final class SiteBuilder {

  /** A built site: its files sorted by path, the warnings of the build, and how many pages it has. */
  public record Result(SiteConfig config, List<OutputFile> files, List<Problem> warnings, int articles) {
    public long pages() {
      return files.stream().filter(f -> f.path().endsWith(".html")).count();
    }
  }

  public Result build(BuildSettings settings, URI baseUrlOverride) {
    Problems problems = new Problems();
    SiteConfig config = ConfigLoader.load(settings.siteDir(), problems);
    if (baseUrlOverride != null) {
      config = config.withBaseUrl(baseUrlOverride);
    }
    LoadedContent content = new ContentLoader(settings.contentDir(), problems).load();
    SourceRegistry registry = SourceRegistry.read(content.sourcesFile(), content.sources(), problems);
    MarkdownRenderer markdown = new MarkdownRenderer(config.rawHtml() == SiteConfig.RawHtml.ALLOW);
    ArticleAssembler assembler = new ArticleAssembler(config, settings, registry, markdown, problems);

    Map<Article, RawArticle> sourceOf = new HashMap<>();
    List<Article> assembled = content.articles().parallelStream().map(raw -> {
      Article article = assembler.assemble(raw);
      if (article != null) {
        synchronized (sourceOf) {
          sourceOf.put(article, raw);
        }
      }
      return article;
    }).filter(Objects::nonNull).toList();
    checkUniquePaths(assembled, problems);

    SummaryWriter summaries = new SummaryWriter(
        Summarizers.forSite(assembled.stream().map(SummaryWriter::textOf).toList()),
        new SummaryBudget(config.summarySentences(), config.summaryWords()), config.autoKeyPoints());
    AttributionCheck attribution = new AttributionCheck(config.attribution(), problems);
    List<Article> articles = new ArrayList<>(assembled.parallelStream().map(a -> {
      attribution.check(a, sourceOf.get(a).meta());
      return summaries.enrich(a);
    }).toList());
    articles.sort(SiteIndexer.NEWEST_FIRST);

    EditionBuilder editionBuilder = new EditionBuilder(config, markdown, problems);
    List<Edition> editions = editionBuilder.build(articles, content.editions());
    problems.throwIfErrors();

    Site site = SiteIndexer.index(config, List.copyOf(articles), editions);
    List<OutputFile> files = new ArrayList<>(new SiteRenderer(new Templates(settings.templatesDir()), problems)
        .render(site, editionBuilder::editionOf));
    files.addAll(Assets.photos(articles));
    files = Assets.withStatic(files, settings.staticDir(), problems);
    problems.throwIfErrors();
    return new Result(config, List.copyOf(files), problems.all(), articles.size());
  }

  private static void checkUniquePaths(List<Article> articles, Problems problems) {
    Map<String, Article> byPath = new HashMap<>();
    articles.stream().sorted(Comparator.comparing(a -> a.file().toString())).forEach(a -> {
      Article other = byPath.putIfAbsent(a.path(), a);
      if (other != null) {
        problems.error(SourcePosition.of(a.file(), 1), "this story has the same address /" + a.path() + " as " + other.file(),
            "give one of them another 'slug:' in its front matter");
      }
    });
  }

}
