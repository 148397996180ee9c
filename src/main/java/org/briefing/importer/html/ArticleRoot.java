package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the story: the candidate with the most paragraph text (else the block with the most
 * paragraphs of its own), with the parts of a body split around an ad and the header with the headline beside it.
 */
final class ArticleRoot {
  private static final String CANDIDATES = "[itemprop=articleBody], article, main, [role=main], [class*=article-body], "
      + "[class*=article__body], [class*=story-body], [class*=story__body], [class*=entry-content], [class*=post-content], "
      + "[class*=article-content], [id*=article-body], [id*=story-body]";
  /** Class names of a site's name or logo (WordPress {@code site-title}, {@code navbar-brand}), never a story's headline. */
  private static final Pattern SITE_NAME = Pattern.compile("(?i)(?:^|[-_ ])(?:logo|brand|site-title|site-name)(?:$|[-_ ])");
  /** How far above the story's text its header may stand: a header beside the body, in the same wrapper. */
  private static final int HEADER_LEVELS = 2;

  /** The most a one-line strip over a feed (breaking news, an alert) holds in its one paragraph. */
  private static final int STRIP_LENGTH = 120;

  /**
   * The headings of a sidebar of other stories: "Latest stories", "More from the Echo", "In other news", "Most read",
   * the whole heading only.
   */
  private static final Pattern SIDEBAR_HEADING = Pattern.compile("(?i)^(?:(?:latest|top|more|other|related|popular|recommended"
      + "|trending)\\s+(?:stories|news|articles|headlines)|more\\s+from\\s+\\S.{0,40}|in\\s+other\\s+news|most\\s+(?:read|popular"
      + "|viewed|shared)|read\\s+(?:more|next)|editor'?s\\s+picks|you\\s+(?:may|might)\\s+also\\s+like|don'?t\\s+miss)\\s*:?$");
  /** A sentence's end, a closing quote or bracket after it: a round-up's item, never a sidebar's headline. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*$");
  /** The longest item of a sidebar of other stories: one headline or teaser line. */
  private static final int TEASER = 100;

  private ArticleRoot() {}

  static Element find(Document doc) {
    Element best = doc.select(CANDIDATES).stream().filter(e -> !inNoise(e) && !isFeed(e))
        .reduce(null, (a, e) -> a == null || score(e) > score(a) ? e : a); // the outer element on ties: its headline comes with it
    best = best == null ? densestBlock(doc) : firstOfFeed(best);
    return withHeadline(withParts(best), doc);
  }

  /** The articles with their own {@code <h1>} outside the story: the next stories of a feed, each left out whole. */
  static List<Element> otherStories(Document doc, Element root) {
    return doc.select("article").stream().filter(a -> !root.parents().contains(a) && a != root && !a.parents().contains(root)
        && !inNoise(a) && hasHeadline(a) && a.parents().stream().noneMatch(p -> p.normalName().equals("article"))).toList();
  }

  /** The paragraph text of an element, less what page furniture inside it holds. */
  private static int score(Element e) {
    return e.select("p").stream()
        .filter(p -> p.parents().stream().takeWhile(x -> x != e).noneMatch(x -> Noise.reason(x).isPresent()))
        .mapToInt(p -> p.text().length()).sum();
  }

  private static boolean inNoise(Element e) {
    return Noise.reason(e).isPresent() || e.parents().stream().anyMatch(p -> Noise.reason(p).isPresent());
  }

  private static boolean hasHeadline(Element article) {
    return article.select("h1").stream().anyMatch(h -> !h.text().isBlank());
  }

  /** The stories of a feed: articles with their own {@code <h1>} inside {@code e}, outside furniture. */
  private static List<Element> stories(Element e) {
    return e.select("article").stream().filter(a -> a != e && hasHeadline(a) && !inNoise(a)).toList();
  }

  /**
   * Whether an element is a feed of whole stories (the next articles an endless page loads under the first): two or
   * more articles with their own {@code <h1>}, and less text of its own than the longest of them.
   */
  private static boolean isFeed(Element e) {
    List<Element> stories = stories(e);
    return stories.size() >= 2 && score(e) - stories.stream().mapToInt(ArticleRoot::score).sum()
        < stories.stream().mapToInt(ArticleRoot::score).max().orElse(0);
  }

  /**
   * The page's own story of a feed is its first (the others were loaded under it) when it is a real article, with two
   * paragraphs of text or a long one; a one-line strip above the story ("Breaking: ..." over one short line) is not:
   * then the story with the most paragraph text.
   */
  private static Element firstOfFeed(Element best) {
    for (Element p : best.parents()) {
      if (isFeed(p)) {
        List<Element> stories = stories(p);
        return isRealArticle(stories.get(0)) ? stories.get(0)
            : stories.stream().reduce((a, e) -> score(e) > score(a) ? e : a).orElseThrow();
      }
    }
    return best;
  }

  private static boolean isRealArticle(Element story) {
    return story.select("p").stream().filter(p -> !p.text().isBlank()).count() >= 2 || score(story) >= STRIP_LENGTH;
  }

