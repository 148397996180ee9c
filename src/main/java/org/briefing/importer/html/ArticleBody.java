package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.importer.MarkdownText;
import org.briefing.importer.Organisations;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.Boilerplate;
import org.briefing.importer.text.Dateline;
import org.briefing.importer.text.EditorNotes;
import org.briefing.importer.text.NotesSection;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns the story's element into Markdown blocks, reporting every part of it that it leaves out. */
final class ArticleBody {
  private static final Set<String> DATE_LABELS = Set.of("published", "updated", "posted", "modified", "first", "last", "on",
      "at", "date", "and");
  /** Blocks whose words are a sentence or a cell, where a class name takes no words out. */
  private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
      "figcaption", "caption", "dd", "dt", "pre", "address", "q", "cite");
  /** The parts of the story's header read as they stand: its headline, paragraphs, photos and their markup. */
  private static final Set<String> HEADER_READ = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "figure", "picture", "img",
      "amp-img", "blockquote", "ul", "ol", "table");
  /** The most words of a label or tool beside the headline ("Gift this article"). */
  private static final int HEADER_LABEL_WORDS = 5;
  private static final String HEADER_LABEL = "a label or tool of the article's header (kicker, 'Gift this article')";
  /** A tool of the header under its headline: "Gift this article", "Save story", "Share". */
  private static final Pattern HEADER_TOOL = Pattern.compile(
      "(?i)(?:gift|share|save|bookmark|print|email|listen to)(?: this)?(?: article| story| link)?");
  private final StoryDraft story;
  private final Inline inline;
  private final Quotation quotation;
  private final EmbedReport embeds;
  /** Lists, tables, preformatted text and captions, written as they stand. */
  private final ListsAndTables blocks;
  private int paragraphs;
  private PageNotes notes;

  ArticleBody(StoryDraft story, String canonical) {
    this.story = story;
    this.embeds = new EmbedReport(story);
    this.inline = new Inline(canonical, this::drop, this::address);
    this.blocks = new ListsAndTables(story, inline);
    this.quotation = new Quotation(inline, this::drop, blocks::embargo);
  }

  void read(Element root) {
    this.notes = new PageNotes(story, root);
    children(root);
    embeds.noteScripts();
  }

  private void children(Element parent) {
    List<Node> loose = new ArrayList<>();
    for (Node node : parent.childNodes()) {
      if (node instanceof Element e && e.hasAttr("data-briefing-used")) {
        continue; // read already: a photo's credit beside its caption
      } else if (node instanceof TextNode || node instanceof Element e && Inline.isInline(e)) {
        loose.add(node);
      } else if (node instanceof Element e) {
        flushLoose(loose, parent);
        element(e);
      }
    }
    flushLoose(loose, parent);
  }

  /** Text and inline elements directly in a block, between its child blocks: read as a paragraph. */
  private void flushLoose(List<Node> loose, Element parent) {
    for (List<Node> run : parent.normalName().equals("p") ? List.of(loose) : BreakRuns.of(loose)) {
      if (onlyLabels(run, parent)) {
        boolean amongText = amongParagraphs(run, parent);
        run.stream().filter(n -> n instanceof Element).map(n -> (Element) n).forEach(e -> drop(e, Noise.label(e, amongText).orElseThrow()));
        continue;
      }
      String text = run.stream().map(ArticleBody::text).collect(Collectors.joining()).replaceAll("\\s+", " ").strip();
      block(run, text, parent);
    }
    loose.clear();
  }

  /**
   * A run of inline elements outside any paragraph made only of furniture or labels, with nothing but spaces
   * between them: a live post's "Pinned post 21:40 GMT", a post's "Posted in ... Tagged ...".
   */
  private static boolean onlyLabels(List<Node> loose, Element parent) {
    if (TEXT_BLOCKS.contains(parent.normalName()) || loose.stream().allMatch(n -> text(n).isBlank())) {
      return false;
    }
    boolean amongText = amongParagraphs(loose, parent);
    return loose.stream().allMatch(n -> n instanceof TextNode t ? t.isBlank()
        : n instanceof Element e && Noise.label(e, amongText).isPresent() && !BreakRuns.dateWithoutDay(e.text()));
  }

  /**
   * Whether a run stands between a block's paragraphs, below text of the block: a diary's day ("Tuesday 1 December")
   * over its entry, which a date's class does not make a label. A live post's labels open their post or stand in a
   * line of their own ({@code <div class=post-meta>}).
   */
  private static boolean amongParagraphs(List<Node> loose, Element parent) {
    Node first = loose.get(0);
    boolean textBefore = parent.childNodes().stream().takeWhile(n -> n != first).anyMatch(n -> !text(n).isBlank());
    return textBefore && parent.children().stream().anyMatch(c -> c.normalName().equals("p"));
  }

  private void block(List<Node> nodes, String text, Element at) {
    if (text.isEmpty()) {
      return;
    }
    int line = firstLine(nodes, at);
    boolean paragraph = at.normalName().equals("p");
    // notes stand after the story: a "Notes to editors" line above it is a note of its own
    if (paragraph && !notes.planned(at) && !story.body().isEmpty() && NotesSection.heading(text)) {
      if (!notes.heading(at, line, text)) {
        paragraph(text, inline.markdown(nodes), line);
      }
      return;
    }
    notes.read(text);
    if (isDateLine(nodes)) {
      story.note(ReportEntry.dropped(List.of(line), text, "the page's date line; the date comes from the metadata"));
      return;
    }
    if (paragraph && EmbargoParagraphs.leaveOut(story, at, text, line)) {
      return;
    }
    // a note to editors on the first line takes the paragraph; an embargo on any line takes its line alone
    String first = FirstLine.of(nodes);
    if (!EditorNotes.isEmbargo(first) && EditorNotes.leaveOut(story, List.of(line), first, text)) {
      return;
    }
    List<List<Node>> kept = FirstLine.withoutEmbargo(story, nodes, text, line);
    if (kept.size() == 1 && kept.get(0) == nodes) {
      paragraph(text, inline.markdown(nodes), line);
      return;
    }
    kept.forEach(p -> paragraph(FirstLine.text(p), inline.markdown(p), firstLine(p, at)));
  }

  /** The line of the first words of a run of text, which may start well below the line of the block holding it. */
  private static int firstLine(List<Node> nodes, Element at) {
    return nodes.stream().filter(n -> !text(n).isBlank()).findFirst()
        .map(n -> n.sourceRange().start().lineNumber()).filter(l -> l > 0).orElse(line(at));
  }

  /** A block that holds a {@code <time>} and nothing else but its label ("Published", "Updated on"). */
  private static boolean isDateLine(List<Node> nodes) {
    String rest = nodes.stream().map(ArticleBody::text).collect(Collectors.joining(" "));
    boolean time = false;
    for (Node node : nodes) {
      if (node instanceof Element e) {
        for (Element t : e.normalName().equals("time") ? List.of(e) : e.select("time")) {
          time = time || !BreakRuns.dateWithoutDay(t.text()); // a timeline's "May 1911" dates no page
          rest = rest.replace(t.text(), " ");
        }
      }
    }
    return time && Arrays.stream(rest.split("[^\\p{L}\\p{N}]+")).allMatch(w -> w.isEmpty() || DATE_LABELS.contains(w.toLowerCase(Locale.ROOT)));
  }

  private static String text(Node node) {
    return node instanceof TextNode t ? t.getWholeText() : node instanceof Element e ? e.text() : "";
  }

  private void element(Element e) {
    if (e.hasAttr("data-briefing-used")) {
      return;
    }
    if (ArticleFooter.isTheArticles(e)) {
      ArticleFooter.read(story, e, this::drop);
      return;
    }
    if (ReadersNote.isAside(e)) {
      children(e); // a correction in an aside is for readers
      return;
    }
    Optional<String> noise = Noise.reason(e);
    if (noise.isPresent()) {
      drop(e, noise.get());
      return;
    }
    if (e.normalName().equals("header") && e.selectFirst("h1") != null) {
      headerLabels(e);
    }
    Optional<String> bylineRest = BylineRest.of(e);
    if (bylineRest.isPresent()) {
      if (!bylineRest.get().isEmpty()) {
        story.note(ReportEntry.dropped(List.of(line(e)), bylineRest.get(), BylineRest.REASON));
      }
      return;
    }
    NotesSection.Verdict verdict = notes.verdict(e);
    if (verdict == NotesSection.Verdict.NOTES) {
      NotesSection.leaveOut(story, List.of(line(e)), e.text().strip());
      return;
    }
    if (verdict == NotesSection.Verdict.UNSURE) {
      NotesSection.reportKept(story, line(e), false);
    }
    switch (e.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e);
      case "p" -> block(e.childNodes(), e.text().strip(), e);
      case "ul", "ol" -> blocks.list(e);
      case "blockquote" -> quotation.markdown(e).ifPresent(story.body()::add);
      case "figure" -> figure(e);
      case "table" -> blocks.table(e);
      case "pre" -> blocks.pre(e);
      case "dl" -> definitions(e);
      case "figcaption", "caption" -> blocks.caption(e);
      case "video", "audio", "amp-video", "amp-audio" -> embeds.media(e);
      case "img", "amp-img", "picture", "hr" -> { }
      default -> {
        if (FigurePhoto.isCaptionedPhoto(e)) {
          figure(e);
        } else {
          children(e);
        }
      }
    }
  }

  /**
   * Leaves out the labels and tools of the story's {@code <header>} (the one with its {@code <h1>}): a block of a short
   * line with no sentence's end above the headline (a kicker, "Politics"), and below it a tool ("Gift this article",
   * "Share this article", "5 min read"). A short line under the headline is the story's (a standfirst, "Forty drivers
   * stuck overnight"), and a paragraph, heading or figure of the header, and a block holding what the header gives,
   * are read.
   */
  private void headerLabels(Element header) {
    boolean above = true;
    for (Element c : header.children()) {
      String text = c.text().strip();
      boolean headline = c.normalName().equals("h1") || c.selectFirst("h1") != null;
      above = above && !headline;
      if (!HEADER_READ.contains(c.normalName()) && !c.hasAttr("data-briefing-used") && c.select("[data-briefing-used], h1, p, img").isEmpty()
          && !text.isEmpty() && text.split("\\s+").length <= HEADER_LABEL_WORDS && !text.matches(".*[.!?:;\"”’)]$")
          && (above || HEADER_TOOL.matcher(text).matches() || Boilerplate.reason(text).isPresent())) {
        drop(c, HEADER_LABEL);
        c.attr("data-briefing-used", "header-label");
      }
    }
  }

  private void heading(Element e) {
    String text = HeadingText.of(e, this::drop);
    notes.read(text);
    // notes stand after the story: a "Notes to editors" heading above it is a note of its own
    boolean notesHeading = !notes.planned(e) && !story.body().isEmpty() && NotesSection.heading(text);
    if (notesHeading && notes.heading(e, line(e), text)
        || !notesHeading && (text.isEmpty() || EditorNotes.leaveOut(story, List.of(line(e)), text, text))) {
      return;
    }
    int level = Math.max(2, Math.min(4, e.normalName().charAt(1) - '0'));
    story.body().add("#".repeat(level) + " " + MarkdownText.escapeInline(text).strip());
  }

  private void paragraph(String text, String markdown, int line) {
    if (text.isEmpty()) {
      return;
    }
    // a pointer that holds a link is furniture, though its words may read as a sentence
    Optional<String> boilerplate = Boilerplate.reason(text)
        .or(() -> Boilerplate.pointerSentence(text) && markdown.contains("](") ? Optional.of("web page furniture") : Optional.empty());
    if (boilerplate.isPresent()) {
      story.note(ReportEntry.dropped(List.of(line), text, boilerplate.get()));
      return;
    }
    if (ArticleFooter.trailer(story, text, line, "trailer")) {
      return;
    }
    if (paragraphs++ < 2) {
      Dateline.parse(text).ifPresent(d -> {
        d.places().forEach(story::addPlace);
        story.note(ReportEntry.inferred("places", line, d.places(), "dateline '" + d.text() + "'"));
        if (!d.agency().isEmpty()) {
          story.addSource(Organisations.source(d.agency(), ""));
          story.note(ReportEntry.inferred("sources", line, List.of(d.agency()), "dateline '" + d.text() + "'"));
        }
      });
    }
    story.body().add(markdown);
  }

  private void figure(Element e) {
    Element img = FigurePhoto.photo(e);
    if (img == null) {
      textFigure(e);
      return;
    }
    Element figcaption = FigurePhoto.caption(e);
    if (figcaption != null) {
      figcaption.attr("data-briefing-used", "caption");
    }
    FigurePhoto.read(story, e, img, figcaption);
    // a lazy-loaded photo's copy for browsers without scripts is the same photo, not a script
    e.select("noscript").stream().filter(n -> n.text().isBlank() && n.select(EmbedReport.EMBEDDED).isEmpty() && n.selectFirst("img") != null)
        .forEach(n -> n.attr("data-briefing-used", "photo"));
    children(e);
  }

  /** A figure without a photo (a pull quote, a table, a chart's text) is story text, its caption too. */
  private void textFigure(Element e) {
    Quotation.pullQuoteCaption(e).ifPresent(c -> c.attr("data-briefing-used", "attribution"));
    children(e);
  }

  /** A definition list: a term over its definition that make an embargo together ("Embargo" over "00:01 GMT ...") are left out, as a table's row is. */
  private void definitions(Element e) {
    for (Element dt : e.children()) {
      Element dd = dt.nextElementSibling();
      if (dt.normalName().equals("dt") && dd != null && dd.normalName().equals("dd")
          && blocks.embargo((dt.text() + " " + dd.text()).strip(), line(dt))) {
        dt.attr("data-briefing-used", "embargo");
        dd.attr("data-briefing-used", "embargo");
      }
    }
    children(e);
  }

  private void drop(Element e, String reason) {
    if (embeds.report(e, reason)) {
      return;
    }
    String text = e.text().strip();
    if (!text.isEmpty()) {
      story.note(ReportEntry.dropped(List.of(line(e)), text, reason));
    }
  }

  /** A link's address that the story cannot keep: reported with its words, which stay in the text. */
  private void address(Element link, String href) {
    String why = href.startsWith("#") ? "it is a place on the saved page itself, whose anchor the story does not have"
        : href.matches("(?i)(https?|mailto):.*") ? "it has a space, a bracket or another character a story's link cannot hold"
        : href.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? "its scheme is none a story's link may have (http:, https:, mailto:)"
        : "it is a place on the page's own site, and the page names no address of its own (a canonical URL) to make it whole";
    story.note(new ReportEntry(ReportEntry.Kind.DROPPED, "", List.of(line(link)), List.of(), href,
        "the address of the link '" + link.text().strip() + "', left out as " + why + "; its words stay in the text"));
  }

  static int line(Element e) {
    return Integer.parseInt(PageMetadata.line(e));
  }
}
