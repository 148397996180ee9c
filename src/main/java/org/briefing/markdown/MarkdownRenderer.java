package org.briefing.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Markdown parser and HTML renderer of a build: CommonMark plus tables, footnotes,
 * autolinks, strikethrough and typographic quotes. Built once, shared by all threads.
 */
public final class MarkdownRenderer {
  private static final Pattern MORE = Pattern.compile("(?m)^[ \\t]*<!--\\s*more\\s*-->[ \\t]*$\\n?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

  private final Parser parser;
  private final HtmlRenderer renderer;

  /** @param allowRawHtml pass HTML written in Markdown through as HTML; when false it is shown as text */
  public MarkdownRenderer(boolean allowRawHtml) {
    MutableDataSet options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
            AutolinkExtension.create(), StrikethroughExtension.create(), TypographicExtension.create()))
        .set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml)
        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
        .set(HtmlRenderer.RENDER_HEADER_ID, true)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
        .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "")
        .set(TablesExtension.WITH_CAPTION, false)
        .set(TablesExtension.COLUMN_SPANS, false)
        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Renders an article body; a {@code <!-- more -->} line marks the end of the teaser and is removed. */
  public RenderedMarkdown render(String markdown) {
    String teaser = null;
    String source = markdown;
    Matcher more = MORE.matcher(markdown);
    if (more.find()) {
      teaser = plainText(markdown.substring(0, more.start()));
      source = markdown.substring(0, more.start()) + "\n" + markdown.substring(more.end());
    }
    Document document = parser.parse(source);
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(document, paragraphs);
    int words = 0;
    for (String paragraph : paragraphs) {
      words += countWords(paragraph);
    }
    return new RenderedMarkdown(renderer.render(document), paragraphs, teaser, words);
  }

  /** Renders a short field (one paragraph or a line) as HTML without its wrapping paragraph. */
  public String renderInline(String markdown) {
    String html = renderer.render(parser.parse(markdown)).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  /** Renders a field that may hold several paragraphs. */
  public String renderBlock(String markdown) {
    return renderer.render(parser.parse(markdown));
  }

  /** The plain text of Markdown, paragraphs joined by a space. */
  public String plainText(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(parser.parse(markdown), paragraphs);
    return String.join(" ", paragraphs);
  }

  public static int countWords(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void collectParagraphs(Node node, List<String> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof BlockQuote || child instanceof FootnoteBlock || child instanceof TableBlock) {
        continue;
      }
      if (child instanceof Paragraph) {
        String text = PlainText.of(child);
        if (!text.isEmpty()) {
          out.add(text);
        }
      } else {
        collectParagraphs(child, out);
      }
    }
  }
}
