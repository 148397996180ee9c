package org.briefing.importer.text;

import java.util.List;

/**
 * Line breaks in a run of lines without blank lines that no wrapping made: a headline over the lines, and an agency's
 * dateline that opens the story's paragraph under a sentence.
 */
final class LineBreaks {
  private static final String OPENERS = "\"“‘'([«";
  private static final String CLOSERS = "\"”’')]»";
  /** A press office's label over its release: "PRESS RELEASE", "News release:", "FOR IMMEDIATE RELEASE". */
  private static final java.util.regex.Pattern RELEASE_LABEL = java.util.regex.Pattern.compile(
      "(?i)(?:(?:press|news|media) release|for (?:immediate )?release(?: immediately)?|immediate release)\\s*[:.]?");
  /** Words a headline or sentence does not end in; phrasal particles ("in", "on", "up", "out", "over") may end one. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of", "to", "into", "onto",
      "from", "with", "for", "at", "and", "or", "but", "nor", "than", "its", "their", "our", "your", "my", "&");

  private LineBreaks() {}

  /**
   * Where a headline typed with no blank line under it can stand: the first line of the copy (after a line that only
   * dates it), measured against the copy's wrap width.
   *
   * @param line the number of the copy's first line
   * @param width the width of the copy's wrapped lines (see {@link #width})
   */
  record Top(int line, int width) {

    static Top of(List<List<Line>> runs) {
      int line = runs.stream().filter(r -> r.size() > 1 || !aboveCopy(r.get(0).text()))
          .findFirst().map(r -> r.get(0).number()).orElse(-1);
      int width = runs.stream().filter(r -> r.size() > 1).mapToInt(LineBreaks::width).max().orElse(0);
      return new Top(line, width);
    }
  }

  /**
   * Whether a line alone above the copy is one the importer leaves out or reads as a field, not the copy's headline: a
   * release's label ("PRESS RELEASE", "FOR IMMEDIATE RELEASE"), a byline, a line that only dates the copy, an embargo or
   * another note to editors, or boilerplate.
   */
  private static boolean aboveCopy(String text) {
    return readAsField(text) || EditorNotes.of(text).isPresent() || Boilerplate.reason(text).isPresent();
  }

  /** Whether the line is a release's label, a line that only dates the copy or a byline. */
  private static boolean readAsField(String text) {
    return releaseLabel(text).isPresent() || PublicationDate.parse(text).isPresent() || Attribution.byline(text).isPresent();
  }

  /**
   * A press office's label over its release, alone on its line ("PRESS RELEASE", "News release:", "FOR IMMEDIATE
   * RELEASE") or over the release's date ("Media release: 6 December 2026"): what follows the label, empty for none or
   * the date line. A headline that opens with the label's words ("Press release row grows ...") is none.
   */
  static java.util.Optional<String> releaseLabel(String text) {
    java.util.regex.Matcher m = RELEASE_LABEL.matcher(text.strip());
    if (!m.lookingAt()) {
      return java.util.Optional.empty();
    }
    String rest = text.strip().substring(m.end()).replaceFirst("^[\\s\\-–—|,]+", "");
    return rest.isEmpty() || PublicationDate.parse(rest).isPresent() ? java.util.Optional.of(rest) : java.util.Optional.empty();
  }

  /** Why a release's label is left out, as the report says it. */
  static String labelReason(String label) {
    return "a press office's label over its release, a note for editors"
        + (label.toLowerCase(java.util.Locale.ROOT).contains("immediate") ? " ('for immediate release': no embargo holds the release)" : "");
  }

  /**
   * Whether the first line is shorter than the wrap of the lines under it and has no final punctuation: a headline or
   * subheading over them (a wrapped line ends short only before a word too wide for the rest of it).
   */
  static boolean shortLineOver(List<Line> lines) {
    String first = lines.get(0).text();
    String next = lines.get(1).text();
    int width = width(lines.subList(1, lines.size()));
    return !Sentences.endsSentence(first) && opensWithCapital(next) && !beforeWideWord(first, next, width)
        && length(first) + 1 + length(next.split("\\s+", 2)[0]) <= width;
  }

  /**
   * The runs of lines without blank lines, in order. Lines above the copy at its top (a release's label, a date line, a
   * byline: see {@link #aboveCopy}) typed with no blank line under them are runs of their own, so the headline under
   * them is the copy's top (see {@link Top}).
   */
  static List<List<Line>> runs(List<Line> lines) {
    List<List<Line>> runs = blankSeparated(lines);
    for (int i = 0; i < runs.size() && aboveCopy(runs.get(i).get(0).text()); i++) {
      List<Line> run = runs.get(i);
      if (run.size() > 1) {
        // an embargo or note to editors goes on over the lines that continue its sentence: the Blocker keeps them with it
        if (!readAsField(run.get(0).text())) {
          break;
        }
        runs.set(i, run.subList(0, 1));
        runs.add(i + 1, run.subList(1, run.size()));
      }
    }
    return runs;
  }

  private static List<List<Line>> blankSeparated(List<Line> lines) {
    List<List<Line>> runs = new java.util.ArrayList<>();
    List<Line> run = new java.util.ArrayList<>();
    for (Line line : lines) {
      if (!line.text().isBlank()) {
        run.add(line);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new java.util.ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /**
   * Whether the first line is the headline over the lines below, not the first line of their paragraph: it is the
   * first line of the copy, has no final punctuation and does not end in a word that no headline ends in ("the", "of",
   * "and"), the next line opens with a capital or a figure, and the next line's first word would have fitted on it
   * within the copy's wrap width, so no greedy wrapping broke it there. A wrapped line that ends before a name ("...
   * said the" over "Prime Minister ...") ends where the name would not have fitted. The word is measured whole, up to
   * its first space: most wrappers do not break after a hyphen. Inside the copy a line may end short of the width in a
   * wrapped paragraph (fmt balances its lines), so the rule holds at the top only.
   */
  static boolean headlineOver(List<Line> lines, Top top) {
    String first = lines.get(0).text();
    String next = lines.get(1).text();
    String nextWord = next.split("\\s+", 2)[0];
    return lines.get(0).number() == top.line() && !Sentences.endsSentence(first) && !endsInFunctionWord(first)
        && opensWithCapital(next) && length(first) + 1 + length(nextWord) <= top.width();
  }

  /**
   * The width the lines were wrapped at: the longest line with a space in it. A word wider than the wrap (an address)
   * stands alone on a line of its own, as wrappers that do not break words leave it, and widens no line.
   */
  static int width(List<Line> lines) {
    int spaced = lines.stream().filter(l -> l.text().indexOf(' ') > 0).mapToInt(l -> length(l.text())).max().orElse(0);
    return spaced > 0 ? spaced : lines.stream().mapToInt(l -> length(l.text())).max().orElse(0);
  }

  /** Whether the line is the one a wrapper broke before a word too wide for the width, left alone on the next line. */
  static boolean beforeWideWord(String line, String next, int width) {
    return next.indexOf(' ') < 0 && length(next) > width && !line.isEmpty();
  }

  /** Whether the line ends in an article, a preposition or a conjunction that ends no headline and no sentence. */
  private static boolean endsInFunctionWord(String text) {
    String[] words = text.strip().split("\\s+");
    String last = words[words.length - 1];
    // "A" in capitals is a letter or a name ("Serie A", "hepatitis A", "Plan A"), not the article
    return !last.equals("A") && FUNCTION_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT));
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
