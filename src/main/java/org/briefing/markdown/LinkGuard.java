package org.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.briefing.links.LinkPolicy;

/**
 * Puts every link of a parsed document through {@link LinkPolicy}: inline links and images,
 * reference definitions and the links that use them, autolinks and, where raw HTML is passed
 * through, the address attributes of its tags. A refused link is taken out of the document (a
 * link or image keeps its text, raw HTML is dropped) and returned, so that the caller can report
 * it at its line.
 */
final class LinkGuard {
  private LinkGuard() {}

  /** Removes the refused links of {@code document} and returns them, in the order they are written. */
  static List<RefusedLink> apply(Document document, boolean rawHtmlPassesThrough) {
    List<RefusedLink> refused = new ArrayList<>();
    List<Node> unwrap = new ArrayList<>();
    List<Node> drop = new ArrayList<>();
    List<AutoLink> asText = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = next(node, document)) {
      if (node instanceof Link || node instanceof Image || node instanceof Reference) {
        BasedSequence url = ((LinkNodeBase) node).getUrl();
        if (check(node, url.unescape(), url.toString(), refused) && !(node instanceof Reference)) {
          unwrap.add(node);
        }
      } else if (node instanceof RefNode ref) {
        Reference reference = ref.getReferenceNode(document);
        if (reference != null && !LinkPolicy.allows(reference.getUrl().unescape())) {
          unwrap.add(node);
        }
      } else if (node instanceof AutoLink autoLink) {
        String url = autoLink.getText().toString();
        if (check(node, url, url, refused)) {
          asText.add(autoLink);
        }
      } else if (rawHtmlPassesThrough && isHtml(node)) {
        boolean any = false;
        for (String url : RawHtmlLinks.of(node.getChars())) {
          any |= check(node, url, url, refused);
        }
        if (any) {
          drop.add(node);
        }
      }
    }
    unwrap.forEach(LinkGuard::unwrap);
    asText.forEach(autoLink -> autoLink.insertBefore(new Text(autoLink.getText())));
    drop.addAll(asText);
    drop.forEach(Node::unlink);
    return refused;
  }

  /** The node after {@code node} in document order, without recursion (documents can nest deeply). */
  static Node next(Node node, Document document) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node at = node; at != document; at = at.getParent()) {
      if (at.getNext() != null) {
        return at.getNext();
      }
    }
    return null;
  }

  private static boolean isHtml(Node node) {
    return node instanceof HtmlInlineBase && !(node instanceof HtmlInlineComment)
        || node instanceof HtmlBlockBase && !(node instanceof HtmlCommentBlock);
  }

  /**
   * Whether {@code url} (as it will be written into the page) is refused; if so it is added to
   * {@code refused}, as {@code written} in the Markdown, with the line of {@code node}.
   */
  private static boolean check(Node node, String url, String written, List<RefusedLink> refused) {
    String reason = LinkPolicy.refusal(url);
    if (reason == null) {
      return false;
    }
    refused.add(new RefusedLink(node.getStartLineNumber() + 1, written, reason));
    return true;
  }

  /** Puts the children of {@code node} (a link's text, an image's description) in its place. */
  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }
}
