package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.importer.LeftOut;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.Attribution;
import org.briefing.importer.text.EmbargoOpening;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a news page saved from a browser: headline, standfirst, dates, authors, canonical URL and
 * publisher from the article markup, OpenGraph and JSON-LD; the body from the article element,
 * without navigation, ads, related links, scripts and comments.
 */
public final class HtmlImporter {
  /** The report's reason for an element the page hides, which is left out. */
  public static final String HIDDEN = "hidden element";

  /**
   * A standfirst's class ({@code standfirst}, {@code dek}, {@code article-lead}, {@code lede-text}); not the wrapper of
   * the lead photo or video ({@code lead-art}, {@code lead-image}, {@code lede-media}), whose text is its caption.
   */
  private static final Pattern STANDFIRST = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:standfirst|dek|deck|subtitle|sub-title|subheadline|summary|lede|lead|intro|strapline|description|excerpt)"
      + "(?:$| |[-_](?![-_]?(?:art|image|img|media|photo|picture|figure|video|asset|gallery)s?(?:$|[-_ ])))");
  private static final Set<String> QUOTED = Set.of("blockquote", "q", "cite", "figure", "figcaption");
  private static final Pattern HEADLINE = Pattern.compile(
      "(?i)(?:^|[-_ ])(?:entry-title|post-title|article-title|story-title|headline|article-headline|story-headline)(?:$|[-_ ])");
  private static final Pattern BYLINE = Pattern.compile("(?i)(?:^|[-_ ])(?:byline|author|authors|contributor)(?:$|[-_ ])");

  private HtmlImporter() {}

  public static StoryDraft read(String html) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    StoryDraft story = new StoryDraft();
    PageMetadata meta = new PageMetadata(doc);
    String canonical = meta.canonical();
    Element root = ArticleRoot.find(doc);
    for (Element other : ArticleRoot.otherStories(doc, root)) {
      story.note(ReportEntry.dropped(List.of(Integer.parseInt(PageMetadata.line(other))), other.text().strip(),
          "another story on the page (a feed of articles loaded under this one): only the page's own article is imported"));
    }
    title(root, doc, meta, story);
    meta.dates(story);
    authors(root, meta, story);
    Element standfirst = standfirst(root, doc, story);
    new ArticleBody(story, canonical).read(root);
    if (standfirst == null) {
      metaStandfirst(meta, story);
    }
    meta.publisher(story, canonical);
    return story;
  }

  private static void title(Element root, Document doc, PageMetadata meta, StoryDraft story) {
    Element h1 = Optional.ofNullable(root.selectFirst("h1")).or(() -> ownHeading(root, meta))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).filter(h -> meta.headline().isEmpty() || same(h.text(), meta.headline().get()[0])))
        .orElse(null);
    String shown = h1 == null ? "" : HeadingText.of(h1, (e, reason) -> {
      if (!e.text().isBlank()) {
        story.note(ReportEntry.dropped(List.of(Integer.parseInt(PageMetadata.line(e))), e.text().strip(), reason));
      }
    });
    String headline = h1 == null ? "" : EmbargoOpening.leaveOut(story, List.of(Integer.parseInt(PageMetadata.line(h1))), shown);
    if (h1 != null && headline.isEmpty()) {
      h1.attr("data-briefing-used", "embargo"); // the embargo alone: the metadata's title is the headline
    }
    if (!headline.isEmpty()) {
      story.title(headline);
      story.note(ReportEntry.moved("title", List.of(Integer.parseInt(PageMetadata.line(h1))), List.of(story.title()), "",
          "the page's <" + h1.normalName() + ">"));
      h1.attr("data-briefing-used", "title");
      return;
    }
    String title = EmbargoOpening.leaveOut(story, List.of(), meta.title());
    if (!title.isBlank()) {
      story.title(title);
      story.note(ReportEntry.unsure(0, "no <h1> headline; the title was taken from the page's metadata: check it"));
    }
  }

  /**
   * The headline of an article without an {@code <h1>}: a heading above its first paragraph whose class names a
   * headline ({@code entry-title}, {@code post-title}, {@code headline}) or whose words are the page's own headline.
   */
  private static Optional<Element> ownHeading(Element root, PageMetadata meta) {
    Element first = root.selectFirst("h2, h3");
    Element paragraph = root.selectFirst("p");
    if (first == null || first.text().isBlank()
        || paragraph != null && paragraph.sourceRange().start().pos() < first.sourceRange().start().pos()) {
      return Optional.empty();
    }
    boolean named = HEADLINE.matcher(first.className()).find();
    return named || meta.headline().filter(t -> same(t[0], first.text())).isPresent() ? Optional.of(first) : Optional.empty();
  }

  private static boolean same(String a, String b) {
    return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
  }

  private static void authors(Element root, PageMetadata meta, StoryDraft story) {
    for (Element byline : root.select("*")) {
      if (byline == root || !bylineNamed(byline)
          || byline.parents().stream().anyMatch(p -> p.hasAttr("data-briefing-used")) || !ofTheStory(byline, root)
          || inASentence(byline, root)) {
        continue;
      }
      List<Element> names = nameParts(byline);
      if (names.isEmpty()) {
        read(byline, story);
        continue;
      }
      // the names are the name elements' own words; what stands between them (a place, a date) is reported
      List<String> values = new ArrayList<>();
      names.forEach(n -> values.addAll(read(n, story)));
      byline.attr("data-briefing-used", "byline");
      String rest = LeftOut.of(BylineWords.of(byline), values);
      if (!rest.isEmpty()) {
        story.note(ReportEntry.dropped(List.of(Integer.parseInt(PageMetadata.line(byline))), rest, BylineRest.REASON));
      }
    }
    if (story.authors().isEmpty()) {
      meta.authors(story);
    }
  }

  /** Reads the authors and sources of a byline element; the values read, or none when it is no byline. */
  private static List<String> read(Element byline, StoryDraft story) {
    String text = BylineWords.of(byline);
    Optional<Attribution> parsed = text.isEmpty() ? Optional.empty() : byline(text);
    if (parsed.isEmpty()) {
      return List.of();
    }
    Attribution a = parsed.get();
    a.authors().forEach(story::addAuthor);
    a.sources().forEach(story::addSource);
    byline.attr("data-briefing-used", "byline");
    story.note(ReportEntry.moved(a.bylineFields(), List.of(Integer.parseInt(PageMetadata.line(byline))),
        a.values(), LeftOut.of(text, a.values()), "byline in the article"));
    return a.values();
  }

  private static Optional<Attribution> byline(String text) {
    return Attribution.byline(text.matches("(?i)^by\\s.*") ? text : "By " + text);
  }

  /**
   * The elements of a byline block that hold its authors' names ({@code <span class=author-name>}), outermost first:
   * the names are read from those, and the words between them (the dateline's place, a date) are no part of a name.
   */
  private static List<Element> nameParts(Element byline) {
    List<Element> parts = new ArrayList<>();
    for (Element e : byline.select("*")) {
      if (e != byline && bylineNamed(e) && parts.stream().noneMatch(p -> e.parents().contains(p))
          && byline(BylineWords.of(e)).map(a -> !a.authors().isEmpty()).orElse(false)) {
        parts.add(e);
      }
    }
    return parts;
  }

  /** Whether an element's class, {@code rel}, {@code itemprop} or {@code data-component} names a byline or author. */
  private static boolean bylineNamed(Element e) {
    return BYLINE.matcher(e.className() + " " + e.attr("rel") + " " + e.attr("itemprop") + " " + e.attr("data-component")).find();
  }

  /**
   * Whether an element that looks like a byline is a name in the story's running text ("a memoir
   * by <a class=author-link>Ana Diaz</a>, out this week"): its paragraph says more before it than
   * "by" and the names of other such elements. A byline starts its paragraph, whatever follows
   * ("By Ana Diaz in Paris", a date); a name the story mentions does not.
   */
  private static boolean inASentence(Element byline, Element root) {
    for (Element x = byline.parent(); x != null && x != root; x = x.parent()) {
      if (x.normalName().equals("p") || x.normalName().equals("li")) {
        String text = x.text();
        int at = text.indexOf(byline.text());
        String before = at < 0 ? "" : text.substring(0, at);
        for (Element named : x.select("*")) {
          if (named != byline && BYLINE.matcher(named.className() + " " + named.attr("rel") + " " + named.attr("itemprop")).find()) {
            before = before.replace(named.text(), " ");
          }
        }
        return !before.replaceAll("(?i)\\b(?:by|and|with)\\b|[\\p{P}\\p{Z}\\s]", "").isEmpty();
      }
    }
    return false;
  }

  /**
   * Whether an element can name the story's authors: not a person quoted (in a quotation, a cite, a figure) and not
   * in page furniture the body leaves out (comments, asides, related stories). The article's own footer may hold
   * its byline, so a footer does not count as furniture here.
   */
  private static boolean ofTheStory(Element e, Element root) {
    for (Element x = e; x != null && x != root; x = x.parent()) {
      if (QUOTED.contains(x.normalName()) || !x.normalName().equals("footer") && Noise.reason(x).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static Element standfirst(Element root, Document doc, StoryDraft story) {
    Elements candidates = root.select("p, div, h2");
    for (Element e : candidates) {
      String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
      if (STANDFIRST.matcher(names).find() && !e.text().isBlank() && e.text().length() < 600 && e.select("p").size() <= 1
          && e.parents().stream().noneMatch(p -> p.hasAttr("data-briefing-used")) && ofTheStory(e, root)) {
        e.attr("data-briefing-used", "standfirst");
        // an embargo over the standfirst is left out as a paragraph's, its own words stay
        story.standfirst(EmbargoOpening.leaveOut(story, List.of(Integer.parseInt(PageMetadata.line(e))), e.text().strip()));
        if (story.standfirst().isEmpty()) {
          return e;
        }
        story.note(ReportEntry.moved("standfirst", List.of(Integer.parseInt(PageMetadata.line(e))), List.of(story.standfirst()), "",
            "the article's standfirst (class '" + names.strip() + "')"));
        return e;
      }
    }
    return null;
  }

  private static void metaStandfirst(PageMetadata meta, StoryDraft story) {
    Optional<String[]> description = meta.value("description", "og:description", "description", "twitter:description");
    if (description.isEmpty()) {
      return;
    }
    String text = EmbargoOpening.leaveOut(story, List.of(Integer.parseInt(description.get()[2])), description.get()[0].replaceAll("\\s+", " "));
    if (text.isEmpty()) {
      return;
    }
    String first = story.body().isEmpty() ? "" : story.body().get(0).replace("\\", "");
    String stem = text.replaceAll("(?:\\.\\.\\.|…)$", "").strip();
    if (!stem.isEmpty() && first.startsWith(stem)) {
      story.note(ReportEntry.note("the page's description repeats the first paragraph; no standfirst written"));
      return;
    }
    story.standfirst(text);
    story.note(ReportEntry.inferred("standfirst", Integer.parseInt(description.get()[2]), List.of(text),
        description.get()[1] + " (not shown in the article text: check it reads as a standfirst)"));
  }
}
