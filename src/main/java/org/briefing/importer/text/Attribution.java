package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;
import org.briefing.importer.SourceRef;

/**
 * What a byline or trailer line says about who made the story: authors ({@code By A and B}),
 * credits by role ({@code Reporting by ...; Editing by ...}) and sources ({@code Sources: Reuters, AFP}).
 *
 * @param unsure parts the parser kept out of all fields because they did not look like names
 */
public record Attribution(List<String> authors, Map<String, List<String>> credits, List<SourceRef> sources, List<String> unsure) {
  private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(?<names>\\p{Lu}.{1,160})$");
  private static final Pattern SOURCES = Pattern.compile("^(?i:sources?)\\s*:\\s*(?<names>.{2,200}?)\\.?$");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)^(?<role>(?:additional |further )?reporting|writing|written|editing|edited|compiled|compiling|translated|translation"
      + "|production|graphics|photos?|video|research|fact[- ]checking)\\s+by\\s+(?<names>.+)$");
  /**
   * Up to five capitalised words, each of the others after any particles ("Juan Carlos de la Cruz y Andrade",
   * "Khalid bin Saeed al-Nuaimi"): particles do not count towards the five.
   */
  private static final Pattern NAME = Pattern.compile("(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:(?:\\s+(?:de|da|van|von|der|den|al|el|bin|bint"
      + "|la|le|di|du|dos|del|y)){0,3}\\s+(?:(?:al|el)-)?\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4}");
  /**
   * Between names: "A, B and C", also with a comma before the "and" ("A, Political Editor, and B"), and "AND" between
   * names in capitals.
   */
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*,\\s*(?:(?:and|AND|&)\\s+)?|\\s+(?:and|AND)\\s+|\\s*&\\s*|\\s+with\\s+");
  /** Between the names of a sources line: commas, semicolons, "and" ("AND" in a line in capitals), "&" and slashes ("Reuters/AFP"). */
  private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*[,;/]\\s*|\\s+(?:and|AND)\\s+|\\s*&\\s*");
  /** A credit after the last sentence; "the Palestinian Authority (PA)" is an abbreviation, not a credit. */
  private static final Pattern CLOSING_CREDIT = Pattern.compile("[.!?…\"”’]\\s*[(\\[](?<names>[^()\\[\\]]{2,80})[)\\]]$");
  /**
   * Words of a job title or a desk, which are no part of a person's name ("Political Editor", "Bureau Chief",
   * "AP Writers"), and "Former", which makes the rest a past job ("Former BBC Correspondent").
   */
  private static final Pattern JOB_TITLE = Pattern.compile("(?i)\\b(?:(?:Correspondent|Editor|Reporter|Writer|Analyst|Columnist"
      + "|Commentator|Contributor|Producer|Photographer|Videographer)s?|Staff|News|Desk|Chief|Former)\\b");
  /** AP's job titles after the agency: "Writer", "Diplomatic Writer", "Photographer", "AP Writers", "Reuters Staff". */
  private static final Pattern AGENCY_TITLE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:(?:Writer|Correspondent|Reporter|Editor|Photographer|Columnist|Analyst)s?|Staff)");
  /** Words before an agency that belong to the job title, not to a name: "Senior AP Writer", "Former BBC Correspondent". */
  private static final Pattern TITLE_WORD = Pattern.compile(
      "(?i)former|ex|retired|senior|deputy|acting|chief|veteran|special|assistant|contributing|freelance");
  /** Title words that make the agency a past employer, which is no source of the story. */
  private static final Pattern PAST = Pattern.compile("(?i)former|ex|retired");
  private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");

  public Attribution {
    authors = List.copyOf(authors);
    credits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(credits));
    sources = List.copyOf(sources);
    unsure = List.copyOf(unsure);
  }

  public static Optional<Attribution> byline(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches() || Sentences.words(line) > 16 || line.strip().endsWith(".") && !line.strip().endsWith(" Jr.")) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    List<String> unsure = new ArrayList<>();
    for (String part : SPLIT.split(m.group("names").replace('|', ','))) {
      for (String piece : withoutTrailingAgency(part)) {
        classify(piece, authors, sources, unsure, "");
      }
    }
    // a byline of the agency alone ("By Reuters Staff", "By AFP") names a source and no author
    boolean agencyAlone = !sources.isEmpty() && unsure.stream().allMatch(u -> AGENCY_TITLE.matcher(u).matches());
    if (authors.isEmpty() && !agencyAlone) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(authors, Map.of(), sources, unsure));
  }

  /**
   * "JOHN DOE Associated Press" is a name and the agency the author writes for, as AP bylines put them. A single
   * word is taken for the agency only when written as the agency writes it or in capitals: "Ana Ruiz Ansa" is a name.
   */
  private static List<String> withoutTrailingAgency(String part) {
    String[] words = part.strip().split("\\s+");
    Optional<List<String>> titled = agencyJobTitle(words);
    if (titled.isPresent()) {
      return titled.get();
    }
    for (int n = Math.min(3, words.length - 2); n >= 1; n--) {
      String agency = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
      Optional<Organisations.Known> known = Organisations.lookup(agency);
      String name = String.join(" ", java.util.Arrays.copyOf(words, words.length - n));
      boolean asWritten = n > 1 || known.map(k -> k.name().equals(agency)).orElse(false) || agency.equals(agency.toUpperCase(Locale.ROOT));
      if (known.isPresent() && asWritten && NAME.matcher(name).matches()) {
        return List.of(name, agency);
      }
    }
    return List.of(part);
  }

  /**
   * AP's job title after the agency ("JOHN DOE AP Diplomatic Writer", "Associated Press Writer"): the name (if any),
   * the agency and the title, which {@link #classify} leaves out as no name. Only a known agency written as the
   * agency writes it or in capitals, and a title ending in a job's word ({@code Writer}, {@code Correspondent}, ...).
   * Title words before the agency are no name: with them the whole title is left out ("Senior AP Writer"), and after
   * "Former" the agency is a past employer, no source ("Former BBC Correspondent").
   */
  private static Optional<List<String>> agencyJobTitle(String[] words) {
    for (int t = 1; t <= Math.min(3, words.length - 1); t++) {
      String title = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - t, words.length));
      if (!AGENCY_TITLE.matcher(title).matches()) {
        continue;
      }
      for (int n = 1; n <= Math.min(3, words.length - t); n++) {
        String agency = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - t - n, words.length - t));
        int start = words.length - t - n;
        while (start > 0 && TITLE_WORD.matcher(words[start - 1]).matches()) {
          start--;
        }
        String name = String.join(" ", java.util.Arrays.copyOf(words, start));
        Optional<Organisations.Known> known = Organisations.lookup(agency);
        boolean asWritten = known.map(k -> k.name().equals(agency)).orElse(false) || agency.equals(agency.toUpperCase(Locale.ROOT));
        if (known.isPresent() && asWritten && (name.isEmpty() || NAME.matcher(name).matches())) {
          String[] before = java.util.Arrays.copyOfRange(words, start, words.length - t - n);
          return Optional.of(titled(name, agency, before, before.length == 0 ? title
              : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name (if any), the agency (unless the title words before it make it a past employer) and the title, for
   * {@link #classify}.
   */
  private static List<String> titled(String name, String agency, String[] titleWords, String title) {
    List<String> pieces = new ArrayList<>();
    if (!name.isEmpty()) {
      pieces.add(name);
    }
    if (java.util.Arrays.stream(titleWords).noneMatch(w -> PAST.matcher(w).matches())) {
      pieces.add(agency);
    }
    pieces.add(title);
    return pieces;
  }

  /**
   * A line that only names the agency of the byline above it, as AP's two-line bylines put it ("By JOHN DOE", then
   * "Associated Press" or "AP Diplomatic Writer").
   */
  public static boolean agencyLine(String line) {
    String text = line.strip();
    return Organisations.lookup(text).filter(k -> k.type().equals("agency") && (k.name().equals(text)
        || text.equals(text.toUpperCase(Locale.ROOT)))).isPresent() || agencyJobTitle(text.split("\\s+")).isPresent();
  }

  /** A sources line ({@code Source: Reuters, AFP}), or a line that only credits agencies ({@code (With agency reports)}). */
  public static Optional<Attribution> sources(String line) {
    String bare = line.strip().replaceAll("^[(\\[]\\s*|\\s*[)\\]]$", "");
    if (Organisations.isUnnamedAgency(bare)) {
      return Optional.of(new Attribution(List.of(), Map.of(), List.of(Organisations.source(bare, "agency")), List.of()));
    }
    Matcher m = SOURCES.matcher(line.strip());
    if (!m.matches() || Sentences.words(m.group("names")) > 12) {
      return Optional.empty();
    }
    List<SourceRef> sources = new ArrayList<>();
    for (String part : SOURCE_SPLIT.split(m.group("names"))) {
      if (part.isBlank()) {
        continue;
      }
      // a list of sources names them; "the industry body, two lawyers and court papers" is a sentence
      if (!isSourceName(part)) {
        return Optional.empty();
      }
      for (String name : expansion(part)) {
        SourceRef source = Organisations.source(name, "");
        if (sources.stream().noneMatch(source::sameAs)) {
          sources.add(source);
        }
      }
    }
    return Optional.of(new Attribution(List.of(), Map.of(), sources, List.of()));
  }

  /** A credit at the end of a paragraph that only names known news organisations: "(AFP/Reuters)", "[Reuters, AP]". */
  public static List<SourceRef> closingAgencies(String paragraph) {
    Matcher m = CLOSING_CREDIT.matcher(paragraph.strip());
    if (!m.find()) {
      return List.of();
    }
    List<SourceRef> sources = new ArrayList<>();
    for (String part : SOURCE_SPLIT.split(m.group("names"))) {
      if (Organisations.lookup(part).isEmpty()) {
        return List.of();
      }
      SourceRef source = Organisations.source(part, "");
      if (sources.stream().noneMatch(source::sameAs)) {
        sources.add(source);
      }
    }
    return sources;
  }

  private static boolean isSourceName(String part) {
    String p = part.strip();
    return Organisations.lookup(p).isPresent() || Organisations.isUnnamedAgency(p)
        || Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0));
  }

  /**
   * "AFP – Agence France-Presse" is one agency written with its expansion; "Reuters – AP" names two.
   * A dash between names the importer does not know is part of one name.
   */
  private static List<String> expansion(String part) {
    String[] sides = part.split("\\s+[-–—]\\s+");
    if (sides.length == 1 || !java.util.Arrays.stream(sides).allMatch(x -> Organisations.lookup(x).isPresent())) {
      return List.of(part.strip());
    }
    return List.of(sides);
  }

  /** A trailer such as {@code Reporting by A in Kyiv; Editing by B}, with or without brackets. */
  public static Optional<Attribution> trailer(String line) {
    String text = line.strip();
    if (text.startsWith("(") && text.endsWith(")") || text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    text = text.replaceAll("\\.$", "");
    if (Sentences.words(text) > 40) {
      return Optional.empty();
    }
    Map<String, List<String>> credits = new LinkedHashMap<>();
    List<String> unsure = new ArrayList<>();
    for (String segment : text.split("\\s*;\\s*")) {
      Matcher m = ROLE.matcher(segment);
      if (!m.matches()) {
        return Optional.empty();
      }
      String role = role(m.group("role"));
      List<String> names = new ArrayList<>();
      List<SourceRef> ignored = new ArrayList<>();
      for (String part : SPLIT.split(m.group("names"))) {
        classify(part, names, ignored, unsure, role);
      }
      ignored.forEach(s -> names.add(s.name()));
      credits.computeIfAbsent(role, r -> new ArrayList<>()).addAll(names);
    }
    // a sentence that merely starts like a credit ("Research by the bank shows...") is prose
    if (credits.isEmpty() || !unsure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(List.of(), credits, List.of(), unsure));
  }

  /** The fields a byline fills, as the import report names them: "authors", "sources" or both. */
  public String bylineFields() {
    return authors.isEmpty() ? "sources" : sources.isEmpty() ? "authors" : "authors, sources";
  }

  public List<String> values() {
    List<String> values = new ArrayList<>(authors);
    credits.values().forEach(values::addAll);
    sources.forEach(s -> values.add(s.name()));
    return values;
  }

  private static void classify(String raw, List<String> names, List<SourceRef> sources, List<String> unsure, String role) {
    String part = IN_PLACE.matcher(raw.strip()).replaceAll("").replaceAll("[.;:]$", "").strip();
    if (part.isEmpty()) {
      return;
    }
    if (Organisations.lookup(part).isPresent()) {
      sources.add(Organisations.source(part, ""));
    } else if (NAME.matcher(part).matches() && !JOB_TITLE.matcher(part).find()) {
      names.add(Dateline.titleCase(part));
    } else {
      unsure.add(part);
    }
  }

  private static String role(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.contains("report")) {
      return "reporting";
    } else if (w.startsWith("writ") || w.startsWith("compil")) {
      return "writing";
    } else if (w.startsWith("edit")) {
      return "editing";
    } else if (w.startsWith("photo")) {
      return "photo";
    } else if (w.startsWith("transl")) {
      return "translation";
    }
    return w.replaceAll("[ -]", "_");
  }
}
