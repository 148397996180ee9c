package org.briefing.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML mapping (YAML 1.2 core schema, so dates stay text and {@code NO} stays "NO") and
 * reports syntax errors at their line in the whole file.
 */
public final class YamlReader {
  private static final String HINT =
      "check the YAML near this line: indentation, a missing ':' or a value with ':' or '#' that needs quotes";

  private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(50).build();

  private YamlReader() {}

  /**
   * Parses {@code text}, which starts at line {@code firstLine} of {@code file}.
   *
   * @throws BuildFailure for a syntax error, a duplicate key, or a document that is not a mapping
   */
  public static YamlData read(String text, Path file, int firstLine) {
    Optional<Node> root;
    try {
      root = new Compose(SETTINGS).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw new BuildFailure(Problem.error(new SourcePosition(file, line, column), "YAML syntax error: " + problem, HINT));
    } catch (YamlEngineException e) {
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
    Map<String, Object> values = (Map<String, Object>) convert(node, "", file, firstLine, lines);
    return new YamlData(values, lines, firstLine);
  }

  private static Object convert(Node node, String path, Path file, int firstLine, Map<String, Integer> lines) {
    if (!path.isEmpty()) {
      lines.put(path, line(firstLine, node));
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        list.add(convert(item, path + "." + list.size(), file, firstLine, lines));
      }
      return java.util.Collections.unmodifiableList(list);
    }
    MappingNode mapping = (MappingNode) node;
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        throw new BuildFailure(Problem.error(position(file, firstLine, keyNode), "a field name must be plain text", "write the field as 'name: value'"));
      }
      String key = keyScalar.getValue();
      if (map.containsKey(key)) {
        throw new BuildFailure(Problem.error(position(file, firstLine, keyNode),
            "the field '" + key + "' is given twice", "keep one of the two '" + key + ":' lines"));
      }
      String childPath = path.isEmpty() ? key : path + "." + key;
      map.put(key, convert(tuple.getValueNode(), childPath, file, firstLine, lines));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static Object scalar(ScalarNode scalar) {
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
        return Long.decode(value.replace("0o", "0"));
      } else if (Tag.FLOAT.equals(tag)) {
        return Double.parseDouble(value);
      }
    } catch (NumberFormatException e) {
      return value;
    }
    return value;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  private static int line(int firstLine, Node node) {
    return node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
  }

  private static SourcePosition position(Path file, int firstLine, Node node) {
    return new SourcePosition(file, line(firstLine, node), node.getStartMark().map(m -> m.getColumn() + 1).orElse(0));
  }

  private static String describe(Node node) {
    return node instanceof SequenceNode ? "list" : "single value";
  }
}
