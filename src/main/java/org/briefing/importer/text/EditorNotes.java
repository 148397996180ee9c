package org.briefing.importer.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines an agency writes for the editors who receive its copy, never for readers: a note to
 * editors ("NOTE TO EDITORS: …", AP's "Eds: UPDATES with …", "ATTN EDITORS") and an embargo
 * ("EMBARGOED UNTIL 0001 GMT OCT 22", "HOLD FOR RELEASE …"). An "Editor's note:" is not one: it
 * is written for readers (a correction, a word on how the story was reported).
 */
final class EditorNotes {
  /** What sort of line it is. */
  enum Kind {
    NOTE,
    EMBARGO
  }

  private static final Pattern NOTE = Pattern.compile("(?i)^[(\\[]?(?:notes?\\s+to\\s+(?:the\\s+)?editors?\\b"
      + "|att(?:n\\.?|ention)\\s*:?\\s*(?:editors?|eds)\\b|eds?\\s*:|eds\\.?\\s+note\\b).*");
  private static final Pattern EMBARGO = Pattern.compile("(?i)^[(\\[]?(?:(?:strictly\\s+)?(?:embargoed|under\\s+embargo)\\s*"
      + "(?:until|till|to\\s+\\d|for\\s+release|:|-|–|—)|embargo\\s*(?::|-|–|—|until)|hold\\s+for\\s+release\\b"
      + "|not\\s+for\\s+(?:publication|release|broadcast)\\b.{0,40}?\\b(?:before|until)\\b).*");
  /** An embargo is a line, not a paragraph: a longer text that opens so ("Embargoed until 1990, the files …") is the story's. */
  private static final int MAX_EMBARGO_WORDS = 16;

  private EditorNotes() {}

  /** The sort of note {@code text} opens with, or empty when it is the story's. */
  static Optional<Kind> of(String text) {
    String line = text.strip();
    if (NOTE.matcher(line).matches()) {
      return Optional.of(Kind.NOTE);
    }
    if (EMBARGO.matcher(line).matches() && Sentences.words(line) <= MAX_EMBARGO_WORDS) {
      return Optional.of(Kind.EMBARGO);
    }
    return Optional.empty();
  }
}
