package org.briefing.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefing.render.Templates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page of each kind that shows stories, through the bundled theme's templates, with as many
 * stories as on a 10,000-story site: a story page (the next story of the corpus each call), an
 * edition of 14 stories, the home page (its edition and links to 14 earlier ones), a page of a
 * topic list and of a source list (50 stories each), a month of the archive (420 stories) and
 * the feed (20 stories with their full text).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateBenchmarks {
  private Templates templates;
  private org.briefing.config.SiteConfig config;

  @Setup(Level.Trial)
  public void setUp(Corpus corpus) {
    templates = new Templates(corpus.site.resolve("templates"));
    config = org.briefing.config.ConfigLoader.load(corpus.site, new org.briefing.problem.Problems());
  }

  @Benchmark
  public byte[] storyPage(PageData data, Corpus corpus, Cursor cursor) {
    Map<String, Object> model = data.articleModels.get(cursor.next(corpus.size()));
    return templates.render("article.ftlh", model, config);
  }

  @Benchmark
  public byte[] editionPage(PageData data) {
    return templates.render("edition.ftlh", data.editionModel, config);
  }

  @Benchmark
  public byte[] topicPage(PageData data) {
    return templates.render("topic.ftlh", data.topicModel, config);
  }

  @Benchmark
  public byte[] homePage(PageData data) {
    return templates.render("index.ftlh", data.homeModel, config);
  }

  @Benchmark
  public byte[] sourcePage(PageData data) {
    return templates.render("source.ftlh", data.sourceModel, config);
  }

  @Benchmark
  public byte[] archiveMonthPage(PageData data) {
    return templates.render("archive-month.ftlh", data.monthModel, config);
  }

  @Benchmark
  public byte[] feed(PageData data) {
    return templates.render("feed.ftlx", data.feedModel, config);
  }
}
