package org.briefing.load;

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
  /** Spaces of a line, the no-break ones included. */
  private static final String SPACE = "[\\p{Zs}\\t]";
  /** Text up to the closing bracket, also over one line break of a wrapped paragraph (never a blank line). */
  private static final String REST = "(?:[^\\]］】\\n]|\\n(?!" + SPACE + "*\\n))*";
  private static final String EMPHASIS = "[*_]{0,3}";
  /**
   * The word alone or before ':', ',' or '?' in any case ("[TK]", "[tk: population]", "[TK?]",
   * "[TK-TK]"); before other words only in capitals ("[Check Point]" and "[Todo Pago]" are names),
   * but "tk" is no word of prose. Square brackets of any width ("［TK］", "【TK】"), emphasis inside
   * them ("[*TK*]") and no-break spaces make no difference.
   */
  private static final Pattern MARK = Pattern.compile("[\\[［【]" + SPACE + "*" + EMPHASIS + "(?:"
      + "(?i:tk(?:[\\p{Zs}\\t-]*tk)*|check|todo|fixme|xxx)" + EMPHASIS + SPACE + "*(?:[:,?]" + REST + ")?"
      + "|(?i:tk)" + EMPHASIS + "(?:" + SPACE + "|\\n)" + REST
      + "|(?:CHECK|TODO|FIXME|XXX)" + EMPHASIS + "(?:" + SPACE + "|\\n)" + REST
      + "|\\?\\?+" + SPACE + "*)\\\\?[\\]］】]");
  /** A link reference definition ("[tk]: https://…"), which is not published, and its label; or a footnote's ("[^1]: text"), which is. */
  private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[([^\\]]+)\\]:\\s*\\S");
  /** What follows a link's text: an address ("(…)") or a label ("[film]", "[]"). */
  private static final Pattern LINK_TAIL = Pattern.compile("\\(|\\[([^\\]]*)\\]");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");

  private EditorsPlaceholders() {}

  /** A placeholder and its line (0 for the first) in a text. */
  public record Found(int line, String mark) {}

  /** Every placeholder of the plain text {@code text} (a headline, a standfirst, a caption), at its line. */
  public static java.util.List<Found> inPlainText(String text) {
    return find(text, text, false, java.util.Set.of());
  }

  /** Every placeholder of the Markdown {@code markdown}, outside code and comments, at its line. */
  public static java.util.List<Found> inMarkdown(String markdown) {
    if (markdown.indexOf('[') < 0 && markdown.indexOf('［') < 0 && markdown.indexOf('【') < 0) {
      return java.util.List.of();
    }
    // the text with its code, comments and link definitions blanked out, line for line
    String[] lines = hideComments(markdown).split("\n", -1);
    boolean[] code = FencedCode.lines(lines);
    java.util.Set<String> labels = new java.util.HashSet<>();
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
      Matcher definition = LINK_DEFINITION.matcher(line);
      // a footnote ("[^1]: text") is published text, and like a list item it may go on in indented paragraphs
      boolean footnote = !indented && definition.lookingAt() && definition.group(1).startsWith("^");
      if (!indented) {
        list = footnote || LIST_ITEM.matcher(line).lookingAt() || list && !blank;
      }
      indentedCode = indented && (indentedCode || blank && !list);
      blank = false;
      if (!code[i] && !indentedCode && definition.lookingAt() && !footnote) {
        labels.add(label(definition.group(1)));
      }
      if (footnote) {
        int text = line.indexOf(':') + 1;
        line = " ".repeat(text) + line.substring(text);
      }
      lines[i] = code[i] || indentedCode || definition.lookingAt() && !footnote ? " ".repeat(line.length()) : CODE_SPAN.matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
    }
    return find(String.join("\n", lines), markdown, true, labels);
  }

  /**
   * The placeholders of {@code masked} (the text {@code text} with what is not published blanked
   * out, character for character), each at its line; in Markdown, one that is a link's text ("[TK](…)", "[XXX][film]", "[tk]"
   * with a definition of "tk" among {@code labels}) is a link, which shows its word bare.
   */
  private static java.util.List<Found> find(String masked, String text, boolean markdown, java.util.Set<String> labels) {
    java.util.List<Found> found = new java.util.ArrayList<>();
    Matcher m = MARK.matcher(masked);
    while (m.find()) {
      String inner = masked.substring(m.start() + 1, m.end() - 1);
      Matcher tail = LINK_TAIL.matcher(masked).region(m.end(), masked.length());
      boolean link = false;
      if (markdown && tail.lookingAt()) {
        link = tail.group().equals("(") || labels.contains(label(tail.group(1).isBlank() ? inner : tail.group(1)));
      } else if (markdown) {
        link = labels.contains(label(inner));
      }
      if (!link) {
        int line = (int) masked.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        found.add(new Found(line, text.substring(m.start(), m.end())));
      }
    }
    return found;
  }

  /** A link's label as Markdown matches it: without case, its spaces as one. */
  private static String label(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
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
