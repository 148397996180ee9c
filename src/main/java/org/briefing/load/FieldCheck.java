package org.briefing.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Checks the field names of a YAML block against its {@link FieldSchema}, so that a typo never
 * silently changes what is published: a name within two edits of a known field is an error that
 * names the field it probably meant, any other unknown name a warning (an error where the schema
 * refuses unknown names), and the names the site declares as its own pass. Names other generators use for a field are renamed to it.
 */
public final class FieldCheck {
  private final FieldSchema schema;
  private final Set<String> declared;
  private final String declareHint;

  /**
   * @param declared top-level names the site declared as its own, accepted without a word
   * @param declareHint how to declare a name of one's own, ending a typo's hint ("" for none)
   */
  public FieldCheck(FieldSchema schema, Set<String> declared, String declareHint) {
    this.schema = schema;
    this.declared = Set.copyOf(declared);
    this.declareHint = declareHint;
  }

  public FieldSchema schema() {
    return schema;
  }

  public boolean isDeclared(String name) {
    return declared.contains(name);
  }

  /**
   * Reports the unknown names of {@code yaml}, from {@code file}, to {@code problems}, and returns
   * it with every alias renamed to its field (the order of the fields kept).
   */
  public YamlData check(Path file, YamlData yaml, Problems problems) {
    check(file, yaml, "", yaml.values(), schema, true, problems);
    String hold = schema.hold();
    if (hold != null && yaml.values().containsKey(hold) && yaml.values().get(hold) == null) {
      // "draft:" left when "true" was deleted reads as false, and would publish the file even below a folder that holds it
      problems.error(SourcePosition.of(file, yaml.lineOf(hold)), "'" + hold + "' has no value, and the file would be published", holdHint("the line"));
    }
    return renamed(file, yaml, problems);
  }

  /**
   * Other generators' fields that keep a file unpublished, with the values that do so there:
   * Briefing does not read them, so a file that says so would be published.
   */
  private static final Map<String, Set<String>> HELD_ELSEWHERE = Map.of(
      "published", Set.of("false", "no", "off"),
      "status", Set.of("draft", "private", "pending", "future", "scheduled", "unpublished", "hidden", "embargoed", "trash", "auto-draft"),
      "is_draft", Set.of("true", "yes"),
      "unpublished", Set.of("true", "yes"),
      "hidden", Set.of("true", "yes"),
      "private", Set.of("true", "yes"),
      "unlisted", Set.of("true", "yes"),
      "embargoed", Set.of("true", "yes"));

  /**
   * Other generators' fields that schedule, expire or hide a file whatever their value (Hugo's
   * publishDate, expiryDate, _build, headless): here a story's own 'date:' decides when it is out.
   */
  private static final Set<String> SCHEDULED_ELSEWHERE = Set.of("publishdate", "publish_date", "expirydate", "expiry_date", "expires",
      "unpublishdate", "_build", "headless");

  /** Whether {@code name: value}, a field {@code schema} does not know (nor an alias), holds a file back for another generator. */
  private static boolean heldElsewhere(FieldSchema schema, String name, Object value) {
    String lower = name.toLowerCase(Locale.ROOT);
    Set<String> held = HELD_ELSEWHERE.get(lower);
    if (schema.hold() == null || value == null) {
      return false;
    }
    return SCHEDULED_ELSEWHERE.contains(lower) ? !Boolean.FALSE.equals(value)
        : held != null && held.contains(String.valueOf(value).strip().toLowerCase(Locale.ROOT));
  }

  private String holdHint(String what) {
    return "write '" + schema.hold() + ": true' to keep it unpublished, or delete " + what + " to publish it";
  }

  /** Another generator's way of holding the file back, which Briefing does not read: an error, as the file would be published. */
  private void reportHeldElsewhere(Path file, YamlData yaml, String name, Object value, Problems problems) {
    String shown = value instanceof Map || value instanceof List ? name : name + ": " + value;
    problems.error(SourcePosition.of(file, yaml.lineOf(name)), "Briefing does not read '" + shown
        + "' (another generator's way of holding a file back), and the file would be published",
        holdHint("'" + name + "'") + (declareHint.isEmpty() ? "" : ". " + declareHint.replace("NAME", name)));
  }

  /**
   * Whether {@code name: value}, a field the schema of an item (a source, a correction, a menu
   * link) does not know, is a hold: Briefing holds back whole files, never one item of a field.
   */
  static boolean heldItem(String name, Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String said = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
    Set<String> held = lower.equals("draft") ? HELD_ELSEWHERE.get("hidden") : HELD_ELSEWHERE.get(lower);
    return held != null && held.contains(said);
  }

