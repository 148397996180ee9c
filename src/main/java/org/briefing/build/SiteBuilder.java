package org.briefing.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;
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
import org.briefing.render.MemorySink;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputSink;
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

  /**
   * A built site: its files sorted by path (empty when they were streamed to a sink), the
   * warnings of the build, how many stories, pages and files it has, and how long each phase took.
   */
  public record Result(SiteConfig config, List<OutputFile> files, List<Problem> warnings, int articles, long pages,
      long fileCount, List<Timing> timings) {}

  /** How long one phase of a build took. */
  public record Timing(String phase, long millis) {}

  /** Builds into memory; for the preview server and tests. */
  public Result build(BuildSettings settings, URI baseUrlOverride) {
    MemorySink sink = new MemorySink();
    Result streamed = build(settings, baseUrlOverride, sink);
    List<OutputFile> files = sink.files();
    return new Result(streamed.config(), files, streamed.warnings(), streamed.articles(), streamed.pages(), files.size(),
        streamed.timings());
  }

  /** Builds and sends every file to {@code sink} as soon as it is rendered. */
  public Result build(BuildSettings settings, URI baseUrlOverride, OutputSink sink) {
    Clock clock = new Clock();
    Problems problems = new Problems();
    SiteConfig config = ConfigLoader.load(settings.siteDir(), problems);
    if (baseUrlOverride != null) {
      config = config.withBaseUrl(baseUrlOverride);
    }
    LoadedContent content = new ContentLoader(settings.contentDir(), problems).load();
    SourceRegistry registry = SourceRegistry.read(content.sourcesFile(), content.sources(), problems);
    clock.lap("load");

    MarkdownRenderer markdown = new MarkdownRenderer(config.rawHtml() == SiteConfig.RawHtml.ALLOW);
    ArticleAssembler assembler = new ArticleAssembler(config, settings, registry, markdown, problems);
    AttributionCheck attribution = new AttributionCheck(config.attribution(), problems);
    List<Article> assembled = content.articles().parallelStream().map(raw -> {
      Article article = assembler.assemble(raw);
      if (article != null) {
        attribution.check(article, raw.meta());
      }
      return article;
    }).filter(Objects::nonNull).toList();
    checkUniquePaths(assembled, problems);
    clock.lap("model");

    SummaryWriter summaries = new SummaryWriter(
        Summarizers.forSite(assembled.stream().map(SummaryWriter::textOf).toList()),
        new SummaryBudget(config.summarySentences(), config.summaryWords()), config.autoKeyPoints());
    List<Article> articles = new ArrayList<>(assembled.parallelStream().map(summaries::enrich).toList());
    articles.sort(SiteIndexer.NEWEST_FIRST);
    EditionBuilder editionBuilder = new EditionBuilder(config, markdown, problems);
    List<Edition> editions = editionBuilder.build(articles, content.editions());
    problems.throwIfErrors();
    Site site = SiteIndexer.index(config, List.copyOf(articles), editions);
    clock.lap("enrich");

    CountingSink counted = new CountingSink(sink);
    Set<String> generated = new SiteRenderer(new Templates(settings.templatesDir()), problems)
        .render(site, editionBuilder::editionOf, counted);
    problems.throwIfErrors();
    clock.lap("render");
    Assets.publish(articles, generated, settings.staticDir(), problems, counted);
    problems.throwIfErrors();
    clock.lap("static");
    return new Result(config, List.of(), problems.all(), articles.size(), counted.pages(), counted.files(), clock.laps());
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
