package org.briefing.importer;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefing.importer.html.HtmlImporter;
import org.briefing.importer.text.PlainTextImporter;
import org.briefing.model.Slugs;
import org.briefing.model.WallClock;

/** Imports one plain-text or saved-HTML input into a content file and a report; never writes files. */
public final class Importer {
  private static final int LARGE = 1024 * 1024;
  private final ImportOptions options;

  public Importer(ImportOptions options) {
    this.options = options;
  }

  /** Imports {@code bytes}; {@code name} (a file name, or "-" for standard input) only decides HTML or text. */
  public ImportResult importBytes(String name, byte[] bytes) {
    Optional<String> refusal = TextDecoder.refusal(bytes);
    if (refusal.isPresent()) {
      return ImportResult.refuse(refusal.get());
    }
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.text().isBlank()) {
      return ImportResult.refuse("the file has no text, only white space");
    }
    boolean html = isHtml(name, decoded.text());
    StoryDraft story = html ? HtmlImporter.read(decoded.text()) : PlainTextImporter.read(decoded.text());
    if (story.title().isBlank()) {
      return ImportResult.refuse(html ? "found no article text in this page" : "found no text to import");
    }
    if (html && story.body().stream().allMatch(String::isBlank)
        && story.report().stream().anyMatch(e -> e.kind() == ReportEntry.Kind.DROPPED && e.detail().equals(HtmlImporter.HIDDEN))) {
      // a page that hides its whole text until a script shows it would give a story with none
      return ImportResult.refuse("the article's text is all in elements the page hides (until a script shows them, perhaps): "
          + "save the page after it has loaded and been scrolled through, or paste the text in");
    }
    List<ReportEntry> notes = new ArrayList<>();
    if (!decoded.note().isEmpty()) {
      notes.add(ReportEntry.note(decoded.note()));
    }
    if (bytes.length > LARGE) {
      notes.add(ReportEntry.note(String.format(Locale.ROOT,
          "this input is %.1f MB, far longer than one news story; check that it is a single article", bytes.length / 1048576.0)));
    }
    applyOptions(story, notes);
    clockChanges(story, options.zone(), notes);
    OwnSiteLinks.leaveOut(story, options.site());
    updateAfterDate(story, options.zone(), notes);
    String slug = story.date().isEmpty() ? Slugs.of(story.title()) : ownAddress(story, notes);
    story.report().addAll(0, notes);
    EmbargoNet.check(story, decoded.text());
    return new ImportResult("", slug, StoryWriter.write(story), !story.date().isEmpty(), story.report());
  }

  /**
   * The story's slug: its headline's, unless a published story of the same day has that address; then the first of
   * {@code SLUG-2}, {@code SLUG-3}, ... that none has, written as its {@code slug:} and said in the report, so that the
   * published story keeps its address (by file name the new one could take it and move the other to {@code -2}).
   */
  private String ownAddress(StoryDraft story, List<ReportEntry> notes) {
    String slug = Slugs.of(story.title());
    Optional<TakenAddresses.Taken> taken = options.taken().owner(story.date(), slug);
    if (taken.isEmpty()) {
      return slug;
    }
    String free = slug + "-2";
    for (int n = 3; options.taken().owner(story.date(), free).isPresent(); n++) {
      free = slug + "-" + n;
    }
    story.slug(free);
    notes.add(new ReportEntry(ReportEntry.Kind.UNSURE, "slug", List.of(), List.of(free), "", taken.get().address()
        + " is the address of " + taken.get().file() + ", published already: this story was given one of its own, and that"
        + " story keeps its address; if this is the same story imported again, delete this file"));
    return free;
  }

  private void applyOptions(StoryDraft story, List<ReportEntry> notes) {
    if (!options.date().isEmpty()) {
      if (!story.date().isEmpty() && !story.date().equals(options.date())) {
        notes.add(ReportEntry.note("the input gives the date " + story.date() + "; --date " + options.date() + " was used instead"));
      }
      story.date(options.date());
      checkDatelineDay(story, notes);
    } else if (story.date().isEmpty()) {
      notes.add(ReportEntry.note("no full date (with the year) in the input: the file is not written until you give one with"
          + " --date, e.g. --date 2021-10-18 or --date 2021-10-18T14:30+03:00"));
    }
    List<SourceRef> given = new ArrayList<>();
    for (String name : options.sources()) {
      given.add(options.catalog().id(name).map(id -> new SourceRef(name, "", "", id))
          .orElseGet(() -> Organisations.source(name, "")));
    }
    List<SourceRef> all = new ArrayList<>(given);
    all.addAll(story.sources());
    story.sources().clear();
    all.stream().map(options.catalog()::resolve).forEach(story::addSource);
    if (story.sources().isEmpty()) {
      notes.add(ReportEntry.note("no source in the input (no 'Source:' line, nor an agency in a dateline, byline or credit):"
          + " a site with 'attribution: strict' refuses the story until it names one; add 'sources:' to the file,"
          + " or import it again with --source NAME"));
    }
    options.topics().forEach(t -> {
      if (story.topics().stream().noneMatch(t::equalsIgnoreCase)) {
        story.topics().add(t);
      }
    });
    if (options.photo() != null) {
      withPhoto(story, options.photo(), notes);
    }
  }

  /**
   * The photo file given with the story becomes its {@code image.src}; its embedded credit and
   * caption fill what the input left out, and a credit of the input that differs is kept and reported.
   */
  private static void withPhoto(StoryDraft story, ImportOptions.Photo photo, List<ReportEntry> notes) {
    ImageDraft found = story.image() != null ? story.image() : new ImageDraft("", "", "", false, "");
    String embeddedCredit = photo.embedded().bestCredit();
    String credit = found.credit();
    if (credit.isEmpty() && !embeddedCredit.isEmpty()) {
      credit = embeddedCredit;
      notes.add(ReportEntry.note("photo credit '" + embeddedCredit + "' read from the photo file " + photo.src()));
    } else if (!credit.isEmpty() && !embeddedCredit.isEmpty() && !credit.toLowerCase(Locale.ROOT).contains(photo.embedded().credit().toLowerCase(Locale.ROOT))) {
      notes.add(ReportEntry.note("the input credits the photo to '" + credit + "', its file to '" + embeddedCredit + "'; the input's is kept, check it"));
    }
    String caption = found.caption();
    if (caption.isEmpty() && !photo.embedded().caption().isEmpty()) {
      caption = photo.embedded().caption();
      notes.add(ReportEntry.note("photo caption read from the photo file " + photo.src()));
      // the agency's notes to its editors are left out of the caption, and shown in the report
      int agency = org.briefing.problem.AgencyNotes.start(caption);
      if (agency == 0) {
        notes.add(ReportEntry.note("the photo file's caption opens with the agency's notes to editors: take them out before publishing"));
      } else if (agency > 0) {
        notes.add(ReportEntry.dropped(List.of(), caption.substring(agency).strip(),
            "the agency's notes to editors at the end of the photo file's caption, not for readers"));
        caption = caption.substring(0, agency).strip();
      }
    }
    story.image(new ImageDraft(found.alt(), caption, credit, found.filePhoto(), found.original(), photo.src()));
  }

  /**
   * A date or update written as a local time that the clocks of the site's zone skip when put forward (02:30 on the
   * night they go from 02:00 to 03:00) or pass twice when put back: a build refuses the first and warns of the second,
   * and the input does not say which moment it meant. Each is written with the offset the clocks showed before the
   * change, the moment a clock not yet changed shows and the first of two, which a build reads without a doubt; the
   * report says so, with the other reading.
   */
  private static void clockChanges(StoryDraft story, java.time.ZoneId zone, List<ReportEntry> notes) {
    if (zone == null) {
      return;
    }
    for (String key : List.of("date", "updated")) {
      String value = key.equals("date") ? story.date() : story.updated();
      WallClock.Change change = value.isEmpty() ? null : WallClock.change(key, value, zone);
      if (change == null) {
        continue;
      }
      java.time.zone.ZoneOffsetTransition at = change.transition();
      String written = value + offset(at.getOffsetBefore());
      String clocks = "the clocks of " + zone.getId() + " go from " + at.getDateTimeBefore().toLocalTime() + " to "
          + at.getDateTimeAfter().toLocalTime() + " on " + at.getDateTimeBefore().toLocalDate();
      String detail = change.skipped()
          ? "the time " + value.substring(11) + " does not exist there (" + clocks + "): written with the offset before the"
              + " change, " + offset(at.getOffsetBefore()) + ", which is " + java.time.LocalDateTime.parse(value).plus(at.getDuration())
                  .toLocalTime() + " on the clocks after it; check the time"
          : "the time " + value.substring(11) + " happens twice there (" + clocks + "): written as the first, at "
              + offset(at.getOffsetBefore()) + "; if the second is meant, make it " + value + offset(at.getOffsetAfter());
      if (key.equals("date")) {
        story.date(written);
      } else {
        story.updated(written);
      }
      // the lines the time came from, not a dateline's day
      List<Integer> lines = story.report().stream().filter(e -> e.field().equals(key) && e.values().contains(value))
          .flatMap(e -> e.lines().stream()).sorted().distinct().toList();
      notes.add(new ReportEntry(ReportEntry.Kind.UNSURE, key, lines, List.of(written), "", detail));
    }
  }

  /** An offset as the importer writes it: {@code +00:00} rather than {@code Z}. */
  private static String offset(java.time.ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  /**
   * An update the build would refuse for coming before the story's date: an "Updated" line earlier
   * than the date line, a day alone on the story's own day (its midnight), two zones, or a --date
   * after the input's update. The importer cannot tell which date is wrong, so {@code updated} is
   * left out and the report says why; the line it came from is in the report already.
   */
  private static void updateAfterDate(StoryDraft story, java.time.ZoneId zone, List<ReportEntry> notes) {
    if (story.date().isEmpty() || story.updated().isEmpty() || !DateOption.mayBeBefore(story.updated(), story.date(), zone)) {
      return;
    }
    List<Integer> lines = new ArrayList<>();
    List<ReportEntry> report = story.report();
    for (int i = 0; i < report.size(); i++) {
      ReportEntry e = report.get(i);
      if (e.field().equals("updated")) {
        lines.addAll(e.lines());
        if (e.kind() == ReportEntry.Kind.DROPPED) {
          // the line's text stays in the report; only its date is not written
          report.set(i, new ReportEntry(ReportEntry.Kind.DROPPED, "", e.lines(), List.of(), e.leftOut(),
              "date line; its date, an update before the story's date, was not written (see 'unsure updated')"));
        } else {
          report.remove(i--);
        }
      }
    }
    boolean midnight = story.updated().length() == 10 && story.updated().equals(story.date().substring(0, 10));
    notes.add(new ReportEntry(ReportEntry.Kind.UNSURE, "updated", lines.stream().sorted().distinct().toList(), List.of(story.updated()), "",
        "left out: this update comes before the story's date " + story.date()
            + (midnight ? " (a day alone stands for its midnight)" : "") + ", and a build refuses an update before the"
            + " publication; check both dates, and if the story was updated, write 'updated:' with the day and time of the update"));
    story.updated("");
  }

  private static void checkDatelineDay(StoryDraft story, List<ReportEntry> notes) {
    LocalDate date = LocalDate.parse(story.date().substring(0, 10));
    for (ReportEntry e : story.report()) {
      if (e.kind() == ReportEntry.Kind.INFERRED && e.field().equals("date") && !e.values().isEmpty()) {
        monthDay(e.values().get(0)).filter(md -> !md.equals(MonthDay.from(date))).ifPresent(md -> notes.add(
            ReportEntry.unsure(e.lines().isEmpty() ? 0 : e.lines().get(0),
                "the dateline says " + e.values().get(0) + " but --date is " + story.date() + "; check the date")));
      }
    }
  }

  private static Optional<MonthDay> monthDay(String text) {
    String t = text.replace(".", "").replaceAll("\\s+", " ").strip();
    t = t.replaceAll("(?i)^(sept)", "Sep").replaceAll(",? \\d{4}$", "");
    for (String pattern : List.of("MMM d", "MMMM d", "d MMM", "d MMMM")) {
      try {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
        return Optional.of(MonthDay.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    if (lower.endsWith(".txt")) {
      return false;
    }
    String start = text.stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml");
  }
}
