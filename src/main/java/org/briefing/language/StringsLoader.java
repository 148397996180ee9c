package org.briefing.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.load.FileTree;
import org.briefing.load.SiteFiles;
import org.briefing.load.TextFiles;
import org.briefing.load.YamlData;
import org.briefing.load.YamlReader;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Reads the theme's text for a site's language: the bundled English file gives every key, the
 * bundled file of the language (if there is one) its translation, and the site's
 * {@code templates/strings/LANG.yaml} overrides any key of it. A key the English file does not
 * have is an error at its line, so a misspelt key cannot leave the English text in place.
 */
public final class StringsLoader {
  /** The languages whose strings come with Briefing. */
  public static final List<String> BUNDLED = List.of("en", "fr", "de", "es", "ar");
  /** Where a site's strings files are, under its folder. */
  public static final String SITE_FOLDER = "templates/strings";
  private static final String RESOURCES = "/theme/strings/";

  private StringsLoader() {}

  /** The strings of {@code language} for the site in {@code siteDir}; what is wrong is reported to {@code problems}. */
  public static ThemeStrings load(Path siteDir, String language, Problems problems) {
    YamlData english = bundled("en");
    Map<String, Object> values = new LinkedHashMap<>(english.values());
    Map<String, List<String>> places = new LinkedHashMap<>();
    values.forEach((key, value) -> places.put(key, placesOf(value)));
    List<String> names = names(language);
    String bundledName = names.stream().filter(n -> BUNDLED.contains(n)).findFirst().orElse(null);
    if (bundledName != null && !bundledName.equals("en")) {
      values.putAll(bundled(bundledName).values());
    }
    Path siteFile = siteFile(siteDir, language, names, problems);
    if (siteFile == null && bundledName == null) {
      problems.error(languageLine(siteDir), "there is no text of the theme in the language '" + language + "'; Briefing has "
          + String.join(", ", BUNDLED), "translate the bundled en.yaml into " + SITE_FOLDER + "/" + language
          + ".yaml (docs/languages.md lists its keys), or set 'language:' to one of " + String.join(", ", BUNDLED));
      return new ThemeStrings(language, english.values(), places);
    }
    if (siteFile != null) {
      YamlData own = read(siteDir, siteFile);
      List<String> missing = new ArrayList<>();
      for (String key : english.values().keySet()) {
        if (!own.values().containsKey(key)) {
          missing.add(key);
        }
      }
      own.values().forEach((key, value) -> {
        Object checked = check(siteFile, own, key, value, english.values(), places.get(key), problems);
        if (checked != null) {
          values.put(key, checked);
        }
      });
      if (bundledName == null && !missing.isEmpty()) {
        problems.warning(SourcePosition.of(siteFile, 1), "Briefing has no text of its own in '" + language + "', and this file leaves out "
            + missing.size() + " key" + (missing.size() == 1 ? "" : "s") + ", printed in English: " + String.join(", ", missing),
            "add them to this file; the bundled en.yaml has every key (docs/languages.md)");
      }
    }
    return new ThemeStrings(language, values, places);
  }

  /**
   * The site's strings file of the first of {@code names} that has one under exactly its name, also
   * on a system that ignores letter case (macOS's and Windows' by default), as a template is found:
   * there {@code strings/FR.yaml} would stand for {@code fr.yaml}, and the site build otherwise than
   * on Linux. A file that only such a system would take is named in a warning, since no system reads it.
   */
  private static Path siteFile(Path siteDir, String language, List<String> names, Problems problems) {
    Path folder = siteDir.resolve(SITE_FOLDER);
    Map<Path, String> otherCase = new LinkedHashMap<>();
    Path found = null;
    for (String name : names) {
      Path file = folder.resolve(name + ".yaml");
      if (Files.isRegularFile(file) && FileTree.hasExactName(folder.getParent(), file)) {
        found = file;
        break;
      }
      Path other = FileTree.inOtherCase(folder.getParent(), file);
      if (other != null && Files.isRegularFile(other)) {
        otherCase.putIfAbsent(other, name + ".yaml");
      }
    }
    Path chosen = found;
    otherCase.forEach((other, meant) -> {
      if (!other.equals(chosen)) {
        problems.warning(SourcePosition.of(other), "no build reads this file: the strings of the language '" + language
            + "' are looked for under exactly the name " + SITE_FOLDER + "/" + meant + ", in its letter case",
            "rename it to " + SITE_FOLDER + "/" + meant + " (docs/languages.md)");
      }
    });
    return found;
  }

