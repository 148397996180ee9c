package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.EditorNotes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The lines of a paragraph that {@code <br>}s break: a press office's page writes its embargo and
 * its contact in one {@code <p>} ("Embargoed until 00:01 BST ...<br>Contact: ..."), or its embargo
 * under "PRESS RELEASE" or the release's date, and the embargo is read from its line as the
 * plain-text importer reads it from a block's first line.
 */
final class FirstLine {
  private FirstLine() {}

  /** The text of {@code nodes} up to their first {@code <br>}, spaces collapsed. */
  static String of(List<Node> nodes) {
    return lines(nodes).get(0).text();
  }

  /**
   * Leaves out an embargo on any line of the paragraph {@code nodes}, that line alone (with the line of
   * its moment when its label stands alone, and the lines of its own note under it: "NOT FOR
   * PUBLICATION OR BROADCAST BEFORE THIS TIME"), naming it in the report (the story becomes a draft):
   * the lines above and after it stay, split into paragraphs
   * at an empty line ({@code <br><br>}), as a CMS paste gives a header, the embargo and the lead in
   * one {@code <p>}. When the embargo's {@code <br>} stands inside an inline element
   * ({@code <b>date<br>Embargoed ...</b>}) the paragraph is left out whole, and when the one after it
   * does, the lines after it go with it: those lines cannot be kept apart from it.
   *
   * @param text the paragraph's whole text
   * @param line the paragraph's input line
   * @return the paragraphs that stay: {@code nodes} itself alone when no line is an embargo
   */
  static List<List<Node>> withoutEmbargo(StoryDraft story, List<Node> nodes, String text, int line) {
    List<Line> lines = lines(nodes);
    for (int i = 0; i < lines.size(); i++) {
      Line embargo = lines.get(i);
      String opening = embargo.text();
      int after = i + 1;
      if (!EditorNotes.isEmbargo(opening)) {
        // its label alone on this line, its moment on the next
        Optional<String> wrapped = after < lines.size() ? EditorNotes.wrappedEmbargo(opening, lines.get(after).text()) : Optional.empty();
        if (wrapped.isEmpty()) {
          continue;
        }
        opening = wrapped.get();
        after++;
      }
      after = afterOwnNote(lines, after);
      String said = lines.subList(i, after).stream().map(Line::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
      int start = i == 0 ? 0 : nodes.indexOf(embargo.br());
      int end = after < lines.size() ? nodes.indexOf(lines.get(after).br()) : nodes.size();
      int number = i == 0 ? line : embargo.br().sourceRange().start().lineNumber();
      List<Integer> at = List.of(number > 0 ? number : line);
      if (start < 0) {
        EditorNotes.leaveOut(story, at, opening, text);
        return List.of();
      }
      if (end < 0) {
        EditorNotes.leaveOut(story, at, opening, text(nodes.subList(start, nodes.size())));
        return paragraphs(nodes.subList(0, start));
      }
      EditorNotes.leaveOut(story, at, opening, said);
      List<List<Node>> kept = new ArrayList<>(paragraphs(nodes.subList(0, start)));
      kept.addAll(paragraphs(nodes.subList(end, nodes.size())));
      return kept;
    }
    return List.of(nodes);
  }

  /**
   * The index of the first line from {@code from} on that is not the embargo's own note ("NOT FOR
   * PUBLICATION OR BROADCAST BEFORE THIS TIME"), which may stand an empty line below it.
   */
  private static int afterOwnNote(List<Line> lines, int from) {
    int next = from;
    while (next < lines.size() && lines.get(next).text().isEmpty()) {
      next++;
    }
    return next < lines.size() && EditorNotes.isEmbargosOwnNote(lines.get(next).text()) ? afterOwnNote(lines, next + 1) : from;
  }

  /** {@code nodes} split at each empty line (two {@code <br>}s with only spaces between), blank parts dropped. */
  private static List<List<Node>> paragraphs(List<Node> nodes) {
    List<List<Node>> out = new ArrayList<>();
    int from = 0;
    Node lastBreak = null;
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      if (n instanceof Element e && e.normalName().equals("br")) {
        if (lastBreak != null) {
          out.add(nodes.subList(from, nodes.indexOf(lastBreak)));
          from = k + 1;
        }
        lastBreak = n;
      } else if (!(n instanceof TextNode t && t.isBlank())) {
        lastBreak = null;
      }
    }
    out.add(nodes.subList(from, nodes.size()));
    out.removeIf(p -> text(p).isEmpty());
    return out;
  }

  /** The text of {@code nodes}, spaces collapsed, as a paragraph's. */
  static String text(List<Node> nodes) {
    return lines(nodes).stream().map(Line::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
  }

  /** The lines of {@code nodes}, the first one first; each but the first opens with its {@code <br>}. */
  private static List<Line> lines(List<Node> nodes) {
    Breaks breaks = new Breaks(new ArrayList<>(), new ArrayList<>(List.of(new StringBuilder())));
    nodes.forEach(n -> NodeTraversor.filter(breaks, n));
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < breaks.texts().size(); i++) {
      lines.add(new Line(breaks.texts().get(i).toString().replaceAll("\\s+", " ").strip(), i == 0 ? null : breaks.brs().get(i - 1)));
    }
    return lines;
  }

  /** A line's text and the {@code <br>} that opens it (none for the first). */
  private record Line(String text, Element br) {}

  /** Collects text line by line, a {@code <br>} opening a new one. */
  private record Breaks(List<Element> brs, List<StringBuilder> texts) implements NodeFilter {
    @Override
    public FilterResult head(Node n, int depth) {
      if (n instanceof Element e && e.normalName().equals("br")) {
        brs.add(e);
        texts.add(new StringBuilder());
      } else if (n instanceof TextNode t) {
        texts.get(texts.size() - 1).append(t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
  }
}
