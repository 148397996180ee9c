package org.briefing.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.links.AddressFields;
import org.briefing.links.LinkPolicy;
import org.briefing.load.TextFiles;
import org.briefing.load.YamlData;
import org.briefing.load.YamlReader;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/** Reads and validates {@code briefing.yaml}; every problem is reported with its line. */
public final class ConfigLoader {
  public static final String FILE_NAME = "briefing.yaml";

  /** The settings of briefing.yaml, and the names Hugo and Jekyll use for some of them. */
  public static final FieldSchema SCHEMA = FieldSchema.of("briefing.yaml", List.of("title", "description", "base_url",
          "language", "time_zone", "editions", "attribution", "markdown", "summary", "feed", "publisher", "copyright",
          "fields", "params", "email", "menu", "footer_menu", GroupingLoader.KEY, "search"))
      .with("menu", FieldSchema.of("a menu link", List.of("name", "url")))
      .with("footer_menu", FieldSchema.of("a menu link", List.of("name", "url")))
      .with("markdown", FieldSchema.of("'markdown'", List.of("raw_html")))
      .with("summary", FieldSchema.of("'summary'", List.of("sentences", "max_words", "key_points")))
      .with("feed", FieldSchema.of("'feed'", List.of("entries")))
      .with("publisher", FieldSchema.of("'publisher'", List.of("name", "url", "logo")))
      .with("params", FieldSchema.open("'params'", null))
      // GroupingLoader checks every setting of a group itself: an unknown one is an error there
      .with(GroupingLoader.KEY, FieldSchema.open("'groups'", null))
      .with("email", FieldSchema.of("'email'", List.of("from", "reply_to", "subject", "unsubscribe", "one_click", "max_kb")))
      .alias("timezone", "time_zone")
      .alias("timeZone", "time_zone")
      .alias("baseURL", "base_url")
      .alias("languageCode", "language")
      .unknown("Briefing does not use it; templates see it as site.params.NAME. "
          + "To keep it without this warning, put it under 'params:'");

  private final Path file;
  private final YamlData yaml;
  private final Problems problems;

  private ConfigLoader(Path file, YamlData yaml, Problems problems) {
    this.file = file;
    this.yaml = yaml;
    this.problems = problems;
  }

  /** Loads the config of the site in {@code siteDir}; a missing file gives the defaults. */
  public static SiteConfig load(Path siteDir, Problems problems) {
    Path file = siteDir.resolve(FILE_NAME);
    // a link to nothing is read, and reported, rather than taken for no settings
    YamlData yaml = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? YamlReader.read(TextFiles.read(file), file, 1) : YamlData.empty(1);
    yaml = new FieldCheck(SCHEMA, java.util.Set.of(), "").check(file, yaml, problems);
    for (Path other : misnamed(siteDir)) {
      // read as nothing, its title, base_url and time_zone were silently the defaults
      String name = other.getFileName().toString();
      problems.error(SourcePosition.of(other), "this file is not read: the site's settings are read from " + FILE_NAME + " only"
          + org.briefing.load.NearName.spaced(name), org.briefing.load.NearName.isAnother(file, other)
              ? "move what it holds into the " + FILE_NAME + " beside it, and delete it" : "rename it to " + FILE_NAME);
    }
    return new ConfigLoader(file, yaml, problems).toConfig();
  }

