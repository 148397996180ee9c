package org.briefing.importer;

import java.util.List;

/**
 * One line of an import report: a field inferred from the input, a line the importer was unsure
 * about, a line it dropped as boilerplate, or a general note.
 *
 * @param kind what sort of entry this is
 * @param field the front-matter field concerned, or empty
 * @param lines the input lines (1-based) it came from; empty when not from a line
 * @param values the values written to {@code field} from these lines
 * @param leftOut the words of a moved line that did not go into {@code values} (labels such as "By")
 * @param detail a short explanation for the editor
 */
public record ReportEntry(Kind kind, String field, List<Integer> lines, List<String> values, String leftOut,
    String detail) {

  /** The sorts of report entries. */
  public enum Kind {
    /** A field inferred from text that stays in the body (a dateline gives places and sources). */
    INFERRED,
    /** A line moved out of the body into a front-matter field. */
    MOVED,
    /** A line the importer was not sure how to read; it says what it guessed. */
    UNSURE,
    /** A line left out of the output as boilerplate. */
    DROPPED,
    /** Anything else worth knowing: the encoding used, a missing date. */
    NOTE
  }

  public ReportEntry {
    lines = List.copyOf(lines);
    values = List.copyOf(values);
  }

  public static ReportEntry inferred(String field, int line, List<String> values, String detail) {
    return new ReportEntry(Kind.INFERRED, field, lines(line), values, "", detail);
  }

  public static ReportEntry moved(String field, List<Integer> lines, List<String> values, String leftOut, String detail) {
    return new ReportEntry(Kind.MOVED, field, lines, values, leftOut, detail);
  }

  public static ReportEntry unsure(int line, String detail) {
    return new ReportEntry(Kind.UNSURE, "", lines(line), List.of(), "", detail);
  }

  public static ReportEntry dropped(List<Integer> lines, String text, String detail) {
    return new ReportEntry(Kind.DROPPED, "", lines, List.of(), text, detail);
  }

  public static ReportEntry note(String detail) {
    return new ReportEntry(Kind.NOTE, "", List.of(), List.of(), "", detail);
  }

  private static List<Integer> lines(int line) {
    return line > 0 ? List.of(line) : List.of();
  }
}
