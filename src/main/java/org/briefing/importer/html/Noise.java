package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Page parts that are not the story: navigation, ads, related links, sharing, comments, scripts. */
final class Noise {
  private static final Set<String> TAGS = Set.of("nav", "aside", "script", "style", "noscript", "iframe", "form", "button",
      "svg", "template", "footer", "object", "embed", "select", "input", "dialog", "menu");
  private static final Pattern CLASSES = Pattern.compile("(?i)(?:^|[-_ ])(?:ad|ads|adv|advert|adverts|advertisement|adslot|dfp|promo|promotion"
      + "|related|more-stories|read-more|readmore|recommended|recommendations|outbrain|taboola|sponsored|sponsor|share|sharing|social"
      + "|newsletter|subscribe|subscription|signup|paywall|comments?|disqus|breadcrumbs?|tags|topics-list|most-read|mostread|popular"
      + "|trending|cookie|consent|banner|masthead|site-header|site-footer|navigation|nav|menu|toolbar|skip-link"
      // what real CMSes call the rest: WordPress's author box and post links, share rows, video players, teasers of
      // other stories, paywall prompts, most-viewed lists, reader responses, a live blog's key events and "load more"
      + "|author-info|author-bio|author-box|about-the-author|cat-links|tags-links|(?:article|story|post|share|social)-(?:tools|actions)"
      + "|(?:video|audio|media)-player|jwplayer|brightcove|video-js|inline-teaser|teasers|gate|premium-gate|regwall"
      + "|most-viewed|mostviewed|most-popular|most-shared|you-may-like|you-might-like|may-also-like|also-like"
      + "|reader-responses|reader-comments|discussion|key-events|load-more)(?:$|[-_ ])");
  /**
   * The labels of a live blog's post or a byline's line: when to the time, "Pinned post", "Updated 3 minutes ago".
   * Left out only as a short element in a run of such labels outside a paragraph, never from a sentence.
   */
  private static final Pattern LABELS = Pattern.compile("(?i)(?:^|[-_ ])(?:time|timestamp|date|pubdate|publish-date|updated"
      + "|post-time|post-date|post-updated|pinned|pinned-label)(?:$|[-_ ])");

  /**
   * Whole component names of the pages built of named blocks ({@code data-component}, {@code data-gu-name}): the
   * links and tags under a story, a donation appeal ("epic") and the topics and reuse line under the body ("submeta").
   */
  private static final Set<String> COMPONENTS = Set.of("links-block", "tag-list", "topic-list", "tags-block", "epic", "submeta");
  /**
   * A link that runs a script to print the page, close its window or go back: a print view's "Print this page | Close
   * window", a button and never a link to read on.
   */
  private static final Pattern WINDOW_ACTION = Pattern.compile("(?i)^\\s*javascript:\\s*(?:(?:window|self|top)\\.)?"
      + "(?:print|close|history\\.(?:back|go))\\s*\\(");
  /** What may stand between a print view's action links: separators and spaces. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s|·•/–—-]*");
  /** The longest line beside a byline in a named block's meta: its date, "Share", "123 comments". */
  private static final int META_LINE = 80;
  /** The mark {@link ArticleRoot} sets on a block of the story's kind that is a sidebar of other stories beside it. */
  static final String SIDEBAR = "data-briefing-sidebar";

  /** The fewest words of a paragraph of prose that a class alone never makes furniture. */
  private static final int PROSE_WORDS = 8;
  /** A sentence's end, a closing quote or bracket after it. */
  private static final Pattern PROSE_END = Pattern.compile("[.!?][\"'”’)]*$");

