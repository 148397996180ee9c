package org.briefing.importer.html;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What stands beside a byline the authors were read from, in the block that holds it: the writer's job title, "and",
 * the time it was published ("Ola Berg Transport editor and Kim Dahl Published 18 October 2021, 10:00"). It is the
 * page's line about the story, not story text: left out and reported. A block with a paragraph, heading or list of its
 * own, a block element of text beside the byline (a header's standfirst in a {@code <div>} of its own beside its
 * {@code <p class=byline>}), or words that make a sentence, is no byline's line and stays.
 */
final class BylineRest {
  static final String REASON = "the rest of the byline (a job title, a date)";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figure, table, pre";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s+\\p{Lu}|\\s*$)");
  private static final int LONGEST = 160;

  private BylineRest() {}

  /** The words of the block that are not its bylines', when the block is a byline's line; else empty. */
  static Optional<String> of(Element block) {
    boolean holdsByline = block.children().stream().anyMatch(c -> c.attr("data-briefing-used").equals("byline"));
    if (!holdsByline || block.select(BLOCKS).stream().anyMatch(b -> !used(b, block)) || textBlockBeside(block)) {
      return Optional.empty();
    }
    StringBuilder rest = new StringBuilder();
    collect(block, rest);
    String text = rest.toString().replaceAll("\\s+", " ").strip();
    return text.length() > LONGEST || SENTENCE_END.matcher(text).find() ? Optional.empty() : Optional.of(text);
  }

  /** Whether a block element with words of its own stands beside the byline: a sibling block is no byline's rest. */
  private static boolean textBlockBeside(Element block) {
    return block.children().stream().anyMatch(c -> !Inline.isInline(c) && !c.hasAttr("data-briefing-used") && !c.text().isBlank());
  }

  private static boolean used(Element e, Element block) {
    for (Element x = e; x != null && x != block; x = x.parent()) {
      if (x.hasAttr("data-briefing-used")) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Element parent, StringBuilder out) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (node instanceof Element e && !e.hasAttr("data-briefing-used")) {
        out.append(' ');
        collect(e, out);
        out.append(' ');
      }
    }
  }
}
