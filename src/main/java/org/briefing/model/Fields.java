package org.briefing.model;

import org.briefing.load.EditorsPlaceholders;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.load.PlainTextComments;
import org.briefing.load.YamlData;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.VisibleText;

/** Typed access to the fields of one file's YAML, reporting each wrong field at its line. */
final class Fields {
  static final int FIRST_YEAR = org.briefing.problem.InputLimits.FIRST_YEAR;
  static final int LAST_YEAR = org.briefing.problem.InputLimits.LAST_YEAR;

  private final Path file;
  private final YamlData yaml;
  private final Problems problems;
  /** The fields read as Markdown, where an HTML comment is hidden; in any other a comment is an error. */
  private final java.util.Set<String> markdown;
  private final java.util.function.Predicate<String> declared;
  private boolean failed;

  Fields(Path file, YamlData yaml, Problems problems) {
    this(file, yaml, problems, java.util.Set.of());
  }

  Fields(Path file, YamlData yaml, Problems problems, java.util.Collection<String> markdown) {
    this(file, yaml, problems, markdown, null);
  }

  /**
   * Fields of a file whose every field read must be {@code declared}: a field read but not declared
   * would be published while the typo checks call it unknown, and a typo of it would be no error.
   */
  Fields(Path file, YamlData yaml, Problems problems, java.util.Collection<String> markdown, java.util.function.Predicate<String> declared) {
    this.file = file;
    this.yaml = yaml;
    this.problems = problems;
    this.markdown = java.util.Set.copyOf(markdown);
    this.declared = declared;
  }

  boolean failed() {
    return failed;
  }

  SourcePosition at(String path) {
    return yaml.positionOf(file, path);
  }

  void error(String path, String message, String hint) {
    failed = true;
    problems.error(at(path), message, hint);
  }

  /** An error of a date after the moment of the build, which the same input no longer has from {@code moment} on. */
  void errorUntil(String path, java.time.Instant moment, String message, String hint) {
    failed = true;
    problems.add(org.briefing.problem.Problem.error(at(path), message, hint).passesAt(moment));
  }

  /** An error of the file as a whole, such as one of its name. */
  void errorInFile(String message, String hint) {
    failed = true;
    problems.error(SourcePosition.of(file), message, hint);
  }

  /** An error at a line of the file found otherwise than through the YAML, such as one of the Markdown body. */
  void errorAtLine(int line, String message, String hint) {
    failed = true;
    problems.error(SourcePosition.of(file, line), message, hint);
  }

  Object raw(String key) {
    if (declared != null && !declared.test(key)) {
      throw new IllegalStateException("the field '" + key + "' is read but not declared: add it to StoryFields.SCHEMA");
    }
    return yaml.values().get(key);
  }

  /**
   * An error for each editor's placeholder ("[TK]", "[CHECK: …]") in any field of the file, at its
   * line: {@code whose} names the file's kind in the message ("the story's"), {@code what} the
   * kind of item a draft could hold back (null for a list of the site's, which has no drafts).
   */
  void placeholders(java.util.Set<String> markdownFields, String whose, String what) {
    for (EditorsPlaceholders.InField mark : EditorsPlaceholders.inFields(yaml.values(), markdownFields)) {
      error(mark.path(), EditorsPlaceholders.message(mark.found().mark(), whose + " '" + mark.path() + "'"), EditorsPlaceholders.hint(what));
    }
  }

  boolean has(String key) {
    return raw(key) != null;
  }

  String text(String key) {
    return text(key, raw(key), key);
  }

