package org.briefing.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks a date given on the command line against the forms the content format accepts. */
public final class DateOption {
  private DateOption() {}

  /** The value to write for {@code text}, or empty when it is not a date the core can read. */
  public static Optional<String> normalise(String text) {
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
}
