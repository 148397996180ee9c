package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads a {@code <blockquote>} into a Markdown quotation that keeps every paragraph and who is quoted. */
final class Quotation {
  private static final Pattern QUOTE_SPEAKER = Pattern.compile("(?i)(?:^|[-_ ])(?:attribution|author|speaker|source|byline)(?:$|[-_ ])");
  private final Inline inline;
  private final BiConsumer<Element, String> leftOut;
  /** Leaves out a paragraph, given its text and input line, that is an embargo. */
  private final BiPredicate<String, Integer> embargo;

  Quotation(Inline inline, BiConsumer<Element, String> leftOut, BiPredicate<String, Integer> embargo) {
    this.inline = inline;
    this.leftOut = leftOut;
    this.embargo = embargo;
  }

  /** The quotation as Markdown ({@code > } lines), its speaker last; empty when it holds no text. */
  Optional<String> markdown(Element e) {
    List<String> paragraphs = new ArrayList<>();
    List<String> attributions = new ArrayList<>();
    parts(e, paragraphs, attributions);
    e.parents().stream().filter(p -> p.normalName().equals("figure")).findFirst().flatMap(Quotation::pullQuoteCaption)
        .ifPresent(caption -> attributions.add(speaker(caption)));
    attributions.forEach(a -> paragraphs.add("— " + a));
    return paragraphs.isEmpty() ? Optional.empty() : Optional.of("> " + String.join("\n>\n> ", paragraphs));
  }

  /** Reads a quotation's paragraphs in order, and apart from them who said it (its footer or cite). */
  private void parts(Element parent, List<String> paragraphs, List<String> attributions) {
    List<Node> loose = new ArrayList<>();
    for (Node node : parent.childNodes()) {
      if (node instanceof Element e && isAttribution(e)) {
        String speaker = speaker(e);
        if (!speaker.isBlank()) {
          attributions.add(speaker);
        }
      } else if (node instanceof TextNode || node instanceof Element e && Inline.isInline(e)) {
        loose.add(node);
      } else if (node instanceof Element e) {
        addParagraph(loose, paragraphs);
        loose.clear();
        Optional<String> noise = Noise.reason(e);
        if (noise.isPresent()) {
          leftOut.accept(e, noise.get());
        } else if (e.normalName().equals("p")) {
          addParagraph(e.childNodes(), paragraphs);
        } else {
          parts(e, paragraphs, attributions);
        }
      }
    }
    addParagraph(loose, paragraphs);
  }

  private void addParagraph(List<Node> nodes, List<String> paragraphs) {
    String text = FirstLine.text(nodes);
    int line = nodes.stream().filter(n -> !(n instanceof TextNode t && t.isBlank())).findFirst()
        .map(n -> n.sourceRange().start().lineNumber()).orElse(0);
    if (!text.isEmpty() && embargo.test(text, line)) {
      return;
    }
    String markdown = inline.markdown(nodes);
    if (!markdown.isBlank()) {
      paragraphs.add(markdown);
    }
  }

  private String speaker(Element attribution) {
    return inline.markdown(attribution).replaceFirst("^\\\\?[-–—―]+\\s*", "");
  }

  /** The HTML way to say who is quoted: a footer or cite in the blockquote, or a class that names the speaker. */
  private static boolean isAttribution(Element e) {
    return e.normalName().equals("footer") || e.normalName().equals("cite")
        || QUOTE_SPEAKER.matcher(e.className()).find();
  }

  /** The caption of a figure that holds one quotation and no photo: it names who is quoted. */
  static Optional<Element> pullQuoteCaption(Element figure) {
    Element caption = figure.selectFirst("figcaption");
    if (caption == null || figure.selectFirst("img") != null || figure.select("blockquote").size() != 1
        || caption.parents().stream().anyMatch(p -> p.normalName().equals("blockquote"))) {
      return Optional.empty();
    }
    return Optional.of(caption);
  }
}
