package org.briefing.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefing.load.FrontMatter;
import org.briefing.load.YamlData;
import org.briefing.load.YamlReader;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.Summarizers;
import org.briefing.summary.SummaryBudget;
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

/** The per-story costs of a build, each call on the next story of a 200-story synthetic corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoryBenchmarks {
  private ExtractiveSummarizer summarizer;

  @Setup(Level.Trial)
  public void setUp(Corpus corpus) {
    summarizer = Summarizers.forSite(corpus.articleTexts);
  }

  /** Finding the front-matter block and reading its YAML. */
  @Benchmark
  public YamlData frontMatter(Corpus corpus, Cursor cursor) {
    int i = cursor.next(corpus.size());
    FrontMatter fm = FrontMatter.split(corpus.texts.get(i), corpus.files.get(i));
    return YamlReader.read(fm.yaml(), corpus.files.get(i), fm.yamlLine());
  }

  /** Parsing a 600 to 900-word body and rendering it to HTML, with its paragraphs and word count. */
  @Benchmark
  public RenderedMarkdown markdown(Corpus corpus, Cursor cursor) {
    return corpus.markdown.render(corpus.parts.get(cursor.next(corpus.size())).body());
  }

  /** The automatic summary of one story (two sentences, as by default). */
  @Benchmark
  public List<String> summary(Corpus corpus, Cursor cursor) {
    return summarizer.summarize(corpus.articleTexts.get(cursor.next(corpus.size())), SummaryBudget.DEFAULT);
  }
}
