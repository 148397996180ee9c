package org.briefing.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.briefing.problem.InputLimits;
import org.briefing.problem.XmlChars;

/**
 * The one Markdown parser and HTML renderer of a build: CommonMark plus tables, footnotes,
 * autolinks, strikethrough and typographic quotes. Built once, shared by all threads.
 */
public final class MarkdownRenderer {
  /** The extensions a text may need, each a bit of a parser's index in {@link #parsers}. */
  private static final int AUTOLINKS = 1;
  private static final int TABLES = 2;
  private static final int FOOTNOTES = 4;
  private static final int STRIKETHROUGH = 8;
  private static final int EVERY_EXTENSION = AUTOLINKS | TABLES | FOOTNOTES | STRIKETHROUGH;

  private final MutableDataSet options;
  /** A parser for each set of extensions, made when first needed. */
  private final Parser[] parsers = new Parser[EVERY_EXTENSION + 1];
  private final HtmlRenderer renderer;
  private final boolean escapeHtml;
  private final String basePath;

  /**
   * A renderer for a site published at the root of its host, or for text that is not published
   * (summaries, imports).
   *
   * @param allowRawHtml pass HTML written in Markdown through as HTML; when false it is shown as text
   */
  public MarkdownRenderer(boolean allowRawHtml) {
    this(allowRawHtml, "/");
  }

  /**
   * @param allowRawHtml pass HTML written in Markdown through as HTML; when false it is shown as text
   * @param basePath the path of the site's root on its host ("/", "/briefings/"), which links
   *     written from the root get ({@link SiteRoot})
   */
  public MarkdownRenderer(boolean allowRawHtml, String basePath) {
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
    this.options = options;
    this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    this.renderer = HtmlRenderer.builder(withExtensions(EVERY_EXTENSION)).linkResolverFactory(new SiteRoot.Links(this.basePath))
        .nodeRendererFactory(rendererOptions -> new TextImages.Renderer()).build();
    this.escapeHtml = !allowRawHtml;
  }

  private MutableDataSet withExtensions(int extensions) {
    List<com.vladsch.flexmark.util.misc.Extension> list = new ArrayList<>();
    if ((extensions & TABLES) != 0) {
      list.add(TablesExtension.create());
    }
    if ((extensions & FOOTNOTES) != 0) {
      list.add(FootnoteExtension.create());
    }
    if ((extensions & AUTOLINKS) != 0) {
      list.add(AutolinkExtension.create());
    }
    if ((extensions & STRIKETHROUGH) != 0) {
      list.add(StrikethroughExtension.create());
    }
    list.add(TypographicExtension.create());
    return new MutableDataSet(options).set(Parser.EXTENSIONS, list);
  }

  private synchronized Parser parser(int extensions) {
    if (parsers[extensions] == null) {
      parsers[extensions] = Parser.builder(withExtensions(extensions)).build();
    }
    return parsers[extensions];
  }

  /**
   * Renders an article body; a {@code <!-- more -->} line marks the end of the teaser. That line
   * and every other HTML comment are removed: comments are notes for editors. Characters that XML
   * cannot carry are left out; every public method does so.
   *
   * @throws MarkdownTooDeep when the text nests deeper than {@link InputLimits#MARKDOWN_DEPTH} levels
   */
  public RenderedMarkdown render(String markdown) {
    return render(markdown, false, null);
  }

  /**
   * As {@link #render(String)}, for the text of the page at {@code page} (its address below the
   * site's root, "2021/10/18/story/"): its relative links are published as read from there ({@link SiteRoot}).
   */
  public RenderedMarkdown render(String markdown, String page) {
    return render(markdown, false, page);
  }

  /** As {@link #render(String)}, parsed with every extension whatever the text; for tests. */
  RenderedMarkdown renderWithEveryExtension(String markdown) {
    return render(markdown, true, null);
  }

  private RenderedMarkdown render(String markdown, boolean everyExtension, String page) {
    try {
      return renderChecked(XmlChars.strip(markdown), everyExtension, page);
    } catch (StackOverflowError e) {
      throw new MarkdownTooDeep(0);
    }
  }

