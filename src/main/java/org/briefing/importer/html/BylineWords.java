package org.briefing.importer.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A byline block's words with its parts apart: a page of named blocks sets the name and the job title in elements side
 * by side with no space between them ({@code <span>By Ana Diaz</span><span>Transport correspondent</span>}), which
 * the browser shows on lines of their own. A block element, an element right after another with nothing between them,
 * or a span with a class of its own after another such (with only a space between) starts a new part, written after
 * a {@code |}, which {@link org.briefing.importer.text.Attribution#byline} reads as a comma. The parts of one name
 * ({@code <span class=given-name>Anna</span> <span class=family-name>Berg Lie</span>}, {@code first-name},
 * {@code last-name}) with a space between them are one name.
 */
final class BylineWords {
  /** A class naming a part of a person's name (hCard's {@code given-name}, {@code family-name}; {@code first-name}). */
  private static final Pattern NAME_PART = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:given|family|first|last|middle|additional|sur)[-_]?name(?:$|[-_ ])");
  private BylineWords() {}

  static String of(Element byline) {
    StringBuilder out = new StringBuilder();
    collect(byline, out);
    return out.toString().replaceAll("\\s+", " ").replaceAll("^\\s*\\|\\s*|\\s*\\|\\s*$", "").replaceAll("(?:\\s*\\|\\s*)+", " | ").strip();
  }

  private static void collect(Element parent, StringBuilder out) {
    Node before = null;
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
        before = t.isBlank() && before instanceof Element ? before : t;
      } else if (node instanceof Element e) {
        boolean apart = !Inline.isInline(e) || before instanceof Element b && (adjacent(b, e) || ownClasses(b, e));
        out.append(apart ? " | " : "");
        collect(e, out);
        out.append(Inline.isInline(e) ? "" : " | ");
        before = e;
      }
    }
  }

  /** Whether nothing, not even a space, stands between two elements. */
  private static boolean adjacent(Element before, Element e) {
    return e.previousSibling() == before;
  }

  private static boolean ownClasses(Element before, Element e) {
    return before.normalName().equals("span") && e.normalName().equals("span") && !before.className().isBlank()
        && !e.className().isBlank() && !before.className().equals(e.className())
        && !(NAME_PART.matcher(before.className()).find() && NAME_PART.matcher(e.className()).find());
  }
}
