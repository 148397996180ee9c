package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.summary.ArticleText;
import org.briefing.summary.LeadSummarizer;
import org.briefing.summary.Summarizer;
import org.briefing.summary.Summarizers;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.eval.Evaluation;
import org.briefing.summary.eval.ReferencePair;
import org.briefing.summary.eval.SpeedBench;
import org.briefing.summary.eval.SystemScores;
import org.briefing.summary.eval.TextRankSummarizer;
import org.briefing.summary.input.UnreadableArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing evaluate}: ROUGE of Briefing's summarizer, Lead-3 and TextRank in one run. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Briefing's summarizer, the Lead-N baseline and TextRank against reference summaries.",
      "DIR holds NAME.txt articles (headline, then paragraphs) and NAME.ref.txt references."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sentences", defaultValue = "3", description = "Sentences per summary (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--max-words", description = "Words per summary (default: no limit).")
  Integer maxWords;

  @Option(names = "--bench", description = "Also measure Briefing's summarizer speed on one thread: warm-up, then timed passes; prints the median.")
  boolean bench;

  @Option(names = "--passes", defaultValue = "10", description = "Timed passes for --bench (default: ${DEFAULT-VALUE}).")
  int passes;

  @Parameters(paramLabel = "DIR", description = "Folder of NAME.txt + NAME.ref.txt pairs.")
  Path folder;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sentences < 1 || maxWords != null && maxWords < 1 || passes < 1) {
      err.println("error: --sentences, --max-words and --passes must be at least 1");
      return 2;
    }
    SummaryBudget budget = new SummaryBudget(sentences, maxWords == null ? Integer.MAX_VALUE : maxWords);
    Evaluation.Loaded loaded;
    try {
      loaded = Evaluation.load(folder);
    } catch (UnreadableArticleException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    loaded.problems().forEach(e -> err.println("error: " + e.getMessage()));
    List<ReferencePair> pairs = loaded.pairs();
    if (pairs.isEmpty() && loaded.problems().isEmpty()) {
      err.println("error: " + folder + ": no NAME.txt article with a NAME.ref.txt reference beside it");
      return 1;
    }
    if (pairs.isEmpty()) {
      err.println("error: " + folder + ": no article could be read");
      return 1;
    }
    List<ArticleText> articles = pairs.stream().map(ReferencePair::article).toList();
    long start = System.nanoTime();
    Summarizer ours = Summarizers.forSite(articles);
    double weightsMillis = (System.nanoTime() - start) / 1e6;
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    systems.put("briefing", ours);
    systems.put("lead-" + sentences, new LeadSummarizer());
    systems.put("textrank", new TextRankSummarizer());
    List<SystemScores> scores = new Evaluation().run(pairs, systems, budget);
    out.printf(Locale.ROOT, "%d articles in %s, %d sentences per summary%s%n", pairs.size(), folder,
        sentences, maxWords == null ? "" : ", at most " + maxWords + " words");
    out.printf(Locale.ROOT, "%-10s %7s %7s %7s %10s   %7s %7s %7s %7s %12s%n",
        "system", "R1 F1", "R2 F1", "RL F1", "unresolved", "R1 P", "R1 R", "R2 P", "R2 R", "articles/s");
    for (SystemScores s : scores) {
      out.printf(Locale.ROOT, "%-10s %7.4f %7.4f %7.4f %9.1f%%   %7.4f %7.4f %7.4f %7.4f %12.0f%n",
          s.system(), s.rouge1().f1(), s.rouge2().f1(), s.rougeL().f1(), 100 * s.unresolvedShare(),
          s.rouge1().precision(), s.rouge1().recall(), s.rouge2().precision(), s.rouge2().recall(),
          s.articlesPerSecond());
    }
    out.printf(Locale.ROOT, "unresolved: the share of summaries with a speaker or referent they do not name (docs/summaries.md)%n");
    out.printf(Locale.ROOT, "site word weights for briefing counted in %.0f ms; articles/s is one cold pass, see --bench%n", weightsMillis);
    if (bench) {
      SpeedBench speedBench = new SpeedBench(5, passes);
      SpeedBench.Result result = speedBench.run(ours, articles, budget);
      out.printf(Locale.ROOT, "bench: briefing, one thread, 5 warm-up passes then %d timed passes over %d articles%n",
          passes, articles.size());
      printSpeed(out, "wall clock", result.wallClock());
      if (!result.cpu().isEmpty()) {
        printSpeed(out, "thread CPU time", result.cpu());
      }
    }
    out.flush();
    if (!loaded.problems().isEmpty()) {
      err.printf("error: %d articles could not be read and are not in the scores; see above%n", loaded.problems().size());
      return 1;
    }
    return 0;
  }

  private static void printSpeed(PrintWriter out, String clock, List<Double> speeds) {
    out.printf(Locale.ROOT, "bench: %s: median %.0f articles/s (min %.0f, max %.0f)%n", clock,
        SpeedBench.median(speeds), speeds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        speeds.stream().mapToDouble(Double::doubleValue).max().orElse(0));
  }
}
