package org.briefing.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.config.EmailPatterns;
import org.briefing.config.SiteConfig;
import org.briefing.email.EmailHtml;
import org.briefing.email.EmailMessage;
import org.briefing.email.HtmlText;
import org.briefing.email.ImageSize;
import org.briefing.email.Mailbox;
import org.briefing.email.MessageIds;
import org.briefing.model.Article;
import org.briefing.model.Edition;
import org.briefing.model.Photo;
import org.briefing.links.PathEncoding;
import org.briefing.model.Urls;
import org.briefing.load.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * The email version of each edition, written beside its page: {@code email.html} (the HTML part,
 * its style sheet inlined), {@code email.txt} (the text part) and {@code email.eml} (the whole
 * message, as {@code briefing send} sends it less the recipient). Everything in them comes from the
 * edition and the configuration, so that a rebuild writes the same bytes.
 */
final class EmailPages {
  static final String HTML = "email.html";
  static final String TEXT = "email.txt";
  static final String MESSAGE = "email.eml";
  static final String HTML_TEMPLATE = "email.ftlh";
  static final String TEXT_TEMPLATE = "email-text.ftl";
  static final String STYLE_SHEET = "email.css";
  private static final int PREHEADER_CHARACTERS = 140;

  private final Templates templates;
  private final SiteConfig config;
  /** The parts of each edition's email while its files are being made, by the folder of the edition. */
  private final Map<String, Parts> parts = new java.util.concurrent.ConcurrentHashMap<>();

  /** The two parts of an edition's email, made once for its three files, and how many of those are still to come. */
  private record Parts(String html, String text, java.util.concurrent.atomic.AtomicInteger toCome) {}

  /** For one render of a site: it keeps the parts of an edition's email until all three files have them. */
  EmailPages(Templates templates, SiteConfig config) {
    this.templates = templates;
    this.config = config;
  }

