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
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.load.RawEdition;
import org.briefing.links.LinkPolicy;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.RefusedLink;
import org.briefing.markdown.MarkdownTooDeep;
import org.briefing.model.Article;
import org.briefing.model.Edition;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.XmlChars;

/** Groups stories into briefing editions, applying the titles, notes and story orders of edition files. */
public final class EditionBuilder {
  /** The fields of an edition file; its body is the editor's note. */
  public static final FieldSchema SCHEMA = FieldSchema.of("an edition file", List.of("title", "stories"));

  private final SiteConfig config;
  private final MarkdownRenderer markdown;
  private final Problems problems;

  public EditionBuilder(SiteConfig config, MarkdownRenderer markdown, Problems problems) {
    this.config = config;
    this.markdown = markdown;
    this.problems = problems;
  }

  /** The date of the edition a story belongs to. */
  public LocalDate editionOf(Article article) {
    LocalDate day = article.edition() != null ? article.edition() : article.date().toLocalDate();
    return config.editions() == SiteConfig.EditionPeriod.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  /** Editions newest first; {@code articles} are newest first. */
  public List<Edition> build(List<Article> articles, List<RawEdition> files) {
    TreeMap<LocalDate, List<Article>> byDate = new TreeMap<>(Comparator.reverseOrder());
    for (Article article : articles) {
      byDate.computeIfAbsent(editionOf(article), d -> new ArrayList<>()).add(article);
    }
    Map<LocalDate, RawEdition> filesByDate = new LinkedHashMap<>();
    for (RawEdition file : files) {
      new FieldCheck(SCHEMA, java.util.Set.of(), "").check(file.file(), file.meta(), problems);
      LocalDate date = dateOf(file);
      if (date != null && !byDate.containsKey(date)) {
        problems.warning(SourcePosition.of(file.file(), 1), "no story belongs to the edition of " + date,
            "set 'edition: " + date + "' on its stories, or rename the file to an edition date that has stories");
      } else if (date != null) {
        filesByDate.put(date, file);
      }
    }
    List<Edition> editions = new ArrayList<>();
    byDate.forEach((date, stories) -> editions.add(edition(date, stories, filesByDate.get(date))));
    return List.copyOf(editions);
  }

  private LocalDate dateOf(RawEdition file) {
    try {
      LocalDate date = LocalDate.parse(file.name());
      if (config.editions() == SiteConfig.EditionPeriod.WEEKLY && date.getDayOfWeek() != DayOfWeek.MONDAY) {
        problems.error(SourcePosition.of(file.file()), "weekly editions are named after their Monday, and " + date + " is a " + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT),
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

  private Edition edition(LocalDate date, List<Article> stories, RawEdition file) {
    String title = defaultTitle(date);
    String note = "";
    List<Article> ordered = stories;
    if (file != null) {
      Object given = file.meta().values().get("title");
      if (given != null && !given.toString().isBlank()) {
        title = given.toString().strip();
      }
      note = note(file);
      ordered = order(stories, file);
    }
    return new Edition(date, title, note, List.copyOf(ordered), "briefings/" + date + "/");
  }

  private String note(RawEdition file) {
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
      String html = markdown.renderBlock(file.body());
      for (RefusedLink link : markdown.refusedLinks(file.body())) {
        problems.error(position(file.file(), file.bodyLine() + link.line() - 1), link.message(), LinkPolicy.HINT);
      }
      return html;
    } catch (MarkdownTooDeep e) {
      problems.add(e.problem(file.file(), file.bodyLine()));
      return "";
    }
  }

  private List<Article> order(List<Article> stories, RawEdition file) {
    Object value = file.meta().values().get("stories");
    if (value == null) {
      return stories;
    }
    if (!(value instanceof List<?> slugs)) {
      problems.error(position(file.file(), file.meta().lineOf("stories")), "'stories' must be a list of story slugs", "write one '- slug' line per story");
      return stories;
    }
    List<Article> ordered = new ArrayList<>();
    for (int i = 0; i < slugs.size(); i++) {
      String slug = String.valueOf(slugs.get(i)).strip();
      Article match = stories.stream().filter(a -> a.slug().equals(slug)).findFirst().orElse(null);
      if (match == null) {
        problems.error(position(file.file(), file.meta().lineOf("stories." + i)), "no story of this edition has the slug '" + slug + "'",
            "use one of: " + String.join(", ", stories.stream().map(Article::slug).toList()));
      } else if (!ordered.contains(match)) {
        ordered.add(match);
      }
    }
    stories.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
    return ordered;
  }

  private static SourcePosition position(Path file, int line) {
    return SourcePosition.of(file, line);
  }

  private String defaultTitle(LocalDate date) {
    Locale locale = Locale.forLanguageTag(config.language());
    String day = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    return config.editions() == SiteConfig.EditionPeriod.WEEKLY ? "Week of " + day : day;
  }
}
