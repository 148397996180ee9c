package org.briefing.render;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.model.StoryReads;

/**
 * The plain data that templates see. Every text is plain and gets escaped by the template, except
 * fields whose name ends in {@code Html}; every {@code href} is a path from the host root that
 * already includes the site's sub-path, every {@code url} is absolute.
 */
public final class Views {
  private Views() {}

  /** Site-wide values, the same on every page; {@code dir} is the direction of the site's language, "ltr" or "rtl". */
  public record SiteView(String title, String description, String language, String baseUrl, String root,
      String publisherName, String publisherUrl, String copyright, String cssHref, String feedHref,
      String feedUrl, String faviconHref, Map<String, Object> params, List<MenuItemView> menu, List<MenuItemView> footerMenu,
      String dir, String searchHref) {}

  /**
   * A link of a menu; {@code path} is the site path it leads to ("topics/"), which marks the
   * current section, and empty for a link to another site.
   */
  public record MenuItemView(String label, String href, String path, boolean internal) {}

  /** A page that is not a story: about, contact, ethics. */
  public record SitePageView(String title, String description, String href, String url, String updatedIso, String updatedDisplay,
      String bodyHtml) {}

  /** What every page has: its title, description, canonical address and social card. */
  public record PageView(String kind, String title, String description, String url, String path,
      String imageUrl, String imageAlt, String jsonLdHtml) {}

  /** A link with a label. */
  public record LinkView(String label, String href) {}

  /**
   * A cited source as shown under a story; {@code publisher} and {@code href} name its
   * organisation's page and are empty when it names none.
   */
  public record SourceView(String name, String url, String type, String accessed, String publisher, String href) {}

  /**
   * A story's photo. {@code src} is its widest file; {@code srcset} lists every width ("" for a
   * remote image, a GIF or an SVG, published as they are); {@code width} and {@code height} are the
   * widest file's (0 when unknown); {@code cardUrl} is the 1200×630 crop for social cards, else the
   * photo's own address, or "" for an SVG, which social sites do not show; {@code thumbSrc} its
   * narrowest file, for the small pictures of list pages.
   */
  public record ImageView(String src, String url, String alt, String caption, String credit, String srcset, int width,
      int height, String thumbSrc, String cardUrl, int cardWidth, int cardHeight) {
    /** Whether the credit says what it credits, shown as it is; any other after the theme's photo_credit ("Photo: …"). */
    public boolean creditSaysWhatItIs() {
      return org.briefing.problem.AttributionText.saysWhatItCredits(credit);
    }

    /** A photo published as it is, with no other widths. */
    public ImageView(String src, String url, String alt, String caption, String credit) {
      this(src, url, alt, caption, credit, "", 0, 0, src, url, 0, 0);
    }

    public boolean hasImage() {
      return !src.isEmpty();
    }

    /** The widest file a card's thumbnail offers: 7.5rem at pixel ratio 3 wants 540 px, and the next file is 960. */
    public static final int THUMB_MAX = 480;

    /**
     * The {@code srcset} of a card's thumbnail: the files up to {@link #THUMB_MAX} px wide (the
     * narrowest at least), so that a 3× phone takes the 480 px file, not the 960 px one.
     */
    public String thumbSrcset() {
      StringBuilder kept = new StringBuilder();
      for (String candidate : srcset.split(", ")) {
        int space = candidate.lastIndexOf(' ');
        if (kept.isEmpty() || (space > 0 && Integer.parseInt(candidate.substring(space + 1, candidate.length() - 1)) <= THUMB_MAX)) {
          kept.append(kept.isEmpty() ? "" : ", ").append(candidate);
        }
      }
      return srcset.isEmpty() ? "" : kept.toString();
    }

    /**
     * The {@code sizes} of a card's thumbnail: the width the theme draws the photo at in its 7.5rem
     * square, which a landscape photo fills by its height (object-fit: cover), so wider than the square.
     */
    public String thumbSizes() {
      double rem = height <= 0 || width <= height ? 7.5 : 7.5 * width / height;
      return java.math.BigDecimal.valueOf(Math.ceil(rem * 100) / 100).stripTrailingZeros().toPlainString() + "rem";
    }
  }