  /** The path of the HTML part beside {@code path}, one of the edition's email files. */
  static String htmlPath(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1) + HTML;
  }

  /** The key of the data that holds the size of each image of the email the build could read, by its absolute address. */
  static final String IMAGE_SIZES = "imageSizes";

  /**
   * The data of an edition's email templates. It holds the size of every local image the edition's
   * content puts in the email, read here rather than while the email is rendered so that the page's
   * fingerprint changes when an image does.
   *
   * <p>Every relative address of the email is read as a browser reads it on the page its text is
   * published on, so that a link leads where the same link leads on the site: the edition's note
   * and the templates' own from the edition's page (the email's files are published beside it),
   * a story's HTML from the story's page ({@link Views.ArticleView#inFull}). HTML written in
   * Markdown keeps its relative addresses on the site, and was read from the site's root before.
   *
   * @param staticDir the site's {@code static/} folder
   */
  static Map<String, Object> data(Edition e, ViewFactory views, SiteConfig config, Path staticDir) {
    Views.EditionView shown = views.edition(e);
    Views.EditionView edition = new Views.EditionView(shown.title(), shown.dateIso(), shown.dateDisplay(), shown.href(), shown.url(),
        shown.noteHtml(), new StoriesInFull(shown.stories()));
    String page = edition.url();
    String subject = EmailPatterns.fill(config.email().subject(), Map.of("site", config.title(), "title", e.title(),
        "date", edition.dateDisplay()));
    String noteText = HtmlText.of(e.noteHtml(), page);
    List<Views.EmailStoryText> texts = e.stories().stream().map(a -> {
      String story = views.url(a.path());
      return new Views.EmailStoryText(HtmlText.of(a.whyItMattersHtml(), story),
          a.keyPointsHtml().stream().map(k -> HtmlText.of(k, story)).toList(), HtmlText.of(a.whatsNextHtml(), story));
    }).toList();
    ZonedDateTime date = e.stories().stream().map(Article::lastModified).max(ZonedDateTime::compareTo)
        .orElse(e.date().atStartOfDay(config.timeZone()));
    Views.EmailView email = new Views.EmailView(subject, preheader(HtmlText.current(e.noteHtml(), page), e), edition.url(), views.url("briefings/"),
        EmailPatterns.fillAddress(config.email().unsubscribe(), Map.of()), config.emailFrom().name(), views.isoDate(date),
        messageId(e.date().toString(), config), noteText, texts);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("edition", edition);
    data.put("email", email);
    data.put("title", subject);
    data.put("description", email.preheader());
    data.put(IMAGE_SIZES, imageSizes(e, views, config, staticDir));
    return data;
  }

  /**
   * An edition's stories as its email shows them, each view made when it is read as the edition
   * page's are, with the addresses of its HTML in full ({@link Views.ArticleView#inFull}); its
   * fingerprint is the stories', as each copy is made from its story alone.
   */
  private static final class StoriesInFull extends java.util.AbstractList<Views.ArticleView>
      implements java.util.RandomAccess, org.briefing.fingerprint.Fingerprint.Deferred {
    private final List<Views.ArticleView> shown;

    StoriesInFull(List<Views.ArticleView> shown) {
      this.shown = shown;
    }

    @Override
    public Views.ArticleView get(int index) {
      return shown.get(index).inFull();
    }

    @Override
    public int size() {
      return shown.size();
    }

    @Override
    public long fingerprint() {
      return new org.briefing.fingerprint.Fingerprint().add(shown).value();
    }
  }

  /**
   * An id for the message of the edition of {@code date}: the date, a digest of the site's address
   * (two briefings on one host differ), at the site's host.
   */
  static String messageId(String date, SiteConfig config) {
    return MessageIds.of(date, config.baseUrl(), null);
  }

  /**
   * The sizes of the images in the edition's note, its stories' HTML fields and their photos that
   * are files of the site: the photos stored next to stories, and anything under {@code static/}.
   */
  private static Map<String, ImageSize> imageSizes(Edition e, ViewFactory views, SiteConfig config, Path staticDir) {
    String base = config.baseUrl().toString();
    String page = views.url(e.path());
    Map<String, Path> files = new TreeMap<>();
    // a resized photo's size is known from its plan: its widest file is the one the email shows
    Map<String, ImageSize> known = new TreeMap<>();
    // each text as the email holds it, its addresses read from the edition's page as the email's are
    List<String> fields = new ArrayList<>();
    fields.add(e.noteHtml());
    for (Article a : e.stories()) {
      String story = views.url(a.path());
      fields.add(inFull(a.whyItMattersHtml(), story));
      a.keyPointsHtml().forEach(k -> fields.add(inFull(k, story)));
      fields.add(inFull(a.whatsNextHtml(), story));
      Photo photo = a.image();
      if (photo != null && photo.hasImage() && photo.plan() != null) {
        known.put(base + PathEncoding.encoded(photo.href()), new ImageSize(photo.plan().widest().width(), photo.plan().widest().height()));
      } else if (photo != null && photo.hasImage() && !Urls.isRemote(photo.href())) {
        files.put(base + PathEncoding.encoded(photo.href()), photo.file() != null ? photo.file() : staticDir.resolve(photo.href()));
      }
    }
    for (String html : fields) {
      if (html == null || !html.contains("<img")) {
        continue;
      }
      for (Element img : Jsoup.parseBodyFragment(html, page).select("img[src]")) {
        String address = img.absUrl("src");
        Path file = staticFile(address, base, staticDir);
        if (file != null) {
          files.putIfAbsent(address, file);
        }
      }
    }
    Map<String, ImageSize> sizes = new TreeMap<>(known);
    files.forEach((address, file) -> {
      ImageSize size = SiteFiles.inside(staticDir.getParent(), file) ? ImageSize.of(file) : null;
      if (size != null) {
        sizes.put(address, size);
      }
    });
    return sizes;
  }

  /** {@code html}, a story's, with its addresses in full as {@link Views.ArticleView#inFull} writes them. */
  private static String inFull(String html, String storyUrl) {
    return html == null ? null : AbsoluteHtml.of(html, storyUrl);
  }

  /** The file of static/ an address under the site's names, or null. */
  private static Path staticFile(String address, String base, Path staticDir) {
    if (!address.startsWith(base)) {
      return null;
    }
    try {
      String path = URI.create(address).getPath();
      String basePath = URI.create(base).getPath();
      if (path == null || basePath == null || !path.startsWith(basePath)) {
        return null;
      }
      Path file = staticDir.resolve(path.substring(basePath.length())).normalize();
      return file.startsWith(staticDir.normalize()) ? file : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String preheader(String noteText, Edition e) {
    String text = !noteText.isEmpty() ? noteText
        : String.join(" · ", e.stories().stream().map(Article::title).toList());
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() <= PREHEADER_CHARACTERS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', PREHEADER_CHARACTERS - 1);
    if (cut <= 0) {
      cut = PREHEADER_CHARACTERS - 1;
      // never between the two halves of a character outside the BMP (an emoji), which would show as '?'
      if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
    }
    return text.substring(0, cut) + "…";
  }

  /** Renders the file {@code path} names, one of {@link #HTML}, {@link #TEXT} and {@link #MESSAGE}. */
  byte[] render(String path, Map<String, Object> model) {
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    Parts made = parts.computeIfAbsent(folder, f -> new Parts(html(model), text(model), new java.util.concurrent.atomic.AtomicInteger(3)));
    if (made.toCome().decrementAndGet() == 0) {
      parts.remove(folder);
    }
    if (path.endsWith(HTML)) {
      return made.html().getBytes(StandardCharsets.UTF_8);
    } else if (path.endsWith(TEXT)) {
      return made.text().getBytes(StandardCharsets.UTF_8);
    }
    Views.EmailView email = (Views.EmailView) model.get("email");
    Mailbox from = config.emailFrom();
    String unsubscribe = email.unsubscribeUrl().isEmpty() ? null : email.unsubscribeUrl();
    return new EmailMessage(from, null, config.email().replyTo(), email.subject(), ZonedDateTime.parse(email.dateIso()),
        email.messageId(), unsubscribe, config.email().oneClick(), made.text(), made.html()).bytes();
  }

  @SuppressWarnings("unchecked")
  private String html(Map<String, Object> model) {
    String html = new String(templates.render(HTML_TEMPLATE, model, config), StandardCharsets.UTF_8);
    String css = new String(templates.themeFile(STYLE_SHEET), StandardCharsets.UTF_8);
    try {
      Map<String, ImageSize> sizes = (Map<String, ImageSize>) model.getOrDefault(IMAGE_SIZES, Map.of());
      // the email's files are published beside the edition's page: what its templates write relative is read from there
      return EmailHtml.prepare(html, css, URI.create(((Views.EditionView) model.get("edition")).url()), sizes);
    } catch (EmailHtml.BadStyleSheet e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(templates.siteDir().resolve(STYLE_SHEET)), e.getMessage(),
          "write simple selectors (element names, classes, ids) in the email style sheet"));
    }
  }

  /** The text part: at most one blank line in a row, no spaces at line ends, long lines wrapped at spaces. */
  private String text(Map<String, Object> model) {
    String text = new String(templates.render(TEXT_TEMPLATE, model, config), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      out.append(wrap(line.stripTrailing())).append('\n');
    }
    return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
  }

  /** A list item's mark at the start of a line: "- ", "3. ", a footnote's "[1] ". */
  private static final java.util.regex.Pattern ITEM_MARK = java.util.regex.Pattern.compile("^(?:- |\\d+\\. |\\[\\d+\\] )");

  /** A line wrapped at spaces to 76 characters, continuation lines indented like the first (and under a list item's text). */
  private static String wrap(String line) {
    if (line.length() <= 76) {
      return line;
    }
    String lead = line.substring(0, line.length() - line.stripLeading().length());
    java.util.regex.Matcher mark = ITEM_MARK.matcher(line.stripLeading());
    String indent = lead + (mark.find() ? " ".repeat(mark.end()) : "");
    StringBuilder out = new StringBuilder();
    StringBuilder current = new StringBuilder(lead);
    boolean empty = true;
    for (String word : line.strip().split(" +")) {
      if (!empty && current.length() + 1 + word.length() > 76) {
        out.append(current).append('\n');
        current = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    return out.append(current).toString();
  }
}
