package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.importer.LeftOut;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;

/**
 * The lines over and under a story's headline that fill its fields rather than its body: a date line, a byline (AP's
 * two-line one too) and a press office's label with the release's date.
 */
final class HeaderFields {
  /** Two blocks read as one line: AP's byline over a line that only names its agency. */
  record Joined(Block block, String text) {}

  private final StoryDraft story;
  private final List<Block> blocks;

  HeaderFields(StoryDraft story, List<Block> blocks) {
    this.story = story;
    this.blocks = blocks;
  }

  /** Reads a date line into 'date' (or 'updated'), naming it in the report. */
  boolean dateLine(Block block, String text) {
    Optional<PublicationDate> date = PublicationDate.parse(text);
    if (date.isEmpty()) {
      return false;
    }
    String field = date.get().updated() ? "updated" : "date";
    setDate(date.get().updated(), date.get().value());
    story.note(new ReportEntry(ReportEntry.Kind.DROPPED, field, block.numbers(), List.of(date.get().value()), text,
        "date line; its date went to '" + field + "'"));
    unknownZone(block, text, field);
    return true;
  }

  /** Reads a byline into 'authors' and its agencies into 'sources', naming in the report the parts that are no names. */
  boolean byline(Block block, String text) {
    Optional<Attribution> byline = Attribution.byline(text);
    if (byline.isEmpty()) {
      return false;
    }
    Attribution a = byline.get();
    a.authors().forEach(story::addAuthor);
    a.sources().forEach(story::addSource);
    story.note(ReportEntry.moved(a.bylineFields(), block.numbers(), a.values(), LeftOut.of(text, a.values()), "byline"));
    for (String part : a.unsure()) {
      story.note(ReportEntry.unsure(block.first(), "byline part '" + part + "' is not a name; left out"));
    }
    return true;
  }

  /** Block i and the next as one byline, when block i is a byline and the next only names its agency, as AP's do. */
  Optional<Joined> twoLineByline(int i) {
    if (i + 1 >= blocks.size() || blocks.get(i + 1).shape() != Block.Shape.TEXT || blocks.get(i + 1).lines().size() != 1
        || !Attribution.agencyLine(blocks.get(i + 1).text()) || Attribution.byline(blocks.get(i).text()).isEmpty()) {
      return Optional.empty();
    }
    List<Line> both = new ArrayList<>(blocks.get(i).lines());
    both.addAll(blocks.get(i + 1).lines());
    return Optional.of(new Joined(new Block(both, Block.Shape.TEXT), blocks.get(i).text() + ", " + blocks.get(i + 1).text()));
  }

  /** Leaves out a release's label, which is for editors; a date after it goes to 'date'. */
  void leaveOutLabel(Block block, String text, String date) {
    String why = LineBreaks.labelReason(text);
    if (date.isEmpty()) {
      story.note(ReportEntry.dropped(block.numbers(), text, why));
      return;
    }
    String value = PublicationDate.parse(date).orElseThrow().value();
    setDate(false, value);
    story.note(new ReportEntry(ReportEntry.Kind.DROPPED, "date", block.numbers(), List.of(value), text,
        why + "; its date went to 'date'"));
    unknownZone(block, date, "date");
  }

  /** A time zone the line names that the importer does not know: its time is written without it, which the report says. */
  private void unknownZone(Block block, String text, String field) {
    PublicationDate.unknownZone(text).ifPresent(zone -> story.note(ReportEntry.unsure(block.first(), "the time zone '" + zone
        + "' is not one the importer knows: '" + field + "' is written without it, and a build reads that time in the site's"
        + " time zone; write its offset after the time (such as +05:30)")));
  }

  /** Sets the date (or the update time) the first line that gives one gives. */
  private void setDate(boolean updated, String value) {
    if (!updated && story.date().isEmpty()) {
      story.date(value);
    } else if (updated && story.updated().isEmpty()) {
      story.updated(value);
    }
  }
}
