package org.briefing.importer.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only gives the story's date, as news sites print it under the headline:
 * {@code Published 18 October 2021}, {@code Updated: Oct 18, 2021 2:30 PM EDT},
 * {@code Monday 18 October 2021 14.30 BST}, {@code 2021-10-18}.
 *
 * @param updated whether the line gives the update time rather than the publication time
 * @param value the date in the content format: {@code 2021-10-18}, {@code 2021-10-18T14:30} or with an offset
 */
record PublicationDate(boolean updated, String value) {
  private static final String MONTHS = "(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern LINE = Pattern.compile("(?i)^(?<label>(?:first )?published|(?:last )?updated|posted|date)?\\s*(?:on|at)?\\s*:?\\s*"
      + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
      + "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "|" + MONTHS.replace("month", "month2") + "\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?)"
      + ",?\\s+(?<year>\\d{4})"
      + "(?:,?\\s*(?:at\\s+)?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})\\s*(?<ampm>[ap]\\.?m\\.?)?\\s*(?<zone>[A-Z]{2,4}|[+-]\\d{2}:?\\d{2})?)?\\.?$");
  private static final Pattern ISO = Pattern.compile("(?i)^(?<label>(?:first )?published|(?:last )?updated|posted|date)?\\s*:?\\s*(?<iso>\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?)$");
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("GMT", "+00:00"), Map.entry("UTC", "+00:00"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
      Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
      Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
      Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
      Map.entry("JST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"), Map.entry("SAST", "+02:00"),
      Map.entry("WAT", "+01:00"), Map.entry("EAT", "+03:00"), Map.entry("PKT", "+05:00"), Map.entry("HKT", "+08:00"));
  private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  /** The date {@code line} gives; empty when it is no date line, or gives a year a build does not take (then the line stays in the text). */
  static Optional<PublicationDate> parse(String line) {
    return read(line).filter(d -> org.briefing.importer.DateOption.inYears(d.value()));
  }

  private static Optional<PublicationDate> read(String line) {
    String text = line.strip();
    if (text.length() > 80) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return Optional.of(new PublicationDate(isUpdate(iso.group("label")), iso.group("iso").replace(' ', 'T')));
    }
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      String monthName = m.group("month") != null ? m.group("month") : m.group("month2");
      int month = java.util.Arrays.asList(MONTH_KEYS).indexOf(monthName.toLowerCase(Locale.ROOT)) + 1;
      int day = Integer.parseInt(m.group("day") != null ? m.group("day") : m.group("day2"));
      LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, day);
      if (m.group("hour") == null) {
        return Optional.of(new PublicationDate(isUpdate(m.group("label")), date.toString()));
      }
      int hour = Integer.parseInt(m.group("hour"));
      String ampm = m.group("ampm");
      if (ampm != null) {
        boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
        hour = hour % 12 + (pm ? 12 : 0);
      }
      LocalDateTime time = LocalDateTime.of(date, LocalTime.of(hour, Integer.parseInt(m.group("minute"))));
      String value = time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      String zone = m.group("zone");
      if (zone != null) {
        String offset = zone.startsWith("+") || zone.startsWith("-") ? ZoneOffset.of(zone).getId() : ZONES.get(zone);
        if (offset != null) {
          value += offset.equals("Z") ? "+00:00" : offset;
        }
      }
      return Optional.of(new PublicationDate(isUpdate(m.group("label")), value));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The time zone a date line names that the importer does not know ("14:30 IST", which is India's, Ireland's or Israel's),
   * so that its time is written without an offset; empty when it names none or one it knows.
   */
  static Optional<String> unknownZone(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (parse(line).isEmpty() || !m.matches() || m.group("zone") == null) {
      return Optional.empty();
    }
    String zone = m.group("zone");
    return zone.startsWith("+") || zone.startsWith("-") || ZONES.containsKey(zone) ? Optional.empty() : Optional.of(zone);
  }

  /** Whether {@code line} is a date line that says what its date is ("Published 1 Dec 2026", "Updated: ..."), not a date alone. */
  static boolean labelled(String line) {
    Matcher iso = ISO.matcher(line.strip());
    Matcher words = LINE.matcher(line.strip());
    return parse(line).isPresent() && (iso.matches() && iso.group("label") != null || words.matches() && words.group("label") != null);
  }

  private static boolean isUpdate(String label) {
    return label != null && label.toLowerCase(Locale.ROOT).contains("updated");
  }
}
