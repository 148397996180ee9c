package org.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The links and images of a document (refused ones already taken out) whose address may be the
 * site's own ({@link WrittenLink#of}): inline ones and autolinks ({@code <https://…>}, a bare
 * address) at their line, those by reference at the line of their definition, once; and where raw
 * HTML passes through, the links and images of its tags, at the line of their attribute.
 */
final class LocalLinks {
  /** The tags of raw HTML that carry a link or a picture a reader sees; only HTML that has one is parsed. */
  private static final Pattern HTML_ADDRESS = Pattern.compile("(?i)<(a|area|img|source|video|input)[\\s/>]");

  private LocalLinks() {}

  static List<WrittenLink> of(Document document, boolean rawHtml) {
    List<WrittenLink> out = new ArrayList<>();
    Set<Reference> seen = new HashSet<>();
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      if (node instanceof Link || node instanceof Image) {
        add(out, node.getStartLineNumber() + 1, ((LinkNodeBase) node).getUrl().unescape(), node instanceof Image, false);
      } else if (node instanceof AutoLink autoLink) {
        // a bare www. address is published with http:// in front (CommonHtml, Flexmark's renderer)
        String url = autoLink.getText().toString();
        add(out, node.getStartLineNumber() + 1, url.startsWith("www.") ? "http://" + url : url, false, false);
      } else if (node instanceof RefNode ref) {
        Reference reference = ref.getReferenceNode(document);
        if (reference != null && seen.add(reference)) {
          add(out, reference.getStartLineNumber() + 1, reference.getUrl().unescape(), node instanceof ImageRef, false);
        }
      } else if (rawHtml && isHtml(node) && HTML_ADDRESS.matcher(node.getChars()).find()) {
        html(node, out);
      }
    }
    return out;
  }

  private static boolean isHtml(Node node) {
    return node instanceof HtmlInlineBase && !(node instanceof HtmlInlineComment)
        || node instanceof HtmlBlockBase && !(node instanceof HtmlCommentBlock);
  }

  /**
   * The links ({@code <a href>}, {@code <area href>}) and pictures ({@code <img src>} and its
   * {@code srcset}, a {@code <picture>}'s sources, a video's poster, an image button) of a piece of
   * raw HTML, read by an HTML parser as a browser reads them (character references decoded, a
   * script's text no markup), each at the line of its attribute.
   */
  private static void html(Node node, List<WrittenLink> out) {
    int first = node.getStartLineNumber() + 1;
    org.jsoup.nodes.Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(node.getChars().toString(), "");
    for (Element e : parsed.select("a[href], area[href], img[src], img[srcset], picture > source[src], picture > source[srcset],"
        + " video[poster], input[type=image][src]")) {
      String tag = e.normalName();
      boolean image = !tag.equals("a") && !tag.equals("area");
      for (String attribute : List.of("href", "src", "srcset", "poster")) {
        if (!e.hasAttr(attribute) || (attribute.equals("href") == image)) {
          continue;
        }
        org.jsoup.nodes.Range.AttributeRange range = e.attributes().sourceRange(attribute);
        int line = first + (range.isTracked() ? range.valueRange().start().lineNumber() - 1 : 0);
        if (attribute.equals("srcset")) {
          for (String candidate : e.attr(attribute).split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            add(out, line, url, true, true);
          }
        } else {
          add(out, line, e.attr(attribute), image, true);
        }
      }
    }
  }

  private static void add(List<WrittenLink> out, int line, String url, boolean image, boolean html) {
    WrittenLink link = WrittenLink.of(line, url, image, html);
    if (link != null) {
      out.add(link);
    }
  }
}