  private RenderedMarkdown renderChecked(String markdown, boolean everyExtension, String page) {
    String teaser = null;
    String source = markdown;
    if (Comments.mayHave(markdown)) {
      Comments.Stripped stripped = Comments.strip(markdown, parserFor(markdown, everyExtension).parse(markdown));
      source = stripped.text();
      if (stripped.more() >= 0) {
        teaser = plainText(source.substring(0, stripped.more()));
      }
    }
    Document document = read(parserFor(source, everyExtension).parse(source));
    List<RefusedLink> refused = atLinesOf(markdown, LinkGuard.apply(document, !escapeHtml));
    List<String> paragraphs = new ArrayList<>();
    List<String> asides = new ArrayList<>();
    collectParagraphs(document, paragraphs, asides, escapeHtml);
    int words = 0;
    for (String paragraph : paragraphs) {
      words += countWords(paragraph);
    }
    for (String paragraph : asides) {
      words += countWords(paragraph);
    }
    collectAsides(document, asides, false, escapeHtml);
    List<TextImage> images = source.contains("![") || !escapeHtml && source.contains("<") ? TextImages.of(document, source == markdown ? source : null, markdown, !escapeHtml) : List.of();
    List<WrittenLink> links = linesOf(markdown, LocalLinks.of(document, !escapeHtml));
    return new RenderedMarkdown(html(document, page), paragraphs, asides, teaser, words, refused, images, links);
  }

  private Parser parserFor(String markdown, boolean everyExtension) {
    return parser(everyExtension ? EVERY_EXTENSION : extensionsFor(markdown));
  }

  /** Renders a short field (one paragraph or a line) as HTML without its wrapping paragraph. */
  public String renderInline(String markdown) {
    return renderInline(markdown, null);
  }

