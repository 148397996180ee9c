package org.briefing.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names one kind of YAML block may use: its own fields (each perhaps with the fields of
 * its group or of each group in its list), names other generators use for the same fields, and
 * whether its names are the site's own (the ids of {@code sources.yaml}, a {@code params:} group).
 *
 * @param what how messages name the block: "a story", "'image'"
 * @param fields the known fields in documented order, each with the schema of its nested groups or null
 * @param aliases other names accepted for a field, to the field's name
 * @param open whether any name is accepted here (the names are the site's own)
 * @param each for an open block, the schema of each group it holds, else null
 * @param unknownHint what an unknown field far from any known one does, for the warning's hint
 * @param hold the field that keeps the file unpublished ("draft"), or null when the block has none
 * @param refusesUnknown whether any unknown top-level name is an error, not only a typo's
 */
public record FieldSchema(String what, Map<String, FieldSchema> fields, Map<String, String> aliases, boolean open,
    FieldSchema each, String unknownHint, String hold, boolean refusesUnknown) {
  public FieldSchema {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    aliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
  }

  /** A block with exactly these fields, none of them groups. */
  public static FieldSchema of(String what, List<String> names) {
    Map<String, FieldSchema> fields = new LinkedHashMap<>();
    names.forEach(n -> fields.put(n, null));
    return new FieldSchema(what, fields, Map.of(), false, null,
        what + " takes " + list(names) + "; this field is left out", null, false);
  }

  /** A block whose names are the site's own; each group in it follows {@code each} (null: anything goes). */
  public static FieldSchema open(String what, FieldSchema each) {
    return new FieldSchema(what, Map.of(), Map.of(), true, each, "", null, false);
  }

  /** This schema with {@code name} holding a group (or a list of groups) of {@code nested}'s fields. */
  public FieldSchema with(String name, FieldSchema nested) {
    Map<String, FieldSchema> more = new LinkedHashMap<>(fields);
    more.put(name, nested);
    return new FieldSchema(what, more, aliases, open, each, unknownHint, hold, refusesUnknown);
  }

  /** This schema taking {@code alias} as another name of {@code field}. */
  public FieldSchema alias(String alias, String field) {
    Map<String, String> more = new LinkedHashMap<>(aliases);
    more.put(alias, field);
    return new FieldSchema(what, fields, more, open, each, unknownHint, hold, refusesUnknown);
  }

  /** This schema with another hint for fields it does not know. */
  public FieldSchema unknown(String hint) {
    return new FieldSchema(what, fields, aliases, open, each, hint, hold, refusesUnknown);
  }

  /**
   * This schema with its field {@code field} keeping the file unpublished when true: given no
   * value, or another generator's field of that meaning given instead, it is an error
   * ({@link FieldCheck}), since the file would be published.
   */
  public FieldSchema holdingBy(String field) {
    return new FieldSchema(what, fields, aliases, open, each, unknownHint, field, refusesUnknown);
  }

  /**
   * This schema with every unknown top-level name an error: for a block that has no params to
   * keep it in (an edition file, a page), where the field would be dropped, and what the editor
   * meant by it (a date to wait for, a hold) with it.
   */
  public FieldSchema refusingUnknown() {
    return new FieldSchema(what, fields, aliases, open, each, unknownHint, hold, true);
  }

  public boolean knows(String name) {
    return fields.containsKey(name);
  }

  private static String list(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