  /** A hold on one item, which Briefing does not read: an error, as the item would be published. */
  private void reportHeldItem(Path file, YamlData yaml, String path, String name, Object value, FieldSchema item, Problems problems) {
    String whole = schema.hold() == null ? ""
        : ", or hold the whole " + schema.what().replaceFirst("^an? ", "") + " with '" + schema.hold() + ": true'";
    problems.error(SourcePosition.of(file, yaml.lineOf(path)), "'" + name + ": " + value + "' does not hold back " + item.what()
        + " (Briefing holds back only whole files), and it would be published",
        "remove the item from the file to leave it out" + whole);
  }

  private void check(Path file, YamlData yaml, String prefix, Map<?, ?> map, FieldSchema schema, boolean top, Problems problems) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      if (schema.open()) {
        nested(file, yaml, path, entry.getValue(), schema.each(), problems);
      } else if (schema.knows(name)) {
        nested(file, yaml, path, entry.getValue(), schema.fields().get(name), problems);
      } else if (!schema.aliases().containsKey(name) && !(top && declared.contains(name))) {
        if (top && heldElsewhere(schema, name, entry.getValue())) {
          reportHeldElsewhere(file, yaml, name, entry.getValue(), problems);
        } else if (!top && heldItem(name, entry.getValue())) {
          reportHeldItem(file, yaml, path, name, entry.getValue(), schema, problems);
        } else {
          unknown(file, yaml, path, name, schema, top, problems);
        }
      }
    }
  }

  private void nested(Path file, YamlData yaml, String path, Object value, FieldSchema nested, Problems problems) {
    if (nested == null) {
      return;
    }
    if (value instanceof Map<?, ?> group) {
      check(file, yaml, path, group, nested, false, problems);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof Map<?, ?> group) {
          check(file, yaml, path + "." + i, group, nested, false, problems);
        }
      }
    }
  }

  private void unknown(Path file, YamlData yaml, String path, String name, FieldSchema schema, boolean top, Problems problems) {
    SourcePosition at = SourcePosition.of(file, yaml.lineOf(path));
    String where = top ? "" : " in " + schema.what();
    String meant = closest(name, schema);
    if (meant != null) {
      String hint = "did you mean '" + meant + "'?";
      problems.error(at, "unknown field '" + name + "'" + where,
          top && !declareHint.isEmpty() ? hint + " " + declareHint.replace("NAME", name) : hint);
    } else if (top && schema.refusesUnknown()) {
      problems.error(at, "unknown field '" + name + "'", schema.unknownHint().replace("NAME", name));
    } else {
      problems.warning(at, "unknown field '" + name + "'" + where, schema.unknownHint().replace("NAME", name));
    }
  }

  /** The known field (or the field of an alias) {@code name} is probably a typo of; null when none is close. */
  static String closest(String name, FieldSchema schema) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : schema.fields().keySet()) {
      int d = typoDistance(name, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    for (Map.Entry<String, String> alias : schema.aliases().entrySet()) {
      int d = typoDistance(name, alias.getKey());
      if (d < bestDistance) {
        best = alias.getValue();
        bestDistance = d;
      }
    }
    return bestDistance == Integer.MAX_VALUE ? null : best;
  }

  /**
   * The edits between two names when one is a likely typo of the other, else {@code MAX_VALUE}.
   * Case and '-' for '_' count as nothing; short names allow one edit, so that a field of one's
   * own such as 'desk' is not taken for 'date', longer ones two.
   */
  public static int typoDistance(String name, String known) {
    String a = normal(name);
    String b = normal(known);
    int limit = Math.min(a.length(), b.length()) <= 4 ? 1 : 2;
    int d = Math.abs(a.length() - b.length()) > limit ? limit + 1 : editDistance(a, b);
    return d <= limit ? d : Integer.MAX_VALUE;
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
  public static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** {@code yaml} with its top-level aliases renamed; an alias given beside its field is an error. */
  private YamlData renamed(Path file, YamlData yaml, Problems problems) {
    if (schema.aliases().isEmpty() || yaml.values().keySet().stream().noneMatch(schema.aliases()::containsKey)) {
      return yaml;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>(yaml.lines());
    for (Map.Entry<String, Object> e : yaml.values().entrySet()) {
      String field = schema.aliases().get(e.getKey());
      if (field == null) {
        values.put(e.getKey(), e.getValue());
        continue;
      }
      if (yaml.values().containsKey(field)) {
        problems.error(SourcePosition.of(file, yaml.lineOf(e.getKey())),
            "'" + e.getKey() + "' is another name for '" + field + "', which is given too", "keep one of the two lines");
        continue;
      }
      values.put(field, e.getValue());
      yaml.lines().forEach((path, line) -> {
        if (path.equals(e.getKey()) || path.startsWith(e.getKey() + ".")) {
          lines.put(field + path.substring(e.getKey().length()), line);
        }
      });
    }
    return new YamlData(values, lines, yaml.firstLine());
  }
}
