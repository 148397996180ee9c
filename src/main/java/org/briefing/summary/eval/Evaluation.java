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
 * ROUGE-1, ROUGE-2 and ROUGE-L, and checked for speakers and referents it leaves unresolved; the
 * report gives the mean of each score over all articles and the share of unresolved summaries.
 */
public final class Evaluation {
  private final Rouge rouge = new Rouge();

  /** The evaluation items of a folder, and the files among them that could not be read. */
  public record Loaded(List<ReferencePair> pairs, List<UnreadableArticleException> problems) {}

  /**
   * The articles in {@code folder} that have a reference, in name order; an article or reference
   * that cannot be read is listed with its problem and left out, so the others are still scored.
   */
  public static Loaded load(Path folder) throws UnreadableArticleException {
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
    List<UnreadableArticleException> problems = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.lastIndexOf('.'));
      Path reference = file.resolveSibling(name + ".ref.txt");
      if (Files.isRegularFile(reference)) {
        try {
          pairs.add(new ReferencePair(name, reader.read(file), ArticleFiles.readUtf8(reference)));
        } catch (UnreadableArticleException e) {
          problems.add(e);
        }
      }
    }
    return new Loaded(List.copyOf(pairs), List.copyOf(problems));
  }

  /** The mean scores of each named system, in the order given, at {@code budget}. */
  public List<SystemScores> run(
      List<ReferencePair> pairs, Map<String, Summarizer> systems, SummaryBudget budget) {
    List<List<String>> references = pairs.stream().map(p -> rouge.tokens(p.reference())).toList();
    List<UnresolvedReferences> checks = pairs.stream().map(p -> new UnresolvedReferences(p.article())).toList();
    List<SystemScores> out = new ArrayList<>();
    for (Map.Entry<String, Summarizer> system : new LinkedHashMap<>(systems).entrySet()) {
      List<List<String>> chosen = new ArrayList<>(pairs.size());
      long start = System.nanoTime();
      for (ReferencePair pair : pairs) {
        chosen.add(system.getValue().summarize(pair.article(), budget));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      List<String> summaries = chosen.stream().map(c -> String.join(" ", c)).toList();
      int unresolved = 0;
      for (int i = 0; i < pairs.size(); i++) {
        if (checks.get(i).unresolved(chosen.get(i))) {
          unresolved++;
        }
      }
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
      double share = pairs.isEmpty() ? 0 : (double) unresolved / pairs.size();
      out.add(new SystemScores(system.getKey(), r1.value(), r2.value(), rl.value(), share, speed));
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
