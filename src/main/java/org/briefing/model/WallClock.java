package org.briefing.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * A date field's text read in the site's time zone, and what its clocks make of a local time
 * written without an offset: one they skip when put forward, or one they pass twice when put back.
 * The importer asks it too, so that it never writes a time the build refuses or warns of.
 */
public final class WallClock {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private WallClock() {}

  /**
   * A local time the clocks of a zone skip ({@code skipped}) or pass twice, with what to say of it
   * in the field {@code key}: any moment taken for a skipped one is one the editor did not write.
   * {@code transition} is the change; a build reads a time passed twice at its offset before.
   */
  public record Change(boolean skipped, String message, String hint, ZoneOffsetTransition transition) {}

  /** The moment {@code value} gives: with its offset, or a day's midnight or a local time in {@code zone}. */
  static ZonedDateTime parse(String value, ZoneId zone) {
    String v = value.strip();
    if (v.length() == 10) {
      return LocalDate.parse(v).atStartOfDay(zone);
    }
    try {
      return OffsetDateTime.parse(v).atZoneSameInstant(zone);
    } catch (DateTimeParseException e) {
      try {
        return ZonedDateTime.parse(v).withZoneSameInstant(zone);
      } catch (DateTimeParseException e2) {
        LocalDateTime local = local(v);
        if (local == null) {
          throw e2;
        }
        return local.atZone(zone);
      }
    }
  }

  /**
   * The change of the clocks of {@code zone} that {@code text}, the field {@code key}, falls in
   * when it is a local time (no offset, not a day alone) that happens there other than once; else null.
   */
  public static Change change(String key, String text, ZoneId zone) {
    LocalDateTime local = local(text.strip());
    List<ZoneOffset> offsets = local == null ? List.of(ZoneOffset.UTC) : zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return null;
    }
    ZoneOffsetTransition change = zone.getRules().getTransition(local);
    String clocks = "clocks there go from " + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
        + " on " + change.getDateTimeBefore().toLocalDate();
    if (offsets.isEmpty()) {
      return new Change(true, "'" + key + "' is " + text + ", a time that does not exist in " + zone.getId() + " (" + clocks + ")",
          "write the offset the time is in, e.g. '" + key + ": " + local + change.getOffsetBefore() + "' ("
              + local.plus(change.getDuration()).toLocalTime() + " there), or a time outside the change", change);
    }
    return new Change(false, "'" + key + "' is " + text + ", a time that happens twice in " + zone.getId() + " (" + clocks
        + "): the first, at " + offsets.get(0) + ", is used", "write the offset to say which: '" + key + ": " + local + offsets.get(0)
        + "' (the first) or '" + key + ": " + local + offsets.get(1) + "' (the second)", change);
  }

  /** The local date and time {@code v} gives (2021-10-18T14:30, 2021-10-18 14:30), else null. */
  private static LocalDateTime local(String v) {
    try {
      return LocalDateTime.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v, SPACED);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
