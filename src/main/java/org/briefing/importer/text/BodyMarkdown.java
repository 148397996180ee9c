package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.MarkdownText;

/** Renders plain-text blocks as Markdown: paragraphs, headings, lists and preformatted rows. */
final class BodyMarkdown {
  private static final Pattern MARKER = Pattern.compile("^(?:(?<bullet>[-*•·▪‣◦–—])|(?<number>\\d{1,3})(?<delim>[.)]))\\s+(?<item>.*)$");

  private BodyMarkdown() {}

  static String paragraph(String text) {
    return MarkdownText.escape(text);
  }

  static String heading(String text) {
    return "## " + MarkdownText.escape(text).replaceFirst("^\\\\(?=[=+\\-|])", "");
  }

  static String note(String text) {
    return "> " + MarkdownText.escape(text);
  }

  /** A photo caption that is not the story's photo: in italics in a block quote, which summaries leave out. */
  static String caption(String text) {
    return "> *" + MarkdownText.escape(text.strip()) + "*";
  }

  /** A list line's text without its bullet or number. */
  static String item(String line) {
    Matcher m = MARKER.matcher(line.strip());
    return m.matches() ? m.group("item") : line.strip();
  }

  static String list(Block block) {
    List<String> items = new ArrayList<>();
    for (Line line : block.lines()) {
      Matcher m = MARKER.matcher(line.text().strip());
      if (m.matches() && m.group("number") != null) {
        // one delimiter for the whole list: CommonMark starts a new list where "1." turns into "2)"
        items.add(m.group("number") + ". " + MarkdownText.escape(m.group("item")));
      } else if (m.matches()) {
        items.add("- " + MarkdownText.escape(m.group("item")));
      } else {
        items.add("- " + MarkdownText.escape(line.text()));
      }
    }
    return String.join("\n", items);
  }

  /** Rows with columns or figures stay exactly as written in a preformatted block; other short lines become a list. */
  static String rows(Block block) {
    boolean table = block.lines().stream().anyMatch(l -> Blocker.hasColumns(l.text().strip()))
        || block.lines().stream().filter(l -> l.text().matches(".*\\d.*")).count() * 2 > block.lines().size();
    if (!table) {
      return String.join("\n", block.lines().stream().map(l -> "- " + MarkdownText.escape(l.text())).toList());
    }
    int longestTicks = block.lines().stream().mapToInt(l -> longestRun(l.text(), '`')).max().orElse(0);
    String fence = "`".repeat(Math.max(3, longestTicks + 1));
    StringBuilder out = new StringBuilder(fence).append("text\n");
    for (Line line : block.lines()) {
      out.append(line.raw().stripTrailing()).append('\n');
    }
    return out.append(fence).toString();
  }

  static boolean isTable(Block block) {
    return rows(block).startsWith("`");
  }

  private static int longestRun(String text, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }
}
