package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;

/**
 * The dateline that opens a wire story: {@code MOSCOW, Oct 18 (Reuters) -},
 * {@code BRUSSELS (AP) —}, {@code Paris (AFP) -} or {@code KYIV, Ukraine —}.
 *
 * @param places the places named, in title case
 * @param monthDay the month and day as written ("Oct 18"), or empty
 * @param agency the agency in brackets, or empty
 * @param text the dateline as written, up to and including the dash
 */
public record Dateline(List<String> places, String monthDay, String agency, String text) {
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]*(?:[ /-]\\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3}";
  private static final String TITLE_PLACE = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ /-]\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";
  private static final String REGION = "(?:,\\s+(?<region>\\p{Lu}[\\p{L}\\p{M}.]*(?: \\p{Lu}[\\p{L}\\p{M}.]*){0,2}))?";
  private static final String DATE = "(?:,\\s+(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?))?";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "^(?<place>" + CAPS_PLACE + "|" + TITLE_PLACE + ")" + REGION + DATE
      + "\\s*\\((?<agency>[\\p{L}][\\p{L}\\p{M}&.' -]{0,38})\\)\\s*(?:[-–—]{1,2}|:)\\s+");
  private static final Pattern CAPS_ONLY = Pattern.compile(
      "^(?<place>" + CAPS_PLACE + ")" + REGION + DATE + "\\s*(?:—|–|--)\\s+");

  private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS",
      "WATCH", "LIVE", "OPINION", "COMMENT", "CORRECTION", "NOTE", "FACTBOX", "EXPLAINER", "URGENT", "FLASH");

  public Dateline {
    places = List.copyOf(places);
  }

  public static Optional<Dateline> parse(String paragraph) {
    Matcher m = WITH_AGENCY.matcher(paragraph);
    boolean found = m.find();
    if (!found) {
      m = CAPS_ONLY.matcher(paragraph);
      found = m.find() && m.group("place").length() >= 3 && isCaps(m.group("place"));
    }
    if (!found) {
      return Optional.empty();
    }
    String place = m.group("place");
    int groups = m.pattern() == WITH_AGENCY ? 1 : 0;
    String agency = groups == 1 ? m.group("agency").strip() : "";
    boolean knownAgency = !agency.isEmpty() && (isCaps(agency) || Organisations.lookup(agency).isPresent());
    if ((!isCaps(place) && !knownAgency) || NOT_PLACES.contains(place.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<String> places = new ArrayList<>();
    for (String part : place.split("/")) {
      places.add(titleCase(part.strip()));
    }
    String date = m.group("date") == null ? "" : m.group("date");
    return Optional.of(new Dateline(places, date, agency, m.group().strip()));
  }

  private static boolean isCaps(String text) {
    return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** NEW YORK becomes New York; PORT-AU-PRINCE becomes Port-Au-Prince; mixed case is kept. */
  static String titleCase(String text) {
    if (!isCaps(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '/' || c == '.';
    }
    return out.toString();
  }
}
