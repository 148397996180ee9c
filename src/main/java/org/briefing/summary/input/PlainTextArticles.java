package org.briefing.summary.input;

import java.util.ArrayList;
import java.util.List;
import org.briefing.summary.ArticleText;

/**
 * Reads a plain-text article: the headline on the first non-blank line, then the body. When the
 * body has blank lines they separate paragraphs (and a paragraph may wrap over several lines);
 * otherwise every line is a paragraph.
 */
public final class PlainTextArticles {

  /** The article in {@code text}. */
  public ArticleText parse(String text) {
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return new ArticleText("", "", List.of());
    }
    String title = lines.get(first).strip();
    List<String> body = lines.subList(first + 1, lines.size());
    int firstBody = 0;
    while (firstBody < body.size() && body.get(firstBody).isBlank()) {
      firstBody++;
    }
    body = body.subList(firstBody, body.size());
    boolean blankSeparated = body.stream().anyMatch(String::isBlank);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body) {
      if (line.isBlank() || !blankSeparated) {
        flush(current, paragraphs);
        if (!blankSeparated) {
          current.append(line.strip());
          flush(current, paragraphs);
        }
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line.strip());
    }
    flush(current, paragraphs);
    return new ArticleText(title, "", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
