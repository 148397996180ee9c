package org.briefing.importer;

import java.util.List;
import java.util.stream.Collectors;

/** Formats an import report for the console: one line per entry, each with the lines it is about. */
public final class ReportPrinter {
  private static final int MAX_ENTRIES = 200;

  private ReportPrinter() {}

  public static String format(List<ReportEntry> report) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (ReportEntry e : report) {
      if (shown++ == MAX_ENTRIES) {
        out.append("  ... and ").append(report.size() - MAX_ENTRIES).append(" more entries\n");
        break;
      }
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
        out.append(": \"").append(shorten(e.leftOut())).append('"');
      } else if (!e.leftOut().isEmpty()) {
        out.append(" (left out: \"").append(shorten(e.leftOut())).append("\")");
      }
      out.append('\n');
    }
    return out.toString();
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
