package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;

/**
 * Splits text into blocks. Blank lines separate blocks; within a run of lines without blank lines
 * it tells hard-wrapped paragraphs (joined), lists and tables (kept) and one paragraph per line
 * (split) apart.
 */
final class Blocker {
  static final Pattern BULLET = Pattern.compile("^(?:[-*•·▪‣◦–—]|\\d{1,3}[.)]|[a-zA-Z][.)])\\s+\\S.*");
  /** The list markers agency copy uses; a run of such lines stays a list even when blank lines separate them. */
  private static final Pattern ITEM = Pattern.compile("^(?:(?<bullet>[-*•])|\\d{1,3}[.)])\\s+\\S.*");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})[.)]");
  /**
   * A tab, a bar, or a gap of two or more spaces between columns. Two spaces after a full stop
   * (as typists and many wires write) are a sentence break, not a gap.
   */
  private static final Pattern COLUMNS = Pattern.compile(
      "\\t|\\||(?<![.!?…:;][\"”’')\\]»]{0,2})(?<=\\S) {2,}(?=\\S)");
  private static final int WRAP_MIN = 35;
  /** A line drawn across the copy ("---", "* * *", "___"): it separates what is above from what is below. */
  /** Three or more dashes, stars, underscores or equals signs, in runs a single space apart. */
  private static final Pattern RULE = Pattern.compile("^\\s*(?:(?:-+ ?){3,}|(?:\\*+ ?){3,}|(?:_+ ?){3,}|(?:=+ ?){3,})\\s*$");

  private Blocker() {}

  static List<Block> blocks(List<Line> lines) {
    List<List<Line>> runs = LineBreaks.runs(lines);
    LineBreaks.Top top = LineBreaks.Top.of(runs);
    List<Block> blocks = new ArrayList<>();
    runs.forEach(r -> flush(r, blocks, top));
    return joinItems(blocks);
  }

  /** Joins list items written one per paragraph (blank lines between them) into one list. */
  private static List<Block> joinItems(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      String kind = itemKind(blocks.get(i));
      int end = i;
      while (kind != null && end + 1 < blocks.size() && kind.equals(itemKind(blocks.get(end + 1)))
          && (kind.equals("bullet") || counts(blocks.get(end), blocks.get(end + 1)))) {
        end++;
      }
      if (end > i) {
        List<Line> lines = new ArrayList<>();
        blocks.subList(i, end + 1).forEach(b -> lines.addAll(b.lines()));
        out.add(new Block(lines, Block.Shape.LIST));
      } else {
        out.add(blocks.get(i));
      }
      i = end + 1;
    }
    return out;
  }

  /** Numbered paragraphs join only when they count up ("1." then "2."), as a list does; "1." twice is two paragraphs. */
  private static boolean counts(Block before, Block after) {
    return number(before.lines().get(before.lines().size() - 1)) + 1 == number(after.lines().get(0));
  }

  private static int number(Line line) {
    Matcher m = NUMBER.matcher(line.text());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** "bullet" or "number" when every line of the block is a list item of that kind, else null. */
  private static String itemKind(Block block) {
    if (block.shape() == Block.Shape.ROWS || (block.shape() == Block.Shape.TEXT && block.lines().size() > 1)) {
      return null;
    }
    String kind = null;
    for (Line line : block.lines()) {
      Matcher m = ITEM.matcher(line.text());
      if (!m.matches()) {
        return null;
      }
      String k = m.group("bullet") != null ? "bullet" : "number";
      if (kind != null && !kind.equals(k)) {
        return null;
      }
      kind = k;
    }
    return kind;
  }

  private static void flush(List<Line> run, List<Block> out, LineBreaks.Top top) {
    if (run.isEmpty()) {
      return;
    }
    List<Line> lines = List.copyOf(run);
    int standalone = indexOfStandalone(lines);
    if (lines.size() > 1 && standalone >= 0) {
      // a trailer, byline, boilerplate line or note to editors is never joined to the lines around it
      flush(lines.subList(0, standalone), out, top);
      int end = noteEnd(lines, standalone);
      out.add(new Block(lines.subList(standalone, end), Block.Shape.TEXT));
      flush(lines.subList(end, lines.size()), out, top);
      return;
    }
    int[] items = bulletRun(lines);
    if (items != null && (items[0] > 0 || items[1] < lines.size())) {
      // a list under an introducing line is never joined to it, however long its items
      flush(lines.subList(0, items[0]), out, top);
      out.add(new Block(lines.subList(items[0], items[1]), Block.Shape.LIST));
      flush(lines.subList(items[1], lines.size()), out, top);
      return;
    }
    if (lines.size() == 1 || headerLines(lines)) {
      lines.forEach(l -> out.add(Block.of(l)));
    } else if (lines.stream().allMatch(l -> BULLET.matcher(l.text()).matches())) {
      out.add(new Block(lines, Block.Shape.LIST));
    } else if (lines.stream().allMatch(l -> hasColumns(l.text()))) {
      out.add(new Block(lines, Block.Shape.ROWS));
    } else if (LineBreaks.headlineOver(lines, top) && (hardWrapped(lines) || hardWrapped(lines.subList(1, lines.size())))) {
      // a headline as wide as the wrapped lines under it would be joined to them; a shorter one made them one paragraph a line
      out.add(Block.of(lines.get(0)));
      flush(lines.subList(1, lines.size()), out, top);
    } else if (hardWrapped(lines)) {
      splitWrapped(lines, out);
    } else if (LineBreaks.shortLineOver(lines) && hardWrapped(lines.subList(1, lines.size()))) {
      // a short headline or subheading right above wrapped lines stands apart; they are still one paragraph
      out.add(Block.of(lines.get(0)));
      flush(lines.subList(1, lines.size()), out, top);
    } else {
      splitLines(lines, out);
    }
  }

  /**
   * A byline with the story's date lines (and AP's agency line under the byline), or labelled date lines alone, typed
   * with no blank line between them ("By Jane Doe", "Published 1 Dec 2026", "Updated 2 Dec 2026"): each is read on its
   * own, never as rows of a table, nor joined into a paragraph of the story as wrapped text ("Published ... Updated
   * ..."). Dates without a label ("1 Dec 2026", "2 Dec 2026") are the story's rows.
   */
  private static boolean headerLines(List<Line> lines) {
    boolean byline = false;
    boolean labelled = true;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      boolean isByline = Attribution.byline(text).isPresent();
      byline |= isByline;
      labelled &= PublicationDate.labelled(text);
      if (!isByline && PublicationDate.parse(text).isEmpty()
          && !(i > 0 && Attribution.byline(lines.get(i - 1).text()).isPresent() && Attribution.agencyLine(text))) {
        return false;
      }
    }
    return byline || labelled;
  }

  static boolean hasColumns(String text) {
    return COLUMNS.matcher(text).find();
  }

  /** The first run of two or more bullet lines as {start, end exclusive}, or null. */
  private static int[] bulletRun(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      int end = i;
      while (end < lines.size() && BULLET.matcher(lines.get(end).text()).matches()) {
        end++;
      }
      if (end - i >= 2) {
        return new int[] {i, end};
      }
    }
    return null;
  }

  private static int indexOfStandalone(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      if (i > 0 && continuesSentence(lines.get(i - 1).text(), text) || tableNote(lines, i)) {
        continue;
      }
      if (Attribution.trailer(text).isPresent() || Attribution.sources(text).isPresent()
          || Boilerplate.reason(text).isPresent() || EditorNotes.of(text).isPresent() || wrappedEmbargo(lines, i)
          || isCreditAlone(text) || isBylineUnder(lines, i) || isRule(text)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A sources line right under a table's last row, with no blank line between them, is the table's note: where its
   * figures come from ("Source: Statistics Office"), kept with its rows. Naming only news agencies it is the story's
   * trailer all the same.
   */
  private static boolean tableNote(List<Line> lines, int i) {
    if (i == 0 || !hasColumns(lines.get(i - 1).text())) {
      return false;
    }
    return Attribution.sources(lines.get(i).text()).filter(a -> a.sources().stream()
        .anyMatch(s -> Organisations.lookup(s.name()).isEmpty() && !Organisations.isUnnamedAgency(s.name()))).isPresent();
  }

  /** A photo credit on a line of its own ({@code Name/Agency}), which belongs to the caption above it, not to its text. */
  private static boolean isCreditAlone(String text) {
    return PhotoCredits.parse(text).map(c -> c.text().isEmpty()).orElse(false);
  }

  /**
   * The end (exclusive) of the standalone line at {@code start}: a note to editors wrapped by hand
   * goes on over the lines that continue its sentence, an embargo over the line of its moment when its
   * label stands alone, and over the line of its own note ("NOT FOR PUBLICATION BEFORE THIS TIME"); they
   * are left out with it.
   */
  private static int noteEnd(List<Line> lines, int start) {
    boolean wrapped = wrappedEmbargo(lines, start);
    int end = wrapped ? start + 2 : start + 1;
    Optional<EditorNotes.Kind> kind = wrapped ? Optional.of(EditorNotes.Kind.EMBARGO) : EditorNotes.of(lines.get(start).text());
    if (kind.isPresent()) {
      while (end < lines.size() && (continuesSentence(lines.get(end - 1).text(), lines.get(end).text().strip())
          || kind.get() == EditorNotes.Kind.EMBARGO && EditorNotes.isEmbargosOwnNote(lines.get(end).text()))) {
        end++;
      }
    }
    return end;
  }

  /** An embargo's label alone on line {@code i} and its moment on the next ("EMBARGOED UNTIL" over "00:01 BST ..."). */
  private static boolean wrappedEmbargo(List<Line> lines, int i) {
    return i + 1 < lines.size() && EditorNotes.wrappedEmbargo(lines.get(i).text(), lines.get(i + 1).text()).isPresent();
  }

  /** A rule is never joined to the lines around it nor made an item of their list. */
  static boolean isRule(String text) {
    // runs of one length ("--- --- ---", "- - -") are a rule; runs of several lengths
    // ("------- -- -- ---") are the columns of a table under its header
    return RULE.matcher(text).matches() && java.util.Arrays.stream(text.strip().split(" ")).mapToInt(String::length).distinct().count() == 1;
  }

  /**
   * A byline under a line without final punctuation, as under a headline. Under a full stop the line may be
   * a sentence that starts "By Monday, ..." in a wrapped paragraph: there it is a byline (as under a standfirst)
   * only when it holds nothing but names and ends the run, or only AP's agency line follows it.
   */
  private static boolean isBylineUnder(List<Line> lines, int i) {
    Optional<Attribution> byline = i > 0 ? Attribution.byline(lines.get(i).text()) : Optional.empty();
    if (byline.isEmpty()) {
      return false;
    }
    if (!Sentences.endsSentence(lines.get(i - 1).text())) {
      return true;
    }
    boolean last = i + 1 == lines.size() || i + 2 == lines.size() && Attribution.agencyLine(lines.get(i + 1).text());
    return last && byline.get().unsure().isEmpty();
  }

  /** A line that starts in lower case under a line that ends mid-sentence is the rest of that sentence, wrapped. */
  private static boolean continuesSentence(String above, String line) {
    String end = above.strip().replaceAll("[\"”’')\\]»]+$", "");
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0)) && !end.isEmpty()
        && ".!?…".indexOf(end.charAt(end.length() - 1)) < 0;
  }

  /**
   * Lines of similar width that mostly break mid-sentence: a paragraph wrapped by hand or by an editor. An address wider
   * than the wrap, alone on its line, sets no width, and the line above it is as wrapped as a long one.
   */
  static boolean hardWrapped(List<Line> lines) {
    int width = LineBreaks.width(lines);
    if (width < WRAP_MIN || width > 110) {
      return false;
    }
    int longLines = 0;
    int midSentence = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      String text = lines.get(i).text();
      boolean isLong = text.length() >= width * 0.6 || LineBreaks.beforeWideWord(text, lines.get(i + 1).text(), width);
      boolean ends = Sentences.endsSentence(text);
      if (!isLong && !ends) {
        return false;
      }
      if (isLong) {
        longLines++;
        midSentence += ends ? 0 : 1;
      }
    }
    return midSentence > 0 && midSentence * 2 >= longLines;
  }

  private static void splitWrapped(List<Line> lines, List<Block> out) {
    int width = LineBreaks.width(lines);
    List<Line> paragraph = new ArrayList<>();
    for (Line line : lines) {
      if (!paragraph.isEmpty() && LineBreaks.datelineUnder(paragraph.get(paragraph.size() - 1), line)) {
        out.add(new Block(paragraph, Block.Shape.TEXT));
        paragraph = new ArrayList<>();
      }
      paragraph.add(line);
      boolean shortEnd = line.text().length() < width * 0.6 && Sentences.endsSentence(line.text());
      if (shortEnd) {
        out.add(new Block(paragraph, Block.Shape.TEXT));
        paragraph = new ArrayList<>();
      }
    }
    if (!paragraph.isEmpty()) {
      out.add(new Block(paragraph, Block.Shape.TEXT));
    }
  }

  /** Each line its own block, except that runs of bullet lines or of short unpunctuated lines stay together. */
  private static void splitLines(List<Line> lines, List<Block> out) {
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      if (BULLET.matcher(lines.get(i).text()).matches()) {
        while (end + 1 < lines.size() && BULLET.matcher(lines.get(end + 1).text()).matches()) {
          end++;
        }
        if (end > i) {
          out.add(new Block(lines.subList(i, end + 1), Block.Shape.LIST));
          i = end + 1;
          continue;
        }
      }
      while (end + 1 < lines.size() && row(lines.get(end)) && (row(lines.get(end + 1)) || tableNote(lines, end + 1))) {
        end++;
      }
      if (end > i + 1 || (end > i && i > 0)) {
        out.add(new Block(lines.subList(i, end + 1), Block.Shape.ROWS));
        i = end + 1;
      } else {
        out.add(Block.of(lines.get(i)));
        i++;
      }
    }
  }

  private static boolean row(Line line) {
    String text = line.text();
    return hasColumns(text) || (text.length() <= 60 && !Sentences.endsSentence(text));
  }
}
