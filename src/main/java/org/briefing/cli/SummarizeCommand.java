package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefing.render.Json;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.ScoredSentence;
import org.briefing.summary.Summarizers;
import org.briefing.summary.SummaryBudget;
import org.briefing.summary.input.ArticleFiles;
import org.briefing.summary.input.UnreadableArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing summarize}: the automatic summary of articles, as text, JSON or files. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Summarizes articles: .md content files (front matter + Markdown) and plain .txt articles",
      "(headline on the first line, then paragraphs), or folders of them."
    })
final class SummarizeCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--sentences", description = "Sentences per summary (default: 2, as on the site).")
  Integer sentences;

  @Option(names = "--max-words",
      description = "Words per summary (default: 60, as on the site, when --sentences is not given; else no limit).")
  Integer maxWords;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.hyp.txt for each NAME.txt or NAME.md into DIR instead of printing.")
  Path outDir;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or folders of them.")
  List<Path> inputs;

  private record Summary(Path file, ArticleText article, List<ScoredSentence> chosen) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sentences != null && sentences < 1 || maxWords != null && maxWords < 1) {
      err.println("error: --sentences and --max-words must be at least 1");
      return 2;
    }
    if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
      err.println("error: --out " + outDir + " is a file; --out takes a folder, where NAME.hyp.txt is written for each input");
      return 2;
    }
    String wrong = outDir == null ? null : wrongOut(outDir);
    if (wrong != null) {
      err.println("error: --out " + outDir + " cannot hold the summaries: " + wrong
          + " (a build would read or publish them there); choose a folder of its own");
      return 2;
    }
    SummaryBudget budget = budget();
    ArticleFiles files = new ArticleFiles();
    List<Path> paths = new ArrayList<>();
    List<ArticleText> articles = new ArrayList<>();
    int failures = 0;
    for (Path input : inputs) {
      try {
        paths.addAll(files.expand(List.of(input)));
      } catch (UnreadableArticleException e) {
        err.println("error: " + e.getMessage());
        failures++;
      }
    }
    List<Path> read = new ArrayList<>();
    for (Path path : paths) {
      try {
        articles.add(files.read(path));
        read.add(path);
      } catch (UnreadableArticleException e) {
        err.println("error: " + e.getMessage());
        failures++;
      }
    }
    if (paths.isEmpty() && failures == 0) {
      err.println("error: no .md, .markdown or .txt article in " + inputs);
      return 1;
    }
    ExtractiveSummarizer summarizer = Summarizers.forSite(articles);
    List<Summary> summaries = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      summaries.add(new Summary(read.get(i), articles.get(i), summarizer.select(articles.get(i), budget)));
    }
    if (!summaries.isEmpty()) {
      if (outDir != null) {
        if (!writeFiles(summaries, out, err)) {
          return 1;
        }
      } else if (format == Format.json) {
        printJson(summaries, out);
      } else {
        printText(summaries, out);
      }
    }
    out.flush();
    if (failures > 0) {
      err.printf("error: %d of %d inputs could not be summarized; see above%n", failures, failures + summaries.size());
      return 1;
    }
    return 0;
  }

  /** The site's budget when no option is given; N whole sentences for --sentences N alone. */
  private SummaryBudget budget() {
    if (sentences == null) {
      return new SummaryBudget(SummaryBudget.DEFAULT.sentences(), maxWords != null ? maxWords : SummaryBudget.DEFAULT.maxWords());
    }
    return new SummaryBudget(sentences, maxWords != null ? maxWords : Integer.MAX_VALUE);
  }

  /**
   * Why the summaries may not be written into {@code outDir}, null when they may: not into a built
   * site, nor into a site's content/, templates/, static/ or build cache (found by the
   * briefing.yaml of the nearest folder above that has one), where a build would read or publish them.
   */
  static String wrongOut(Path outDir) {
    // as written and with links followed: a link to static/ leads there all the same
    for (Path out : List.of(outDir.toAbsolutePath().normalize(), org.briefing.rebuild.OutputChoice.real(outDir),
        org.briefing.rebuild.OutputChoice.asTheSystemFinds(outDir))) {
      for (Path folder = out; folder != null; folder = folder.getParent()) {
        if (Files.isRegularFile(folder.resolve(org.briefing.write.OutputFolder.MARKER))) {
          return folder.equals(out) ? "it is the output folder of a build" : "it is inside " + folder + ", the output folder of a build";
        }
      }
      for (Path folder = out.getParent(); folder != null; folder = folder.getParent()) {
        if (Files.isRegularFile(folder.resolve(org.briefing.config.ConfigLoader.FILE_NAME))) {
          String wrong = org.briefing.rebuild.OutputChoice.forbidden(folder, out);
          if (wrong != null) {
            return wrong;
          }
          break;
        }
      }
    }
    return null;
  }

  /** Writes the summaries into --out; false, with the error printed, when a file cannot be written. */
  private boolean writeFiles(List<Summary> summaries, PrintWriter out, PrintWriter err) {
    for (Summary s : summaries) {
      String name = s.file().getFileName().toString();
      String base = name.substring(0, name.lastIndexOf('.'));
      StringBuilder text = new StringBuilder();
      s.chosen().forEach(c -> text.append(c.text()).append('\n'));
      Path file = outDir.resolve(base + ".hyp.txt");
      try {
        Files.createDirectories(outDir);
        org.briefing.write.OwnFile.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.println("error: cannot write " + file + " (" + e.getMessage() + "); check that --out names a folder you may write into");
        return false;
      }
    }
    out.printf("wrote %d summaries to %s%n", summaries.size(), outDir);
    return true;
  }

  private static void printText(List<Summary> summaries, PrintWriter out) {
    for (int i = 0; i < summaries.size(); i++) {
      Summary s = summaries.get(i);
      if (summaries.size() > 1) {
        out.println((i > 0 ? "\n" : "") + "== " + s.file());
      }
      out.println(joined(s));
    }
  }

  private static void printJson(List<Summary> summaries, PrintWriter out) {
    out.println("[");
    for (int i = 0; i < summaries.size(); i++) {
      Summary s = summaries.get(i);
      out.println("  {");
      out.println("    \"file\": " + Json.write(s.file().toString()) + ",");
      out.println("    \"title\": " + Json.write(s.article().title()) + ",");
      out.println("    \"summary\": " + Json.write(joined(s)) + ",");
      out.print("    \"sentences\": [");
      for (int k = 0; k < s.chosen().size(); k++) {
        ScoredSentence c = s.chosen().get(k);
        out.print(k == 0 ? "\n" : ",\n");
        out.printf(Locale.ROOT, "      {\"index\": %d, \"score\": %.4f, \"text\": %s}", c.index(), c.score(),
            Json.write(c.text()));
      }
      out.println(s.chosen().isEmpty() ? "]" : "\n    ]");
      out.println(i + 1 < summaries.size() ? "  }," : "  }");
    }
    out.println("]");
  }

  private static String joined(Summary s) {
    return String.join(" ", s.chosen().stream().map(ScoredSentence::text).toList());
  }
}
