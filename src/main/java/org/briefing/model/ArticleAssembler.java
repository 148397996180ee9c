package org.briefing.model;

import org.briefing.load.EditorsPlaceholders;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;
import org.briefing.links.AddressFields;
import org.briefing.links.LinkPolicy;
import org.briefing.load.RawArticle;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.MarkdownTooDeep;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.problem.VisibleText;
import org.briefing.problem.XmlChars;

/**
 * Turns a raw article into a typed {@link Article}: checks every field, resolves sources and the
 * photo, renders the Markdown and assigns the page's path. Problems are collected, not thrown.
 */
public final class ArticleAssembler {
  /** The fields written in Markdown, besides the body. */
  private static final List<String> MARKDOWN_FIELDS = List.of("why_it_matters", "key_points", "whats_next");

  private final SiteConfig config;
  private final BuildSettings settings;
  private final SourceRegistry registry;
  private final MarkdownRenderer markdown;
  private final Problems problems;
  private final PhotoHeaders photos;
  private java.time.Instant scheduled;
  private WaitingStory waiting;

  /** An assembler that reads photo files through {@code photos}, shared by the stories of one build. */
  public ArticleAssembler(SiteConfig config, BuildSettings settings, SourceRegistry registry,
      MarkdownRenderer markdown, Problems problems, PhotoHeaders photos) {
    this.photos = photos;
    this.config = config;
    this.settings = settings;
    this.registry = registry;
    this.markdown = markdown;
    this.problems = problems;
  }

  /** When the last article {@link #assemble} left out for being dated in the future is due, else null. */
  public java.time.Instant scheduled() {
    return scheduled;
  }

  /** The last story {@link #assemble} left out as a draft or for being dated in the future, else null. */
  public WaitingStory waiting() {
    return waiting;
  }

  /** The article, or null when it is left out (a draft, a future story) or has errors. */
  public Article assemble(RawArticle raw) {
    Fields f = new Fields(raw.file(), raw.meta(), problems, MARKDOWN_FIELDS, this::declared);
    String title = f.required("title", "Russia suspends its mission to NATO");
    ZonedDateTime date = f.has("date") ? f.dateTime("date", config.timeZone()) : missingDate(f);
    ZonedDateTime updated = f.dateTime("updated", config.timeZone());
    boolean draft = f.bool("draft");
    LocalDate edition = f.date("edition");
    if (date != null && updated != null && updated.isBefore(date)) {
      updatedBefore(f, date, updated);
    }
    if (f.failed() || date == null) {
      return null;
    }
    if (draft && !settings.drafts()) {
      waiting = waiting(raw, title, date, true);
      return null;
    }
    // a story given to an edition of a day still to come waits for that day, as its edition does
    java.time.Instant release = Article.release(date, edition, config.timeZone());
    if (release.isAfter(settings.now()) && !settings.future()) {
      scheduled = release;
      waiting = waiting(raw, title, date, false);
      return null;
    }
    if (updated != null && isLater(updated)) {
      f.errorUntil("updated", updated.toInstant(), "the update date " + shown(updated) + " is after the moment of this build (" + shown(now()) + "), and would be "
          + "published at once", "check the date (a typo of the year?); a story is updated by the first build after its update");
    }
    String slug = slug(f, title);
    List<String> topics = new ArrayList<>(f.names("topics"));
    f.names("tags").stream().filter(t -> !topics.contains(t)).forEach(topics::add);
    String path = datePath(date) + slug + "/";
    Photo photo = new PhotoResolver(raw.file(), f, settings, photos).resolve(path);
    List<Source> sources = sources(f);
    List<Link> goDeeper = goDeeper(f);
    List<Correction> corrections = corrections(f, date);
    updated = lastOf(updated, date, corrections);
    List<String> aliases = aliases(f, path);
    String language = language(f);
    RenderedMarkdown body = body(raw, path);
    if (body == null) {
      return null;
    }
    body.refusedLinks().forEach(link -> f.errorAtLine(raw.bodyLine() + link.line() - 1, link.message(), LinkPolicy.HINT));
    placeholder(f, raw, draft, "story");
    placeholders(f, draft, "story", MARKDOWN_FIELDS);
    MARKDOWN_FIELDS.forEach(key -> checkLinks(f, key));
    markdown.commentsClosedAtOnce(raw.body()).forEach(line -> f.errorAtLine(raw.bodyLine() + line - 1, MarkdownRenderer.CLOSED_AT_ONCE,
        MarkdownRenderer.CLOSED_AT_ONCE_HINT));
    MARKDOWN_FIELDS.forEach(key -> checkComments(f, key));
    ImageCredits.check(ImageCredits.at(raw.file(), raw.bodyLine(), body.images()), "the story's text", config.attribution(), draft, problems);
    MARKDOWN_FIELDS.forEach(key -> checkImageCredits(f, key, draft));
    Map<String, Object> params = params(f, raw);
    AddressFields.each(params, (key, value) -> {
      String refused = LinkPolicy.refusal(value);
      if (refused != null) {
        f.error(key, "the link '" + LinkPolicy.shown(value) + "' in '" + key + "' cannot be published: " + refused, LinkPolicy.HINT);
      }
    });
    String summary = f.text("summary");
    Article.Summary chosen = !summary.isEmpty() ? new Article.Summary(summary, Article.SummarySource.EDITOR, "")
        : body.hasTeaser() ? new Article.Summary(body.teaser(), Article.SummarySource.MORE_MARKER, "") : null;
    Article article = new Article(raw.file(), slug, !f.text("slug").isEmpty() && Slugs.isValid(f.text("slug")), path, title, date, updated, f.text("standfirst"), chosen,
        List.copyOf(topics), f.names("places"), f.names("authors"), terms(f), sources, photo, draft, edition,
        blockHtml(f, "why_it_matters", path), keyPoints(f, path), blockHtml(f, "whats_next", path), goDeeper, corrections, aliases, language, params, new Body.InMemory(body.html(), body.paragraphs(), body.asides()), body.words(), links(f, raw, body));
    return f.failed() ? null : article;
  }

