package org.briefing.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML mapping (YAML 1.2 core schema, so dates stay text and {@code NO} stays "NO") and
 * reports syntax errors at their line in the whole file.
 */
public final class YamlReader {
  private static final String HINT =
      "check the YAML near this line: indentation, a missing ':' or a value with ':' or '#' that needs quotes";

  // the parser's cap on aliases of lists and maps (50 by default) refused harmless files in its own words at the
  // first line; ParserGuard and YamlValues stop at Briefing's limit first, and the cap stays as a backstop
  private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(InputLimits.YAML_ALIAS_COPIES)
      .setCodePointLimit((int) InputLimits.SOURCES_FILE_BYTES).setSchema(new CoreSchema()).build();

  private YamlReader() {}

  /**
   * Parses {@code text}, which starts at line {@code firstLine} of {@code file}.
   *
   * @throws BuildFailure for a syntax error, a duplicate key, or a document that is not a mapping
   */
  public static YamlData read(String text, Path file, int firstLine) {
    Optional<Node> root;
    try {
      Parser parser = new ParserGuard(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text)), file, firstLine);
      root = new Composer(SETTINGS, parser).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      refuseUnreadable(text, file, firstLine);
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw new BuildFailure(Problem.error(new SourcePosition(file, line, column), "YAML syntax error: " + problem, HINT));
    } catch (YamlEngineException e) {
      refuseUnreadable(text, file, firstLine);
      throw new BuildFailure(Problem.error(SourcePosition.of(file, firstLine), "YAML error: " + e.getMessage(), HINT));
    }
    if (root.isEmpty() || isNull(root.get())) {
      return YamlData.empty(firstLine);
    }
    Node node = root.get();
    if (!(node instanceof MappingNode)) {
      throw new BuildFailure(Problem.error(position(file, firstLine, node),
          "expected 'key: value' lines, found a " + describe(node), "start each line with a field name and a colon, e.g. 'title: My story'"));
    }
    Map<String, Integer> lines = new HashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) new YamlValues(file, firstLine, lines, text).convert(node);
    return new YamlData(values, lines, firstLine);
  }

  /**
   * A character YAML cannot read (a control character other than tab and line breaks, U+FFFE, U+FFFF), reported at its line
   * and column with its code: the parser's own message ("special characters are not allowed") named neither, nor the line.
   */
  private static void refuseUnreadable(String text, Path file, int firstLine) {
    int lineStart = 0;
    int line = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      if (cp == '\n') {
        line++;
        lineStart = i + 1;
      } else if (!StreamReader.isPrintable(cp)) {
        String before = text.substring(lineStart, i).strip();
        before = before.length() > 20 ? "…" + before.substring(before.offsetByCodePoints(before.length(), -20)) : before;
        throw new BuildFailure(Problem.error(new SourcePosition(file, firstLine + line, text.codePointCount(lineStart, i) + 1),
            "the line holds the character " + String.format(java.util.Locale.ROOT, "U+%04X", cp)
                + ", which most editors do not show, YAML cannot read and pages cannot carry",
            "delete it" + (before.isEmpty() ? ", at the start of the line" : ": it comes right after '" + before + "'")
                + "; retyping that part of the line removes it"));
      }
    }
  }

  static Object scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String value = scalar.getValue();
    if (!scalar.isPlain()) {
      return value;
    }
    try {
      if (Tag.NULL.equals(tag)) {
        return null;
      } else if (Tag.BOOL.equals(tag)) {
        return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
      } else if (Tag.INT.equals(tag)) {
        // a number written otherwise than it prints (007, +1, 0x1F, 1_000) is kept as written: a
        // text field shows what the editor typed, and a field that wants a number reads the text
        Long number = Long.decode(value.replace("0o", "0"));
        return number.toString().equals(value) ? number : value;
      } else if (Tag.FLOAT.equals(tag)) {
        Double number = Double.parseDouble(value);
        return number.toString().equals(value) ? number : value; // 2.50, 1e3, .5 likewise
      }
    } catch (NumberFormatException e) {
      return value;
    }
    return value;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  static int line(int firstLine, Node node) {
    return node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
  }

  static SourcePosition position(Path file, int firstLine, Node node) {
    return new SourcePosition(file, line(firstLine, node), node.getStartMark().map(m -> m.getColumn() + 1).orElse(0));
  }

  private static String describe(Node node) {
    return node instanceof SequenceNode ? "list" : "single value";
  }
}
