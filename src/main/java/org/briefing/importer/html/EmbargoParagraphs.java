package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.EditorNotes;
import org.jsoup.nodes.Element;

/**
 * An embargo over two or more paragraphs, as a page that gives each line of a release's header a
 * {@code <p>} writes it: read as the plain-text importer reads an embargo wrapped over two lines.
 */
final class EmbargoParagraphs {
  private EmbargoParagraphs() {}

  /**
   * A page that gives each line of a release's header a {@code <p>}: an embargo's label over its moment
   * ({@code <p>EMBARGOED UNTIL</p><p>00:01 BST ...</p>}) is one embargo, and the embargo's own note in
   * the paragraph under it ("NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME") goes with it; the
   * paragraphs taken are marked read.
   */
  static boolean leaveOut(StoryDraft story, Element p, String text, int line) {
    Element next = p.nextElementSibling();
    String opening = text;
    List<Element> taken = new ArrayList<>();
    if (!EditorNotes.holdsBack(text)) {
      Optional<String> wrapped = isParagraph(next) ? EditorNotes.wrappedEmbargo(text, next.text()) : Optional.empty();
      if (wrapped.isEmpty()) {
        return false;
      }
      opening = wrapped.get();
      taken.add(next);
      next = next.nextElementSibling();
    }
    while (isParagraph(next) && EditorNotes.isEmbargosOwnNote(next.text())) {
      taken.add(next);
      next = next.nextElementSibling();
    }
    if (taken.isEmpty()) {
      return false; // an embargo alone in its paragraph is read as any other
    }
    taken.forEach(t -> t.attr("data-briefing-used", "embargo"));
    String said = text + " " + taken.stream().map(e -> e.text().strip()).collect(Collectors.joining(" "));
    EditorNotes.leaveOut(story, List.of(line), opening, said);
    return true;
  }

  private static boolean isParagraph(Element e) {
    return e != null && e.normalName().equals("p") && !e.hasAttr("data-briefing-used");
  }
}
