package org.briefing.importer.text;

import java.util.List;

/**
 * A run of input lines read as one unit: a paragraph (its lines joined), or a list or table kept
 * line by line.
 */
record Block(List<Line> lines, Shape shape) {

  enum Shape {
    /** Prose or a single line: the lines are joined with spaces. */
    TEXT,
    /** Lines starting with bullets or numbers. */
    LIST,
    /** Short lines without sentence punctuation, or columns: kept line by line. */
    ROWS
  }

  Block {
    lines = List.copyOf(lines);
  }

  static Block of(Line line) {
    return new Block(List.of(line), Shape.TEXT);
  }

  String text() {
    if (lines.size() == 1) {
      return lines.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.text());
    }
    return out.toString();
  }

  int first() {
    return lines.get(0).number();
  }

  List<Integer> numbers() {
    return lines.stream().map(Line::number).toList();
  }

  int words() {
    String t = text().strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
