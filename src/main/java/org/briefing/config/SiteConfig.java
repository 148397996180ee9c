package org.briefing.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;

/**
 * A site's settings from {@code briefing.yaml}, validated and with defaults filled in.
 *
 * @param baseUrl the absolute URL the site is published at, always ending in '/'
 * @param fields the names of story fields the site declared as its own ({@code fields:})
 * @param extra the settings of {@code params:} and every unknown top-level setting, in the file's order, for templates
 * @param groups the ways stories are grouped by a front-matter field: topics, places, authors and the site's own ({@code groups:})
 */
public record SiteConfig(
    String title,
    String description,
    URI baseUrl,
    String language,
    ZoneId timeZone,
    EditionPeriod editions,
    Attribution attribution,
    RawHtml rawHtml,
    int summarySentences,
    int summaryWords,
    boolean autoKeyPoints,
    int feedEntries,
    Publisher publisher,
    String copyright,
    java.util.List<String> fields,
    Map<String, Object> extra,
    Email email,
    java.util.List<MenuItem> menu,
    java.util.List<MenuItem> footerMenu,
    java.util.List<Grouping> groups,
    boolean search) {

  /**
   * A link of a menu: its label and where it leads, a path on the site ("/about/") or a web
   * address, with where it is written, for an error about a path that leads to no page. A link of
   * the default menu has the key of its label in the theme's strings ("topics"), so that it is
   * printed in the site's language; a site's own link has "" and its name as it is written.
   */
  public record MenuItem(String name, String url, org.briefing.problem.SourcePosition writtenAt, String textKey) {
    public MenuItem(String name, String url, org.briefing.problem.SourcePosition writtenAt) {
      this(name, url, writtenAt, "");
    }

    public boolean isSitePath() {
      return url.startsWith("/");
    }
  }

  /** How stories are grouped into briefing editions. */
  public enum EditionPeriod {
    DAILY,
    WEEKLY
  }

  /** What a story without sources, or a photo without a credit, does to the build. */
  public enum Attribution {
    STRICT,
    WARN
  }

  /** What happens to raw HTML written in Markdown. */
  public enum RawHtml {
    /** shown as text */
    ESCAPE,
    /** passed through as HTML */
    ALLOW
  }

  /**
   * The organisation that publishes the briefing, for structured data and the footer.
   *
   * @param logo a path of the site or a full address; "" for none
   * @param logoAt where the logo is written, for an error about a path that names no file of the site
   */
  public record Publisher(String name, String url, String logo, org.briefing.problem.SourcePosition logoAt) {}

  /**
   * How editions are written and sent as email ({@code email:}).
   *
   * @param replyTo null for none
   * @param subject the subject with {site}, {title} and {date} in it
   * @param unsubscribe the unsubscribe address with {email} and other columns of the subscriber list in it, empty for none
   * @param oneClick whether that address takes the one-click POST of RFC 8058
   * @param maxKilobytes the largest message {@code briefing send} sends
   */
  /** The {@code email:} section; a site without one ({@code enabled} false) writes no email. */
  public record Email(boolean enabled, org.briefing.email.Mailbox from, org.briefing.email.Mailbox replyTo, String subject, String unsubscribe,
      boolean oneClick, int maxKilobytes) {}

  /** Who the email of an edition is from: {@code email.from}, else the publisher at the site's host. */
  public org.briefing.email.Mailbox emailFrom() {
    return email.from() != null ? email.from() : new org.briefing.email.Mailbox(publisher.name(), "briefing@" + baseUrl.getHost());
  }

  /** The grouping named {@code name}, or null when the site has none of that name. */
  public Grouping group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
  }

  /** The path part of the base URL, e.g. "/" or "/briefings/". */
  public String basePath() {
    String path = baseUrl.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(title, description, url, language, timeZone, editions, attribution, rawHtml,
        summarySentences, summaryWords, autoKeyPoints, feedEntries, publisher, copyright, fields, extra, email, menu, footerMenu, groups, search);
  }
}
