package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of text standing loose in a block of an old CMS, which parts them with an empty line: two or more
 * {@code <br>}s in a row (spaces between them count for nothing). A single {@code <br>} is a line break inside a paragraph.
 */
final class BreakRuns {
  /** A month and year or a year alone ("May 1911", "1962"): a timeline's date, never a page's time or a post's. */
  private static final Pattern DATE_WITHOUT_DAY = Pattern.compile("(?i)^(?:(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?,?\\s+)?(?:1[5-9]|20)\\d{2}s?$");

  private BreakRuns() {}

  static List<List<Node>> of(List<Node> nodes) {
    List<List<Node>> runs = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    List<Node> breaks = new ArrayList<>();
    for (Node node : nodes) {
      if (isBreak(node)) {
        breaks.add(node);
      } else if (node instanceof TextNode t && t.isBlank() && !breaks.isEmpty()) {
        breaks.add(node);
      } else {
        endBreaks(runs, run, breaks);
        run.add(node);
      }
    }
    run.addAll(breaks);
    runs.add(run);
    return runs;
  }

  private static void endBreaks(List<List<Node>> runs, List<Node> run, List<Node> breaks) {
    if (breaks.stream().filter(BreakRuns::isBreak).count() >= 2) {
      runs.add(new ArrayList<>(run));
      run.clear();
    } else {
      run.addAll(breaks);
    }
    breaks.clear();
  }

  private static boolean isBreak(Node node) {
    return node instanceof Element e && e.normalName().equals("br");
  }

  /** Whether words are a date without a day: a month and year, or a year. */
  static boolean dateWithoutDay(String text) {
    return DATE_WITHOUT_DAY.matcher(text.strip()).matches();
  }
}
