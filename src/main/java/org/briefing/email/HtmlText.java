package org.briefing.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML made by the Markdown renderer as plain text: paragraphs apart, list items as "- ", links as
 * "text (address)", images as their alt text in brackets, a table row a line with its cells
 * apart ("Greens | 12"), superscripts marked ("m^2", a footnote's "[1]"), no footnote back-links.
 */
public final class HtmlText {
  private HtmlText() {}

  /** @param base the address relative links are resolved against */
  public static String of(String html, String base) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    walk(Jsoup.parseBodyFragment(html, base).body(), out);
    return out.toString().replaceAll("(?<=\\S) {2,}(?=\\S)", " ").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  /** A footnote's link back to where it is cited (↩): it means nothing in text. */
  private static boolean isBackLink(Element a) {
    return a.hasClass("footnote-backref") || (a.attr("href").startsWith("#") && a.text().strip().equals("\u21a9"));
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.text().replaceAll("\\s+", " "));
      } else if (child instanceof Element e) {
        switch (e.normalName()) {
          case "br" -> out.append('\n');
          case "img" -> {
            if (!e.attr("alt").isBlank()) {
              out.append('[').append(e.attr("alt").strip()).append(']');
            }
          }
          case "li" -> {
            out.append("\n- ");
            walk(e, out);
          }
          case "sup" -> {
            // a footnote's number as [1]; any other superscript (m2, 10^3) marked, so that it is not read as part of the line
            boolean footnote = e.selectFirst("a[href^=#]") != null;
            out.append(footnote ? "[" : "^");
            walk(e, out);
            if (footnote) {
              out.append(']');
            }
          }
          case "tr" -> {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
              out.append('\n');
            }
            walk(e, out);
          }
          case "td", "th" -> {
            if (e.elementSiblingIndex() > 0) {
              out.append(" | ");
            }
            walk(e, out);
          }
          case "a" -> {
            if (isBackLink(e)) {
              continue;
            }
            walk(e, out);
            String href = e.attr("href");
            if (!href.isEmpty() && !href.startsWith("#") && !e.text().strip().equals(href)) {
              out.append(" (").append(e.absUrl("href").isEmpty() ? href : e.absUrl("href")).append(')');
            }
          }
          case "p", "div", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "figure", "figcaption" -> {
            out.append("\n\n");
            walk(e, out);
            out.append("\n\n");
          }
          default -> walk(e, out);
        }
      }
    }
  }
}
