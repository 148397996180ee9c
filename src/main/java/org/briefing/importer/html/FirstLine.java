package org.briefing.importer.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first line of a paragraph that a {@code <br>} breaks: a press office's page writes its embargo
 * and its contact in one {@code <p>} ("Embargoed until 00:01 BST ...<br>Contact: ..."), and the
 * embargo is read from that line as the plain-text importer reads it from a block's first line.
 */
final class FirstLine {
  private FirstLine() {}

  /** The text of {@code nodes} up to their first {@code <br>}, spaces collapsed. */
  static String of(List<Node> nodes) {
    StringBuilder out = new StringBuilder();
    for (Node node : nodes) {
      if (NodeTraversor.filter(new UpToBreak(out), node) == NodeFilter.FilterResult.STOP) {
        break;
      }
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** Collects text until the first {@code <br>}. */
  private record UpToBreak(StringBuilder out) implements NodeFilter {
    @Override
    public FilterResult head(Node n, int depth) {
      if (n instanceof Element e && e.normalName().equals("br")) {
        return FilterResult.STOP;
      }
      if (n instanceof TextNode t) {
        out.append(t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
  }
}
