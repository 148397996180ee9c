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

  private final Parser parser;
  private final Parser parserWithoutAutolinks;
  private final HtmlRenderer renderer;
  private final boolean escapeHtml;

  /** @param allowRawHtml pass HTML written in Markdown through as HTML; when false it is shown as text */
  public MarkdownRenderer(boolean allowRawHtml) {
    MutableDataSet options = new MutableDataSet()
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
    MutableDataSet all = new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        FootnoteExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create(), TypographicExtension.create()));
    MutableDataSet noAutolinks = new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        FootnoteExtension.create(), StrikethroughExtension.create(), TypographicExtension.create()));
    this.parser = Parser.builder(all).build();
    this.parserWithoutAutolinks = Parser.builder(noAutolinks).build();
    this.renderer = HtmlRenderer.builder(all).build();
    this.escapeHtml = !allowRawHtml;
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
    Document document = parse(source);
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(document, paragraphs);
    int words = 0;
    for (String paragraph : paragraphs) {
      words += countWords(paragraph);
    }
    return new RenderedMarkdown(html(document), paragraphs, teaser, words);
  }

  /** Renders a short field (one paragraph or a line) as HTML without its wrapping paragraph. */
  public String renderInline(String markdown) {
    String html = html(parse(markdown)).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  /** Renders a field that may hold several paragraphs. */
  public String renderBlock(String markdown) {
    return html(parse(markdown));
  }

  /** The HTML of a document: written directly when it holds only everyday nodes, else by Flexmark. */
  private String html(Document document) {
    String common = CommonHtml.render(document, escapeHtml);
    return common != null ? common : renderer.render(document);
  }

  /** The HTML of {@code markdown} as Flexmark's own renderer writes it; for comparison in tests. */
  String flexmarkHtml(String markdown) {
    return renderer.render(parse(markdown));
  }

  /** The HTML of {@code markdown} by {@link CommonHtml}, or null when it is left to Flexmark; for tests. */
  String commonHtml(String markdown) {
    return CommonHtml.render(parse(markdown), escapeHtml);
  }

  /** The plain text of Markdown, paragraphs joined by a space. */
  public String plainText(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    collectParagraphs(parse(markdown), paragraphs);
    return String.join(" ", paragraphs);
  }

  /**
   * Bare addresses and e-mail addresses become links only through the autolink extension, which
   * is the slowest part of parsing; a text without "www.", "@" or an address outside a Markdown
   * link or angle brackets has nothing for it to do, so it is parsed without it.
   */
  private Document parse(String markdown) {
    return mayHaveBareLinks(markdown) ? parser.parse(markdown) : parserWithoutAutolinks.parse(markdown);
  }

  static boolean mayHaveBareLinks(String text) {
    if (text.indexOf('@') >= 0 || text.contains("www.")) {
      return true;
    }
    for (int i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
      int start = i;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      char before = start == 0 ? ' ' : text.charAt(start - 1);
      if (before != '(' && before != '<') {
        return true;
      }
    }
    return false;
  }

  /** Words: runs of letters and digits, joined by an apostrophe, hyphen or full stop between two of them. */
  public static int countWords(String string) {
    char[] text = string.toCharArray();
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else if (inWord && (c == '\'' || c == '’' || c == '-' || c == '.') && i + 1 < text.length
          && isLetterOrDigit(text[i + 1])) {
        continue;
      } else {
        inWord = false;
      }
    }
    return n;
  }

  /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
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
