package org.briefing.summary.input;

import org.briefing.summary.Quotations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.summary.ArticleText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a Markdown content file as the summarizer sees it: the title and standfirst from the
 * front matter, and the body's prose paragraphs and list items as plain text, read as a site
 * build reads them ({@link MarkdownRenderer}, {@link ArticleText#ofBody}): headings, images,
 * captions and credits, subheadings set in emphasis, labelled links, block quotes, code, tables, HTML,
 * footnotes, bylines, agency trailers and paragraphs that are only a quotation are left out; an
 * editor's {@code summary} is ignored, since the body is what gets summarized.
 */
public final class MarkdownArticles {
  private final MarkdownRenderer markdown = new MarkdownRenderer(false);

  /** The article in {@code text}, read from {@code file} (named in errors). */
  public ArticleText parse(String text, Path file) throws UnreadableArticleException {
    List<String> lines = text.lines().toList();
    Map<?, ?> front = Map.of();
    int bodyStart = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = 1;
      while (end < lines.size() && !lines.get(end).strip().equals("---")
          && !lines.get(end).strip().equals("...")) {
        end++;
      }
      if (end == lines.size()) {
        throw new UnreadableArticleException(file,
            "the front matter that starts on line 1 is never closed; end it with a line of three dashes (---)");
      }
      front = frontMatter(String.join("\n", lines.subList(1, end)), file);
      bodyStart = end + 1;
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size()));
    List<String> paragraphs;
    try {
      paragraphs = markdown.render(body).paragraphs();
    } catch (RuntimeException e) {
      throw new UnreadableArticleException(file, "the text cannot be read as Markdown (" + e.getMessage() + ")");
    }
    return ArticleText.ofBody(string(front.get("title")), string(front.get("standfirst")), paragraphs);
  }

  private static Map<?, ?> frontMatter(String yaml, Path file) throws UnreadableArticleException {
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
      throw new UnreadableArticleException(file,
          "line " + line + ": the front matter is not valid YAML (" + e.getProblem() + ")");
    } catch (YamlEngineException e) {
      throw new UnreadableArticleException(file, "the front matter is not valid YAML (" + e.getMessage() + ")");
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new UnreadableArticleException(file,
          "the front matter must be a set of 'key: value' lines such as 'title: ...'");
    }
    return map;
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  /** A paragraph that is nothing but one quotation, such as a pull quote. */
  static boolean isQuoteOnly(String text) {
    return Quotations.isOneQuotation(text);
  }

}
