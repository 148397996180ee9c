package org.briefing.jmh;

import java.util.concurrent.TimeUnit;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.Summarizers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-site costs on a 200-story synthetic corpus: the complete build in memory (load, model,
 * summaries, every page, no writing), and the site-wide word statistics of the summarizer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SiteBenchmarks {

  /** The whole build of the site into memory, as the preview server and the tests run it. */
  @Benchmark
  public SiteBuilder.Result build(Corpus corpus) {
    return new SiteBuilder().build(corpus.settings(), null);
  }

  /** Weighing every word of the site, before any story can be summarized. */
  @Benchmark
  public ExtractiveSummarizer summarizerForSite(Corpus corpus) {
    return Summarizers.forSite(corpus.articleTexts);
  }
}
