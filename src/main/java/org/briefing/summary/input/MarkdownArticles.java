package org.briefing.summary.input;

import org.briefing.summary.Quotations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.load.FrontMatter;
import org.briefing.load.YamlReader;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.problem.BuildFailure;
import org.briefing.summary.ArticleText;

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

  /**
   * The article in {@code text}, read from {@code file} (named in errors). Its front matter is read
   * as a build reads it ({@link FrontMatter}, {@link YamlReader}), so that what a build refuses
   * (TOML between '+++' lines, a YAML tag, a duplicate field, aliases past the limit, a block never
   * closed, no block at all) is refused here too, at the same line and in the same words; plain
   * text without front matter is a {@code .txt} article.
   */
  public ArticleText parse(String text, Path file) throws UnreadableArticleException {
    Map<String, Object> front;
    String body;
    try {
      FrontMatter split = FrontMatter.split(text, file);
      front = YamlReader.read(split.yaml(), file, split.yamlLine()).values();
      body = split.body();
    } catch (BuildFailure e) {
      throw new UnreadableArticleException(e.errors().get(0));
    }
    List<String> paragraphs;
    try {
      paragraphs = markdown.render(body).paragraphs();
    } catch (RuntimeException e) {
      throw new UnreadableArticleException(file, "the text cannot be read as Markdown (" + e.getMessage() + ")");
    }
    return ArticleText.ofBody(string(front.get("title")), string(front.get("standfirst")), paragraphs);
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  /** A paragraph that is nothing but one quotation, such as a pull quote. */
  static boolean isQuoteOnly(String text) {
    return Quotations.isOneQuotation(text);
  }

}
