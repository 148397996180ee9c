package org.briefing.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Measures how deep a parsed Markdown document nests, without recursion, before the renderers
 * (which call themselves for each level) walk it. A level is a block quote, a list item, or an
 * inline element that holds others (emphasis, a link); paragraphs, lists and tables add at most a
 * few levels more, so a document within the limit cannot run a renderer out of stack.
 */
final class Nesting {
  private Nesting() {}

  /** The 1-based line of the first element nested deeper than {@code limit} levels, or 0 when none is. */
  static int lineTooDeep(Node root, int limit) {
    Node node = root;
    int depth = 0;
    while (true) {
      Node next = node.getFirstChild();
      if (next == null) {
        while (node != root && node.getNext() == null) {
          depth -= level(node);
          node = node.getParent();
        }
        if (node == root) {
          return 0;
        }
        depth -= level(node);
        next = node.getNext();
      }
      node = next;
      depth += level(node);
      if (depth > limit) {
        return node.getStartLineNumber() + 1;
      }
    }
  }

  private static int level(Node node) {
    return node instanceof BlockQuote || node instanceof ListItem || !(node instanceof Block) && node.hasChildren() ? 1 : 0;
  }
}
