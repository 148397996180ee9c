package org.briefing.language;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the theme prints in one language, as read by {@link StringsLoader}: every key of the
 * bundled English file, each a text or, for a key chosen by a number, its plural forms by CLDR
 * category. Texts hold {@code {name}} places that are filled in when printed; the date keys
 * are {@link DateTimeFormatter} patterns.
 */
public final class ThemeStrings {
  /** The keys whose values are date patterns. */
  public static final List<String> DATE_KEYS = List.of("date_full", "date", "date_time", "date_short", "month");

  private static final Pattern PLACE = Pattern.compile("\\{([a-z_]+)\\}");

  private final String language;
  private final Locale locale;
  private final Map<String, Object> values;
  private final Map<String, List<String>> places;
  private final Map<String, DateTimeFormatter> dates = new LinkedHashMap<>();

  /**
   * @param values each key's text, or its forms by plural category (a map with "other"), in the English file's order
   * @param places the places each key's text may hold, in the order the theme gives them
   */
  ThemeStrings(String language, Map<String, Object> values, Map<String, List<String>> places) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.places = Map.copyOf(places);
    for (String key : DATE_KEYS) {
      dates.put(key, DateTimeFormatter.ofPattern(text(key), locale));
    }
  }

  /** The site's language tag, as written in its configuration. */
  public String language() {
    return language;
  }

  public Locale locale() {
    return locale;
  }

  /** Every key with its text or forms, in the English file's order; what a page's fingerprint takes. */
  public Map<String, Object> values() {
    return values;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Whether {@code key} has plural forms and is chosen by a number. */
  public boolean isPlural(String key) {
    return values.get(key) instanceof Map;
  }

  /** The names of the places in {@code key}'s text, in the order a template gives their values (a count not among them). */
  public List<String> places(String key) {
    return places.getOrDefault(key, List.of());
  }

  /** The text of {@code key}, with its places left as they are. */
  public String text(String key) {
    Object value = values.get(key);
    if (value instanceof Map<?, ?> forms) {
      return String.valueOf(forms.get("other"));
    }
    if (value == null) {
      throw new IllegalArgumentException("no theme string '" + key + "'");
    }
    return (String) value;
  }

  /** The text of {@code key} with its places filled in from {@code args}. */
  public String format(String key, Map<String, ?> args) {
    return fill(text(key), args);
  }

  /** The form of {@code key} for {@code count}, with {count} and the other places filled in. */
  public String plural(String key, long count, Map<String, ?> args) {
    Map<String, Object> all = new LinkedHashMap<>(args);
    all.put("count", count);
    return fill(form(key, count), all);
  }

  /** The form of {@code key} for {@code count}, its places left as they are; the text of a key without forms. */
  public String form(String key, long count) {
    if (values.get(key) instanceof Map<?, ?> forms) {
      Object chosen = forms.get(Plurals.category(language, count));
      return String.valueOf(chosen != null ? chosen : forms.get("other"));
    }
    return text(key);
  }

  /**
   * {@code text} cut at its places: the literal parts at even indexes, the names of the places
   * at odd ones ("By {authors}." gives "By ", "authors", ".").
   */
  public static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = PLACE.matcher(text);
    int from = 0;
    while (m.find()) {
      parts.add(text.substring(from, m.start()));
      parts.add(m.group(1));
      from = m.end();
    }
    parts.add(text.substring(from));
    return parts;
  }

  public String plural(String key, long count) {
    return plural(key, count, Map.of());
  }

  /** The formatter of a date key ("date_short"), in the site's language. */
  public DateTimeFormatter date(String key) {
    DateTimeFormatter formatter = dates.get(key);
    if (formatter == null) {
      throw new IllegalArgumentException("no date format '" + key + "'");
    }
    return formatter;
  }

  /** "a, b and c": {@code items} joined with the language's separators. */
  public String join(List<String> items) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        joined.append(text(i == items.size() - 1 ? "list_last_separator" : "list_separator"));
      }
      joined.append(items.get(i));
    }
    return joined.toString();
  }

  /** The bundled English text of {@code key}: what Briefing's own defaults are written in. */
  public static String english(String key) {
    Object value = English.VALUES.get(key);
    return value instanceof String text ? text : "";
  }

  /** The bundled English file, read once: it is part of the jar, and a page's data asks for its texts (once per grouping). */
  private static final class English {
    static final Map<String, Object> VALUES = Collections.unmodifiableMap(new LinkedHashMap<>(StringsLoader.bundled("en").values()));
  }

  /** The names of the places in {@code text}, in order of appearance. */
  static List<String> placesIn(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      if (!names.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static String fill(String text, Map<String, ?> args) {
    if (text.indexOf('{') < 0) {
      return text;
    }
    Matcher m = PLACE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = args.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
