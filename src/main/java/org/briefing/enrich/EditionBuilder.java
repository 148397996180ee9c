package org.briefing.enrich;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.config.SiteConfig;
import org.briefing.language.ThemeStrings;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.load.PlainTextComments;
import org.briefing.load.RawEdition;
import org.briefing.links.LinkPolicy;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.RefusedLink;
import org.briefing.markdown.MarkdownTooDeep;
import org.briefing.model.Placement;
import org.briefing.model.WaitingStory;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.XmlChars;

/** Groups stories (by their placements) into briefing editions, applying the titles, notes and story orders of edition files. */
public final class EditionBuilder {
  /** The fields of an edition file; its body is the editor's note. */
  public static final FieldSchema SCHEMA = FieldSchema.of("an edition file", List.of("title", "stories", "draft"))
      .unknown("an edition file takes title, stories and draft ('draft: true' keeps its title, note and order back)")
      .holdingBy("draft")
      .refusingUnknown();

  private final SiteConfig config;
  private final MarkdownRenderer markdown;
  private final Problems problems;
  /** The site's language, whose date formats give an edition its default title. */
  private final ThemeStrings strings;
  /** The stories not published yet, which an edition file may list before they are. */
  private final List<WaitingStory> waiting;
  /**
   * Whether every story was read without error when the builder was made: a story that failed is
   * missing from its edition, and an edition file listing it would report it missing too, before
   * the story's own error.
   */
  private final boolean storiesComplete;
  /** Whether edition files marked 'draft: true' are applied, as in a preview of drafts. */
  private final boolean drafts;

  public EditionBuilder(SiteConfig config, ThemeStrings strings, MarkdownRenderer markdown, List<WaitingStory> waiting, boolean drafts,
      Problems problems) {
    this.config = config;
    this.drafts = drafts;
    this.waiting = waiting;
    this.storiesComplete = !problems.hasErrors();
    this.strings = strings;
    this.markdown = markdown;
    this.problems = problems;
  }

  /** The date of the edition a story belongs to. */
  public LocalDate editionOf(Placement story) {
    return editionOf(story.edition() != null ? story.edition() : story.date().toLocalDate());
  }

  private LocalDate editionOf(LocalDate day) {
    return config.editions() == SiteConfig.EditionPeriod.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  /**
   * Editions newest first, each with its stories as positions in {@code stories} (the site's,
   * newest first), whose editions are {@code editionOf}.
   */
  public List<SiteShape.EditionAt> build(List<Placement> stories, List<LocalDate> editionOf, List<RawEdition> files) {
    TreeMap<LocalDate, List<Integer>> byDate = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < stories.size(); i++) {
      byDate.computeIfAbsent(editionOf.get(i), d -> new ArrayList<>()).add(i);
    }
    Map<LocalDate, RawEdition> filesByDate = new LinkedHashMap<>();
    for (RawEdition file : files) {
      new FieldCheck(SCHEMA, java.util.Set.of(), "").check(file.file(), file.meta(), problems);
      if (isHeldBack(file)) {
        continue;
      }
      LocalDate date = dateOf(file);
      if (date != null && !byDate.containsKey(date) && waitingIn(date).isEmpty()) {
        problems.warning(SourcePosition.of(file.file(), 1), "no story belongs to the edition of " + date,
            "set 'edition: " + date + "' on its stories, or rename the file to an edition date that has stories");
      } else if (date != null && filesByDate.containsKey(date)) {
        // two files for one edition (2021-10-18.md and 2021-10-18.markdown): one would be left out without a word
        problems.error(SourcePosition.of(file.file(), 1), "the edition of " + date + " has another file, "
            + filesByDate.get(date).file().getFileName() + ", and only one can give its title, note and order",
            "keep one of the two files");
      } else if (date != null) {
        filesByDate.put(date, file);
      }
    }
    List<SiteShape.EditionAt> editions = new ArrayList<>();
    byDate.forEach((date, members) -> editions.add(edition(date, stories, members, filesByDate.get(date))));
    // the file of an edition none of whose stories is out yet is checked now, not on its day, when
    // a misspelt slug would stop the build that publishes them
    filesByDate.forEach((date, file) -> {
      if (!byDate.containsKey(date)) {
        order(date, stories, List.of(), file);
      }
    });
    return List.copyOf(editions);
  }

