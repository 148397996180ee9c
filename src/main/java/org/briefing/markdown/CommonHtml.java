package org.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.briefing.links.RelativeAddress;

/**
 * Writes the HTML of a parsed document made only of the everyday nodes of news copy (paragraphs,
 * headings, emphasis, links and bare addresses, quotations, lists, typographic quotes and dashes,
 * inline HTML, square brackets that are not links), character for character as Flexmark's HTML
 * renderer writes it with the options of {@link MarkdownRenderer}.
 *
 * <p>Flexmark's renderer is general (attribute providers, source positions, indentation, line
 * tracking), and writing HTML through it cost more than parsing. A document holding any other
 * node (tables, footnotes, code blocks, HTML blocks, images, reference links, ...) is left to it:
 * {@link #render} answers null. {@code CommonHtmlTest} holds the two renderers to the same output.
 */
final class CommonHtml {
  private final Document document;
  private final boolean escapeHtml;
  private final String basePath;
  private final String page;
  private final StringBuilder out;
  private ListOptions listOptions;
  private HeaderIdGenerator headerIds;

  private CommonHtml(Document document, boolean escapeHtml, String basePath, String page) {
    this.document = document;
    this.escapeHtml = escapeHtml;
    this.basePath = basePath;
    this.page = page;
    this.out = new StringBuilder(Math.max(256, document.getTextLength() + document.getTextLength() / 4));
  }

  /**
   * The HTML of {@code document}, or null when it holds a node this writer leaves to Flexmark.
   * @param escapeHtml show HTML written in the Markdown as text, as {@code HtmlRenderer.ESCAPE_HTML} does
   * @param basePath the path of the site's root, which a link written from the root gets ({@link SiteRoot})
   * @param page the address below the site's root of the page the text belongs to, which a relative link is read from; null for none
   */
  static String render(Document document, boolean escapeHtml, String basePath, String page) {
    CommonHtml html = new CommonHtml(document, escapeHtml, basePath, page);
    return html.blocks(document) ? html.out.toString() : null;
  }

  private boolean blocks(Node parent) {
    return eachChild(parent, this::block);
  }

