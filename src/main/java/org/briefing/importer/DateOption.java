package org.briefing.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.briefing.problem.InputLimits;

/** Checks a date given on the command line against the forms the content format accepts. */
public final class DateOption {
  private DateOption() {}

  /** The value to write for {@code text}, or empty when it is not a date the core can read (in the years it takes too). */
  public static Optional<String> normalise(String text) {
    return form(text).filter(DateOption::inYears);
  }

  /**
   * Whether the date {@code value}, in a form {@link #normalise} gives, falls in the years a build
   * takes ({@link InputLimits#FIRST_YEAR} to {@link InputLimits#LAST_YEAR}): a page's "0001-01-01"
   * (a date its system never set) or a typo's year would be written, and the build refuse the story.
   */
  public static boolean inYears(String value) {
    if (value.length() < 5 || value.charAt(4) != '-') {
      return false;
    }
    try {
      int year = Integer.parseInt(value.substring(0, 4));
      return year >= InputLimits.FIRST_YEAR && year <= InputLimits.LAST_YEAR;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<String> form(String text) {
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t).toString());
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
        OffsetDateTime.parse(t);
        return Optional.of(t.endsWith("Z") ? t.substring(0, t.length() - 1) + "+00:00" : t);
      }
      LocalDateTime.parse(t);
      return Optional.of(t);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a build may read the date {@code first} as a moment before {@code second}, both in the
   * forms {@link #normalise} gives. A date without an offset is read in the site's time zone
   * {@code zone}; when it is not known (null), two such dates compare as written, and one beside a
   * date with an offset may be any moment its day and time have in some zone.
   */
  static boolean mayBeBefore(String first, String second, java.time.ZoneId zone) {
    Optional<OffsetDateTime> a = offset(first);
    Optional<OffsetDateTime> b = offset(second);
    Optional<LocalDateTime> localA = local(first);
    Optional<LocalDateTime> localB = local(second);
    if (zone != null) {
      a = a.or(() -> localA.map(t -> t.atZone(zone).toOffsetDateTime()));
      b = b.or(() -> localB.map(t -> t.atZone(zone).toOffsetDateTime()));
    }
    if (a.isPresent() && b.isPresent()) {
      return a.get().isBefore(b.get());
    }
    if (localA.isPresent() && localB.isPresent()) {
      return localA.get().isBefore(localB.get());
    }
    java.time.Instant earliest = a.map(OffsetDateTime::toInstant)
        .or(() -> localA.map(t -> t.toInstant(java.time.ZoneOffset.MAX))).orElse(null);
    java.time.Instant latest = b.map(OffsetDateTime::toInstant)
        .or(() -> localB.map(t -> t.toInstant(java.time.ZoneOffset.MIN))).orElse(null);
    return earliest != null && latest != null && earliest.isBefore(latest);
  }

  private static Optional<OffsetDateTime> offset(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A day alone stands for its midnight, as a build reads it. */
  private static Optional<LocalDateTime> local(String text) {
    String t = text.strip();
    try {
      return Optional.of(t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
