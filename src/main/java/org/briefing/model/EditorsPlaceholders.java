package org.briefing.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's bracketed placeholder for a fact still to come: "[TK]", "[TKTK]", "[CHECK: figure]",
 * "[TODO ask]", "[FIXME]", "[XXX]", "[??]". Published, it would go out as the text of the page,
 * search index, feed and email. The words bare ("TK Maxx", "Super Bowl XXX"), a link whose text
 * is one ("[TK](…)"), other bracketed words ("[sic]", "[Reuters]", "[Editor's note: …]") and code
 * are text the editor meant.
 */
public final class EditorsPlaceholders {
  /**
   * The word alone or before ':' in any case; before other words only in capitals ("[Check Point]"
   * and "[Todo Pago]" are names), but "tk" is no word of prose.
   */
  private static final String WRITTEN = "\\[\\s*(?:(?i:tk(?:\\s*tk)*|check|todo|fixme|xxx)\\s*(?::[^\\]\\n]*)?"
      + "|(?i:tk)\\s[^\\]\\n]*|(?:CHECK|TODO|FIXME|XXX)\\s[^\\]\\n]*|\\?\\?+\\s*)\\\\?\\]";
  private static final Pattern MARK = Pattern.compile(WRITTEN);
  /** In Markdown, one that is a link's text ("[TK](…)", "[XXX][film]") is a link, and shows its word bare. */
  private static final Pattern MARK_NOT_LINK = Pattern.compile(WRITTEN + "(?![(\\[])");
  /** A link reference definition ("[tk]: https://…"), which is not published. */
  private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:\\s*\\S");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");

  private EditorsPlaceholders() {}

  /** A placeholder and its line (0 for the first) in a text. */
  public record Found(int line, String mark) {}

  /** Every placeholder of the plain text {@code text} (a headline, a standfirst, a caption), at its line. */
  public static java.util.List<Found> inPlainText(String text) {
    java.util.List<Found> found = new java.util.ArrayList<>();
    if (text.indexOf('[') < 0) {
      return found;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARK.matcher(lines[i]);
      while (m.find()) {
        found.add(new Found(i, m.group()));
      }
    }
    return found;
  }

  /** Every placeholder of the Markdown {@code markdown}, outside code and comments, at its line. */
  public static java.util.List<Found> inMarkdown(String markdown) {
    java.util.List<Found> found = new java.util.ArrayList<>();
    if (markdown.indexOf('[') < 0) {
      return found;
    }
    String text = hideComments(markdown);
    String[] lines = text.split("\n", -1);
    boolean[] code = org.briefing.load.FencedCode.lines(lines);
    boolean blank = true;
    boolean list = false;
    boolean indentedCode = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      boolean indented = line.startsWith("    ") || line.startsWith("\t");
      if (!indented) {
        list = LIST_ITEM.matcher(line).lookingAt() || list && !blank;
      }
      indentedCode = indented && (indentedCode || blank && !list);
      blank = false;
      if (code[i] || indentedCode || LINK_DEFINITION.matcher(line).lookingAt()) {
        continue;
      }
      Matcher m = MARK_NOT_LINK.matcher(CODE_SPAN.matcher(line).replaceAll(s -> " ".repeat(s.group().length())));
      while (m.find()) {
        found.add(new Found(i, line.substring(m.start(), m.end())));
      }
    }
    return found;
  }

  /** A placeholder in a field, by the field's path ("title", "image.caption", "corrections.0.text"). */
  public record InField(String path, Found found) {}

  /**
   * Every placeholder in the values of a file's fields, nested ones and list items included, by
   * path: the top-level fields named in {@code markdown} are read as Markdown, the rest as plain
   * text. Every field is walked, so that a field added to a story, page or list is checked too.
   */
  public static java.util.List<InField> inFields(java.util.Map<String, Object> values, java.util.Set<String> markdown) {
    java.util.List<InField> found = new java.util.ArrayList<>();
    values.forEach((key, value) -> walk(key, value, markdown.contains(key), found));
    return found;
  }

  private static void walk(String path, Object value, boolean markdown, java.util.List<InField> found) {
    if (value instanceof String text) {
      (markdown ? inMarkdown(text) : inPlainText(text)).forEach(mark -> found.add(new InField(path, mark)));
    } else if (value instanceof java.util.Map<?, ?> map) {
      map.forEach((key, item) -> walk(path + "." + key, item, markdown, found));
    } else if (value instanceof java.util.List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "." + i, list.get(i), markdown, found);
      }
    }
  }

  /** The error's message for {@code mark} in {@code where} ("the story's text", "the story's 'standfirst'"). */
  public static String message(String mark, String where) {
    return "the placeholder '" + mark.strip() + "' in " + where + " stands for something still to be written, and would be published as it is";
  }

  /** The error's hint, for a "story", "page" or "edition"; for a list of the site's (sources, authors), null. */
  public static String hint(String what) {
    return "write the missing fact in its place" + (what == null ? "" : "; to keep the " + what + " back meanwhile, add 'draft: true' to its front matter");
  }

  /** {@code markdown} with its comments' characters but line ends turned to spaces, so that lines keep their numbers. */
  private static String hideComments(String markdown) {
    if (!markdown.contains("<!--")) {
      return markdown;
    }
    return COMMENT.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
  }
}
