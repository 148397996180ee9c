package org.briefing.summary.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Summarizer;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.input.ArticleFiles;
import org.briefing.summary.input.UnreadableArticleException;

/**
 * Scores summarizers against reference summaries: each {@code NAME.txt} (or {@code NAME.md}) in a
 * folder with a {@code NAME.ref.txt} beside it is summarized by every system and compared with
 * ROUGE-1, ROUGE-2 and ROUGE-L; the report gives the mean of each over all articles.
 */
public final class Evaluation {
  private final Rouge rouge = new Rouge();

  /** The articles in {@code folder} that have a reference, in name order. */
  public static List<ReferencePair> load(Path folder) throws UnreadableArticleException {
    if (!Files.isDirectory(folder)) {
      throw new UnreadableArticleException(folder,
          "is not a folder; give a folder of NAME.txt articles with NAME.ref.txt references");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted().toList();
    } catch (IOException e) {
      throw new UnreadableArticleException(folder, "cannot list the folder (" + e.getMessage() + ")");
    }
    ArticleFiles reader = new ArticleFiles();
    List<ReferencePair> pairs = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.lastIndexOf('.'));
      Path reference = file.resolveSibling(name + ".ref.txt");
      if (Files.isRegularFile(reference)) {
        pairs.add(new ReferencePair(name, reader.read(file), ArticleFiles.readUtf8(reference)));
      }
    }
    return pairs;
  }

  /** The mean scores of each named system, in the order given, at {@code budget}. */
  public List<SystemScores> run(
      List<ReferencePair> pairs, Map<String, Summarizer> systems, SummaryBudget budget) {
    List<List<String>> references = pairs.stream().map(p -> rouge.tokens(p.reference())).toList();
    List<SystemScores> out = new ArrayList<>();
    for (Map.Entry<String, Summarizer> system : new LinkedHashMap<>(systems).entrySet()) {
      List<String> summaries = new ArrayList<>(pairs.size());
      long start = System.nanoTime();
      for (ReferencePair pair : pairs) {
        summaries.add(String.join(" ", system.getValue().summarize(pair.article(), budget)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Mean r1 = new Mean();
      Mean r2 = new Mean();
      Mean rl = new Mean();
      for (int i = 0; i < pairs.size(); i++) {
        List<String> candidate = rouge.tokens(summaries.get(i));
        r1.add(rouge.rougeN(candidate, references.get(i), 1));
        r2.add(rouge.rougeN(candidate, references.get(i), 2));
        rl.add(rouge.rougeL(candidate, references.get(i)));
      }
      double speed = seconds > 0 ? pairs.size() / seconds : Double.POSITIVE_INFINITY;
      out.add(new SystemScores(system.getKey(), r1.value(), r2.value(), rl.value(), speed));
    }
    return out;
  }

  /** The per-article scores of one summary, for looking at single cases. */
  public RougeScore[] score(ArticleText article, String reference, Summarizer system, SummaryBudget budget) {
    List<String> candidate = rouge.tokens(String.join(" ", system.summarize(article, budget)));
    List<String> ref = rouge.tokens(reference);
    return new RougeScore[] {rouge.rougeN(candidate, ref, 1), rouge.rougeN(candidate, ref, 2), rouge.rougeL(candidate, ref)};
  }

  private static final class Mean {
    private double p;
    private double r;
    private double f;
    private int n;

    void add(RougeScore s) {
      p += s.precision();
      r += s.recall();
      f += s.f1();
      n++;
    }

    RougeScore value() {
      return n == 0 ? RougeScore.ZERO : new RougeScore(p / n, r / n, f / n);
    }
  }
}