  /**
   * The files at the top of {@code siteDir} named nearly as the settings file ({@link #isMisnamed}),
   * sorted; a build reads none of them, and its inputs' stamp and the preview's watcher count them.
   */
  public static List<Path> misnamed(Path siteDir) {
    List<Path> found = new java.util.ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(siteDir)) {
      for (Path entry : entries) {
        if (isMisnamed(entry.getFileName().toString()) && !Files.isDirectory(entry)) {
          found.add(entry);
        }
      }
    } catch (java.io.IOException | java.nio.file.DirectoryIteratorException e) {
      return List.of(); // a site folder that cannot be listed is reported where its files are read
    }
    found.sort(null);
    return found;
  }

  /**
   * Whether {@code name}, a file's at the top of a site folder, is not {@value #FILE_NAME} but one
   * or two typing slips from it, letter case and spaces around it aside ({@code briefing.yml},
   * {@code Briefing.yaml}, {@code breifing.yaml}); an editor's scratch or hidden file is not.
   */
  public static boolean isMisnamed(String name) {
    if (name.equals(FILE_NAME) || name.startsWith(".") || org.briefing.load.FileTree.isScratchFile(name)) {
      return false;
    }
    String near = name.strip().toLowerCase(Locale.ROOT);
    return org.briefing.load.NearName.slips(near, FILE_NAME, 2) <= 2;
  }

  private SiteConfig toConfig() {
    Map<String, Object> extra = new LinkedHashMap<>();
    // where each extra setting is written: at the top of the file, or under params: (the later one wins)
    Map<String, String> writtenAt = new java.util.HashMap<>();
    yaml.values().forEach((key, value) -> {
      if (key.equals("params")) {
        params(value, extra, writtenAt);
      } else if (!SCHEMA.knows(key)) {
        extra.put(key, value);
        writtenAt.put(key, key);
      }
    });
    List<Grouping> groups = new GroupingLoader(file, yaml, problems).load();
    return new SiteConfig(
        name("title", "Briefing"),
        text("description", ""),
        baseUrl(),
        language(),
        zone(),
        choice("editions", SiteConfig.EditionPeriod.class, SiteConfig.EditionPeriod.DAILY),
        choice("attribution", SiteConfig.Attribution.class, SiteConfig.Attribution.STRICT),
        choice("markdown.raw_html", SiteConfig.RawHtml.class, SiteConfig.RawHtml.ESCAPE),
        number("summary.sentences", 2, 1, 20),
        number("summary.max_words", 60, 5, 500),
        bool("summary.key_points", false),
        number("feed.entries", 50, 1, 1000),
        publisher(),
        text("copyright", ""),
        fields(),
        java.util.Collections.unmodifiableMap(extraWithLinksChecked(extra, writtenAt)),
        email(),
        menu("menu", defaultMenu(groups.get(0))),
        menu("footer_menu", List.of()),
        groups,
        bool("search", true));
  }

  /**
   * The site's language, a BCP 47 tag as written ("en", "pt-BR"); checked as a story's is, since
   * it names the file of the theme's strings and the pages' {@code lang}. "en" when it is no tag.
   */
  private String language() {
    String written = text("language", "en").strip();
    try {
      new java.util.Locale.Builder().setLanguageTag(written.replace('_', '-')).build();
      return written;
    } catch (java.util.IllformedLocaleException e) {
      problems.error(at("language"), "'" + written + "' is not a language tag", "write the language as in 'en', 'fr', 'ar' or 'pt-BR'");
      return "en";
    }
  }

  private SiteConfig.Email email() {
    org.briefing.email.Mailbox from = mailbox("email.from");
    org.briefing.email.Mailbox replyTo = mailbox("email.reply_to");
    String subject = text("email.subject", "{site}: {title}");
    for (String name : EmailPatterns.names(subject)) {
      if (!List.of("site", "title", "date").contains(name)) {
        problems.error(at("email.subject"), "'email.subject' cannot use {" + name + "}", "use {site}, {title} and {date}");
      }
    }
    String unsubscribe = text("email.unsubscribe", "").strip();
    if (!unsubscribe.isEmpty()) {
      String refused = EmailPatterns.unsubscribeProblem(unsubscribe);
      if (refused != null) {
        problems.error(at("email.unsubscribe"), "'email.unsubscribe' " + refused,
            "write the address of your unsubscribe page with {email} where the subscriber's address goes, "
                + "e.g. https://example.org/unsubscribe?email={email}");
        unsubscribe = "";
      }
    }
    boolean oneClick = bool("email.one_click", false);
    if (oneClick && !unsubscribe.startsWith("https://")) {
      problems.error(at("email.one_click"), "'email.one_click' needs an https:// address in 'email.unsubscribe'",
          "set 'email.unsubscribe' to the https:// address that takes the one-click POST, or remove 'one_click'");
      oneClick = false;
    }
    return new SiteConfig.Email(yaml.values().containsKey("email"), from, replyTo, subject, unsubscribe, oneClick, number("email.max_kb", 1024, 10, 102_400));
  }

  private org.briefing.email.Mailbox mailbox(String path) {
    String value = text(path, "").strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return org.briefing.email.Mailbox.parse(value);
    } catch (IllegalArgumentException e) {
      problems.error(at(path), "'" + path + "' is not an email address: " + e.getMessage(),
          "write it as Name <name@example.org>, or a plain address");
      return null;
    }
  }

  private SiteConfig.Publisher publisher() {
    String url = text("publisher.url", "").strip();
    if (!url.isEmpty() && !LinkPolicy.isWebAddress(url)) {
      problems.error(at("publisher.url"), "'publisher.url' must be the full address of the publisher's website, and '"
          + LinkPolicy.shown(url) + "' is not" + reason(url), "write an address starting with https://, e.g. https://example.org/");
      url = "";
    }
    String logo = text("publisher.logo", "").strip();
    if (!logo.isEmpty() && !LinkPolicy.isWebAddress(logo) && !LinkPolicy.isSitePath(logo)) {
      problems.error(at("publisher.logo"), "'publisher.logo' must be a file of the site or a full address, and '"
          + LinkPolicy.shown(logo) + "' is not" + reason(logo), "write a path from static/, e.g. /images/logo.png, or an address starting with https://");
      logo = "";
    }
    return new SiteConfig.Publisher(name("publisher.name", text("title", "Briefing")), url, logo, at("publisher.logo"));
  }

  /** The extra settings, after reporting every address among them that may not be published. */
  private Map<String, Object> extraWithLinksChecked(Map<String, Object> extra, Map<String, String> writtenAt) {
    AddressFields.each(extra, (path, value) -> {
      String refused = LinkPolicy.refusal(value);
      if (refused != null) {
        String key = path.split("\\.", 2)[0];
        problems.error(at(writtenAt.getOrDefault(key, key) + path.substring(key.length())), "the link '" + LinkPolicy.shown(value) + "' in '" + path + "' cannot be published: " + refused,
            LinkPolicy.HINT);
      }
    });
    return extra;
  }

  private static String reason(String link) {
    String refused = LinkPolicy.refusal(link);
    return refused == null ? "" : ": " + refused;
  }

  private void params(Object value, Map<String, Object> extra, Map<String, String> writtenAt) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        extra.put(String.valueOf(k), v);
        writtenAt.put(String.valueOf(k), "params." + k);
      });
    } else if (value != null) {
      problems.error(at("params"), "'params' must be a group of settings", "write 'params:' then indented 'name: value' lines");
    }
  }

  /** The story fields the site declared as its own, in the file's order. */
  /** The sections the theme's header links to when briefing.yaml names none. */
  /** The default menu: label, address and the key of the label in the theme's strings. */
  private static final List<List<String>> DEFAULT_MENU = List.of(List.of("Briefings", "/briefings/", "briefings"),
      List.of("Topics", "/topics/", "topics"), List.of("Sources", "/sources/", "sources"), List.of("Archive", "/archive/", "archive"));

  /** The default menu, with the topics where the site put them, or without them when they have no pages. */
  private static List<List<String>> defaultMenu(Grouping topics) {
    return DEFAULT_MENU.stream().filter(item -> topics.pages() || !item.get(1).equals("/topics/"))
        .map(item -> item.get(1).equals("/topics/") ? List.of(topics.title(), "/" + topics.path() + "/",
            topics.title().equals(item.get(0)) ? item.get(2) : "") : item).toList();
  }

  private List<SiteConfig.MenuItem> menu(String key, List<List<String>> fallback) {
    Object value = get(key);
    if (value == null) {
      return fallback.stream().map(l -> new SiteConfig.MenuItem(l.get(0), l.get(1), at(key), l.get(2))).toList();
    }
    if (!(value instanceof List<?> items)) {
      problems.error(at(key), "'" + key + "' must be a list of links", "write e.g. '" + key + ": [{name: About, url: /about/}]'");
      return List.of();
    }
    List<SiteConfig.MenuItem> menu = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = key + "." + i;
      if (!(items.get(i) instanceof Map<?, ?> item) || !(item.get("name") instanceof String name) || name.isBlank()
          || item.get("url") == null || item.get("url").toString().isBlank()) {
        problems.error(at(path), "each link of '" + key + "' needs a name and a url", "write '- {name: About, url: /about/}'");
        continue;
      }
      // read as every text of the file is, so that a comment in a link's name is refused at its line
      String label = text(path + ".name", name).strip();
      String url = item.get("url").toString().strip();
      String refused = LinkPolicy.refusalOfField(url);
      if (refused == null && !url.startsWith("/") && !LinkPolicy.isWebAddress(url)) {
        refused = "it is neither a path on this site starting with / nor a web address";
      }
      if (refused != null) {
        problems.error(at(path), "the menu link '" + LinkPolicy.shown(url) + "' cannot be published: " + refused,
            "write a path on this site such as /about/, or a full address starting with https://");
        continue;
      }
      menu.add(new SiteConfig.MenuItem(label, url, at(path)));
    }
    return List.copyOf(menu);
  }

  private List<String> fields() {
    Object value = get("fields");
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Object item : items) {
      if (item instanceof Map || item instanceof List || item == null) {
        problems.error(at("fields"), "'fields' must be a list of field names", "write e.g. 'fields: [desk, kicker]'");
        return List.of();
      }
      names.add(item.toString().strip());
    }
    return List.copyOf(names);
  }

  /** The value at {@code path}, whose parts are field names and the numbers of list items ("menu.0.name"). */
  private Object get(String path) {
    Object current = yaml.values();
    for (String part : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(part);
      } else if (current instanceof List<?> list && part.matches("[0-9]{1,9}") && Integer.parseInt(part) < list.size()) {
        current = list.get(Integer.parseInt(part));
      } else {
        return null;
      }
    }
    return current;
  }

  private SourcePosition at(String path) {
    return SourcePosition.of(file, yaml.lineOf(path));
  }

  /**
   * The text at {@code path}: every plain-text setting is read here, so a comment or an editor's
   * placeholder ("[TK]") in any of them is an error at its line.
   */
  private String text(String path, String fallback) {
    Object value = get(path);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Map || value instanceof java.util.List) {
      problems.error(at(path), "'" + path + "' must be text", "write it as '" + path + ": some text'");
      return fallback;
    }
    if (org.briefing.load.PlainTextComments.in(value.toString())) {
      problems.error(at(path), org.briefing.load.PlainTextComments.message(path), org.briefing.load.PlainTextComments.HINT);
    }
    for (org.briefing.load.EditorsPlaceholders.Found mark : org.briefing.load.EditorsPlaceholders.inPlainText(value.toString())) {
      problems.error(at(path), org.briefing.load.EditorsPlaceholders.message(mark.mark(), "'" + path + "'"), org.briefing.load.EditorsPlaceholders.hint(null));
    }
    return value.toString();
  }

  /**
   * A name the site is shown by ({@code title}, {@code publisher.name}): text that is not blank,
   * as an empty one (an unset variable in a generated file, say) would give every page an empty
   * title and the feeds and structured data a nameless publisher.
   */
  private String name(String path, String fallback) {
    String name = text(path, fallback);
    if (name.isBlank()) {
      problems.error(at(path), "'" + path + "' is empty: every page, feed and card would show a blank name",
          "write the name, e.g. '" + path + ": The Morning Briefing', or leave the line out for '" + fallback + "'");
    }
    return name;
  }

  private boolean bool(String path, boolean fallback) {
    Object value = get(path);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problems.error(at(path), "'" + path + "' must be true or false, not '" + value + "'", "write true or false");
    return fallback;
  }

  private int number(String path, int fallback, int min, int max) {
    Object value = get(path);
    if (value == null) {
      return fallback;
    }
    if (value instanceof String text && text.matches("\\+?0*[0-9]{1,9}")) {
      value = Long.parseLong(text); // 020 or +20, which YAML reading keeps as written
    }
    if (value instanceof Long n && n >= min && n <= max) {
      return n.intValue();
    }
    problems.error(at(path), "'" + path + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'",
        "for example: " + fallback);
    return fallback;
  }

  private <E extends Enum<E>> E choice(String path, Class<E> type, E fallback) {
    String value = text(path, fallback.name());
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E option : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : " or ").append(option.name().toLowerCase(Locale.ROOT));
      }
      problems.error(at(path), "'" + path + "' cannot be '" + value + "'", "use " + allowed);
      return fallback;
    }
  }

  private ZoneId zone() {
    String value = text("time_zone", "UTC");
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      problems.error(at("time_zone"), "unknown time zone '" + value + "'", "use a zone name such as Europe/Brussels or UTC");
      return ZoneId.of("UTC");
    }
  }

  private URI baseUrl() {
    String value = text("base_url", "http://localhost/");
    try {
      return BaseUrls.parse(value);
    } catch (BaseUrls.Refused e) {
      problems.error(at("base_url"), "'base_url' cannot be the site's address '" + value.strip() + "': " + e.getMessage(), e.hint());
      return URI.create("http://localhost/");
    }
  }
}