  /**
   * One story, with everything any page shows of it; its fingerprint is that of what the view is
   * made from (the story and its edition), so that making a view does not mean taking it apart again.
   */
  public record ArticleView(String title, String slug, String href, String url, String dateIso, String dateDisplay,
      String dateShort, String updatedIso, String updatedDisplay, String lastModifiedIso, String standfirst,
      String summary, String summarySource, String inBrief, List<LinkView> topics, List<String> places, List<String> authors,
      Map<String, List<LinkView>> terms,
      List<SourceView> sources, List<LinkView> publishers, ImageView image, String whyItMattersHtml, List<String> keyPointsHtml,
      String whatsNextHtml, List<LinkView> goDeeper, List<CorrectionView> corrections, StoryText body, int words, int readingMinutes,
      LinkView edition, boolean draft, Map<String, Object> params, String language, String dir, long fingerprint)
      implements org.briefing.fingerprint.Fingerprint.Fingerprinted {

    // Each component is read through its accessor, which notes the read for the page being made
    // (StoryReads.field, by the component's position): a rebuild after an edit renders a page again
    // only when a component its last rendering read has changed. ViewFieldReadsTest checks every one.
    private static final Map<String, Integer> POSITIONS = positions();

    private static Map<String, Integer> positions() {
      Map<String, Integer> positions = new java.util.HashMap<>();
      RecordComponent[] components = ArticleView.class.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        positions.put(components[i].getName(), i);
      }
      return positions;
    }

    private <T> T read(String component, T value) {
      return StoryReads.field(POSITIONS.get(component), value, this);
    }

    public String title() {
      return read("title", title);
    }

    public String slug() {
      return read("slug", slug);
    }

    public String href() {
      return read("href", href);
    }

    public String url() {
      return read("url", url);
    }

    public String dateIso() {
      return read("dateIso", dateIso);
    }

    public String dateDisplay() {
      return read("dateDisplay", dateDisplay);
    }

    public String dateShort() {
      return read("dateShort", dateShort);
    }

    public String updatedIso() {
      return read("updatedIso", updatedIso);
    }

    public String updatedDisplay() {
      return read("updatedDisplay", updatedDisplay);
    }

    public String lastModifiedIso() {
      return read("lastModifiedIso", lastModifiedIso);
    }

    public String standfirst() {
      return read("standfirst", standfirst);
    }

    public String summary() {
      return read("summary", summary);
    }

    public String summarySource() {
      return read("summarySource", summarySource);
    }

    public String inBrief() {
      return read("inBrief", inBrief);
    }

    public List<LinkView> topics() {
      return read("topics", topics);
    }

    public List<String> places() {
      return read("places", places);
    }

    public List<String> authors() {
      return read("authors", authors);
    }

    public Map<String, List<LinkView>> terms() {
      return read("terms", terms);
    }

    public List<SourceView> sources() {
      return read("sources", sources);
    }

    public List<LinkView> publishers() {
      return read("publishers", publishers);
    }

    public ImageView image() {
      return read("image", image);
    }

    public String whyItMattersHtml() {
      return read("whyItMattersHtml", whyItMattersHtml);
    }

    public List<String> keyPointsHtml() {
      return read("keyPointsHtml", keyPointsHtml);
    }

    public String whatsNextHtml() {
      return read("whatsNextHtml", whatsNextHtml);
    }

    public List<LinkView> goDeeper() {
      return read("goDeeper", goDeeper);
    }

    public List<CorrectionView> corrections() {
      return read("corrections", corrections);
    }

    public StoryText body() {
      return read("body", body);
    }

    public int words() {
      return read("words", words);
    }

    public int readingMinutes() {
      return read("readingMinutes", readingMinutes);
    }

    public LinkView edition() {
      return read("edition", edition);
    }

    public boolean draft() {
      return read("draft", draft);
    }

