package org.briefing.importer.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.briefing.importer.Organisations;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.SourceRef;
import org.briefing.importer.StoryDraft;

/**
 * The blocks of agency copy that are not for readers, left out and named in the report: boilerplate
 * (copyright lines, share buttons), the wire's notes to editors, embargoes with their own notes, and
 * the notes under a press release's "Notes to editors" heading ({@link NotesSection}).
 */
final class LeftOutBlocks {
  private final StoryDraft story;
  private final List<Block> blocks;
  /** The blocks under a "Notes to editors" heading, by index, and what becomes of each. */
  private final Map<Integer, NotesSection.Verdict> notes = new HashMap<>();
  /** The last block left out as an embargo (or as its own note, or a rule under them), so that its note an empty line under it goes too. */
  private Block embargoAbove;

  LeftOutBlocks(StoryDraft story, List<Block> blocks) {
    this.story = story;
    this.blocks = blocks;
  }

  /** What a "Notes to editors" heading above planned for block {@code i}, once: null when it is under none. */
  NotesSection.Verdict verdict(int i) {
    return notes.remove(i);
  }

  /** Leaves out {@code block} when it is boilerplate, a note to editors or an embargo (with its own note), naming it in the report. */
  boolean dropBoilerplate(Block block) {
    if (leaveOutNoteToEditors(block)) {
      return true;
    }
    if (block.shape() != Block.Shape.TEXT && !block.lines().stream().allMatch(l -> Boilerplate.reason(l.text()).isPresent())) {
      return false;
    }
    String text = block.text();
    Optional<String> reason = block.lines().size() == 1 ? Boilerplate.reason(text) : block.lines().stream()
        .map(l -> Boilerplate.reason(l.text())).reduce((a, b) -> a.isPresent() && b.isPresent() ? a : Optional.empty())
        .orElse(Optional.empty());
    if (reason.isEmpty()) {
      return false;
    }
    story.note(ReportEntry.dropped(block.numbers(), text, reason.get()));
    if (reason.get().startsWith("copyright")) {
      for (String name : List.of("Reuters", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "dpa", "PA Media")) {
        if (text.contains(name)) {
          SourceRef source = Organisations.source(name, "agency");
          story.addSource(source);
          story.note(ReportEntry.inferred("sources", block.first(), List.of(source.name()), "copyright notice"));
        }
      }
    }
    return true;
  }

  /**
   * Leaves out a rule drawn at the top of the copy, over the headline ("--------", "* * *"), naming it
   * in the report: it is no headline. An embargo's own note under it still goes with the embargo above.
   */
  boolean dropRuleOverHeadline(Block block) {
    if (block.lines().size() != 1 || !Blocker.isRule(block.text())) {
      return false;
    }
    story.note(ReportEntry.dropped(block.numbers(), block.text(), "a rule drawn over the headline, not for readers"));
    if (embargoAbove != null && embargoAbove == previous(block)) {
      embargoAbove = block;
    }
    return true;
  }

  /**
   * Leaves out a rule drawn right under a headline that a rule stands over ("========" above and below it), naming it
   * in the report; a rule under a headline with none over it is left as it was.
   */
  boolean dropRuleUnderHeadline(Block block) {
    if (block.lines().size() != 1 || !Blocker.isRule(block.text())) {
      return false;
    }
    story.note(ReportEntry.dropped(block.numbers(), block.text(), "a rule drawn under the headline, framing it with the rule over it; not for readers"));
    return true;
  }

  /**
   * A note to editors or an embargo, read from the block's first line (or its first two, an embargo's
   * label over its moment), is left out with the lines that go on with it.
   */
  private boolean leaveOutNoteToEditors(Block block) {
    List<Line> lines = block.lines();
    String first = lines.get(0).text();
    String opening = lines.size() > 1 ? EditorNotes.wrappedEmbargo(first, lines.get(1).text()).orElse(first) : first;
    if (embargoAbove != null && embargoAbove == previous(block) && lines.stream().allMatch(l -> EditorNotes.isEmbargosOwnNote(l.text()))) {
      // the embargo's own note an empty line under it, as in HTML: never the title nor story text
      story.note(ReportEntry.dropped(block.numbers(), block.text(), "the embargo's own note, not for readers"));
      embargoAbove = block;
      return true;
    }
    // a line quoted with '>' as e-mail quotes it: the embargo is the agency's all the same
    String unquoted = opening.replaceFirst("^(?:>\\s*)+", "");
    if (block.shape() == Block.Shape.TEXT && lines.size() == 1 && !unquoted.equals(opening) && embargoLine(lines.get(0), unquoted)) {
      embargoAbove = block;
      return true;
    }
    if (lines.size() == 1 && EmbargoOpening.split(opening).filter(s -> s[1].matches(".*\\p{Ll}.*")).isPresent()) {
      // an embargo over the line's own words (not the wire's line going on in capitals): only the embargo is
      // left out, where the line is read (a standfirst, a caption), or the safety net reads it
      return false;
    }
    boolean left = block.shape() == Block.Shape.TEXT && EditorNotes.leaveOut(story, block.numbers(), opening, block.text());
    embargoAbove = left && EditorNotes.holdsBack(opening) ? block : null;
    return left;
  }

  /**
   * Leaves out the line {@code line} of a list or a quotation when its text {@code text} (without its
   * bullet or its {@code >}) is an embargo, as a paragraph's is left out.
   */
  boolean embargoLine(Line line, String text) {
    return EditorNotes.isEmbargo(text) && EditorNotes.leaveOut(story, List.of(line.number()), text, line.text());
  }

  /** The block before {@code block}, or null at the top. */
  private Block previous(Block block) {
    int i = blocks.indexOf(block);
    return i > 0 ? blocks.get(i - 1) : null;
  }

  /**
   * A "Notes to editors" heading after the story has begun: what follows it is planned as notes or
   * the story's (see {@link NotesSection}), and the heading left out, or kept as the story's own.
   */
  boolean notesHeading(int i, Consumer<String> body) {
    Block block = blocks.get(i);
    if (block.shape() != Block.Shape.TEXT || block.lines().size() != 1 || !NotesSection.heading(block.text())) {
      return false;
    }
    List<NotesSection.Part> parts = blocks.subList(i + 1, blocks.size()).stream().map(b -> new NotesSection.Part(
        b.shape() == Block.Shape.LIST ? NotesSection.Kind.ITEMS : NotesSection.Kind.TEXT, b.text())).toList();
    NotesSection.Plan plan = NotesSection.plan(parts, blocks.subList(0, i).stream().anyMatch(b -> NotesSection.endsStory(b.text())));
    for (int k = 0; k < plan.verdicts().size(); k++) {
      notes.put(i + 1 + k, plan.verdicts().get(k));
    }
    if (plan.headingIsNotes()) {
      return dropBoilerplate(block) || leaveOutHeading(block);
    }
    body.accept(BodyMarkdown.heading(block.text()));
    NotesSection.reportKept(story, block.first(), true);
    return true;
  }

  private boolean leaveOutHeading(Block block) {
    NotesSection.leaveOut(story, block.numbers(), block.text());
    return true;
  }
}
