package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.briefing.importer.LeftOut;
import org.briefing.importer.MarkdownText;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.Attribution;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's own footer: a {@code <footer>} whose section, by HTML's rule, is the {@code <article>}. Its trailer
 * and sources lines ({@code Reporting by ...; Editing by ...}, {@code Source: Reuters}) are read as in the body; the
 * rest of it (tags, sharing, a desk's name) is left out and reported, as a page footer is.
 */
final class ArticleFooter {
  /** The report's reason for what the article's footer holds besides a trailer. */
  static final String REASON = "the article's footer (no trailer or sources line)";
  /** The elements that make a section or a root of their own: a footer in one is not the article's. */
  private static final Set<String> SECTIONS = Set.of("section", "aside", "nav", "body", "blockquote", "figure", "details",
      "fieldset", "td", "dialog");

  private final StoryDraft story;
  private final BiConsumer<Element, String> drop;
  private final List<String> leftOut = new ArrayList<>();

  private ArticleFooter(StoryDraft story, BiConsumer<Element, String> drop) {
    this.story = story;
    this.drop = drop;
  }

  /** Whether an element is the article's own footer, not hidden, not the page's ({@code role=contentinfo}) nor furniture by its class. */
  static boolean isTheArticles(Element e) {
    if (!e.normalName().equals("footer") || Noise.byMarkup(e).isPresent()) {
      return false;
    }
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x.normalName().equals("article")) {
        return true;
      }
      if (SECTIONS.contains(x.normalName())) {
        return false;
      }
    }
    return false;
  }

  /** Reads the footer's trailer lines into the story, and reports the rest of its words as left out. */
  static void read(StoryDraft story, Element footer, BiConsumer<Element, String> drop) {
    ArticleFooter reader = new ArticleFooter(story, drop);
    reader.blocks(footer);
    if (!reader.leftOut.isEmpty()) {
      story.note(ReportEntry.dropped(List.of(ArticleBody.line(footer)), String.join(" ", reader.leftOut), REASON));
    }
  }

  /**
   * A trailer ({@code Reporting by A; Editing by B}) or sources line ({@code Source: Reuters}) read into the story's
   * credits and sources; false when the text is neither.
   */
  static boolean trailer(StoryDraft story, String text, int line, String where) {
    Optional<Attribution> trailer = Attribution.sources(text).or(() -> Attribution.trailer(text));
    if (trailer.isEmpty()) {
      return false;
    }
    Attribution a = trailer.get();
    a.sources().forEach(story::addSource);
    a.credits().forEach((role, names) -> names.forEach(n -> story.addCredit(role, n)));
    story.note(ReportEntry.moved(a.sources().isEmpty() ? "credits" : "sources", List.of(line), a.values(),
        LeftOut.of(text, a.values()), where));
    return true;
  }

  /** Each run of text between the blocks of an element, and between its {@code <br>}s, is a line of its own. */
  private void blocks(Element parent) {
    StringBuilder run = new StringBuilder();
    int line = ArticleBody.line(parent);
    for (Node node : parent.childNodes()) {
      Element e = node instanceof Element element ? element : null;
      if (e != null && e.hasAttr("data-briefing-used")) {
        continue; // read already: the byline
      }
      Optional<String> noise = e == null ? Optional.empty() : Inline.isInline(e) ? Noise.inText(e) : Noise.reason(e);
      if (noise.isPresent()) {
        drop.accept(e, noise.get());
      } else if (e != null && !Inline.isInline(e)) {
        lines(run, line);
        run.setLength(0);
        blocks(e);
      } else if (e != null && e.normalName().equals("br")) {
        run.append('\n');
      } else {
        String text = e != null ? e.text() : node instanceof TextNode t ? t.getWholeText() : "";
        if (run.toString().isBlank() && !text.isBlank()) {
          line = Math.max(line, node.sourceRange().start().lineNumber());
        }
        run.append(text);
      }
    }
    lines(run, line);
  }

  private void lines(CharSequence run, int line) {
    for (String text : run.toString().split("\n")) {
      String t = text.replaceAll("\\s+", " ").strip();
      if (ReadersNote.is(t)) {
        story.body().add(MarkdownText.escapeLineStart(MarkdownText.escapeInline(t))); // a correction is for readers
      } else if (!t.isEmpty() && !trailer(story, t, line, "trailer in the article's footer")) {
        leftOut.add(t);
      }
    }
  }
}
