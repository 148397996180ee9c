package org.briefing.importer.html;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.briefing.importer.MarkdownText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Converts the inline content of an element to one line of Markdown: text, links and emphasis. */
final class Inline {
  /** Elements a browser shows as blocks of their own, whose words never run into the words beside them. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
      "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "header", "footer", "main",
      "blockquote", "figure", "figcaption", "pre", "address", "hr", "details", "summary", "fieldset", "legend", "center");
  private final String baseUrl;
  private final BiConsumer<Element, String> leftOut;
  private final BiConsumer<Element, String> lostAddress;
  /** How many links the text being converted is inside. */
  private int insideLink;

  /**
   * {@code leftOut} is told of each element left out of the text, with the reason, and {@code lostAddress} of each link
   * whose words stay but whose address cannot, with the address, so that both can be reported.
   */
  Inline(String baseUrl, BiConsumer<Element, String> leftOut, BiConsumer<Element, String> lostAddress) {
    this.baseUrl = baseUrl;
    this.leftOut = leftOut;
    this.lostAddress = lostAddress;
  }

  String markdown(Element element) {
    return markdown(element.childNodes());
  }

  /** The nodes as one line of Markdown, as if they were the content of one element. */
  String markdown(List<Node> nodes) {
    StringBuilder out = new StringBuilder();
    Optional<InlineTeaser> teaser = InlineTeaser.find(nodes);
    for (Node child : teaser.map(InlineTeaser::kept).orElse(nodes)) {
      append(child, out);
    }
    teaser.ifPresent(t -> {
      out.append(MarkdownText.escapeInline(t.prefix()));
      leftOut.accept(t.link(), t.reason());
    });
    return MarkdownText.escapeLineStart(out.toString().replaceAll("\\s+", " ").strip());
  }

  private void append(Node node, StringBuilder out) {
    if (node instanceof TextNode text) {
      // an address in a link's own text is no link of its own
      out.append(insideLink > 0 ? MarkdownText.escapeLinkText(text.getWholeText()) : MarkdownText.escapeInline(text.getWholeText()));
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    Optional<String> noise = Noise.inText(e);
    if (noise.isPresent()) {
      leftOut.accept(e, noise.get());
      return;
    }
    switch (e.normalName()) {
      case "br" -> out.append(' ');
      case "a" -> {
        if (Footnotes.backLink(e)) {
          leftOut.accept(e, Footnotes.BACK_LINK);
        } else {
          link(e, out);
        }
      }
      // a footnote's marker is a Markdown footnote, apart from the word it follows
      case "sup" -> Footnotes.reference(e).ifPresentOrElse(out::append, () -> e.childNodes().forEach(c -> append(c, out)));
      case "em", "i" -> wrap(e, "*", out);
      case "strong", "b" -> wrap(e, "**", out);
      case "img" -> { }
      // a video's or clip's words are for browsers that cannot play it, not the sentence's: reported with it
      case "video", "audio" -> leftOut.accept(e, "embedded object");
      default -> {
        // a block's words are apart from its neighbours' even when a minified page puts no space between the tags
        boolean block = BLOCKS.contains(e.normalName());
        out.append(block ? " " : "");
        e.childNodes().forEach(c -> append(c, out));
        out.append(block ? " " : "");
      }
    }
  }

  private void link(Element a, StringBuilder out) {
    // a place on the page itself (#notes) stays one: made whole with the canonical URL it would lead readers away to the publisher
    String href = baseUrl.isEmpty() || a.attr("href").strip().startsWith("#") ? a.attr("href") : resolve(a);
    if (!href.matches("(?i:https?://|mailto:)[^\\s()<>]+")) {
      a.childNodes().forEach(c -> append(c, out));
      String written = a.attr("href").strip();
      // its words stay; the address, which no story can have (a script, tel:, a path with nothing to make it whole, a
      // place on the saved page itself such as #notes, whose anchor the story has not), is reported
      if (!written.isEmpty()) {
        lostAddress.accept(a, written);
      }
      return;
    }
    StringBuilder inner = new StringBuilder();
    insideLink++;
    try {
      a.childNodes().forEach(c -> append(c, inner));
    } finally {
      insideLink--;
    }
    String text = inner.toString().strip();
    if (text.isEmpty()) {
      out.append(inner);
      return;
    }
    out.append(leading(inner)).append('[').append(text).append("](").append(href).append(')').append(trailing(inner));
  }

  private void wrap(Element e, String mark, StringBuilder out) {
    StringBuilder inner = new StringBuilder();
    e.childNodes().forEach(c -> append(c, inner));
    String text = inner.toString().strip();
    if (text.isEmpty()) {
      out.append(inner);
    } else {
      out.append(leading(inner)).append(mark).append(text).append(mark).append(trailing(inner));
    }
  }

  private String resolve(Element a) {
    a.setBaseUri(baseUrl);
    return a.absUrl("href");
  }

  private static String leading(CharSequence s) {
    return s.length() > 0 && Character.isWhitespace(s.charAt(0)) ? " " : "";
  }

  private static String trailing(CharSequence s) {
    return s.length() > 0 && Character.isWhitespace(s.charAt(s.length() - 1)) ? " " : "";
  }

  /** Whether an element is part of running text rather than a block of its own. */
  static boolean isInline(Element e) {
    return switch (e.normalName()) {
      case "a", "span", "em", "i", "strong", "b", "small", "sup", "sub", "abbr", "cite", "q", "mark", "u", "s", "br", "time" -> true;
      default -> false;
    };
  }
}