  /** As {@link #renderInline(String)}, for the text of the page at {@code page}, as {@link #render(String, String)}. */
  public String renderInline(String markdown, String page) {
    String html = renderBlock(markdown, page).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  /** Renders a field that may hold several paragraphs. */
  public String renderBlock(String markdown) {
    return renderBlock(markdown, null);
  }

  /** As {@link #renderBlock(String)}, for the text of the page at {@code page}, as {@link #render(String, String)}. */
  public String renderBlock(String markdown, String page) {
    try {
      return html(guarded(XmlChars.strip(markdown)), page);
    } catch (StackOverflowError e) {
      throw new MarkdownTooDeep(0);
    }
  }

  /** The links of {@code markdown} that are refused, and left out when it is rendered, with their lines. */
  public List<RefusedLink> refusedLinks(String markdown) {
    try {
      return atLinesOf(markdown, LinkGuard.apply(read(parse(XmlChars.strip(markdown))), !escapeHtml));
    } catch (MarkdownTooDeep | StackOverflowError e) {
      return List.of(); // rendering the same text reports it
    }
  }

  /** The links and images of {@code markdown} that may lead to the site's own addresses or to this computer ({@link WrittenLink#of}), with their lines. */
  public List<WrittenLink> links(String markdown) {
    try {
      return linesOf(markdown, LocalLinks.of(guarded(XmlChars.strip(markdown)), !escapeHtml));
    } catch (MarkdownTooDeep | StackOverflowError e) {
      return List.of(); // rendering the same text reports it
    }
  }

  /**
   * The 1-based lines of {@code markdown} where a comment is closed at once ({@code <!-->} or
   * {@code <!--->}, outside code), so that the note after it would be published.
   */
  public List<Integer> commentsClosedAtOnce(String markdown) {
    if (!Comments.mayHave(markdown)) {
      return List.of();
    }
    String text = XmlChars.strip(markdown);
    try {
      return Comments.closedAtOnce(text, parser(extensionsFor(text)).parse(text)).stream().map(line -> line + 1).toList();
    } catch (StackOverflowError e) {
      return List.of(); // rendering the same text reports it
    }
  }

  /** How an editor's note closed at once is reported. */
  public static final String CLOSED_AT_ONCE = "'<!-->' (or '<!--->') closes the comment at once, as a browser reads it, "
      + "and the note after it would be published with a visible '-->'";
  public static final String CLOSED_AT_ONCE_HINT = "write the note as '<!-- note -->', with a space or text between '<!--' and '-->'";

  /** The images of {@code markdown} that are published (a refused one is not), with their lines and credits. */
  public List<TextImage> images(String markdown) {
    if (!markdown.contains("![") && !Comments.mayHave(markdown) && (escapeHtml || !markdown.contains("<"))) {
      return List.of();
    }
    try {
      String text = XmlChars.strip(markdown);
      return TextImages.of(guarded(text), Comments.mayHave(text) ? null : text, text, !escapeHtml);
    } catch (MarkdownTooDeep | StackOverflowError e) {
      return List.of(); // rendering the same text reports it
    }
  }

  /**
   * The refused links with the lines where they stand in {@code markdown}: a comment over several
   * lines, cut before parsing, moves the lines after it. Each link is looked for after the last.
   */
  private static List<RefusedLink> atLinesOf(String markdown, List<RefusedLink> refused) {
    if (refused.isEmpty() || !Comments.mayHave(markdown)) {
      return refused;
    }
    List<RefusedLink> out = new ArrayList<>(refused.size());
    int from = 0;
    for (RefusedLink link : refused) {
      int at = markdown.indexOf(link.link(), from);
      if (at < 0) {
        out.add(link);
        continue;
      }
      out.add(new RefusedLink(1 + XmlChars.lineOf(markdown, at), link.link(), link.reason()));
      from = at + 1;
    }
    return out;
  }

  /** The links with the lines where they stand in {@code markdown}, as {@link #atLinesOf} finds those of refused links. */
  private static List<WrittenLink> linesOf(String markdown, List<WrittenLink> links) {
    if (links.isEmpty() || !Comments.mayHave(markdown)) {
      return links;
    }
    List<WrittenLink> out = new ArrayList<>(links.size());
    int from = 0;
    for (WrittenLink link : links) {
      int at = markdown.indexOf(link.url(), from);
      if (at < 0 && link.url().startsWith("http://www.")) {
        at = markdown.indexOf(link.url().substring("http://".length()), from); // a bare www. address, as written
      }
      if (at < 0) {
        out.add(link);
        continue;
      }
      out.add(link.at(1 + XmlChars.lineOf(markdown, at)));
      from = at + 1;
    }
    return out;
  }

  private Document guarded(String markdown) {
    Document document = read(parse(markdown));
    LinkGuard.apply(document, !escapeHtml);
    return document;
  }

  /** The HTML of a document of the page at {@code page} (null: of no page): written directly when it holds only everyday nodes, else by Flexmark. */
  private String html(Document document, String page) {
    String common = CommonHtml.render(document, escapeHtml, basePath, page);
    if (common != null) {
      return common;
    }
    SiteRoot.PAGE.set(document, page);
    return renderer.render(document);
  }

  /** The HTML of {@code markdown} of the page at {@code page} as Flexmark's own renderer writes it; for comparison in tests. */
  String flexmarkHtml(String markdown, String page) {
    Document document = parse(markdown);
    SiteRoot.PAGE.set(document, page);
    return renderer.render(document);
  }

  /** The HTML of {@code markdown} of the page at {@code page} by {@link CommonHtml}, or null when it is left to Flexmark; for tests. */
  String commonHtml(String markdown, String page) {
    return CommonHtml.render(parse(markdown), escapeHtml, basePath, page);
  }

  /** The plain text of Markdown, paragraphs joined by a space. */
  public String plainText(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    try {
      collectParagraphs(read(parse(XmlChars.strip(markdown))), paragraphs, paragraphs, escapeHtml);
    } catch (StackOverflowError e) {
      throw new MarkdownTooDeep(0);
    }
    return String.join(" ", paragraphs);
  }

  /**
   * The document as its page shows it: {@link #checked}, and where HTML is passed through, with the inline HTML that a
   * browser reads as typed kept from typography ({@link LiteralInlineHtml}).
   */
  private Document read(Document document) {
    checked(document);
    if (!escapeHtml) {
      LiteralInlineHtml.apply(document);
    }
    return document;
  }

  /**
   * The document, when it nests no deeper than the limit. Flexmark parses deep nesting without
   * recursion, but the renderers recurse, so the depth is checked in between; the callers also
   * catch a {@link StackOverflowError} in case some text still finds a deep path.
   */
  private static Document checked(Document document) {
    int line = Nesting.lineTooDeep(document, InputLimits.MARKDOWN_DEPTH);
    if (line > 0) {
      throw new MarkdownTooDeep(line);
    }
    return document;
  }

  /**
   * Each extension costs time on every paragraph, whether it finds anything or not. A text is
   * parsed with those it could need: tables only with a "|", footnotes with "[^", strikethrough
   * with "~", and autolinks (the slowest) only when there is "www.", "@" or an address outside a
   * Markdown link or angle brackets. Without those characters an extension has nothing to do, so
   * the document is the one every extension would give. HTML comments are taken out first.
   */
  private Document parse(String markdown) {
    Document document = parser(extensionsFor(markdown)).parse(markdown);
    if (!Comments.mayHave(markdown)) {
      return document;
    }
    String visible = Comments.strip(markdown, document).text();
    return parser(extensionsFor(visible)).parse(visible);
  }

  static int extensionsFor(String text) {
    int extensions = 0;
    if (mayHaveBareLinks(text)) {
      extensions |= AUTOLINKS;
    }
    if (text.indexOf('|') >= 0) {
      extensions |= TABLES;
    }
    if (text.contains("[^")) {
      extensions |= FOOTNOTES;
    }
    if (text.indexOf('~') >= 0) {
      extensions |= STRIKETHROUGH;
    }
    return extensions;
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
      boolean linkTarget = before == '(' && start >= 2 && text.charAt(start - 2) == ']' && runsTo(text, i, ')');
      boolean angleLink = before == '<' && runsTo(text, i, '>');
      if (!linkTarget && !angleLink) {
        return true;
      }
    }
    return false;
  }