  String text(String key, Object value, String path) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map || value instanceof List) {
      error(path, "'" + key + "' must be text, not a " + (value instanceof Map ? "group of fields" : "list"),
          "write it on one line as '" + key + ": …' (use quotes if it contains ': ')");
      return "";
    }
    String text = value.toString().strip();
    if (PlainTextComments.in(text) && !markdown.contains(key)) {
      error(path, PlainTextComments.message(path), PlainTextComments.HINT);
    }
    return text;
  }

  String required(String key, String example) {
    String value = text(key);
    if (value.isEmpty() && !failed) {
      String problem = yaml.values().containsKey(key) && raw(key) == null ? "has no value ('~' and 'null' mean none)" : "is missing or empty";
      error(key, "the required field '" + key + "' " + problem, "add a line such as '" + key + ": " + example + "'");
    }
    return value;
  }

  boolean bool(String key) {
    Object value = raw(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    error(key, "'" + key + "' must be true or false, not '" + value + "'", "write '" + key + ": true' or '" + key + ": false'");
    return false;
  }

  /** A list of texts; a single text is taken as a one-item list. */
  List<String> texts(String key) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    // a set keeps the first of each text, in a time that grows with the list, not as its square
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String item = text(key, list.get(i), key + "." + i);
        if (!item.isEmpty()) {
          out.add(item);
        }
      }
    } else {
      String item = text(key, value, key);
      if (!item.isEmpty()) {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A list of names (topics, places, authors, a grouping's terms): each composed (NFC), so that
   * a name typed two ways is one, and one with no visible character is dropped as an empty one is.
   */
  List<String> names(String key) {
    if (raw(key) instanceof List<?> list && list.size() > InputLimits.TERMS_PER_FIELD) {
      // each term has a page and a feed that list the story with all its terms: the output grows as the square of their number
      error(key, "'" + key + "' lists " + list.size() + " terms; a story may have at most " + InputLimits.TERMS_PER_FIELD + " in one field",
          "keep those that say what the story is about (a story has a handful): each has a page and a feed that show the story "
              + "with all its terms; docs/limits.md lists the limits");
      return List.of();
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String text : texts(key)) {
      String name = Slugs.name(text);
      if (VisibleText.has(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  List<?> list(String key) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    return List.of(value);
  }

  ZonedDateTime dateTime(String key, ZoneId zone) {
    return dateTime(key, raw(key), key, zone);
  }

  /**
   * The date and time {@code value}, the field {@code key} at {@code path}; null when it is left out
   * or wrong. A local time the clocks of {@code zone} skip is wrong; one they pass twice is warned of.
   */
  ZonedDateTime dateTime(String key, Object value, String path, ZoneId zone) {
    String text = text(key, value, path);
    if (text.isEmpty()) {
      emptyDate(key, value, path, "2021-10-18T14:30' or '" + key + ": 2021-10-18");
      return null;
    }
    try {
      ZonedDateTime parsed = WallClock.parse(text, zone);
      WallClock.Change change = WallClock.change(key, text, zone);
      if (change != null && change.skipped()) {
        error(path, change.message(), change.hint());
        return null;
      } else if (change != null) {
        problems.warning(at(path), change.message(), change.hint());
      }
      return inRange(path, key, text, parsed, ZonedDateTime::getYear);
    } catch (DateTimeException e) {
      error(path, "'" + key + "' is not a date: '" + text + "'",
          "use ISO 8601, e.g. 2021-10-18T14:30:00+02:00, 2021-10-18T14:30 (site time zone) or 2021-10-18");
      return null;
    }
  }

  LocalDate date(String key) {
    String value = text(key);
    if (value.isEmpty()) {
      emptyDate(key, raw(key), key, "2021-10-18");
      return null;
    }
    try {
      return inRange(key, key, value, LocalDate.parse(value), LocalDate::getYear);
    } catch (DateTimeParseException e) {
      error(key, "'" + key + "' is not a date: '" + value + "'", "write the day as YYYY-MM-DD, e.g. 2021-10-18");
      return null;
    }
  }

  /**
   * The day {@code value} gives for {@code key} at {@code path}, as written (YYYY-MM-DD), or empty
   * when it has none, or, with an error at its line, when it is no day or outside the years a date may fall in.
   */
  String day(String key, Object value, String path) {
    String text = text(key, value, path);
    if (text.isEmpty()) {
      emptyDate(key, value, path, "2021-10-18");
      return text;
    }
    try {
      return inRange(path, key, text, LocalDate.parse(text), LocalDate::getYear) == null ? "" : text;
    } catch (DateTimeParseException e) {
      error(path, "'" + key + "' is not a date: '" + text + "'", "write the day as YYYY-MM-DD, e.g. 2021-10-18");
      return "";
    }
  }

  /**
   * An error at its line for a date written empty ({@code ''}, {@code " "}): read as no date, it
   * would leave a story out of the site, or a correction off its page, without a word. A field with
   * no value at all ({@code ~}) is left out as the editor meant.
   */
  private void emptyDate(String key, Object value, String path, String example) {
    if (value instanceof String) {
      error(path, "'" + key + "' is empty", "write the date, e.g. '" + key + ": " + example + "' (quotes with nothing between them are no date)");
    }
  }

  /** A date outside these years is a typo ('0201', '20211'), and before time zones it reads in local mean time. */
  private <T> T inRange(String path, String key, String value, T date, java.util.function.ToIntFunction<T> year) {
    int y = year.applyAsInt(date);
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      error(path, "'" + key + "' is in the year " + y + ": '" + value + "'",
          "dates must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR + "; check the year for a typo");
      return null;
    }
    return date;
  }
}
