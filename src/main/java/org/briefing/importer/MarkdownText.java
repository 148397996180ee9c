package org.briefing.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes plain text so that CommonMark (with tables, footnotes, strikethrough and autolinks)
 * renders it as written: no accidental headings, lists, emphasis, links or HTML.
 */
public final class MarkdownText {
  private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u000B\\f]+");

  private MarkdownText() {}

  /** One paragraph of prose: white space runs collapse to one space; line breaks are dropped. */
  public static String escape(String text) {
    return escapeLineStart(escapeInline(text).strip());
  }

  /** Text inside a paragraph: white space collapses, characters that start Markdown syntax are escaped. */
  public static String escapeInline(String text) {
    String flat = SPACES.matcher(text.replace('\r', ' ').replace('\n', ' ')).replaceAll(" ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '~' -> out.append('\\').append(c);
        case '&' -> out.append(ENTITY.matcher(flat).region(i, flat.length()).lookingAt() ? "&amp;" : "&");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes a marker at the start of a paragraph that would make it a heading, list, quotation or table. */
  public static String escapeLineStart(String line) {
    if (line.isEmpty()) {
      return line;
    }
    Matcher ordered = ORDERED_MARKER.matcher(line);
    if (ordered.find()) {
      return ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
    }
    char first = line.charAt(0);
    boolean marker = first == '#' || first == '=' || first == '+' || first == '-' || first == '>'
        || first == '|';
    return marker ? "\\" + line : line;
  }
}