  /** WordPress's classes of a post's category, tags and other terms: the post's subject, not the kind of block. */
  private static final Pattern TAXONOMY = Pattern.compile("(?i)^(?:category|tag|post_tag|format|type|status)-");
  /**
   * The small words of a sentence, found in a class made of a heading's words and never in a block's kind ("in" and
   * "on" are: {@code sign-in-gate}, {@code add-on}).
   */
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "to", "at", "by", "with",
      "from", "a", "an", "is", "are", "was", "were", "what", "how", "why");

  /** The report's reason for what a page shows only when scripts are off: its words are reported, not counted. */
  static final String NOSCRIPT = "shown only to browsers with scripts turned off (noscript)";

  private Noise() {}

  /** Why the element is left out, or empty when it may belong to the story. */
  static Optional<String> reason(Element e) {
    return byTag(e).or(() -> byMarkup(e));
  }

  /**
   * Why the element is left out whatever its tag: its role, its hiding, its class, its print or close links, its place
   * beside a byline in a named block's meta, or a sidebar's mark.
   */
  static Optional<String> byMarkup(Element e) {
    return byRole(e).or(() -> Hidden.reason(e)).or(() -> byClass(e)).or(() -> windowActions(e)).or(() -> besideTheByline(e))
        .or(() -> e.hasAttr(SIDEBAR) ? Optional.of("a sidebar of other stories beside the story (a block of its kind under '"
            + e.attr(SIDEBAR) + "', short items only)") : Optional.empty());
  }

  /** A block of nothing but links that print the page, close its window or go back, with separators between them. */
  private static Optional<String> windowActions(Element e) {
    List<Element> actions = e.select("a[href]").stream().filter(a -> WINDOW_ACTION.matcher(a.attr("href")).find()).toList();
    if (actions.isEmpty() || e.normalName().equals("a")) {
      return Optional.empty();
    }
    String rest = e.text();
    for (Element a : actions) {
      rest = rest.replace(a.text(), " ");
    }
    return SEPARATORS.matcher(rest).matches() ? Optional.of("the page's print or close buttons (links that run a script)")
        : Optional.empty();
  }

  /**
   * A short line beside the byline in the meta block of a page of named blocks ({@code data-gu-name="meta"}): its date,
   * "Share", "123 comments". The part that names the author (an {@code <address>}, a {@code rel=author} link, a byline's
   * class) stays, for the byline is read from it; so does a part with a paragraph, heading or list, or a longer text.
   */
  private static Optional<String> besideTheByline(Element e) {
    Element parent = e.parent();
    if (parent == null || !parent.attr("data-gu-name").strip().equalsIgnoreCase("meta") || e.normalName().equals("address")
        || !e.select("address, [rel~=author], p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote").isEmpty()
        || !e.select("[class~=(?i)(?:^|[-_])(?:byline|author|authors|contributor)(?:$|[-_])]").isEmpty()
        || e.text().strip().length() > META_LINE) {
      return Optional.empty();
    }
    return Optional.of("the line beside the byline: date, sharing or comment count (component 'meta')");
  }

  /**
   * Why an element inside running text is left out, or empty when its words belong to the sentence. A class name
   * alone does not take words out of a sentence: a link styled as "related" is still part of what the sentence says.
   */
  static Optional<String> inText(Element e) {
    return byTag(e).or(() -> Hidden.reason(e));
  }

  /**
   * Why an inline element that stands with others of its kind outside any paragraph (a live post's "Pinned post
   * 21:40 GMT", a post's "Posted in ... Tagged ...") is left out: its class names furniture, or a date or label
   * and its words are few. Empty when it may be story text. Between a block's paragraphs only a furniture class counts:
   * a date's class there is a diary's day over its entry ({@code <span class=entry-date>Tuesday 1 December</span>}).
   */
  static Optional<String> label(Element e, boolean amongParagraphs) {
    return byClass(e).or(() -> !amongParagraphs && LABELS.matcher(e.className()).find() && e.text().strip().length() <= 40
        ? Optional.of("a post's time or label (class '" + e.className().strip() + "')") : Optional.empty());
  }

  private static Optional<String> byTag(Element e) {
    String tag = e.normalName();
    if (!TAGS.contains(tag)) {
      return Optional.empty();
    }
    return Optional.of(switch (tag) {
      case "nav", "menu" -> "navigation";
      case "aside" -> "aside (related links or promotion)";
      case "script", "style" -> "script or style";
      // a script's markup, not shown as it is, but it may hold words of the page: reported with them
      case "template" -> "markup kept for a script to show (template)";
      case "noscript" -> NOSCRIPT;
      case "footer" -> "page footer";
      case "form", "button", "input", "select", "dialog" -> "form or button";
      default -> "embedded object";
    });
  }

  private static Optional<String> byRole(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("complementary") || role.equals("contentinfo")) {
      return Optional.of("navigation or page furniture (role=" + role + ")");
    }
    return Optional.empty();
  }

  /**
   * By a class or component name of the element itself, each read whole: a furniture word as the whole name or as its
   * hyphen-parts ({@code c-related-links}, {@code share-tools}). Never by the id of a heading or of a block holding one
   * (an anchor made of a heading's words: "discussion", "most-viewed-films-of-the-year"), nor by WordPress's classes of the post's category and tags on its
   * {@code <article>} ({@code category-discussion}, {@code tag-social-care}), nor by a class made of a heading's words
   * ({@code key-events-of-the-study}: a part such as "of" or "the" besides the furniture word).
   */
  private static Optional<String> byClass(Element e) {
    List<String> names = new ArrayList<>();
    e.classNames().stream().filter(n -> !TAXONOMY.matcher(n).find()).forEach(names::add);
    boolean heading = e.normalName().matches("h[1-6]");
    if (!heading && !e.attr("data-component").isBlank()) {
      names.add(e.attr("data-component").strip());
    }
    String component = (e.attr("data-component") + " " + e.attr("data-gu-name")).strip().toLowerCase(Locale.ROOT);
    if (!heading && COMPONENTS.contains(component)) {
      return Optional.of("page furniture (component '" + component + "')");
    }
    if (storyText(e)) {
      return Optional.empty();
    }
    if (!heading && !e.id().isBlank() && e.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
      names.add(e.id().strip()); // an id where no heading is, no anchor: a paywall's div#sign-in-gate
    }
    for (String name : names) {
      Matcher m = CLASSES.matcher(name);
      if (m.find() && !madeOfWords(name, m.start(), m.end())) {
        return Optional.of("page furniture (class or id '" + String.join(" ", names) + "')");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an element is the story's own text whatever its class says: a {@code <p>} of prose, or a block holding a
   * heading of its own over paragraphs that are all prose ({@code <section class="discussion"><h2>Discussion</h2><p>The
   * authors say ...</p>}). A paywall's prompt, a teaser's headline or a comment's "At last." are no prose.
   */
  private static boolean storyText(Element e) {
    if (e.normalName().equals("p")) {
      return prose(e);
    }
    List<Element> paragraphs = e.select("p");
    return !e.select("h2, h3, h4, h5, h6").isEmpty() && !paragraphs.isEmpty() && paragraphs.stream().allMatch(Noise::prose)
        && !readersWords(e);
  }

  /** Whether the block holds readers' comments ({@code <div class="response">}, {@code comment}, {@code reply}): their prose is not the story's. */
  private static boolean readersWords(Element e) {
    return !e.select("[class~=(?i)(?:^|[-_\\s])(?:comments?|responses?|repl(?:y|ies))(?:$|[-_\\s])]").isEmpty()
        || e.className().matches("(?i).*(?:comment|response|repl(?:y|ies)).*");
  }

  /** A paragraph of prose: a sentence or more, of {@value #PROSE_WORDS} words or more, ending in its stop, and no link. */
  private static boolean prose(Element p) {
    String text = p.text().strip();
    return p.select("a[href]").isEmpty() && text.split("\\s+").length >= PROSE_WORDS && PROSE_END.matcher(text).find();
  }

  /** Whether the parts of a class name beside its furniture word hold a sentence's small words: a heading's anchor. */
  private static boolean madeOfWords(String name, int start, int end) {
    String rest = name.substring(0, start) + " " + name.substring(end);
    for (String part : rest.toLowerCase(Locale.ROOT).split("[-_ ]+")) {
      if (SMALL_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
