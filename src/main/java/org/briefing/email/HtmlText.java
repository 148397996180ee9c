package org.briefing.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML made by the Markdown renderer as plain text: paragraphs apart, list items as "- " (an
 * ordered list's as "1. ", a footnote as "[1] "), their further lines under their text, a code
 * block's lines as they are, indented by four spaces, links as "text (address)", images as their
 * alt text in brackets with a photo's caption on the line under it, a table row a line with its
 * cells apart ("Greens | 12"), superscripts marked ("m^2", a footnote's "[1]"), struck-out words marked as Markdown marks
 * them ("~~Monday~~"), no footnote back-links.
 */
public final class HtmlText {
  private static final String CODE_INDENT = "    ";

  private HtmlText() {}

  /** @param base the address relative links are resolved against */
  public static String of(String html, String base) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return text(Jsoup.parseBodyFragment(html, base).body());
  }

  /**
   * As {@link #of}, without the words the HTML strikes out, which the editor withdrew: for a preview that is read as
   * standing text (the email's preheader), where {@link #of} marks them ("~~Monday~~ Tuesday").
   */
  public static String current(String html, String base) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html, base).body();
    body.select("del, s, strike").remove();
    return text(body);
  }

  private static String text(Element body) {
    StringBuilder out = new StringBuilder();
    walk(body, out);
    return tidy(out);
  }

  /** No spaces at line ends, at most one blank line in a row, none at either end; a code block's first indent stays. */
  private static String tidy(CharSequence text) {
    return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
  }

  /** A footnote's link back to where it is cited (↩): it means nothing in text. */
  private static boolean isBackLink(Element a) {
    return a.hasClass("footnote-backref") || (a.attr("href").startsWith("#") && a.text().strip().equals("\u21a9"));
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        words(out, text.text().replaceAll("\\s+", " "));
      } else if (child instanceof Element e) {
        switch (e.normalName()) {
          case "br" -> out.append('\n');
          case "img" -> {
            if (!e.attr("alt").isBlank()) {
              words(out, "[" + e.attr("alt").strip() + "]");
            }
          }
          case "li" -> item(e, out);
          case "pre" -> code(e, out);
          case "sup" -> {
            // a footnote's number as [1]; any other superscript (m2, 10^3) marked, so that it is not read as part of the line
            boolean footnote = e.selectFirst("a[href^=#]") != null;
            out.append(footnote ? "[" : "^");
            walk(e, out);
            if (footnote) {
              out.append(']');
            }
          }
          case "del", "s", "strike" -> {
            // struck out, as in the HTML part, so that the withdrawn words are not read as standing ones
            out.append("~~");
            walk(e, out);
            out.append("~~");
          }
          case "tr", "figcaption" -> {
            // a caption on the line under its image, as it stands under it in the HTML part
            lineStart(out);
            walk(e, out);
            lineStart(out);
          }
          case "td", "th" -> {
            if (e.elementSiblingIndex() > 0) {
              words(out, " | ");
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
              words(out, " (" + (e.absUrl("href").isEmpty() ? href : e.absUrl("href")) + ")");
            }
          }
          case "ul", "ol" -> {
            // a list inside an item follows its text without a blank line
            boolean nested = e.parent() != null && e.parent().normalName().equals("li");
            out.append(nested ? "\n" : "\n\n");
            walk(e, out);
            out.append(nested ? "\n" : "\n\n");
          }
          case "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "figure" -> {
            out.append("\n\n");
            walk(e, out);
            out.append("\n\n");
          }
          default -> walk(e, out);
        }
      }
    }
  }

  /** Text after what is already there, with one space where two would meet and none at the start of a line. */
  private static void words(StringBuilder out, String text) {
    if (text.startsWith(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
      text = text.substring(1);
    }
    out.append(text);
  }

  private static void lineStart(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** A list item on its own line after its mark, its further lines indented to stand under its text. */
  private static void item(Element li, StringBuilder out) {
    String mark = mark(li);
    StringBuilder text = new StringBuilder();
    walk(li, text);
    lineStart(out);
    out.append(mark).append(tidy(text).replace("\n", "\n" + " ".repeat(mark.length()))).append('\n');
  }

  /** "- ", or the number an ordered list shows ("3. "), or a footnote's as it is cited ("[3] "). */
  private static String mark(Element li) {
    Element list = li.parent();
    if (list == null || !list.normalName().equals("ol")) {
      return "- ";
    }
    int number = start(list);
    for (Element sibling = li.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
      if (sibling.normalName().equals("li")) {
        number++;
      }
    }
    Element holder = list.parent();
    return holder != null && holder.hasClass("footnotes") ? "[" + number + "] " : number + ". ";
  }

  private static int start(Element ol) {
    try {
      return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** A code block's lines as they are, indented, apart from the text around them. */
  private static void code(Element pre, StringBuilder out) {
    out.append("\n\n");
    for (String line : pre.wholeText().stripTrailing().split("\n", -1)) {
      out.append(CODE_INDENT).append(line).append('\n');
    }
    out.append('\n');
  }
}