    public Map<String, Object> params() {
      return read("params", params);
    }

    public String language() {
      return read("language", language);
    }

    public String dir() {
      return read("dir", dir);
    }

    /** The story's text as HTML; read from the build cache only when a page shows it. */
    public String bodyHtml() {
      return body().html();
    }

    /**
     * The story's text as HTML with every address of its links and pictures in full, read from the
     * story's page: for the feeds, whose readers resolve no address against it (docs/links.md).
     */
    public String feedBodyHtml() {
      return AbsoluteHtml.of(bodyHtml(), url());
    }

    /**
     * This view for a page away from the story's own (an edition's email): every address of its
     * HTML (why it matters, key points, what's next, its text) in full, read from the story's page,
     * where HTML written in Markdown is published as written and its relative addresses are read
     * from there. Its components are taken as they are, not read: the page that asks has read the story.
     */
    ArticleView inFull() {
      return new ArticleView(title, slug, href, url, dateIso, dateDisplay, dateShort, updatedIso, updatedDisplay, lastModifiedIso,
          standfirst, summary, summarySource, inBrief, topics, places, authors, terms, sources, publishers, image, full(whyItMattersHtml),
          keyPointsHtml == null ? null : keyPointsHtml.stream().map(this::full).toList(), full(whatsNextHtml), goDeeper, corrections,
          body == null ? null : body.inFull(url), words, readingMinutes, edition, draft, params, language, dir, fingerprint);
    }

    private String full(String html) {
      return html == null ? null : AbsoluteHtml.of(html, url);
    }

