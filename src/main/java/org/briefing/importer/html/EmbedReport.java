package org.briefing.importer.html;

import java.util.List;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.jsoup.nodes.Element;

/**
 * Reports what a story's element holds that Markdown does not keep: videos, audio clips, embedded
 * pages and objects, drawings, what shows only when scripts are off, and a count of the scripts and
 * styles left out without a word.
 */
final class EmbedReport {
  static final String EMBEDDED = "video, audio, iframe, object, embed";
  private final StoryDraft story;
  private int scripts;

  EmbedReport(StoryDraft story) {
    this.story = story;
  }

  /** Reports an element left out for {@code reason} when it is an embed, a noscript or a script; false for others. */
  boolean report(Element e, String reason) {
    if (reason.startsWith("embedded") && !(e.normalName().equals("svg") && e.text().isBlank())) {
      media(e);
      return true;
    }
    if (reason.equals(Noise.NOSCRIPT)) {
      noscript(e);
      return true;
    }
    if (reason.startsWith("script") || reason.startsWith("embedded")) {
      scripts++;
      return true;
    }
    return false;
  }

  /** Notes how many scripts, styles and drawings without words were left out, if any. */
  void noteScripts() {
    if (scripts > 0) {
      story.note(ReportEntry.note(scripts + " scripts, styles and drawings without words inside the article were left out"));
    }
  }

  /**
   * Reports what a page shows only when scripts are off: a plea to turn them on, or the real content
   * of an embed that a script loads, which is named as the same embed elsewhere in the page is. Only
   * a {@code <noscript>} with neither (a tracking pixel) is counted without a word.
   */
  private void noscript(Element e) {
    Element words = e.clone();
    for (Element embedded : e.select(EMBEDDED)) {
      media(embedded);
    }
    words.select(EMBEDDED).remove();
    String text = words.text().strip();
    if (!text.isEmpty()) {
      story.note(ReportEntry.dropped(List.of(line(e)), text, Noise.NOSCRIPT));
    } else if (e.select(EMBEDDED).isEmpty()) {
      scripts++;
    }
  }

  /**
   * Reports a video, an audio clip, an embedded page or object, or a drawing, which a story in
   * Markdown does not keep: with its address and any text it holds (a video's words for browsers
   * that cannot play it, a drawing's labels), so that the editor knows what the page showed.
   */
  void media(Element e) {
    String kind = switch (e.normalName()) {
      case "video", "amp-video" -> "a video";
      case "audio", "amp-audio" -> "an audio clip";
      case "iframe" -> "an embedded page";
      case "svg" -> "a drawing";
      default -> "an embedded object";
    };
    String address = java.util.stream.Stream.of(e.absUrl("src"), e.attr("src"), e.absUrl("data"), e.attr("data"),
            e.select("source[src]").stream().map(s -> s.absUrl("src").isEmpty() ? s.attr("src") : s.absUrl("src")).findFirst().orElse(""))
        .map(String::strip).filter(a -> !a.isEmpty()).findFirst().orElse("");
    String title = e.attr("title").strip();
    String text = e.text().strip();
    String shown = String.join(" ", java.util.stream.Stream.of(address, title, text).filter(t -> !t.isEmpty()).toList());
    story.note(ReportEntry.dropped(List.of(line(e)), shown, kind + " (" + e.normalName()
        + "), which a story does not keep; add it by hand if it belongs to the story"));
  }

  private static int line(Element e) {
    return Integer.parseInt(PageMetadata.line(e));
  }
}