  /** Whether the address at {@code from} reaches {@code end} with no space or angle bracket on the way. */
  private static boolean runsTo(String text, int from, char end) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == end) {
        return true;
      }
      if (Character.isWhitespace(c) || c == '<' || c == '>' && end != '>') {
        return false;
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

  /**
   * The plain text of the blocks that are not prose paragraphs, in order: headings, and every
   * paragraph and heading of quotations and footnotes ({@code inside}), table cells, and the text
   * blocks of HTML show (as written when the page shows HTML as text, {@code escapeHtml}). A
   * footnote that nothing refers to (a note to editors, a second definition of a note) is not
   * shown on the page, so its words are none of the text, nor are the words of blocks that HTML
   * passed through hides ({@link HiddenHtml}).
   */
  private static void collectAsides(Node node, List<String> out, boolean inside, boolean escapeHtml) {
    HiddenHtml hidden = escapeHtml ? null : new HiddenHtml();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof FootnoteBlock note && !note.isReferenced()) {
        continue;
      }
      if (child instanceof HtmlBlock) {
        String html = child.getChars().toString();
        String text = escapeHtml ? PlainText.collapseSpaces(html) : shownText(html, hidden);
        if (!text.isEmpty()) {
          out.add(text);
        }
        continue;
      }
      if (hidden != null && hidden.hiding()) {
        continue;
      }
      if (child instanceof Heading || child instanceof TableCell || inside && child instanceof Paragraph) {
        String text = PlainText.of(child);
        if (!text.isEmpty()) {
          out.add(text);
        }
      } else {
        collectAsides(child, out, inside || child instanceof BlockQuote || child instanceof FootnoteBlock, escapeHtml);
      }
    }
  }

  /** The text the block of HTML {@code html} shows, passed through, after the blocks before it that {@code hidden} has read. */
  private static String shownText(String html, HiddenHtml hidden) {
    int from = hidden.read(html);
    return from >= html.length() ? "" : HiddenHtml.shownText(html.substring(from));
  }

  /**
   * The mark a caption, a heading or a subheading leaves among the paragraphs of prose ({@link
   * RenderedMarkdown#paragraphs}): an empty paragraph.
   */
  public static final String BREAK = "";

  /**
   * The plain text of the prose paragraphs (list items among them) into {@code out}, and of the
   * paragraphs that are no prose into {@code setAside}: a caption (only images or emphasis) or a
   * link with at most a label before it ("Read more: …"). A caption between paragraphs of prose
   * leaves a {@link #BREAK}: what comes after it does not go on from what came before it (a "she
   * said" after a photo is not the woman named above it); so does a block of HTML, whose words are
   * not read (a {@code <figure>} with its {@code <figcaption>}), and a heading or a subheading in
   * emphasis, which opens a section (a "she said" under it is not the woman named above it). The
   * blocks that HTML passed through hides (unless {@code escapeHtml}: {@link HiddenHtml}) are left out.
   */
  private static void collectParagraphs(Node node, List<String> out, List<String> setAside, boolean escapeHtml) {
    HiddenHtml hidden = escapeHtml ? null : new HiddenHtml();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (hidden != null) {
        if (child instanceof HtmlBlock) {
          hidden.read(child.getChars());
        } else if (hidden.hiding()) {
          continue;
        }
      }
      if (child instanceof HtmlBlock) {
        // HTML whose words are not read (a <figure> and its <figcaption>, an embed): what follows does not go on from before it;
        // a wrapper's tag alone ("<div class=…>", "</div>" around the lead, as some exports write it) hides nothing (helper-91)
        if (!WRAPPER_TAG.matcher(child.getChars()).matches()) {
          markBreak(out);
        }
        continue;
      }
      if (child instanceof Heading) {
        // a heading opens a section: a "she said" or a "he" under it is not the person named above it (helper-91)
        markBreak(out);
        continue;
      }
      if (child instanceof BlockQuote || child instanceof FootnoteBlock || child instanceof TableBlock) {
        // a block quote right after a photo is its caption as the importers write it ("> *…*"): it leaves the mark too
        if (child instanceof BlockQuote && (Prose.isPhoto(child.getPrevious()) || Prose.isCaptionQuote(child))) {
          markBreak(out);
        }
        continue;
      }
      if (child instanceof Paragraph) {
        String text = PlainText.of(child);
        // a byline on the line right above the lead, in its paragraph ("By Ana Diaz" and a line break), is no prose; a
        // lead wrapped after its first words goes on in lower case ("By Christmas" and "the council had …")
        String[] lines = text.regionMatches(true, 0, "by ", 0, 3) ? PlainText.firstLineAndRest(child) : null;
        if (lines != null && !lines[1].isEmpty() && !Character.isLowerCase(lines[1].codePointAt(0)) && Bylines.isByline(lines[0])) {
          setAside.add(lines[0]);
          text = lines[1];
        }
        if (!text.isEmpty()) {
          (Prose.isProse(child) ? out : setAside).add(text);
        }
        if (Prose.isCaption(child) || Prose.isSubheading(child) || Prose.mayBeCaption(child)) {
          markBreak(out); // a subheading in emphasis opens a section, as a heading does
        }
      } else {
        collectParagraphs(child, out, setAside, escapeHtml);
      }
    }
  }
  /** A block of HTML that is one opening or closing tag of an element that only wraps others: "<div class=…>", "</section>". */
  private static final java.util.regex.Pattern WRAPPER_TAG = java.util.regex.Pattern.compile(
      "(?i)\\s*+</?(?:div|section|article|main|header|footer)\\b[^<>]*+>\\s*+");

  /** Adds a {@link #BREAK} after prose, once: none before the first paragraph or after another. */
  private static void markBreak(List<String> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
      out.add(BREAK);
    }
  }

}
