package org.briefing.cli;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.render.Templates;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;

/**
 * Loads and runs the Markdown and template libraries (then the front matter reader, the
 * summarizer, the search analysis, the collation of names and ImageIO's registry) once, on throwaway input, on a second core
 * while the main thread is still reading the command line and the configuration. A build of a
 * small site spends most of its time loading and first running these libraries, one after the
 * other; started early, that work overlaps with the start of the command. It writes no file, and
 * what it leaves behind (the bundled theme's fingerprint, read once per run) is the same whoever
 * computes it, so the build is the same with it or without it.
 */
final class Warmup {
  private static final String MARKDOWN = """
      # A "heading"

      A paragraph with *emphasis*, **strength**, a [link](https://example.org/ "title") -- and it's done...

      > A quotation.

      - one
      - two

      1. first
      """;

  private static final String TEMPLATE = """
      <#list stories as story><article><h2>${story.title}</h2><#if story.summary??><p>${story.summary}</p></#if>\
      <#list story.topics as topic>${topic?lower_case}</#list></article></#list>""";

  private static final String FRONT_MATTER = """
      title: A "title"
      date: 2021-10-18T09:00:00+02:00
      topics: [Energy, Trade]
      sources:
        - {name: An agency, url: "https://example.org/"}
      """;

  private Warmup() {}

  /** Starts the warm-up for the commands that build a site; other commands gain nothing from it. */
  static void startFor(String... args) {
    String command = args.length > 0 ? args[0] : "";
    if (command.equals("build") || command.equals("serve")) {
      Thread thread = new Thread(Warmup::run, "warmup");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
  }

  private static void run() {
    try {
      // first the class that keeps Freemarker from choosing a logging library of its own, and the
      // bundled theme's fingerprint, which a build's first step needs
      Templates.bundledThemeFingerprint();
      new MarkdownRenderer(false).render(MARKDOWN);
      Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
      Template template = new Template("warmup.ftlh", new StringReader(TEMPLATE), freemarker);
      Map<String, Object> story = Map.of("title", "A title", "summary", "A summary", "topics", java.util.List.of("Energy"));
      template.process(Map.of("stories", java.util.List.of(story)), new StringWriter());
      // then the front matter reader and the summarizer, which a rebuild after an edit needs next
      org.briefing.load.YamlReader.read(FRONT_MATTER, java.nio.file.Path.of("warmup.md"), 2);
      ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
      ArticleText text = new ArticleText("A title", "A standfirst.", java.util.List.of(
          "The council met on Monday. It agreed a plan for the harbour, which opens next year.",
          "Officials said the cost would be shared. \"We are ready,\" one of them said."));
      summarizer.summarize(text, new SummaryBudget(2, 60));
      summarizer.keyPoints(text, 2);
      // then the search index's analysis (Lucene's analyzer and stemmer for English, the default
      // language), which the first document a build analyses needs: some 85 ms on first use, on the
      // critical path of an edit, whose one analysed story the index's layout waits for
      new org.briefing.search.Analyser().analyse(new org.briefing.search.SearchDocument("", "A title", "A standfirst.", "",
          text.paragraphs(), Map.of(), null, "en", false), 0);
      // and the collation of English, the default language, by which the indexers sort the names
      // of terms and sources: Java makes its tables from their rules when first asked (some 30 ms)
      java.text.Collator.getInstance(java.util.Locale.ENGLISH).getCollationKey("Économie");
      // and ImageIO's registry of readers, which scans the class path for plug-ins when first asked
      // (some 80 ms), before a clean build reads its first photo's header
      javax.imageio.ImageIO.getImageReadersByFormatName("jpeg").hasNext();
    } catch (Exception | LinkageError e) {
      // only time is lost: the build does the same work again and reports any real problem
    }
  }
}