  /** Writes the children of {@code parent} with {@code writer}; false as soon as one cannot be written. */
  private static boolean eachChild(Node parent, java.util.function.Predicate<Node> writer) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (!writer.test(node)) {
        return false;
      }
    }
    return true;
  }

  private boolean block(Node node) {
    Class<?> type = node.getClass();
    if (type == Paragraph.class) {
      return paragraph((Paragraph) node);
    } else if (type == Heading.class) {
      Heading heading = (Heading) node;
      line();
      String tag = "h" + heading.getLevel();
      out.append('<').append(tag);
      String id = headerId(heading);
      if (id != null && !id.isEmpty()) {
        out.append(" id=\"");
        attribute(id);
        out.append('"');
      }
      out.append('>');
      boolean done = inlines(heading);
      out.append("</").append(tag).append('>');
      line();
      return done;
    } else if (type == BlockQuote.class) {
      return container(node, "<blockquote>", "</blockquote>");
    } else if (type == BulletList.class) {
      return container(node, "<ul>", "</ul>");
    } else if (type == OrderedList.class) {
      OrderedList list = (OrderedList) node;
      int start = list.getStartNumber();
      String open = listOptions().isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>";
      return container(node, open, "</ol>");
    } else if (type == BulletListItem.class || type == OrderedListItem.class) {
      line();
      out.append("<li>");
      BasedSequence suffix = ((ListItem) node).getMarkerSuffix();
      if (!suffix.isEmpty()) {
        text(suffix.unescape());
      }
      boolean done = blocks(node);
      out.append("</li>");
      line();
      return done;
    } else if (type == ThematicBreak.class) {
      line();
      out.append("<hr />");
      line();
      return true;
    }
    return false;
  }

  private boolean container(Node node, String open, String close) {
    line();
    out.append(open);
    line();
    boolean done = blocks(node);
    line();
    out.append(close);
    line();
    return done;
  }

  private boolean paragraph(Paragraph paragraph) {
    if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
      return true;
    }
    Node parent = paragraph.getParent();
    if (parent instanceof ParagraphItemContainer container
        && container.isParagraphWrappingDisabled(paragraph, listOptions(), document)) {
      return inlines(paragraph);
    }
    line();
    out.append("<p>");
    boolean done = inlines(paragraph);
    out.append("</p>");
    line();
    return done;
  }

  private boolean inlines(Node parent) {
    return eachChild(parent, this::inline);
  }

  private boolean inline(Node node) {
    Class<?> type = node.getClass();
    if (type == Text.class) {
      plainText(node.getChars());
    } else if (type == SoftLineBreak.class) {
      out.append('\n');
    } else if (type == TypographicSmarts.class) {
      out.append(((TypographicSmarts) node).getTypographicText());
    } else if (type == TypographicQuotes.class) {
      TypographicQuotes quotes = (TypographicQuotes) node;
      appendIfAny(quotes.getTypographicOpening());
      if (!inlines(node)) {
        return false;
      }
      appendIfAny(quotes.getTypographicClosing());
    } else if (type == Emphasis.class) {
      return wrapped(node, "<em>", "</em>");
    } else if (type == StrongEmphasis.class) {
      return wrapped(node, "<strong>", "</strong>");
    } else if (type == Strikethrough.class) {
      return wrapped(node, "<del>", "</del>");
    } else if (type == Link.class) {
      Link link = (Link) node;
      out.append("<a href=\"");
      attribute(RelativeAddress.published(link.getUrl().unescape(), basePath, page));
      out.append('"');
      title(link.getTitle());
      out.append('>');
      boolean done = inlines(node);
      out.append("</a>");
      return done;
    } else if (type == LinkRef.class && !((LinkRef) node).isDefined()) {
      // square brackets that name no reference ("[sic]", "[File: ...]") are text
      BasedSequence chars = node.getChars();
      if (!node.hasChildren()) {
        text(chars.unescape());
      } else {
        text(chars.prefixOf(node.getChildChars()).unescape());
        boolean done = inlines(node);
        text(chars.suffixOf(node.getChildChars()).unescape());
        return done;
      }
    } else if (type == TextBase.class) {
      return inlines(node);
    } else if (type == HardLineBreak.class) {
      out.append("<br />\n");
    } else if (type == Code.class) {
      out.append("<code>");
      text(Escaping.collapseWhitespace(((Code) node).getText(), true));
      out.append("</code>");
    } else if (type == HtmlEntity.class) {
      text(node.getChars().unescape());
    } else if (node instanceof HtmlInlineBase) {
      String html = Escaping.normalizeEOL(node.getChars());
      if (escapeHtml) {
        text(html);
      } else {
        out.append(html);
      }
    } else if (type == AutoLink.class) {
      String url = ((AutoLink) node).getText().toString();
      out.append("<a href=\"");
      attribute(url.startsWith("www.") ? "http://" + url : url);
      out.append("\">");
      text(url);
      out.append("</a>");
    } else if (type == MailLink.class) {
      String address = ((MailLink) node).getText().unescape();
      out.append("<a href=\"");
      attribute("mailto:" + address);
      out.append("\">");
      text(address);
      out.append("</a>");
    } else {
      return false;
    }
    return true;
  }

  private boolean wrapped(Node node, String open, String close) {
    out.append(open);
    boolean done = inlines(node);
    out.append(close);
    return done;
  }

  private void title(BasedSequence title) {
    if (title.isNotNull()) {
      out.append(" title=\"");
      attribute(title.unescape());
      out.append('"');
    }
  }

  private void appendIfAny(String raw) {
    if (raw != null) {
      out.append(raw);
    }
  }

  /** Starts a new line unless the output is empty or already at the start of one. */
  private void line() {
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) != '\n') {
      out.append('\n');
    }
  }

  private String headerId(Heading heading) {
    if (headerIds == null) {
      headerIds = new HeaderIdGenerator(document);
      headerIds.generateIds(document);
    }
    return headerIds.getId(heading);
  }

  private ListOptions listOptions() {
    if (listOptions == null) {
      listOptions = ListOptions.get(document);
    }
    return listOptions;
  }

  /**
   * A text node: with its backslash escapes and entities resolved and line ends made {@code \n}
   * when it has any, else copied from the Markdown source itself, which is much cheaper than
   * reading it through Flexmark's character sequence.
   */
  private void plainText(BasedSequence chars) {
    String source = SourceText.of(chars);
    if (source != null) {
      int start = chars.getStartOffset();
      int end = chars.getEndOffset();
      if (!SourceText.contains(source, start, end, '\\', '&', '\r')) {
        text(source, start, end);
        return;
      }
    }
    text(Escaping.normalizeEOL(chars.unescape()));
  }

  /** Text content: every {@code & < > "} escaped. */
  private void text(CharSequence text) {
    text(text, 0, text.length());
  }

  /** Text content from {@code start} to {@code end}; the runs between escaped characters are copied whole. */
  private void text(CharSequence text, int start, int end) {
    int run = start;
    for (int i = start; i < end; i++) {
      String escaped = escaped(text.charAt(i));
      if (escaped != null) {
        out.append(text, run, i).append(escaped);
        run = i + 1;
      }
    }
    out.append(text, run, end);
  }

  /** An attribute value: as text, except that a character reference already written is kept. */
  private void attribute(CharSequence value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int reference = c == '&' ? entityEnd(value, i) : -1;
      if (reference > 0) {
        i = reference - 1;
        continue;
      }
      String escaped = escaped(c);
      if (escaped != null) {
        out.append(value, run, i).append(escaped);
        run = i + 1;
      }
    }
    out.append(value, run, value.length());
  }

  /** The character reference that stands for {@code c} in HTML text, or null when it stands for itself. */
  private static String escaped(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> null;
    };
  }

  /**
   * The end of the character reference starting at {@code at} ({@code &#x1F;} or {@code &#39;}
   * with up to 8 digits, {@code &amp;} and other names of 2 to 32 letters and digits starting with
   * a letter), or -1 when there is none.
   */
  static int entityEnd(CharSequence s, int at) {
    int n = s.length();
    int i = at + 1;
    if (i < n && s.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      while (i < n && i - start < 8 && (hex ? isHexDigit(s.charAt(i)) : isDigit(s.charAt(i)))) {
        i++;
      }
      return i > start && i < n && s.charAt(i) == ';' ? i + 1 : -1;
    }
    int start = i;
    if (i >= n || !isAsciiLetter(s.charAt(i))) {
      return -1;
    }
    i++;
    while (i < n && i - start < 32 && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
      i++;
    }
    return i - start >= 2 && i < n && s.charAt(i) == ';' ? i + 1 : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
