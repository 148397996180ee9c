package org.briefing.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Markdown's typography out of inline HTML that a browser reads as written, where HTML is passed through.
 * CommonMark reads what stands between an inline {@code <script>} or {@code <style>} and its end tag as Markdown text:
 * its straight quotes became curly ones and its {@code &&} {@code &amp;&amp;}, which broke the script. Such an element
 * is made one piece of raw HTML, written as typed. Inside an inline {@code <code>}, {@code <kbd>} or {@code <samp>},
 * quotes, apostrophes and dashes stay as typed, as in a Markdown code span; the rest is Markdown as before.
 */
final class LiteralInlineHtml {
  private static final Pattern OPENING = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)(?=[\\s/>])[^>]*>");
  private static final Set<String> RAW = Set.of("script", "style");
  private static final Set<String> CODE = Set.of("code", "kbd", "samp");

  private LiteralInlineHtml() {}

  static void apply(Document document) {
    if (document.getChars().indexOf('<') < 0) {
      return; // no HTML at all: most texts
    }
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      String name = openedElement(node);
      if (name == null) {
        continue;
      }
      Node end = endTag(node, name);
      if (end == null) {
        continue;
      }
      if (RAW.contains(name)) {
        HtmlInline whole = new HtmlInline(node.getChars().baseSubSequence(node.getStartOffset(), end.getEndOffset()));
        node.insertBefore(whole);
        for (Node part = node, next; part != end; part = next) {
          next = part.getNext();
          part.unlink();
        }
        end.unlink();
        node = whole;
      } else {
        for (Node part = node.getNext(), next; part != end; part = next) {
          next = part.getNext();
          typedAsWritten(part);
        }
      }
    }
  }

  /** The lower-case name of the element whose start tag {@code node} is, when it is one of those read as written; else null. */
  private static String openedElement(Node node) {
    if (!(node instanceof HtmlInlineBase) || node instanceof HtmlInlineComment) {
      return null;
    }
    Matcher tag = OPENING.matcher(node.getChars());
    if (!tag.matches()) {
      return null;
    }
    String name = tag.group(1).toLowerCase(Locale.ROOT);
    return RAW.contains(name) || CODE.contains(name) ? name : null;
  }

  /** The end tag of the element {@code name} opened by {@code start}, among the nodes after it; null when it has none there. */
  private static Node endTag(Node start, String name) {
    int depth = 1;
    for (Node node = start.getNext(); node != null; node = node.getNext()) {
      if (!(node instanceof HtmlInlineBase) || node instanceof HtmlInlineComment) {
        continue;
      }
      String tag = node.getChars().toString().toLowerCase(Locale.ROOT);
      if (tag.matches("</" + name + "\\s*>") && --depth == 0) {
        return node;
      }
      if (!RAW.contains(name) && name.equals(openedElement(node))) {
        depth++;
      }
    }
    return null;
  }

  /** Puts the quotes, apostrophes and dashes as typed in place of their typographic forms, in {@code node} and within it. */
  private static void typedAsWritten(Node node) {
    if (node instanceof TypographicSmarts) {
      typed(node, node.getChars());
      node.unlink();
    } else if (node instanceof TypographicQuotes quotes) {
      typed(node, quotes.getOpeningMarker());
      for (Node child = node.getFirstChild(), next; child != null; child = next) {
        next = child.getNext();
        node.insertBefore(child);
        typedAsWritten(child);
      }
      typed(node, quotes.getClosingMarker());
      node.unlink();
    } else {
      for (Node child = node.getFirstChild(), next; child != null; child = next) {
        next = child.getNext();
        typedAsWritten(child);
      }
    }
  }

  /** Puts {@code chars} before {@code node} as text. */
  private static void typed(Node node, com.vladsch.flexmark.util.sequence.BasedSequence chars) {
    if (chars != null && chars.isNotEmpty()) {
      node.insertBefore(new Text(chars));
    }
  }
}
