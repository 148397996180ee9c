package org.briefing.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.XmlChars;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Turns composed YAML nodes into plain values, recording each value's line. A value that aliases
 * ({@code *name}) repeat is converted once and shared, and what the aliases copy is counted as if
 * written out, so that a "billion laughs" document stops at {@link InputLimits#YAML_ALIAS_COPIES}
 * instead of filling the memory of whatever walks it later; an alias inside its own anchor's value
 * is an error rather than an endless value.
 */
final class YamlValues {
  private final Path file;
  private final int firstLine;
  /** The YAML's text, whose lines a block value ({@code |}, {@code >}) is read from. */
  private final String[] textLines;
  private final Map<String, Integer> lines;
  private final Map<Node, Object> converted = new IdentityHashMap<>();
  private final Map<Node, Long> sizes = new IdentityHashMap<>();
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private long copied;
  /** The values that a YAML comment would cut, each an error at its line ({@link #refuseCutByComment}). */
  private final java.util.List<Problem> cut = new java.util.ArrayList<>();

  YamlValues(Path file, int firstLine, Map<String, Integer> lines, String text) {
    this.file = file;
    this.textLines = text.split("\r?\n|\r", -1);
    this.firstLine = firstLine;
    this.lines = lines;
  }

  /** The values of the document {@code root}; every value a comment cuts is reported, not only the first. */
  Object convert(Node root) {
    Object values = convert(root, "", YamlReader.line(firstLine, root));
    if (!cut.isEmpty()) {
      throw new BuildFailure(cut);
    }
    return values;
  }

  /** @param line the line of the field that holds this value, which is where an alias to it is written */
  private Object convert(Node node, String path, int line) {
    if (open.contains(node)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file, line),
          "the alias '*" + anchor(node) + "' is used inside the value it names, which would make the value endless",
          "repeat the value itself instead of the alias, or anchor a smaller part of it"));
    }
    Object done = converted.get(node);
    if (done != null || converted.containsKey(node)) {
      lines.putIfAbsent(path, line);
      copied += sizes.get(node);
      if (copied > InputLimits.YAML_ALIAS_COPIES) {
        throw new BuildFailure(Problem.error(SourcePosition.of(file, line),
            "the aliases of this file copy more than " + InputLimits.YAML_ALIAS_COPIES + " values",
            "write the values out, or use fewer aliases of aliases; each level of them multiplies what is copied"));
      }
      return done;
    }
    if (!path.isEmpty()) {
      lines.put(path, YamlReader.line(firstLine, node));
    }
    open.add(node);
    long size = 1;
    Object value;
    if (node instanceof ScalarNode scalar) {
      value = scalar(scalar, path);
    } else if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        // an alias has no place of its own in the node tree; the list's field is where it is written
        int itemLine = converted.containsKey(item) || open.contains(item) ? line : YamlReader.line(firstLine, item);
        list.add(convert(item, path + "." + list.size(), itemLine));
        size += sizes.getOrDefault(item, 0L);
      }
      value = Collections.unmodifiableList(list);
    } else {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          throw new BuildFailure(Problem.error(YamlReader.position(file, firstLine, keyNode), "a field name must be plain text",
              "write the field as 'name: value'"));
        }
        String key = keyScalar.getValue();
        if (map.containsKey(key)) {
          throw new BuildFailure(Problem.error(YamlReader.position(file, firstLine, keyNode),
              "the field '" + key + "' is given twice", "keep one of the two '" + key + ":' lines"));
        }
        refuseForbidden(key, keyScalar, "the field name '" + printable(key) + "'");
        String childPath = path.isEmpty() ? key : path + "." + key;
        map.put(key, convert(tuple.getValueNode(), childPath, YamlReader.line(firstLine, keyNode)));
        // a field is reported at its name's line, also when its value starts on the next one
        lines.put(childPath, YamlReader.line(firstLine, keyNode));
        size += sizes.getOrDefault(tuple.getValueNode(), 0L);
      }
      value = Collections.unmodifiableMap(map);
    }
    open.remove(node);
    converted.put(node, value);
    sizes.put(node, size);
    return value;
  }

  private Object scalar(ScalarNode scalar, String path) {
    refuseForbidden(scalar.getValue(), scalar, path.isEmpty() ? "the value" : "the value of '" + path + "'");
    if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
      refuseCommentLines(scalar, path);
    } else {
      refuseCutByComment(scalar, path);
    }
    return YamlReader.scalar(scalar);
  }

  /**
   * A plain value followed on its line by ' #1' or ' #hashtag': YAML ends the value at ' #' and
   * reads the rest as a comment, so "the #1 market" would lose its last words without a sign. The
   * editor meant text, as '#' with a word is at a line's start in a block value; a comment after
   * a value is written '# note', with a space (or nothing) after the '#'. So is a quoted value
   * followed by ' #word' ('"Sales" #up'): the words after its closing quote would be lost.
   */
  private void refuseCutByComment(ScalarNode scalar, String path) {
    var end = scalar.getEndMark().orElse(null);
    if (end == null || path.isEmpty() || end.getLine() >= textLines.length) {
      return;
    }
    String line = textLines[end.getLine()];
    int at;
    try {
      at = line.offsetByCodePoints(0, end.getColumn()); // YAML counts columns in code points
    } catch (IndexOutOfBoundsException notOnThisLine) {
      return;
    }
    java.util.regex.Matcher after = CUT_BY_COMMENT.matcher(line).region(at, line.length());
    if (!after.lookingAt() || COMMENT_LINE.matcher(after.group(1)).lookingAt()) {
      return;
    }
    if (NOT_TEXT.matcher(scalar.getValue()).matches()) {
      return; // 'draft: false #legal-ok', 'date: 2021-10-18T10:00 #CEST': a note after a value that is no text loses no words
    }
    String lost = after.group(1).strip();
    var start = scalar.getStartMark().orElse(null);
    boolean quoted = scalar.getScalarStyle() != ScalarStyle.PLAIN;
    // a quoted value on one line is offered whole, quotes and all, as the text the editor wrote
    String meant = quoted && start != null && start.getLine() == end.getLine()
        ? line.substring(line.offsetByCodePoints(0, start.getColumn())).strip()
        : (scalar.getValue() + line.substring(at)).strip();
    String key = path.substring(path.lastIndexOf('.') + 1);
    boolean number = NUMBER.matcher(scalar.getValue()).matches();
    cut.add(Problem.error(SourcePosition.of(file, firstLine + end.getLine()),
        "'" + printable(lost) + "' would be lost from '" + path + "': after a space YAML reads '#' as the start of a comment, so '"
            + path + "' would be " + (scalar.getValue().isEmpty() ? "empty" : "'" + printable(scalar.getValue()) + "'"),
        (number ? "if it is a note, write a space after the '#' ('# note'); if it is text, put the whole value in quotes: "
            : "put the whole value in quotes: ") + (key.matches("[0-9]+") ? "- " : key + ": ") + YamlText.quote(meant)
            + (number ? "" : "; a note after a value is written with a space after the '#' ('# note')")));
  }

  /** A value that is true or false, or a date or time: a '#word' after it is a note, not words cut from a text. */
  private static final java.util.regex.Pattern NOT_TEXT = java.util.regex.Pattern.compile(
      "(?i)true|false|yes|no|on|off|\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt ][0-9:.]+(?:[Zz]|\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9][0-9_.,]*");

  /** Spaces or tabs, then a YAML comment to the end of the line. */
  private static final java.util.regex.Pattern CUT_BY_COMMENT = java.util.regex.Pattern.compile("[ \t]+(#.*)");

  /**
   * A line of a block value ({@code |}, {@code >-}) that reads as a YAML comment ('#' and a space,
   * or '#' alone, after the indentation) is text to YAML, and would be published; the editor wrote
   * it as a note. '#' with a word ({@code #NATO2021}, {@code #1}) is text, as in prose.
   */
  private void refuseCommentLines(ScalarNode scalar, String path) {
    int start = scalar.getStartMark().map(m -> m.getLine()).orElse(-1);
    if (start < 0) {
      return;
    }
    int end = Math.min(textLines.length - 1, scalar.getEndMark().map(m -> m.getLine()).orElse(textLines.length - 1));
    int startIndent = textLines[start].length() - textLines[start].stripLeading().length();
    int indent = -1;
    for (int i = start + 1; i <= end; i++) {
      String line = textLines[i];
      String content = line.stripLeading();
      if (content.isEmpty()) {
        continue;
      }
      int at = line.length() - content.length();
      if (indent < 0) {
        indent = at;
      }
      if (at < indent || at <= startIndent) {
        return; // the value ended; a '#' line here is a comment of the file
      }
      if (COMMENT_LINE.matcher(content).lookingAt()) {
        throw new BuildFailure(Problem.error(SourcePosition.of(file, firstLine + i),
            "this '#' line is inside the multi-line value of '" + path + "', where YAML reads it as text, and it would be published",
            "move the note above the field ('" + topKey(path) + ":'), where '#' starts a comment; if the line really starts with '#', "
                + "quote the value instead"));
      }
    }
  }

  private static final java.util.regex.Pattern COMMENT_LINE = java.util.regex.Pattern.compile("#+(\\s|$)");

  private static String topKey(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** Characters that XML cannot carry are refused where they are written, so no feed or sitemap ever holds one. */
  private void refuseForbidden(String text, ScalarNode node, String what) {
    int at = XmlChars.firstForbidden(text);
    if (at >= 0) {
      throw new BuildFailure(Problem.error(YamlReader.position(file, firstLine, node),
          what + " contains the character " + XmlChars.name(text.charAt(at)) + ", which web pages, feeds and sitemaps cannot carry",
          "delete it; in double quotes look for an escape such as \\0, \\x01, \\e, \\f or \\uFFFE"));
    }
  }

  private static String printable(String text) {
    return XmlChars.strip(text);
  }

  private static String anchor(Node node) {
    return node.getAnchor().map(Object::toString).orElse("?");
  }
}
