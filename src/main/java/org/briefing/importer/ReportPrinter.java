package org.briefing.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Formats an import report for the console: one line per entry, each with the lines it is about;
 * the text of a line left out whole, under its entry when it is long.
 */
public final class ReportPrinter {
  private static final int MAX_ENTRIES = 200;

  private ReportPrinter() {}

  public static String format(List<ReportEntry> report) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    int hidden = 0;
    for (ReportEntry e : report) {
      // what was left out is printed whole and always: for input read from standard input, the
      // report is the only place its text is still to be found
      if (e.kind() != ReportEntry.Kind.DROPPED && shown >= MAX_ENTRIES) {
        hidden++;
        continue;
      }
      shown++;
      out.append("  ").append(String.format(java.util.Locale.ROOT, "%-9s", label(e.kind()))).append(' ');
      if (!e.field().isEmpty()) {
        out.append(e.field()).append(' ');
      }
      if (!e.lines().isEmpty()) {
        out.append(lines(e.lines())).append(": ");
      }
      if (!e.values().isEmpty()) {
        out.append(e.values().stream().map(v -> "\"" + shorten(v) + "\"").collect(Collectors.joining(", "))).append(" — ");
      }
      out.append(e.detail());
      if (e.kind() == ReportEntry.Kind.DROPPED) {
        appendWhole(out, e.leftOut());
      } else if (!e.leftOut().isEmpty()) {
        out.append(" (left out: \"").append(shorten(e.leftOut())).append("\")");
      }
      out.append('\n');
    }
    if (hidden > 0) {
      out.append("  ... and ").append(hidden).append(" more entries\n");
    }
    return out.toString();
  }

  /** The text left out: on the entry's line when it is one short line, else its lines below, indented. */
  private static void appendWhole(StringBuilder out, String text) {
    String whole = text.strip();
    if (!whole.contains("\n") && whole.length() <= 90) {
      out.append(": \"").append(whole).append('"');
      return;
    }
    out.append(':');
    for (String line : whole.split("\n", -1)) {
      out.append("\n            | ").append(line.stripTrailing());
    }
  }

  private static String label(ReportEntry.Kind kind) {
    return switch (kind) {
      case INFERRED, MOVED -> "field";
      case UNSURE -> "unsure";
      case DROPPED -> "dropped";
      case NOTE -> "note";
    };
  }

  private static String lines(List<Integer> lines) {
    if (lines.size() == 1) {
      return "line " + lines.get(0);
    }
    boolean contiguous = lines.get(lines.size() - 1) - lines.get(0) == lines.size() - 1;
    return contiguous ? "lines " + lines.get(0) + "-" + lines.get(lines.size() - 1)
        : "lines " + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
  }
}
