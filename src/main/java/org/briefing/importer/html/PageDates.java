package org.briefing.importer.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Turns the machine-readable dates of web pages into the content format's date forms. */
final class PageDates {
  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private PageDates() {}

  /** The date of {@code raw} in the content format; empty when it is none, or one outside the years a build takes ("0001-01-01"). */
  static Optional<String> normalise(String raw) {
    return form(raw).filter(org.briefing.importer.DateOption::inYears);
  }

  private static Optional<String> form(String raw) {
    String t = raw == null ? "" : raw.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    t = t.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2").replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t).toString());
      }
      try {
        return Optional.of(OffsetDateTime.parse(t).format(OUT));
      } catch (DateTimeParseException e) {
        try {
          return Optional.of(ZonedDateTime.parse(t).toOffsetDateTime().format(OUT));
        } catch (DateTimeParseException e2) {
          return Optional.of(LocalDateTime.parse(t).toString());
        }
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
