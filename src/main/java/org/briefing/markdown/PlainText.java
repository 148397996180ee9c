package org.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The readable text of a Markdown node, with typographic quotes, apostrophes and dashes as the
 * characters they stand for (Flexmark's own text collector drops them): every word the page shows,
 * as it shows it, and none it hides. An address in angle brackets is its address, square brackets
 * that name no link ("[sic]") keep their brackets, and HTML is text when the page shows it as text
 * ({@code raw_html: escape}); passed through, its tags are not, nor what {@link HiddenHtml} hides.
 * Struck-out words ({@code ~~Monday~~}, or passed-through HTML's {@code <del>}) are what the editor
 * withdrew: they are left out, so that no summary, description or search snippet reads them as
 * standing text.
 */
final class PlainText {
  private PlainText() {}

  static String of(Node node) {
    StringBuilder out = new StringBuilder(256);
    append(node, out);
    return collapseSpaces(out);
  }

  /** The text with each run of white space made one space, and none at either end. */
  static String collapseSpaces(CharSequence text) {
    char[] in = new char[text.length()];
    if (text instanceof StringBuilder builder) {
      builder.getChars(0, in.length, in, 0);
    } else {
      text.toString().getChars(0, in.length, in, 0);
    }
    char[] out = new char[in.length];
    int n = 0;
    boolean space = false;
    for (char c : in) {
      if (Character.isWhitespace(c)) {
        space = n > 0;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  /** The character a typographic entity stands for: the ones Flexmark writes by name, others decoded. */
  private static String character(String entity) {
    if (entity == null) {
      return "";
    }
    return switch (entity) {
      case "&lsquo;" -> "\u2018";
      case "&rsquo;" -> "\u2019";
      case "&ldquo;" -> "\u201C";
      case "&rdquo;" -> "\u201D";
      case "&laquo;" -> "\u00AB";
      case "&raquo;" -> "\u00BB";
      case "&hellip;" -> "\u2026";
      case "&ndash;" -> "\u2013";
      case "&mdash;" -> "\u2014";
      default -> Escaping.unescapeHtml(entity);
    };
  }

  /**
   * The plain text of {@code paragraph}'s first line and of the rest, when it has more than one
   * line; else null.
   */
  static String[] firstLineAndRest(Node paragraph) {
    StringBuilder first = new StringBuilder();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        StringBuilder rest = new StringBuilder();
        appendFrom(child.getNext(), rest);
        return new String[] {collapseSpaces(first), collapseSpaces(rest)};
      }
      Node hidden = hiddenUpTo(child);
      if (hidden != child) {
        child = hidden;
        continue;
      }
      appendChild(child, first);
    }
    return null;
  }

  private static void append(Node node, StringBuilder out) {
    appendFrom(node.getFirstChild(), out);
  }

  /** Appends the text of {@code first} and of the nodes after it. */
  private static void appendFrom(Node first, StringBuilder out) {
    for (Node child = first; child != null; child = child.getNext()) {
      Node hidden = hiddenUpTo(child);
      if (hidden != child) {
        child = hidden;
        continue;
      }
      appendChild(child, out);
    }
  }

  /**
   * {@code node}, unless it is a tag of HTML passed through that opens an element the page hides ({@link HiddenHtml}) or strikes out:
   * then the last of the nodes after it that the element holds (its closing tag; the last of them when it is not closed
   * among them, as a paragraph's end closes it).
   */
  private static Node hiddenUpTo(Node node) {
    if (!(node instanceof HtmlInlineBase) || node instanceof HtmlInlineComment || showsHtmlAsText(node)) {
      return node;
    }
    java.util.regex.Matcher struck = STRUCK_OPENING.matcher(node.getChars());
    if (struck.matches()) {
      // what the HTML strikes out, up to its closing tag (or, unclosed, the end of the paragraph, as a browser shows it)
      java.util.regex.Pattern closing = java.util.regex.Pattern.compile("(?i)</" + struck.group(1) + "\\s*>");
      Node last = node;
      while (last.getNext() != null && !(last instanceof HtmlInlineBase && last != node && closing.matcher(last.getChars()).matches())) {
        last = last.getNext();
      }
      return last;
    }
    HiddenHtml hidden = new HiddenHtml();
    hidden.read(node.getChars());
    Node last = node;
    for (Node next = node.getNext(); hidden.hiding() && next != null; next = next.getNext()) {
      if (next instanceof HtmlInlineBase && !(next instanceof HtmlInlineComment)) {
        hidden.read(next.getChars());
      }
      last = next;
    }
    return last;
  }

  /**
   * Whether the document of {@code node} shows the HTML written in it as text ({@code raw_html: escape}): it is parsed
   * with the options of the renderer that writes its page ({@link MarkdownRenderer}), which say so.
   */
  private static boolean showsHtmlAsText(Node node) {
    return HtmlRenderer.ESCAPE_HTML.get(node.getDocument());
  }

  /** A line break written in HTML, which the page shows as one. */
  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("(?i)<br(?:[\\s/][^>]*)?>");

  /** Raw HTML's opening tag of struck-out text: {@code <del>}, {@code <s>}, {@code <strike>}. */
  private static final java.util.regex.Pattern STRUCK_OPENING = java.util.regex.Pattern.compile("(?i)<(del|s|strike)(?:\\s[^>]*)?>");

  private static void appendChild(Node child, StringBuilder out) {
    if (child instanceof Code code) {
      SourceText.append(out, code.getText());
    } else if (child instanceof Text) {
      BasedSequence chars = child.getChars();
      if (chars.indexOf('\\') >= 0) {
        out.append(Escaping.unescapeString(chars)); // a backslash escape ("\-", "\*") stands for its character
      } else {
        SourceText.append(out, chars);
      }
    } else if (child instanceof TypographicSmarts smart) {
      out.append(character(smart.getTypographicText()));
    } else if (child instanceof TypographicQuotes quotes) {
      out.append(character(quotes.getTypographicOpening()));
      append(child, out);
      out.append(character(quotes.getTypographicClosing()));
    } else if (child instanceof HtmlEntity entity) {
      out.append(Escaping.unescapeHtml(entity.getChars()));
    } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
      out.append(' ');
    } else if (child instanceof AutoLink link && !child.hasChildren()) {
      out.append(link.getText()); // "<https://…>": the page shows the address, as CommonHtml writes it
    } else if (child instanceof MailLink link && !child.hasChildren()) {
      out.append(link.getText().unescape());
    } else if (child instanceof RefNode ref && !ref.isDefined()) {
      // square brackets that name no reference ("[sic]", "![alt]") are text, as the page prints them
      BasedSequence chars = child.getChars();
      if (child.hasChildren()) {
        out.append(chars.prefixOf(child.getChildChars()).unescape());
        append(child, out);
        out.append(chars.suffixOf(child.getChildChars()).unescape());
      } else {
        out.append(chars.unescape());
      }
    } else if (child instanceof HtmlInlineBase) {
      if (child instanceof HtmlInlineComment) {
        return;
      }
      if (showsHtmlAsText(child)) {
        out.append(child.getChars()); // "<Loi Evin>", shown as written
      } else if (LINE_BREAK.matcher(child.getChars()).matches()) {
        out.append(' ');
      }
    } else if (!(child instanceof Footnote || child instanceof Image || child instanceof ImageRef || child instanceof Strikethrough)) {
      append(child, out); // not an image's description, a note or struck-out words: they are no part of the text read
    }
  }
}