  /**
   * The links of the text, of the Markdown fields and of the sources and go_deeper items that may
   * lead to the site's own addresses or to this computer, at their lines of the file.
   */
  private List<org.briefing.markdown.WrittenLink> links(Fields f, RawArticle raw, RenderedMarkdown body) {
    List<org.briefing.markdown.WrittenLink> links = new ArrayList<>();
    body.links().forEach(link -> links.add(link.at(raw.bodyLine() + link.line() - 1)));
    for (String key : MARKDOWN_FIELDS) {
      Object value = f.raw(key);
      List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof String text) {
          int line = f.at(value instanceof List<?> ? key + "." + i : key).line();
          markdown.links(text).forEach(link -> links.add(link.at(line)));
        }
      }
    }
    urls(f, "sources", links);
    urls(f, "go_deeper", links);
    return List.copyOf(links);
  }

  /** The {@code url} of each group of the list {@code key} (a source written in full, a go_deeper link), at the line of its url. */
  private static void urls(Fields f, String key, List<org.briefing.markdown.WrittenLink> links) {
    List<?> items = f.list(key);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Map<?, ?> map && map.get("url") != null && !(map.get("url") instanceof Map || map.get("url") instanceof List)) {
        String path = key + "." + i + ".url";
        org.briefing.markdown.WrittenLink link = org.briefing.markdown.WrittenLink.of(f.at(path).line(), map.get("url").toString(), false);
        if (link != null) {
          links.add(link);
        }
      }
    }
  }

  /** Whether a story's field may be read: Briefing's own, or the field of one of the site's groupings. */
  private boolean declared(String key) {
    return StoryFields.SCHEMA.knows(key) || config.groups().stream().anyMatch(g -> g.field().equals(key));
  }

  /** The story's terms in the fields of the site's own groupings, in the order of the groupings. */
  private Map<String, List<String>> terms(Fields f) {
    Map<String, List<String>> terms = new LinkedHashMap<>();
    for (org.briefing.config.Grouping g : config.groups()) {
      if (!g.readsOwnField()) {
        List<String> written = f.names(g.field());
        if (!written.isEmpty()) {
          terms.put(g.field(), written);
        }
      }
    }
    return java.util.Collections.unmodifiableMap(terms);
  }

  /** Every link of a Markdown field, reported at the field's line (or its item's, in a list). */
  private void checkLinks(Fields f, String key) {
    Object value = f.raw(key);
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof String item) {
          String path = key + "." + i;
          markdown.refusedLinks(item).forEach(link -> f.error(path, link.message() + " in '" + key + "'", LinkPolicy.HINT));
        }
      }
    } else if (value instanceof String text) {
      markdown.refusedLinks(text).forEach(link -> f.error(key, link.message() + " in '" + key + "'", LinkPolicy.HINT));
    }
  }

  /** Every comment closed at once ('<!-->') in a Markdown field, reported at the field's line (or its item's, in a list). */
  private void checkComments(Fields f, String key) {
    Object value = f.raw(key);
    List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof String text && !markdown.commentsClosedAtOnce(text).isEmpty()) {
        f.error(value instanceof List<?> ? key + "." + i : key, MarkdownRenderer.CLOSED_AT_ONCE + " in '" + key + "'", MarkdownRenderer.CLOSED_AT_ONCE_HINT);
      }
    }
  }

  /** The images written in the Markdown field {@code key} (a text or a list of them) have their credits. */
  /** The text 'briefing new' wrote, still in a story or page that is published (a draft built for a preview may keep it). */
  static void placeholder(Fields f, RawArticle raw, boolean draft, String what) {
    if (draft) {
      return;
    }
    int line = NewStoryText.lineIn(raw.body());
    if (line >= 0) {
      f.errorAtLine(raw.bodyLine() + line, "the text 'briefing new' wrote ('" + NewStoryText.PLACEHOLDER + "') is still in this "
          + what + ", and would be published as its text", NewStoryText.HINT);
    }
    for (EditorsPlaceholders.Found mark : EditorsPlaceholders.inMarkdown(raw.body())) {
      f.errorAtLine(raw.bodyLine() + mark.line(), EditorsPlaceholders.message(mark.mark(), "the " + what + "'s text"), EditorsPlaceholders.hint(what));
    }
  }

  /**
   * An editor's placeholder ("[TK]", "[CHECK: …]") in any field of a story or page that is
   * published, at the field's line (its item's, in a list); the fields {@code markdown} are read as
   * Markdown, where code and a link's text are no placeholder.
   */
  static void placeholders(Fields f, boolean draft, String what, java.util.Collection<String> markdown) {
    if (draft) {
      return;
    }
    f.placeholders(java.util.Set.copyOf(markdown), "the " + what + "'s", what);
  }

  private void checkImageCredits(Fields f, String key, boolean draft) {
    Object value = f.raw(key);
    List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof String text) {
        org.briefing.problem.SourcePosition at = f.at(value instanceof List<?> ? key + "." + i : key);
        List<ImageCredits.Placed> images = markdown.images(text).stream().map(image -> new ImageCredits.Placed(at, image)).toList();
        ImageCredits.check(images, "'" + key + "'", config.attribution(), draft, problems);
      }
    }
  }

  /**
   * The address ("2021/10/18/its-slug/") of a story of {@code date}, as front matter writes it, and {@code slug}, in the
   * site's zone {@code zone}; a date that is none is a {@link java.time.DateTimeException}.
   */
  public static String address(String date, String slug, java.time.ZoneId zone) {
    return datePath(WallClock.parse(date, zone)) + slug + "/";
  }

  /** "2021/10/18/": the folders of a story's date. */
  private static String datePath(ZonedDateTime date) {
    StringBuilder out = new StringBuilder(11);
    int year = date.getYear();
    if (year >= 0 && year < 1000) {
      out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    out.append(year).append('/');
    twoDigits(out, date.getMonthValue()).append('/');
    return twoDigits(out, date.getDayOfMonth()).append('/').toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }

  /**
   * An update dated before the story's publication: the page would say it was updated before it
   * came out, while its feeds and data, which take the later of the two, would not. A day alone
   * stands for its midnight, so an update on the story's own day needs its time.
   */
  private static void updatedBefore(Fields f, ZonedDateTime date, ZonedDateTime updated) {
    boolean dayAlone = f.text("updated").length() == 10;
    String hint = !updated.toLocalDate().equals(date.toLocalDate()) ? "check the day: an update comes after the publication"
        : dayAlone ? "write the time of the update too, as 'updated: " + date.toLocalDate() + "THH:MM' with a time after "
            + shown(date).substring(11) + ": a day alone stands for its midnight, and an update comes after the publication"
        : "check the time: an update comes after the publication";
    f.error("updated", "the update date " + shown(updated) + " is before the story's date (" + shown(date) + ")", hint);
  }

  private static ZonedDateTime missingDate(Fields f) {
    f.error("date", "the required field 'date' is missing", "add a line such as 'date: 2021-10-18T14:30:00+02:00'");
    return null;
  }

  /**
   * The rendered body of the story at {@code path}, its relative links read from there; or null with the error reported.
   * Characters XML cannot carry are left out with a warning.
   */
  private RenderedMarkdown body(RawArticle raw, String path) {
    String text = raw.body();
    int bad = XmlChars.firstForbidden(text);
    if (bad >= 0) {
      problems.warning(SourcePosition.of(raw.file(), raw.bodyLine() + XmlChars.lineOf(text, bad)),
          "the text contains the character " + XmlChars.name(text.charAt(bad)) + ", which pages and feeds cannot carry; "
              + (XmlChars.strip(text).length() == text.length() - 1 ? "it is" : "it and others like it are") + " left out",
          "delete it from the file; it usually comes with text pasted from another program");
    }
    try {
      return markdown.render(text, path);
    } catch (MarkdownTooDeep e) {
      problems.add(e.problem(raw.file(), raw.bodyLine()));
      return null;
    }
  }

  private String blockHtml(Fields f, String key, String path) {
    String text = f.text(key);
    try {
      return text.isEmpty() ? "" : markdown.renderBlock(text, path);
    } catch (MarkdownTooDeep e) {
      f.error(key, e.problem(null, 1).message(), e.problem(null, 1).hint());
      return "";
    }
  }

  /** Words that ask for something rather than state a point: "key_points: auto" is no key point reading "auto". */
  private static final java.util.Set<String> SWITCHES = java.util.Set.of("auto", "automatic", "true", "false", "yes", "no", "on", "off",
      "none", "default");

  private List<String> keyPoints(Fields f, String path) {
    Object raw = f.raw("key_points");
    if (!(raw instanceof List<?>) && raw != null && SWITCHES.contains(String.valueOf(raw).strip().toLowerCase(java.util.Locale.ROOT))) {
      f.error("key_points", "'key_points: " + raw + "' would publish one key point reading '" + raw + "'",
          "write the story's key points as a list, each on its own line starting with '- '; automatic key points are set for the "
              + "whole site, with 'key_points: true' under 'summary:' in briefing.yaml");
      return List.of();
    }
    List<String> points = f.texts("key_points");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      try {
        String point = markdown.renderInline(points.get(i), path);
        // a point that is only a note for the desk ("<!-- third point to come -->") is hidden with it, not an empty bullet
        if (!point.isBlank()) {
          out.add(point);
        }
      } catch (MarkdownTooDeep e) {
        f.error("key_points", e.problem(null, 1).message(), e.problem(null, 1).hint());
      }
    }
    return List.copyOf(out);
  }

  /** A story left out, as an edition file may list it; the rest of its fields are checked once it is published. */
  private static WaitingStory waiting(RawArticle raw, String title, ZonedDateTime date, boolean draft) {
    Fields quiet = new Fields(raw.file(), raw.meta(), new Problems(), java.util.Set.of(), StoryFields.SCHEMA::knows);
    LocalDate edition = quiet.date("edition");
    String slug = slug(quiet, title);
    return new WaitingStory(slug, edition != null ? edition : date.toLocalDate(), datePath(date) + slug + "/", draft);
  }

  private static String slug(Fields f, String title) {
    String given = f.text("slug");
    if (given.isEmpty()) {
      return Slugs.of(title);
    }
    if (!Slugs.isValid(given)) {
      f.error("slug", "the slug '" + given + "' cannot be used in a URL",
          "use lower-case letters, digits and single hyphens only, e.g. 'slug: " + Slugs.of(given) + "'");
      return Slugs.of(title);
    }
    return given;
  }

  private List<Source> sources(Fields f) {
    List<Source> out = new ArrayList<>();
    List<?> items = f.list("sources");
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      String path = "sources." + i;
      if (item instanceof Map<?, ?> map) {
        String written = f.text("name", map.get("name"), path + ".name");
        String name = Slugs.name(org.briefing.problem.AttributionText.orEmpty(written));
        String url = f.text("url", map.get("url"), path + ".url");
        if (name.isEmpty()) {
          f.error(path, VisibleText.has(written) ? "this source's name '" + written + "' names no one" : "this source has no name",
              "give it a 'name:', e.g. '- {name: Reuters, url: https://…}'");
          continue;
        }
        String refused = url.isEmpty() ? null : LinkPolicy.refusalOfField(url);
        if (refused != null) {
          f.error(path + ".url", "the source link '" + LinkPolicy.shown(url) + "' cannot be published: " + refused,
              "write a full address starting with https://");
          continue;
        }
        String type = f.text("type", map.get("type"), path + ".type");
        String accessed = f.day("accessed", map.get("accessed"), path + ".accessed");
        if (!accessed.isEmpty() && !settings.future() && Source.accessedFrom(accessed).isAfter(settings.now())) {
          f.errorUntil(path + ".accessed", Source.accessedFrom(accessed), "this source was read on " + accessed + ", a day that has not begun yet "
              + "(this build is at " + shown(now()) + ")", "check the date (a typo of the year?); 'accessed:' is the day the source was read");
        }
        Source publisher = publisher(f.text("publisher", map.get("publisher"), path + ".publisher"), name);
        if (publisher == null) {
          out.add(new Source(Slugs.ofName(name), name, url, type, accessed, "", ""));
        } else if (publisher.name().equalsIgnoreCase(Slugs.name(name))) {
          out.add(new Source(publisher.slug(), publisher.name(), url.isEmpty() ? publisher.url() : url,
              type.isEmpty() ? publisher.type() : type, accessed, publisher.publisherSlug(), publisher.publisherName()));
        } else {
          out.add(new Source(Slugs.ofName(name), name, url, type, accessed, publisher.publisherSlug(), publisher.publisherName()));
        }
      } else if (item != null && !(item instanceof List)) {
        String id = item.toString().strip();
        Source source = registry.get(id);
        if (source == null) {
          f.error(path, "unknown source id '" + id + "'", registry.ids().isEmpty()
              ? "add it to content/sources.yaml, or write the source as '- {name: …, url: …}'"
              : "use one of the ids in content/sources.yaml (" + String.join(", ", registry.ids().stream().limit(8).toList())
                  + (registry.ids().size() > 8 ? ", …" : "") + ") or add '" + id + "' there");
          continue;
        }
        out.add(source);
      } else {
        f.error(path, "a source must be an id or a '{name, url}' group", "write '- reuters' or '- {name: Reuters, url: https://…}'");
      }
    }
    return List.copyOf(out);
  }

  /**
   * The organisation behind an inline source: the one its 'publisher:' names (an id of
   * sources.yaml, a name there, or any other name), else the registered one it is named after;
   * null when it names none. Its web address decides nothing: a council's minutes on the
   * desk's own site are still the council's.
   */
  private Source publisher(String given, String name) {
    if (given.isEmpty()) {
      return Source.isUnnamedAgency(name) ? null : registry.named(name);
    }
    if (Source.isUnnamedAgency(given)) {
      return null;
    }
    Source registered = registry.get(given);
    if (registered == null) {
      registered = registry.named(given);
    }
    return registered != null ? registered : Source.organisation(given, "", "");
  }

  private static List<Link> goDeeper(Fields f) {
    List<Link> out = new ArrayList<>();
    List<?> items = f.list("go_deeper");
    for (int i = 0; i < items.size(); i++) {
      String path = "go_deeper." + i;
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        f.error(path, "each 'go_deeper' item needs a title and a url", "write '- {title: …, url: https://…}'");
        continue;
      }
      String url = f.text("url", map.get("url"), path + ".url");
      String title = f.text("title", map.get("title"), path + ".title");
      String refused = url.isEmpty() ? "it is empty" : LinkPolicy.refusalOfField(url);
      if (refused != null) {
        f.error(path, "the 'go_deeper' link '" + LinkPolicy.shown(url) + "' cannot be published: " + refused,
            "write a full address starting with https://, or a path on this site starting with /");
        continue;
      }
      out.add(new Link(title.isEmpty() ? url : title, url));
    }
    return List.copyOf(out);
  }

  /**
   * The story's corrections, oldest first as a reader follows them. Each needs a date no earlier
   * than the story's day and a text; its kind is a correction unless it says otherwise.
   */
  private List<Correction> corrections(Fields f, ZonedDateTime published) {
    List<Correction> out = new ArrayList<>();
    List<?> items = f.list("corrections");
    for (int i = 0; i < items.size(); i++) {
      String path = "corrections." + i;
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        f.error(path, "each correction needs a date and a text",
            "write '- {date: 2021-10-19, text: \"An earlier version gave the wrong date of the talks.\"}'");
        continue;
      }
      ZonedDateTime date = f.dateTime("date", map.get("date"), path + ".date", config.timeZone());
      String text = f.text("text", map.get("text"), path + ".text");
      String kindName = f.text("kind", map.get("kind"), path + ".kind");
      Correction.Kind kind = kindName.isEmpty() ? Correction.Kind.CORRECTION : Correction.Kind.of(kindName);
      if (kind == null) {
        f.error(path + ".kind", "'" + kindName + "' is not a kind of correction",
            "write 'kind: correction', 'kind: clarification' or 'kind: update' (a correction when left out)");
      }
      if (date == null && map.get("date") == null) {
        f.error(path, "this correction has no date", "give the day it was made, e.g. 'date: 2021-10-19' or '2021-10-19T09:15'");
      }
      if (text.isEmpty()) {
        f.error(path, "this correction has no text", "say what changed, e.g. 'text: \"An earlier version gave the wrong date of the talks.\"'");
      }
      if (date != null && date.toLocalDate().isBefore(published.toLocalDate())) {
        f.error(path + ".date", "this correction is dated " + date.toLocalDate() + ", before the story was published on "
            + published.toLocalDate(), "check the date: a correction follows the story it corrects");
        continue;
      }
      if (date != null && isLater(date)) {
        f.errorUntil(path + ".date", date.toInstant(), "this correction is dated " + shown(date) + ", after the moment of this build (" + shown(now())
            + "), and would be published at once", "check the date (a typo of the year?); a correction is published by the first build after it is made");
        continue;
      }
      if (date != null && kind != null && !text.isEmpty()) {
        // a correction given by its day alone, on the day of publication, stands at the publication
        out.add(new Correction(date.isBefore(published) ? published : date, kind, text));
      }
    }
    out.sort(java.util.Comparator.comparing(Correction::date));
    return List.copyOf(out);
  }

  /** The story's language as a BCP 47 tag ("fr", "pt-BR"), when it is written in another than the site's; "" when not said. */
  private static String language(Fields f) {
    String written = f.text("language");
    if (written.isEmpty()) {
      return "";
    }
    try {
      return new java.util.Locale.Builder().setLanguageTag(written.replace('_', '-')).build().toLanguageTag();
    } catch (java.util.IllformedLocaleException e) {
      f.error("language", "'" + written + "' is not a language tag", "write the language as in 'fr', 'de', 'ar' or 'pt-BR'");
      return "";
    }
  }

  /** The story's old addresses as site paths ("2021/10/18/old-headline/"), each checked, in the order written. */
  private static List<String> aliases(Fields f, String path) {
    List<String> out = new ArrayList<>();
    List<String> written = f.texts("aliases");
    for (int i = 0; i < written.size(); i++) {
      String where = f.raw("aliases") instanceof List ? "aliases." + i : "aliases";
      String refused = Aliases.refusal(written.get(i));
      if (refused != null) {
        f.error(where, "the alias '" + written.get(i).strip() + "' cannot be used: " + refused,
            "write the old address as a path from the site's root, e.g. '/2021/10/18/old-headline/'");
      } else if (Aliases.path(written.get(i)).equals(path)) {
        f.error(where, "the alias '" + written.get(i).strip() + "' is the story's own address", "remove it");
      } else if (!out.contains(Aliases.path(written.get(i)))) {
        out.add(Aliases.path(written.get(i)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code moment}, an update or correction of a story that is out, is after the build's
   * moment: published now, it would say the story was changed at a time still to come. A build
   * with {@code --future} shows what is to come.
   */
  private boolean isLater(ZonedDateTime moment) {
    return !settings.future() && moment.toInstant().isAfter(settings.now());
  }

  private ZonedDateTime now() {
    return settings.now().atZone(config.timeZone());
  }

  static String shown(ZonedDateTime moment) {
    return moment.toLocalDate() + " " + moment.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
  }

  /** The later of the written update date and the newest correction's, so that a correction re-publishes the story. */
  private static ZonedDateTime lastOf(ZonedDateTime updated, ZonedDateTime published, List<Correction> corrections) {
    ZonedDateTime last = updated;
    for (Correction c : corrections) {
      if (c.date().isAfter(published) && (last == null || c.date().isAfter(last))) {
        last = c.date();
      }
    }
    return last;
  }

  /**
   * What templates see as {@code article.params}, in the file's order: the fields of {@code params:},
   * the importer's {@code credits}, and every field Briefing does not know (declared or warned of).
   */
  private static Map<String, Object> params(Fields f, RawArticle raw) {
    Map<String, Object> params = new LinkedHashMap<>();
    raw.meta().values().forEach((key, value) -> {
      if (key.equals(StoryFields.PARAMS) && value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> params.put(String.valueOf(k), v));
      } else if (key.equals(StoryFields.PARAMS) && value != null) {
        f.error(key, "'params' must be a group of fields", "write 'params:' then indented 'name: value' lines");
      } else if ((!StoryFields.SCHEMA.knows(key) || key.equals(StoryFields.CREDITS)) && value != null) {
        params.put(key, value);
      }
    });
    return java.util.Collections.unmodifiableMap(params);
  }
}