  /** Without an article element: the block with the most text in paragraphs of its own, outside furniture. */
  private static Element densestBlock(Document doc) {
    return doc.body().select("*").stream().filter(e -> !inNoise(e))
        .max(Comparator.comparingInt(ArticleRoot::ownText)).filter(e -> ownText(e) > 0).orElse(doc.body());
  }

  private static int ownText(Element e) {
    return e.children().stream().filter(c -> c.normalName().equals("p")).mapToInt(p -> p.text().length()).sum();
  }

  /**
   * A body a CMS splits into blocks of the same kind (around an ad, a photo, a subheading) is read whole: their
   * parent, where the ad is furniture the body names. An article is a story of its own, never a part. A block of the
   * kind that is a sidebar of other stories beside it ("Latest stories" over short items) is marked, so the body
   * leaves it out and names it, whichever of them has the more text.
   */
  private static Element withParts(Element best) {
    Element parent = best.parent();
    if (parent == null || parent == best.ownerDocument().body() || best.className().isBlank()
        || best.normalName().equals("article") || best.normalName().equals("main")) {
      return best;
    }
    List<Element> parts = parent.children().stream().filter(c -> c != best && c.normalName().equals(best.normalName())
        && c.classNames().equals(best.classNames()) && !inNoise(c) && score(c) > 0).toList();
    if (parts.isEmpty()) {
      return best;
    }
    // the densest block may be the sidebar itself, beside a shorter story: each block is judged, and one is the story
    List<Element> blocks = new ArrayList<>(parts);
    blocks.add(best);
    Map<Element, String> sidebars = new IdentityHashMap<>();
    blocks.forEach(b -> sidebarHeading(b).ifPresent(h -> sidebars.put(b, h)));
    if (sidebars.size() < blocks.size()) {
      sidebars.forEach((b, h) -> b.attr(Noise.SIDEBAR, h));
    }
    return parent;
  }

  /**
   * The heading of a block of the story's kind that is a sidebar of other stories, not a chunk of the story: it opens
   * with a sidebar's heading ("Latest stories", "More from ...", "In other news") and holds only short items, one
   * headline or teaser line each, no paragraph that goes on with the story. Empty for a chunk of the story: it is read.
   */
  private static Optional<String> sidebarHeading(Element block) {
    Element first = block.children().first();
    if (first == null || !first.normalName().matches("h[2-6]") || !SIDEBAR_HEADING.matcher(first.text().strip()).matches()) {
      return Optional.empty();
    }
    List<Element> items = block.select("p, li");
    // a sidebar's item is a link or a headline; a sentence with its full stop and no link is a round-up's own item
    boolean teasers = items.size() >= 2 && block.ownText().strip().length() <= TEASER
        && items.stream().allMatch(p -> p.text().strip().length() <= TEASER
            && (isLink(p) || !SENTENCE_END.matcher(p.text().strip()).find()));
    // "More from the meeting" may head more of the story: there the items must be links to other pages
    boolean links = items.stream().allMatch(ArticleRoot::isLink);
    boolean moreFrom = first.text().strip().toLowerCase(Locale.ROOT).startsWith("more from");
    return teasers && (links || !moreFrom) ? Optional.of(first.text().strip()) : Optional.empty();
  }

  /** Whether an item of a list or block is a link and nothing more: its links' words are all its words. */
  private static boolean isLink(Element item) {
    return item.select("a[href]").stream().mapToInt(a -> a.text().length()).sum() >= item.text().strip().length();
  }

  private static Element withHeadline(Element best, Document doc) {
    if (best.selectFirst("h1") != null) {
      return best;
    }
    Element widened = best;
    while (widened.selectFirst("h1") == null && widened.parent() != null && widened.parent() != doc.body()
        && widened.parent().select("p").size() == best.select("p").size()) {
      widened = widened.parent();
    }
    if (widened.selectFirst("h1") != null) {
      return widened;
    }
    return headerBeside(best, doc).orElse(best);
  }

  /**
   * The wrapper of the story's text and of a header beside it that holds the headline ({@code <header>} with the
   * {@code <h1>}, standfirst and byline next to the {@code <article>}): at most two levels up, never the page's
   * body, without another story, and only for an {@code <h1>} before the text that is no site's name or logo.
   */
  private static Optional<Element> headerBeside(Element best, Document doc) {
    Element up = best;
    for (int level = 0; level < HEADER_LEVELS && up.parent() != null && up.parent() != doc.body(); level++) {
      up = up.parent();
      if (inNoise(up) || !stories(up).stream().allMatch(a -> a == best || a.parents().contains(best))) {
        return Optional.empty();
      }
      Optional<Element> h1 = up.select("h1").stream().filter(h -> !h.text().isBlank()).findFirst();
      if (h1.isPresent()) {
        Element wrapper = up;
        boolean siteName = h1.get().parents().stream().takeWhile(p -> p != wrapper).anyMatch(ArticleRoot::namesTheSite)
            || namesTheSite(h1.get());
        boolean before = h1.get().sourceRange().start().pos() < best.sourceRange().start().pos();
        return siteName || inNoise(h1.get()) || !before ? Optional.empty() : Optional.of(up);
      }
    }
    return Optional.empty();
  }

  private static boolean namesTheSite(Element e) {
    return SITE_NAME.matcher(e.className() + " " + e.id()).find() || Noise.reason(e).isPresent();
  }
}
