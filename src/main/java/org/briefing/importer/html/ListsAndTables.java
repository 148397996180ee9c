package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.Boilerplate;
import org.briefing.importer.text.EditorNotes;
import org.jsoup.nodes.Element;

/**
 * The blocks of a saved page that are written as Markdown as they stand: lists, tables, preformatted text and a
 * caption that is no photo's; a line of them for editors (an embargo, a note to editors) is left out and reported.
 */
final class ListsAndTables {
  private final StoryDraft story;
  private final Inline inline;

  ListsAndTables(StoryDraft story, Inline inline) {
    this.story = story;
    this.inline = inline;
  }

  void list(Element e) {
    Optional<List<String>> footnotes = Footnotes.definitions(e, inline);
    if (footnotes.isPresent()) {
      story.body().addAll(footnotes.get());
      return;
    }
    boolean ordered = e.normalName().equals("ol");
    String delimiter = ordered ? listDelimiter(".", ")") : listDelimiter("-", "*");
    List<String> items = new ArrayList<>();
    int n = number(e.attr("start"), 1);
    boolean forEditors = e.children().stream().anyMatch(li -> li.normalName().equals("li")
        && EditorNotes.isNoteOrEmbargo(li.text().strip()));
    for (Element li : e.children()) {
      if (!li.normalName().equals("li") || li.text().isBlank() || leftOutItem(li, forEditors)) {
        continue;
      }
      n = number(li.attr("value"), n);
      String marker = ordered ? (n++) + delimiter + " " : delimiter + " ";
      items.add(marker + inline.markdown(li));
    }
    if (!items.isEmpty()) {
      story.body().add(String.join("\n", items));
    }
  }

  /**
   * The list marker to use: Markdown joins two lists one after the other into one when their markers match, so a list
   * right after another of its kind takes the other marker.
   */
  private String listDelimiter(String usual, String other) {
    String previous = story.body().isEmpty() ? "" : story.body().get(story.body().size() - 1);
    return previous.matches("(?s)(?:\\d{1,9})?" + Pattern.quote(usual) + " .*") ? other : usual;
  }

  /** An ordered list's number as HTML gives it ({@code start}, {@code value}); Markdown takes 0 to 999999999. */
  private static int number(String attribute, int otherwise) {
    return attribute.strip().matches("\\d{1,9}") ? Integer.parseInt(attribute.strip()) : otherwise;
  }

  /**
   * Whether the list item is a line for editors, left out and reported: an embargo, a note to editors, and in a list
   * that holds one of them a release's label ("News release"), as a press office's page lists them over its release.
   * Elsewhere a label is a list's item ("News release" among the documents a council published).
   */
  private boolean leftOutItem(Element li, boolean forEditors) {
    String text = li.text().strip();
    if (EditorNotes.leaveOut(story, List.of(ArticleBody.line(li)), text, text)) {
      return true;
    }
    if (!forEditors) {
      return false;
    }
    Optional<String> boilerplate = Boilerplate.reason(text);
    boilerplate.ifPresent(why -> story.note(ReportEntry.dropped(List.of(ArticleBody.line(li)), text, why)));
    return boilerplate.isPresent();
  }

  /**
   * Leaves out a line of its own (a list item, a caption, a line of a {@code <pre>}) that is an embargo,
   * as a paragraph's is left out: named in the report, and the story a draft.
   */
  boolean embargo(String text, int line) {
    return EditorNotes.isEmbargo(text) && EditorNotes.leaveOut(story, List.of(line), text, text);
  }

  /** A caption that is no photo's: kept as written, not read as a trailer or source line. */
  void caption(Element e) {
    if (!e.text().isBlank() && !embargo(e.text().strip(), ArticleBody.line(e))) {
      story.body().add(inline.markdown(e));
    }
  }

  void table(Element e) {
    Element caption = e.selectFirst("caption");
    if (caption != null) {
      caption(caption);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : e.select("tr")) {
      // a press office's embargo split over two cells ("Embargoed until" | "00:01 BST ...") is read as one line
      String row = tr.select("th, td").eachText().stream().collect(Collectors.joining(" ")).strip();
      if (!row.isEmpty() && EditorNotes.leaveOut(story, List.of(ArticleBody.line(tr)), row, row)) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      tr.select("th, td").forEach(c -> cells.add(inline.markdown(c).replace("|", "\\|")));
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(1);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>(rows.get(r));
      while (cells.size() < width) {
        cells.add("");
      }
      out.append("| ").append(String.join(" | ", cells)).append(" |\n");
      if (r == 0) {
        out.append("|").append(" --- |".repeat(width)).append('\n');
      }
    }
    story.body().add(out.toString().stripTrailing());
  }

  void pre(Element e) {
    List<String> kept = new ArrayList<>();
    String[] lines = e.wholeText().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || !embargo(lines[i].strip(), ArticleBody.line(e) + i)) {
        kept.add(lines[i]);
      }
    }
    String text = String.join("\n", kept).stripTrailing();
    if (text.isBlank()) {
      return;
    }
    String fence = text.contains("```") ? "~~~~" : "```";
    story.body().add(fence + "text\n" + text + "\n" + fence);
  }
}
