package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.EditorNotes;
import org.briefing.importer.text.NotesSection;
import org.jsoup.nodes.Element;

/**
 * A saved page's "Notes to editors" sections: the elements under such a heading, after the story,
 * planned as a release's notes or the story's own text by {@link NotesSection}.
 */
final class PageNotes {
  private final StoryDraft story;
  private final Element root;
  /** The elements under a "Notes to editors" heading and what becomes of each. */
  private final Map<Element, NotesSection.Verdict> notes = new IdentityHashMap<>();
  /** Whether an "ENDS", "-ends-" or "###" has ended a release's story: a notes heading after it heads notes. */
  private boolean storyEnded;

  PageNotes(StoryDraft story, Element root) {
    this.story = story;
    this.root = root;
  }

  /** Notes a paragraph or heading read in the story, which may end a release's story ("ENDS"). */
  void read(String text) {
    storyEnded |= NotesSection.endsStory(text);
  }

  /** Whether the element stands in a planned section (a "Notes to editors" heading there is one of its parts). */
  boolean planned(Element e) {
    return notes.containsKey(e);
  }

  /** What becomes of the element: {@code KEPT} outside every section. */
  NotesSection.Verdict verdict(Element e) {
    return notes.getOrDefault(e, NotesSection.Verdict.KEPT);
  }

  /**
   * Plans the section under a "Notes to editors" heading (a heading element, or a paragraph that is
   * only the heading): the elements after it in its parent, or after its parent when it stands alone
   * in it. Returns whether the heading is left out as the notes' heading; else it is the story's.
   */
  boolean heading(Element heading, int line, String text) {
    List<Element> after = new ArrayList<>();
    for (Element at = heading; after.isEmpty() && at != root && at.parent() != null; at = at.parent()) {
      for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
        sectionParts(next, after);
      }
    }
    NotesSection.Plan plan = NotesSection.plan(after.stream().map(PageNotes::part).toList(), storyEnded);
    for (int k = 0; k < plan.verdicts().size(); k++) {
      notes.put(after.get(k), plan.verdicts().get(k));
    }
    if (!plan.headingIsNotes()) {
      NotesSection.reportKept(story, line, true);
      return false;
    }
    if (!EditorNotes.leaveOut(story, List.of(line), text, text)) {
      NotesSection.leaveOut(story, List.of(line), text);
    }
    return true;
  }

  /** The blocks a section is read in: headings, paragraphs, lists, tables, quotations, found inside other elements. */
  private static void sectionParts(Element e, List<Element> out) {
    if (e.hasAttr("data-briefing-used") || Noise.reason(e).isPresent() || e.text().isBlank() || e.selectFirst("img") != null
        && e.normalName().equals("figure")) {
      return;
    }
    if (Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "table", "pre", "blockquote").contains(e.normalName())) {
      out.add(e);
      return;
    }
    e.children().forEach(c -> sectionParts(c, out));
  }

  private static NotesSection.Part part(Element e) {
    NotesSection.Kind kind = switch (e.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> NotesSection.Kind.HEADING;
      case "ul", "ol", "table" -> NotesSection.Kind.ITEMS;
      default -> NotesSection.Kind.TEXT;
    };
    return new NotesSection.Part(kind, e.text());
  }
}
