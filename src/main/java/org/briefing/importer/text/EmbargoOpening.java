package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.StoryDraft;

/**
 * An embargo in a line a reader sees whole (a title, a standfirst, a caption, a list item): the line
 * may be the embargo alone ("Embargo: 00:01 GMT, Tuesday 8 December"), or the embargo may open it
 * before the line's own words, after a dash or a full stop ("EMBARGOED UNTIL 00:01 GMT 8 December 2026 -
 * Ministers from five countries agreed ..."). Either way the embargo is left out as
 * {@link EditorNotes#leaveOut} leaves out a paragraph's, and the story becomes a draft; the line's own
 * words stay.
 */
public final class EmbargoOpening {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern DASH = Pattern.compile("[-–—]+");
  /** "a.m." and "p.m." end in a full stop that ends no sentence. */
  private static final Pattern CLOCK_ABBREVIATION = Pattern.compile("(?i)[ap]\\.m\\.");

  private EmbargoOpening() {}

  /**
   * What stays of {@code text} once an embargo in it is left out: all of it when it holds none, the
   * words after the embargo that opens it, or nothing when it is only an embargo.
   *
   * @param lines the input lines of {@code text}
   */
  public static String leaveOut(StoryDraft story, List<Integer> lines, String text) {
    Optional<String[]> split = split(text);
    if (split.isPresent()) {
      EditorNotes.leaveOut(story, lines, split.get()[0], split.get()[0]);
      return split.get()[1];
    }
    if (EditorNotes.isEmbargo(text)) {
      EditorNotes.leaveOut(story, lines, text, text.strip());
      return "";
    }
    return text;
  }

  /**
   * The embargo that opens {@code text} and the words after it: the shortest opening that is an
   * embargo and ends at a dash or a full stop, followed by at least two words that are no more of its
   * moment ("8 December") nor its own note ("NOT FOR PUBLICATION BEFORE THIS TIME").
   */
  public static Optional<String[]> split(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int k = 0; k + 2 < words.size(); k++) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      int restAt;
      if (DASH.matcher(text.substring(words.get(k + 1)[0], words.get(k + 1)[1])).matches()) {
        restAt = k + 2;
      } else if (word.matches(".*[.;:]") && !CLOCK_ABBREVIATION.matcher(word).matches()) {
        restAt = k + 1;
      } else {
        continue;
      }
      if (restAt + 1 >= words.size()) {
        return Optional.empty();
      }
      String opening = text.substring(0, words.get(k)[1]).replaceFirst("[.;:]$", "").strip();
      String rest = text.substring(words.get(restAt)[0]).strip();
      String first = rest.split("\\s+")[0].replaceAll("\\p{P}+$", "");
      if (!EditorNotes.isTimeWord(first) && !EditorNotes.isEmbargosOwnNote(rest) && EditorNotes.isEmbargo(opening)) {
        return Optional.of(new String[] {opening, rest});
      }
    }
    return Optional.empty();
  }
}
