package org.briefing.importer.html;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The words of a headline or subheading as a reader sees them: without the text a page hides in it (a screen-reader
 * label such as "Live: ", an anchor link's "#" with {@code aria-hidden}) and without its buttons ("Copy link"), each of
 * which is handed to the caller to report.
 */
final class HeadingText {
  private HeadingText() {}

  static String of(Element heading, BiConsumer<Element, String> leftOut) {
    StringBuilder out = new StringBuilder();
    append(heading, out, leftOut);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static void append(Element parent, StringBuilder out, BiConsumer<Element, String> leftOut) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (node instanceof Element e) {
        Optional<String> reason = Noise.inText(e);
        if (reason.isPresent()) {
          leftOut.accept(e, reason.get());
        } else {
          if (e.normalName().equals("br")) {
            out.append(' ');
          }
          append(e, out, leftOut);
        }
      }
    }
  }
}