  /** The file names to look for, best first: the tag as written, in lower case, then its language alone ("pt-BR", "pt-br", "pt"). */
  static List<String> names(String language) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    names.add(language);
    names.add(language.toLowerCase(Locale.ROOT));
    String primary = Locale.forLanguageTag(language).getLanguage();
    if (!primary.isEmpty()) {
      names.add(primary);
    }
    return List.copyOf(names);
  }

  /** A value of the site's file, checked against the English one; null when it is wrong (and reported). */
  private static Object check(Path file, YamlData own, String key, Object value, Map<String, Object> englishValues,
      List<String> allowed, Problems problems) {
    SourcePosition at = SourcePosition.of(file, own.lineOf(key));
    Object english = englishValues.get(key);
    if (english == null) {
      String near = nearest(key, englishValues.keySet());
      problems.error(at, "'" + key + "' is not a key of the theme's strings", (near == null ? "" : "did you mean '" + near + "'? ")
          + "the keys are those of the bundled en.yaml (docs/languages.md)");
      return null;
    }
    if (value instanceof Map<?, ?> forms) {
      if (!(english instanceof Map)) {
        problems.error(at, "'" + key + "' is one text, not a list of plural forms", "write '" + key + ": your text'");
        return null;
      }
      Map<String, String> checked = new LinkedHashMap<>();
      for (Map.Entry<?, ?> form : forms.entrySet()) {
        String category = String.valueOf(form.getKey());
        SourcePosition formAt = SourcePosition.of(file, own.lineOf(key + "." + category));
        if (!Plurals.CATEGORIES.contains(category)) {
          problems.error(formAt, "'" + category + "' is not a plural form", "use " + String.join(", ", Plurals.CATEGORIES));
        } else if (!(form.getValue() instanceof String text)) {
          problems.error(formAt, "the form '" + category + "' of '" + key + "' must be a text", "write '" + category + ": \"{count} …\"'");
        } else if (checkPlaces(formAt, key, text, allowed, true, problems)) {
          checked.put(category, text);
        }
      }
      if (!forms.containsKey("other")) {
        problems.error(at, "'" + key + "' has no 'other' form", "add 'other:', the form for every number the others leave out");
        return null;
      }
      return checked.size() == forms.size() ? Map.copyOf(checked) : null;
    }
    if (!(value instanceof String text)) {
      problems.error(at, "'" + key + "' must be a text", "write '" + key + ": your text', in quotes if it holds ':' or '#'");
      return null;
    }
    if (ThemeStrings.DATE_KEYS.contains(key)) {
      DateTimeFormatter pattern;
      try {
        pattern = DateTimeFormatter.ofPattern(text);
      } catch (IllegalArgumentException e) {
        problems.error(at, "'" + key + "' is not a date pattern: " + e.getMessage(),
            "write a java.time pattern such as \"d MMMM yyyy\"; put words in 'single quotes' (docs/languages.md)");
        return null;
      }
      // the pattern must print what the theme gives it: a month, a day, or a moment
      java.time.temporal.TemporalAccessor sample = key.equals("month") ? java.time.YearMonth.of(2021, 10)
          : key.equals("date_time") ? java.time.ZonedDateTime.of(2021, 10, 18, 9, 0, 0, 0, java.time.ZoneOffset.UTC)
          : java.time.LocalDate.of(2021, 10, 18);
      try {
        pattern.format(sample);
      } catch (java.time.DateTimeException e) {
        String what = key.equals("month") ? "a month" : key.equals("date_time") ? "a moment" : "a day";
        problems.error(at, "'" + key + "' cannot print " + what + ": " + e.getMessage(), key.equals("month")
            ? "a month's pattern has only the month and the year, e.g. \"MMMM yyyy\""
            : "a day's pattern has no hours or zone, e.g. \"d MMMM yyyy\"");
        return null;
      }
      return text;
    }
    if (!checkPlaces(at, key, text, allowed, english instanceof Map, problems)) {
      return null;
    }
    // one text for a key chosen by a number is its form for every number
    return english instanceof Map ? Map.of("other", text) : text;
  }

  /** Whether every {name} of {@code text} is one the theme fills in for {@code key}; reported when not. */
  private static boolean checkPlaces(SourcePosition at, String key, String text, List<String> allowed, boolean counted,
      Problems problems) {
    for (String name : ThemeStrings.placesIn(text)) {
      if (!allowed.contains(name) && !(counted && name.equals("count"))) {
        List<String> known = new ArrayList<>(allowed);
        if (counted && !known.contains("count")) {
          known.add(0, "count");
        }
        problems.error(at, "'{" + name + "}' is not filled in in '" + key + "'", known.isEmpty() ? "this text has no places; remove it"
            : "use " + String.join(", ", known.stream().map(n -> "{" + n + "}").toList()));
        return false;
      }
    }
    return true;
  }

  /** The places a value of the English file holds, {count} of plural forms left out. */
  private static List<String> placesOf(Object value) {
    if (value instanceof Map<?, ?> forms) {
      LinkedHashSet<String> names = new LinkedHashSet<>();
      forms.values().forEach(v -> names.addAll(ThemeStrings.placesIn(String.valueOf(v))));
      names.remove("count");
      return List.copyOf(names);
    }
    return ThemeStrings.placesIn(String.valueOf(value));
  }

  /** The key of {@code keys} closest to {@code key}, if it is close (a typo), else null. */
  private static String nearest(String key, Iterable<String> keys) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : keys) {
      int d = distance(key, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, key.length() / 4) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static YamlData read(Path siteDir, Path file) {
    return YamlReader.read(TextFiles.read(SiteFiles.check(siteDir, file)), file, 1);
  }

  /** A bundled strings file; the files come with the jar, so one that cannot be read is a broken installation. */
  static YamlData bundled(String name) {
    try (InputStream in = StringsLoader.class.getResourceAsStream(RESOURCES + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the bundled strings file " + name + ".yaml is missing from Briefing's jar");
      }
      return YamlReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of("(bundled theme)", "strings", name + ".yaml"), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where 'language:' is written in briefing.yaml, for an error about it. */
  private static SourcePosition languageLine(Path siteDir) {
    Path config = siteDir.resolve("briefing.yaml");
    try {
      List<String> lines = Files.isRegularFile(config) ? Files.readAllLines(config, StandardCharsets.UTF_8) : List.of();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("(language|languageCode)\\s*:.*")) {
          return SourcePosition.of(config, i + 1);
        }
      }
    } catch (IOException e) {
      // the configuration was read before; its position is only a help
    }
    return SourcePosition.of(config);
  }
}
