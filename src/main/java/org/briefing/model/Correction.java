package org.briefing.model;

import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A note a newsroom adds to a published story when it corrects, clarifies or updates it. It is
 * shown on the story, listed on the site's corrections page and moves the story's update date.
 *
 * @param text what changed, in plain text ("An earlier version gave the wrong date of the talks.")
 */
public record Correction(ZonedDateTime date, Kind kind, String text) {

  /** What kind of change the note reports; a correction unless the editor says otherwise. */
  public enum Kind {
    CORRECTION("Correction"),
    CLARIFICATION("Clarification"),
    UPDATE("Update");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** "Correction", as a reader sees it. */
    public String label() {
      return label;
    }

    /** "correction", as written in front matter. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@code key}, or null when there is none of that name. */
    public static Kind of(String key) {
      for (Kind kind : values()) {
        if (kind.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      return null;
    }
  }
}