    /** The components whose values differ between {@code a} and {@code b}, as {@link StoryReads#field} notes them; the fingerprint is not one. */
    static long differing(ArticleView a, ArticleView b) {
      long mask = 0;
      RecordComponent[] components = ArticleView.class.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (!components[i].getName().equals("fingerprint") && !same(value(components[i], a), value(components[i], b))) {
          mask |= 1L << i;
        }
      }
      return mask;
    }

    /**
     * Whether two values print alike: equal, and maps with their entries in the same order (a
     * story's params keep the order of its file, and a template that lists them prints that order).
     */
    private static boolean same(Object a, Object b) {
      if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> n) {
        return m.size() == n.size() && same(new java.util.ArrayList<>(m.entrySet()), new java.util.ArrayList<>(n.entrySet()));
      } else if (a instanceof List<?> l && b instanceof List<?> k) {
        if (l.size() != k.size()) {
          return false;
        }
        for (int i = 0; i < l.size(); i++) {
          if (!same(l.get(i), k.get(i))) {
            return false;
          }
        }
        return true;
      } else if (a instanceof Map.Entry<?, ?> e && b instanceof Map.Entry<?, ?> f) {
        return Objects.equals(e.getKey(), f.getKey()) && same(e.getValue(), f.getValue());
      }
      return Objects.equals(a, b);
    }

    private static Object value(RecordComponent component, ArticleView view) {
      try {
        return component.getAccessor().invoke(view);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Equal views: every component equal, each read as a template reads it. */
    @Override
    public boolean equals(Object other) {
      return other instanceof ArticleView view && differing(this, view) == 0 && fingerprint == view.fingerprint;
    }

    @Override
    public int hashCode() {
      return Objects.hash(title(), href(), Long.hashCode(fingerprint));
    }

    /** As a record prints itself, less its fingerprint, which is made of the story file's path: a template may print a view whole. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("ArticleView[");
      for (java.lang.reflect.RecordComponent c : ArticleView.class.getRecordComponents()) {
        if (!c.getName().equals("fingerprint")) {
          try {
            text.append(text.length() > 12 ? ", " : "").append(c.getName()).append('=').append(c.getAccessor().invoke(this));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return text.append(']').toString();
    }
  }

  /**
   * A story's text, made into HTML only when a page shows it. A build holds it in memory or reads
   * it again from the story's unchanged file, and a template that prints it, or the whole view,
   * sees the same either way: it prints as its HTML and is equal to a text of the same fingerprint.
   */
  public static final class StoryText {
    private final org.briefing.model.Body body;
    /** The address of the page its addresses are read from and written in full ({@link ArticleView#inFull}); null for as published. */
    private final String fullFrom;

    public StoryText(org.briefing.model.Body body) {
      this(body, null);
    }

    private StoryText(org.briefing.model.Body body, String fullFrom) {
      this.body = body;
      this.fullFrom = fullFrom;
    }

    StoryText inFull(String pageUrl) {
      return new StoryText(body, pageUrl);
    }

    String html() {
      return fullFrom == null ? body.html() : AbsoluteHtml.of(body.html(), fullFrom);
    }

    @Override
    public String toString() {
      return html();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof StoryText text && text.body.fingerprint() == body.fingerprint() && Objects.equals(text.fullFrom, fullFrom);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(body.fingerprint());
    }
  }

  /** A correction, clarification or update of a story: its kind ("correction") and label ("Correction"), date and text. */
  public record CorrectionView(String kind, String label, String dateIso, String dateDisplay, String text) {}

  /** A line of the corrections page: a correction and the story it belongs to. */
  public record CorrectionEntryView(CorrectionView correction, ArticleView article) {}

  /**
   * What an Atom feed says of itself: its title, id, own address, the page it follows, and
   * whether its entries carry the stories' text or only their summaries.
   */
  public record FeedView(String title, String id, String selfUrl, String pageUrl, boolean fullText) {}

  /** A briefing edition. */
  public record EditionView(String title, String dateIso, String dateDisplay, String href, String url,
      String noteHtml, List<ArticleView> stories) {}

  /** A link to an edition, with how many stories it has. */
  public record EditionLinkView(String title, String dateIso, String dateDisplay, String href, int count) {}

  /** A source organisation with its stories. */
  public record GroupView(String name, String slug, String href, String url, String type, int count,
      List<ArticleView> articles) {}

  /**
   * A term of a grouping (a topic, a place, an author, a series) with its stories or those of one
   * of its pages; what its term file declares is empty (null for the photo) when it declares nothing.
   *
   * @param count how many stories the term has in all
   * @param links addresses about the term elsewhere, from its term file
   */
  public record TermView(String name, String slug, String href, String url, String feedHref, int count,
      List<ArticleView> articles, boolean declared, String description, String role, String bio, ImageView photo,
      List<String> links) {}

  /**
   * A grouping as its pages name it: its name ("authors"), the index's title ("Authors"), what
   * one term is called ("Author"), its index's address and its terms' schema.org type ("Person", "Place" or "").
   */
  public record GroupingView(String name, String title, String label, String href, String url, String schema, boolean feeds) {}

  /** A document that names no organisation, as the sources index lists it: its title, link and the stories citing it. */
  public record DocumentView(String name, String url, String type, List<ArticleView> articles) {}

  /** Where a list page is among the pages of its list: links to the neighbours, null where there is none. */
  public record PagerView(int page, int pages, String newerHref, String olderHref) {}

  /** The search page: its script, the folder of the index, and where a reader without JavaScript is sent. */
  public record SearchView(String scriptHref, String indexHref, String archiveHref) {}

  /** A month of the archive, with its stories (empty where a page only links to the month). */
  public record MonthView(String label, String id, String href, int count, List<ArticleView> articles) {}

  /**
   * What an edition's email adds to the edition: its subject, the preheader clients show after it,
   * the web version, the unsubscribe address (its places left empty in the copy published with the
   * site), the message's date and id, and plain-text versions of the HTML fields for the text part.
   */
  public record EmailView(String subject, String preheader, String browserUrl, String archiveUrl, String unsubscribeUrl,
      String fromName, String dateIso, String messageId, String noteText, List<EmailStoryText> stories) {}

  /** The HTML fields of a story as plain text, for the text part of its edition's email. */
  public record EmailStoryText(String whyItMatters, List<String> keyPoints, String whatsNext) {}
}
