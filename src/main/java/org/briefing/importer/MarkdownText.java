package org.briefing.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.links.LinkPolicy;

/**
 * Escapes plain text so that CommonMark (with tables, footnotes, strikethrough and autolinks)
 * renders it as written: no accidental headings, lists, emphasis, links or HTML.
 */
public final class MarkdownText {
  private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u000B\\f]+");
  /**
   * An address written out in the text, which the build's autolinks make a link of: {@code www.} or
   * any scheme before {@code ://} ({@code chrome://settings}, {@code s3://bucket}), not only the web's.
   */
  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s<>\"]+");
  /** Characters escapeInline escapes: an address holding one cannot be left as it is. */
  private static final Pattern NEEDS_ESCAPE = Pattern.compile("[\\\\`*_\\[\\]<~&]");
  private static final Pattern WWW = Pattern.compile("(?i)\\b(www)\\.");

  private MarkdownText() {}

  /** One paragraph of prose: white space runs collapse to one space; line breaks are dropped. */
  public static String escape(String text) {
    return escapeLineStart(escapeInline(text).strip());
  }

  /**
   * Text inside a paragraph: white space collapses, characters that start Markdown syntax are
   * escaped. A web address in it stays a working link: the build's autolinks take an address's
   * characters as written, escapes included, so one that holds a character to escape
   * ({@code a_b}, {@code ~user}) is written as a link of its own, its text escaped and its
   * address as it is.
   */
  public static String escapeInline(String text) {
    return escape(text, true);
  }

  /** Text inside the text of a link, where no autolink is made: every character is escaped as it would be elsewhere. */
  public static String escapeLinkText(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean links) {
    String flat = SPACES.matcher(text.replace('\r', ' ').replace('\n', ' ')).replaceAll(" ");
    StringBuilder out = new StringBuilder(flat.length() + 8);
    Matcher address = ADDRESS.matcher(flat);
    int from = 0;
    while (links && address.find()) {
      String url = withoutTrailingPunctuation(address.group());
      // the build refuses a link of a scheme but http:, https: and mailto: (ftp://, chrome://): such an address is text
      boolean refused = !LinkPolicy.allows(url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url);
      if (!refused && !NEEDS_ESCAPE.matcher(url).find()) {
        continue;
      }
      escapeChars(flat, from, address.start(), out);
      from = address.start() + url.length();
      if (refused) {
        StringBuilder shown = new StringBuilder(url.length() + 8);
        escapeChars(url, 0, url.length(), shown);
        out.append(unlinked(shown.toString()));
        continue;
      }
      out.append('[');
      escapeChars(url, 0, url.length(), out);
      // between angle brackets an address is taken as written, parentheses and all
      out.append("](<").append(url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url).append(">)");
    }
    escapeChars(flat, from, flat.length(), out);
    return out.toString();
  }

  /**
   * {@code markdown}, text as {@link #escapeInline} writes it (no link syntax in it), with each web
   * address written out for which {@code unlinked} holds (given the address as the build's autolink
   * takes it, {@code http://} before a {@code www.}) shown as it is but made no link of: its scheme's
   * colon and the dot after each {@code www} as character references ({@code https&#58;//},
   * {@code www&#46;}), which the build's autolinks do not read through, as they read through escapes.
   */
  public static String withoutAutolinks(String markdown, java.util.function.Predicate<String> unlinked) {
    Matcher address = ADDRESS.matcher(markdown);
    StringBuilder out = null;
    int from = 0;
    while (address.find()) {
      String url = withoutTrailingPunctuation(address.group());
      boolean www = url.regionMatches(true, 0, "www.", 0, 4);
      if (!unlinked.test(www ? "http://" + url : url)) {
        continue;
      }
      out = out == null ? new StringBuilder(markdown.length() + 16) : out;
      out.append(markdown, from, address.start()).append(unlinked(url));
      from = address.start() + url.length();
    }
    return out == null ? markdown : out.append(markdown, from, markdown.length()).toString();
  }

  /** An address as text no autolink is made of: its scheme's colon and the dot after each {@code www} as character references. */
  private static String unlinked(String address) {
    return WWW.matcher(address.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*):", "$1&#58;")).replaceAll("$1&#46;");
  }

  private static void escapeChars(String flat, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '~' -> out.append('\\').append(c);
        case '&' -> out.append(ENTITY.matcher(flat).region(i, flat.length()).lookingAt() ? "&amp;" : "&");
        default -> out.append(c);
      }
    }
  }

  /** An address as an autolink takes it: without the sentence's punctuation after it, nor a closing bracket it did not open. */
  private static String withoutTrailingPunctuation(String url) {
    int end = url.length();
    while (end > 0) {
      char last = url.charAt(end - 1);
      boolean unopened = last == ')' && count(url, '(', end) < count(url, ')', end);
      if (".,:;!?'*_~".indexOf(last) < 0 && !unopened) {
        break;
      }
      end--;
    }
    return url.substring(0, end);
  }

  private static long count(String s, char c, int end) {
    return s.substring(0, end).chars().filter(x -> x == c).count();
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
    if (first == '-') {
      // every hyphen of the run: the typographic dashes would make "\---" a hyphen and an en dash
      int run = 0;
      while (run < line.length() && line.charAt(run) == '-') {
        run++;
      }
      return "\\-".repeat(run) + line.substring(run);
    }
    boolean marker = first == '#' || first == '=' || first == '+' || first == '>' || first == '|';
    return marker ? "\\" + line : line;
  }
}
