package org.briefing.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.importer.text.EditorNotes;
import org.briefing.importer.text.EmbargoOpening;
import org.jsoup.parser.Parser;

/**
 * The last guard against publishing embargoed copy: every line of what an import will publish (the
 * title, the standfirst, the photo's caption, each line of the body with its Markdown marks taken
 * off) is read for an embargo the importers' rules left in, as a part nobody thought of may hold
 * one. The line stays, as its place in the story is not understood; the story becomes a draft and
 * the report names the line, so that the editor sees it before anything is published.
 */
final class EmbargoNet {
  private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])\\s+");
  private static final Pattern FENCE = Pattern.compile("^(?:`{3,}|~{3,}).*");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|[\\s:\\-|]+\\|$");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  /** An e-mail's subject line pasted as the headline: "Subject: EMBARGOED 00:01 GMT 8 DECEMBER - Ministers agree …". */
  private static final Pattern SUBJECT = Pattern.compile("^(?i:subject|re|fwd?)\\s*:\\s*");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<=:])");

  private EmbargoNet() {}

  /**
   * Makes {@code story} a draft when a line it publishes is an embargo and it is no draft yet.
   *
   * @param input the input's text, to find the line's input line in
   */
  static void check(StoryDraft story, String input) {
    if (!story.embargo().isEmpty()) {
      return;
    }
    find(published(story)).ifPresent(line -> {
      story.embargo(line);
      story.note(new ReportEntry(ReportEntry.Kind.UNSURE, "draft", inputLines(input, line), List.of("true"), "",
          "an embargo left in the text: the story is a draft, which no build publishes; the line '" + line + "' stays as written:"
              + " take it out if it is the agency's embargo, and delete 'draft: true' once the embargo has passed"));
    });
  }

  /** The lines a build would publish, as a reader reads them. */
  static List<String> published(StoryDraft story) {
    List<String> lines = new ArrayList<>();
    lines.add(story.title());
    lines.add(story.standfirst());
    if (story.image() != null) {
      lines.add(story.image().caption());
      lines.add(story.image().alt());
    }
    for (String block : story.body()) {
      for (String line : block.split("\n")) {
        lines.add(plain(line));
        String row = QUOTE.matcher(line.strip()).replaceFirst("");
        if (row.startsWith("|") && row.endsWith("|") && !TABLE_RULE.matcher(row).matches()) {
          // a table's cell may hold an embargo beside the row's other cells
          Arrays.stream(row.substring(1, row.length() - 1).split("(?<!\\\\)\\|")).map(EmbargoNet::plain).forEach(lines::add);
        }
      }
    }
    lines.replaceAll(String::strip);
    lines.removeIf(String::isEmpty);
    return lines;
  }

  /**
   * The first embargo: a line that is one (an e-mail's "Subject:" taken off), that opens or closes with
   * one beside its own words, or that with the line under it makes one (its label over its moment).
   */
  private static Optional<String> find(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = SUBJECT.matcher(lines.get(i)).replaceFirst("");
      if (EditorNotes.isEmbargo(line)) {
        return Optional.of(lines.get(i));
      }
      Optional<String[]> opening = EmbargoOpening.split(line).or(() -> EmbargoOpening.closing(line).map(c -> new String[] {c[1], c[0]}));
      if (opening.isPresent()) {
        return Optional.of(opening.get()[0]);
      }
      if (i + 1 < lines.size() && EditorNotes.wrappedEmbargo(lines.get(i), lines.get(i + 1)).isPresent()) {
        return Optional.of(lines.get(i) + " " + lines.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** A Markdown line's text: quotation, heading, list and table marks, fences, links and escapes taken off. */
  static String plain(String markdown) {
    String t = QUOTE.matcher(markdown.strip()).replaceFirst("");
    if (FENCE.matcher(t).matches() || TABLE_RULE.matcher(t).matches()) {
      return "";
    }
    t = HEADING.matcher(t).replaceFirst("");
    t = LIST_MARKER.matcher(t).replaceFirst("");
    if (t.startsWith("|") && t.endsWith("|")) {
      t = String.join(" ", t.substring(1, t.length() - 1).split("(?<!\\\\)\\|"));
    }
    t = LINK.matcher(t).replaceAll("$1").replaceAll("\\*\\*|__|(?<![\\\\\\w])[*_]|[*_](?![\\w])", "");
    return ESCAPE.matcher(t).replaceAll("$1").replaceAll("\\s+", " ").strip();
  }

  /** The input lines that hold {@code line}'s text (an HTML input's tags and entities taken off): empty when none does. */
  private static List<Integer> inputLines(String input, String line) {
    String wanted = line.replaceAll("\\s+", " ");
    String[] raw = input.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String text = Parser.unescapeEntities(raw[i].replaceAll("<[^>]*>", " "), false).replaceAll("\\s+", " ").strip();
      // a meta tag's content is in the tag
      String whole = Parser.unescapeEntities(raw[i], true).replaceAll("\\s+", " ");
      if (whole.contains(wanted) || !text.isEmpty() && (text.contains(wanted) || wanted.startsWith(text) && text.length() >= 8)) {
        return List.of(i + 1);
      }
    }
    return List.of();
  }
}
