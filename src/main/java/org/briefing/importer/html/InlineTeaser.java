package org.briefing.importer.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A pointer to another page at the end of a paragraph, after its sentences: a label ({@code <strong>Related:</strong>},
 * {@code Read more:}, {@code See also:}) followed by nothing but one link ("... the operator said. <strong>Related:
 * </strong> <a>Rail fares frozen</a>"). It is the page's, not the story's: left out and reported. A sentence that
 * says "related" ("The cuts were related: <a>fuel</a> rose"), or a link with words after it, stays.
 *
 * @param kept the nodes before the label
 * @param prefix the words of the label's text node before the label ("The service was cut in 2009. "), else empty
 * @param label the label's words
 * @param link the teaser's link
 */
record InlineTeaser(List<Node> kept, String prefix, String label, Element link) {
  static final String REASON = "a teaser linking to another page after the paragraph's sentences (";
  private static final String LABELS = "(?:Related|Read more|Read also|Also read|See also|More on this)";
  private static final Pattern LABEL = Pattern.compile("(?i)" + LABELS + "\\s*:");
  private static final Pattern IN_TEXT = Pattern.compile("(?s)^(?<before>.*[.!?…][\"”’)]?\\s+)(?<label>" + LABELS + ":)\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]?\\s*$");

  /** The teaser at the end of the nodes of a paragraph, if there is one. */
  static Optional<InlineTeaser> find(List<Node> nodes) {
    int last = lastWords(nodes, nodes.size());
    if (last < 1 || !(nodes.get(last) instanceof Element a) || !a.normalName().equals("a")) {
      return Optional.empty();
    }
    int at = lastWords(nodes, last);
    if (at < 0) {
      return Optional.empty();
    }
    if (nodes.get(at) instanceof TextNode t) {
      Matcher m = IN_TEXT.matcher(t.getWholeText());
      return m.matches() ? Optional.of(new InlineTeaser(nodes.subList(0, at), m.group("before"), m.group("label"), a)) : Optional.empty();
    }
    Element label = (Element) nodes.get(at);
    String before = nodes.subList(0, at).stream().map(n -> n instanceof TextNode t ? t.getWholeText() : ((Element) n).text())
        .collect(Collectors.joining());
    boolean teaser = Inline.isInline(label) && LABEL.matcher(label.text().strip()).matches() && !before.isBlank()
        && SENTENCE_END.matcher(before).find();
    return teaser ? Optional.of(new InlineTeaser(nodes.subList(0, at), "", label.text().strip(), a)) : Optional.empty();
  }

  String reason() {
    return REASON + "'" + label + "')";
  }

  /** The index of the last node before {@code end} with words, or -1. */
  private static int lastWords(List<Node> nodes, int end) {
    for (int i = end - 1; i >= 0; i--) {
      Node n = nodes.get(i);
      if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
