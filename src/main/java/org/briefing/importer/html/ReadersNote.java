package org.briefing.importer.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A note written for readers about the story itself: a correction or clarification ("Correction: ...",
 * "Clarification, 2 December: ...", "This article was amended on ..."). It is kept where the page puts it, in the
 * article's footer or an aside, as the .txt importer keeps it: it is no furniture.
 */
final class ReadersNote {
  /** The label and a colon, perhaps after a date ("Correction, 2 December 2026:"), or the sentence that says so. */
  private static final Pattern NOTE = Pattern.compile("(?i)^[(\\[]?(?:(?:correction|clarification)s?\\b[^:.]{0,40}:"
      + "|this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|clarified|updated)\\b"
      + "|an earlier version of this (?:article|story|report|piece)\\b).*");

  private ReadersNote() {}

  /** Whether a line of text opens as a correction or clarification. */
  static boolean is(String text) {
    return NOTE.matcher(text.strip()).matches();
  }

  /** Whether an aside holds a readers' note only: its first words open as one and no hiding takes it out. */
  static boolean isAside(Element e) {
    return e.normalName().equals("aside") && Noise.byMarkup(e).isEmpty() && is(e.text());
  }
}
