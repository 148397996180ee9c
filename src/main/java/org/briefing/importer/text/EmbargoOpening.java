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
  /** A dash, or the bar a site or an e-mail joins a headline's parts with. */
  private static final Pattern DASH = Pattern.compile("[-–—]+|\\|");
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
    Optional<String[]> closing = closing(text);
    if (closing.isPresent()) {
      EditorNotes.leaveOut(story, lines, closing.get()[1], closing.get()[1]);
      return closing.get()[0];
    }
    return text;
  }

  /**
   * The embargo that closes {@code text} and the words before it: after a dash or a bar ("Ministers
   * agree treaty - embargoed until 00:01 GMT Tuesday"), or in brackets at its end ("… (EMBARGOED UNTIL
   * 00:01 GMT 8 DECEMBER)"), with at least two words before it.
   */
  public static Optional<String[]> closing(String text) {
    List<int[]> words = words(text);
    for (int k = 2; k + 1 < words.size(); k++) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      String embargo;
      if (DASH.matcher(word).matches()) {
        embargo = text.substring(words.get(k + 1)[0]).strip();
      } else if (word.matches("[(\\[].*") && text.strip().matches(".*[)\\]]")) {
        embargo = text.substring(words.get(k)[0]).strip();
      } else {
        continue;
      }
      if (EditorNotes.isEmbargo(embargo)) {
        return Optional.of(new String[] {text.substring(0, words.get(k)[0]).strip(), embargo});
      }
    }
    return Optional.empty();
  }

  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return words;
  }

  /** Where the words after a separator at word {@code k} start, or -1 when no separator ends there. */
  private static int restAt(String text, List<int[]> words, int k) {
    String word = text.substring(words.get(k)[0], words.get(k)[1]);
    if (k + 1 < words.size() && DASH.matcher(text.substring(words.get(k + 1)[0], words.get(k + 1)[1])).matches()) {
      return k + 2;
    }
    if (word.matches(".*[.;:]") && !CLOCK_ABBREVIATION.matcher(word).matches()
        // "(Embargoed until 00:01 GMT 8 December) Ministers agree ...": the bracket opened with the text
        || word.matches(".*[)\\]]") && text.strip().matches("[(\\[].*")) {
      return k + 1;
    }
    return -1;
  }

  /**
   * The embargo that opens {@code text} and the words after it: the shortest opening that is an
   * embargo and ends at a dash, a bar, a full stop or its closing bracket, followed by at least two
   * words that are no more of its moment ("8 December" up to the next dash or full stop; a figure that
   * opens the line's own words, "40 per cent of councils …", is not) nor its own note ("NOT FOR
   * PUBLICATION BEFORE THIS TIME").
   */
  public static Optional<String[]> split(String text) {
    List<int[]> words = words(text);
    for (int k = 0; k + 2 < words.size(); k++) {
      int restAt = restAt(text, words, k);
      if (restAt < 0) {
        continue;
      }
      if (restAt + 1 >= words.size()) {
        return Optional.empty();
      }
      String opening = text.substring(0, words.get(k)[1]).replaceFirst("[.;:]$", "").strip();
      String rest = text.substring(words.get(restAt)[0]).strip();
      String first = rest.split("\\s+")[0].replaceAll("\\p{P}+$", "");
      if (EditorNotes.isTimeWord(first) && EditorNotes.isMoment(upToTheNextSeparator(text, words, restAt))) {
        continue;
      }
      if (EditorNotes.untilAMomentInCapitals(opening) && !rest.matches(".*\\p{Ll}.*")) {
        continue; // a headline in capitals: "EMBARGOED UNTIL THE END: HOW THE OIL BAN FAILED"
      }
      if (!EditorNotes.isEmbargosOwnNote(rest) && EditorNotes.isEmbargo(opening)) {
        return Optional.of(new String[] {opening, rest});
      }
    }
    return Optional.empty();
  }

  /** The words from word {@code from} up to the next separator, or to the end. */
  private static String upToTheNextSeparator(String text, List<int[]> words, int from) {
    for (int j = from; j < words.size(); j++) {
      if (restAt(text, words, j) >= 0) {
        return text.substring(words.get(from)[0], words.get(j)[1]).replaceFirst("[.;:]$", "");
      }
    }
    return text.substring(words.get(from)[0]);
  }
}
