package org.briefing.importer.text;

import java.util.List;

/**
 * Line breaks in a run of lines without blank lines that no wrapping made: a headline over the lines, and an agency's
 * dateline that opens the story's paragraph under a sentence.
 */
final class LineBreaks {
  private static final String OPENERS = "\"“‘'([«";
  private static final String CLOSERS = "\"”’')]»";

  private LineBreaks() {}

  /**
   * Whether the first line is a headline (or subheading) over the lines below, not the first line of their paragraph:
   * it has no final punctuation, the next line opens with a capital or a figure, and the next line's first word would
   * have fitted on it within the width of the lines, so no wrapping at that width broke it there. A wrapped line that
   * ends before a name ("... said the" over "Prime Minister ...") ends where the name would not have fitted. The word is
   * measured whole, up to its first space: most wrappers do not break after a hyphen, so a hyphenated word may have
   * fitted in part and the line still be wrapped.
   */
  static boolean headlineOver(List<Line> lines) {
    String first = lines.get(0).text();
    String next = lines.get(1).text();
    int width = lines.stream().mapToInt(l -> length(l.text())).max().orElse(0);
    String nextWord = next.split("\\s+", 2)[0];
    return !Sentences.endsSentence(first) && opensWithCapital(next) && length(first) + 1 + length(nextWord) <= width;
  }

  /**
   * Whether the line opens with an agency's dateline ({@code KYIV, Dec 1 (Reuters) -}) under a line ending a sentence:
   * it starts the story's paragraph, however wide the line above. Without the agency ({@code OSTRAND — ...}) it may be
   * a sentence of the paragraph.
   */
  static boolean datelineUnder(Line above, Line line) {
    return ".!?…".indexOf(lastSignificant(above.text())) >= 0
        && Dateline.parse(line.text()).map(d -> !d.agency().isEmpty()).orElse(false);
  }

  /** Whether the line opens with a capital or a figure, after any opening quote or bracket. */
  private static boolean opensWithCapital(String text) {
    int i = 0;
    while (i < text.length() && OPENERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && (Character.isUpperCase(text.codePointAt(i)) || Character.isDigit(text.codePointAt(i)));
  }

  /** The last character of the line before its closing quotes and brackets, or a space for none. */
  private static char lastSignificant(String text) {
    String t = text.strip();
    int i = t.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i < 0 ? ' ' : t.charAt(i);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