  /** Whether {@code file} says 'draft: true' and this build leaves drafts out: its edition goes out with its usual title, no note and no order. */
  private boolean isHeldBack(RawEdition file) {
    Object draft = file.meta().values().get("draft");
    if (draft != null && !(draft instanceof Boolean)) {
      problems.error(position(file.file(), file.meta().lineOf("draft")), "'draft' must be true or false, not '" + draft + "'",
          "write 'draft: true' or 'draft: false'");
    }
    return Boolean.TRUE.equals(draft) && !drafts;
  }

  private LocalDate dateOf(RawEdition file) {
    try {
      LocalDate date = LocalDate.parse(file.name());
      if (config.editions() == SiteConfig.EditionPeriod.WEEKLY && date.getDayOfWeek() != DayOfWeek.MONDAY) {
        problems.error(SourcePosition.of(file.file()), "weekly editions are named after their Monday, and " + date + " is a " + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
            "rename the file to " + date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + ".md");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.error(SourcePosition.of(file.file()), "an edition file must be named after its date, not '" + file.name() + "'",
          "rename it to YYYY-MM-DD.md, e.g. 2021-10-18.md");
      return null;
    }
  }

  private SiteShape.EditionAt edition(LocalDate date, List<Placement> stories, List<Integer> members, RawEdition file) {
    String title = defaultTitle(date);
    String note = "";
    List<Integer> ordered = members;
    List<org.briefing.markdown.WrittenLink> links = List.of();
    if (file != null) {
      Object given = file.meta().values().get("title");
      if (given != null && !given.toString().isBlank()) {
        title = given.toString().strip();
        if (PlainTextComments.in(title)) {
          problems.error(SourcePosition.of(file.file(), file.meta().lineOf("title")), PlainTextComments.message("title"), PlainTextComments.HINT);
        }
        for (org.briefing.load.EditorsPlaceholders.Found mark : org.briefing.load.EditorsPlaceholders.inPlainText(title)) {
          problems.error(SourcePosition.of(file.file(), file.meta().lineOf("title")),
              org.briefing.load.EditorsPlaceholders.message(mark.mark(), "the edition's 'title'"), org.briefing.load.EditorsPlaceholders.hint("edition"));
        }
      }
      note = note(file, pathOf(date));
      ordered = order(date, stories, members, file);
      links = note.isEmpty() ? List.of() : markdown.links(file.body()).stream().map(link -> link.at(file.bodyLine() + link.line() - 1)).toList();
    }
    return new SiteShape.EditionAt(date, title, note, pathOf(date), SiteIndexer.ints(ordered), file == null ? null : file.file(), links);
  }

  /** The address of the edition of {@code date}. */
  private static String pathOf(LocalDate date) {
    return "briefings/" + date + "/";
  }

  /**
   * The addresses of the editions that only stories not published yet belong to, each with what
   * holds it back, for the check of links (pipeline's OwnLinks); an edition with a published story
   * has its page, and is not among them.
   */
  public Map<String, String> heldEditions() {
    Map<String, String> held = new TreeMap<>();
    for (WaitingStory w : waiting) {
      LocalDate date = editionOf(w.day());
      held.putIfAbsent(pathOf(date), "the edition of " + date + ", whose stories are held back");
    }
    return held;
  }

  /** The note of the edition at {@code path}, its relative links read from there. */
  private String note(RawEdition file, String path) {
    if (file.body().isBlank()) {
      return "";
    }
    int bad = XmlChars.firstForbidden(file.body());
    if (bad >= 0) {
      problems.warning(SourcePosition.of(file.file(), file.bodyLine() + XmlChars.lineOf(file.body(), bad)),
          "the note contains the character " + XmlChars.name(file.body().charAt(bad)) + ", which pages and feeds cannot carry; it is left out",
          "delete it from the file; it usually comes with text pasted from another program");
    }
    try {
      String html = markdown.renderBlock(file.body(), path);
      for (RefusedLink link : markdown.refusedLinks(file.body())) {
        problems.error(position(file.file(), file.bodyLine() + link.line() - 1), link.message(), LinkPolicy.HINT);
      }
      for (int line : markdown.commentsClosedAtOnce(file.body())) {
        problems.error(position(file.file(), file.bodyLine() + line - 1), MarkdownRenderer.CLOSED_AT_ONCE, MarkdownRenderer.CLOSED_AT_ONCE_HINT);
      }
      org.briefing.model.ImageCredits.check(org.briefing.model.ImageCredits.at(file.file(), file.bodyLine(), markdown.images(file.body())),
          "the edition's note", config.attribution(), false, problems);
      for (org.briefing.load.EditorsPlaceholders.Found mark : org.briefing.load.EditorsPlaceholders.inMarkdown(file.body())) {
        problems.error(position(file.file(), file.bodyLine() + mark.line()), org.briefing.load.EditorsPlaceholders.message(mark.mark(), "the edition's note"),
            org.briefing.load.EditorsPlaceholders.hint("edition"));
      }
      return html;
    } catch (MarkdownTooDeep e) {
      problems.add(e.problem(file.file(), file.bodyLine()));
      return "";
    }
  }

  /** The slugs of the stories not published yet whose edition is that of {@code date}. */
  private List<String> waitingIn(LocalDate date) {
    return waiting.stream().filter(w -> editionOf(w.day()).equals(date)).map(WaitingStory::slug).toList();
  }

  private List<Integer> order(LocalDate date, List<Placement> stories, List<Integer> members, RawEdition file) {
    Object value = file.meta().values().get("stories");
    if (value == null) {
      return members;
    }
    if (!(value instanceof List<?> slugs)) {
      problems.error(position(file.file(), file.meta().lineOf("stories")), "'stories' must be a list of story slugs", "write one '- slug' line per story");
      return members;
    }
    List<Integer> ordered = new ArrayList<>();
    String base = config.basePath();
    for (int i = 0; i < slugs.size(); i++) {
      ListedStory entry = ListedStory.of(String.valueOf(slugs.get(i)).strip(), base);
      List<Integer> matches = members.stream().filter(at -> entry.names(stories.get(at))).toList();
      // a story not out yet at the address of a published one takes another when it is out ('-2')
      List<String> waitingAt = waiting.stream().filter(w -> editionOf(w.day()).equals(date) && entry.names(w)).map(WaitingStory::path)
          .filter(path -> matches.stream().noneMatch(at -> stories.get(at).path().equals(path))).distinct().toList();
      if (matches.size() + waitingAt.size() > 1) {
        // one would be ordered, and the other put after the listed ones, without a word of which
        List<String> named = new ArrayList<>();
        matches.forEach(at -> named.add(base + stories.get(at).path() + " (" + stories.get(at).file() + ")"));
        waitingAt.forEach(path -> named.add(base + path + " (not out yet)"));
        problems.error(position(file.file(), file.meta().lineOf("stories." + i)), entry.described(base) + " names "
            + named.size() + " stories of this edition: " + String.join(", ", named),
            "write the address of the one you mean instead of its slug, e.g. '- " + named.get(0).replaceFirst(" .*", "") + "'");
        continue;
      }
      Integer match = matches.isEmpty() ? null : matches.get(0);
      if (match == null && (!waitingAt.isEmpty() || !storiesComplete)) {
        continue; // it takes its place once it is published, or once it is read without error
      }
      if (match == null) {
        List<String> slugsOfEdition = new ArrayList<>(members.stream().map(at -> stories.get(at).slug()).toList());
        waitingIn(date).stream().filter(w -> !slugsOfEdition.contains(w)).forEach(slugsOfEdition::add);
        problems.error(position(file.file(), file.meta().lineOf("stories." + i)), entry.path() == null
            ? "no story of this edition has the slug '" + entry.slug() + "'" : "no story of this edition is at " + entry.described(base),
            "use one of: " + String.join(", ", slugsOfEdition));
      } else if (!ordered.contains(match)) {
        ordered.add(match);
      }
    }
    members.stream().filter(at -> !ordered.contains(at)).forEach(ordered::add);
    return ordered;
  }

  private static SourcePosition position(Path file, int line) {
    return SourcePosition.of(file, line);
  }

  /** "Monday 18 October 2021", or for a weekly edition "Week of 18 October 2021", in the site's language. */
  private String defaultTitle(LocalDate date) {
    return config.editions() == SiteConfig.EditionPeriod.WEEKLY
        ? strings.format("edition_title_weekly", java.util.Map.of("date", date.format(strings.date("date"))))
        : date.format(strings.date("date_full"));
  }
}
