package org.briefing.load;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * A content file split into its YAML front matter and its Markdown body, each with the line of
 * the whole file where it starts, so that errors in either can name the right line.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

  /** Splits {@code text}; a file without a front-matter block is an error naming what to add. */
  public static FrontMatter split(String text, Path file) {
    if (firstLine(text).stripTrailing().equals("+++")) {
      // Hugo's and Zola's other format: told only that there was no block, an editor could not see why
      throw new BuildFailure(Problem.error(SourcePosition.of(file, 1),
          "the front matter is TOML (between '+++' lines), which Briefing does not read: its front matter is YAML between '---' lines",
          "make both '+++' lines '---', and write each field as YAML: 'title = \"Talks resume\"' becomes 'title: Talks resume', "
              + "'topics = [\"NATO\"]' becomes 'topics: [NATO]'"));
    }
    if (!text.startsWith("---") || !isFence(firstLine(text))) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file, 1),
          "the file does not start with a front-matter block",
          "begin the file with a line '---', then 'title: …' and 'date: …', then another '---'"));
    }
    int start = text.indexOf('\n');
    if (start < 0) {
      throw unclosed(file);
    }
    start++;
    int line = 2;
    int pos = start;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (isFence(current) || current.stripTrailing().equals("...")) {
        String yaml = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        int second = fieldsBlock(body);
        if (second >= 0) {
          boolean next = body.lines().limit(second).allMatch(String::isBlank);
          throw new BuildFailure(Problem.error(SourcePosition.of(file, line + 1 + second), next
              ? "a second front-matter block, which would be published as the text"
              : "a block of front-matter fields inside the text, which would be published as the text",
              next ? "merge its fields into the first block, or remove it"
                  : "move its fields into the front-matter block at the top of the file, or remove the block"));
        }
        return new FrontMatter(yaml, 2, body, line + 1);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw unclosed(file);
  }

  /**
   * A line that opens a YAML mapping entry, "draft: true", "topics:", "'draft': true" or " draft: true":
   * a lower-case key that starts with a letter, quoted or not, indented by three spaces at most
   * (four make a sample of code). A line of prose ("Update: the story was corrected") opens with a
   * capital, a line of a timeline ("2014: Russia annexes Crimea.") with a number. A "draft" given
   * true or false is a field in any case ("Draft: true"; "Draft: the plan was leaked" is prose).
   */
  private static final Pattern FIELD = Pattern.compile("^ {0,3}(\"[a-z_][a-z0-9_-]*\"|'[a-z_][a-z0-9_-]*'|[a-z_][a-z0-9_-]*)[ \\t]*:(\\s|$)"
      // the field that holds a story back, however it is written: a draft must not be published as text
      + "|^ {0,3}[\"']?(?i:draft)[\"']?[ \\t]*:[ \\t]*[\"']?(?i:true|false|yes|no|on|off)[\"']?[ \\t]*$");

  /**
   * The line of {@code body} (0 for its first) where a block of fields opens, or -1: a '---' line
   * outside fenced code, then up to a closing '---' (or '...') only fields, their indented values,
   * list items, comments and blank lines, at least one of them a field. Markdown reads it as a rule
   * and a heading, so the fields (a 'draft: true', a note to editors, a second story's front matter
   * pasted into this one) would be published as text: right under the front matter or anywhere
   * below. A rule between paragraphs of prose, or around an editor's note in capitals ("Update: …"),
   * is left as it is.
   */
  static int fieldsBlock(String body) {
    String[] lines = body.split("\\n", -1);
    boolean[] code = FencedCode.lines(lines);
    for (int i = 0; i < lines.length; i++) {
      if (!code[i] && isFence(lines[i]) && fieldsFollow(lines, i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the lines from {@code from} are fields, up to a closing fence. */
  private static boolean fieldsFollow(String[] lines, int from) {
    boolean field = false;
    for (int j = from; j < lines.length; j++) {
      String current = lines[j];
      if (isFence(current) || current.stripTrailing().equals("...")) {
        return field;
      } else if (FIELD.matcher(current).find()) {
        field = true;
      } else if (!current.isBlank() && !inBlock(current)) {
        return false;
      }
    }
    return false;
  }


  /** An indented value, a list item or a comment: a line of a block that is no field of its own. */
  private static boolean inBlock(String line) {
    return !line.isBlank() && (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("#")
        || line.stripTrailing().equals("-") || line.startsWith("- ") || line.startsWith("-\t"));
  }

  private static BuildFailure unclosed(Path file) {
    return new BuildFailure(Problem.error(SourcePosition.of(file, 1),
        "the front-matter block that starts here is never closed",
        "add a line '---' after the last front-matter field"));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals("---");
  }
}
