package org.briefing.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The images written in a text and their credits: no photo is published without its credit beside
 * it. An editor writes the credit as the image's title ({@code ![A map of the port](/images/map.png
 * "Map: Jane Doe/Agency")}), printed under an image alone in its paragraph (a figure) and after
 * one among words; or in a caption under it ({@link Prose#creditUnder}), printed as written. The
 * build checks that each has one ({@code model/ImageCredits}).
 */
final class TextImages {
  private TextImages() {}

  /**
   * The images of {@code document} in the order they are written, each at its line of {@code
   * markdown}; {@code parsed} is the text the document was parsed from, or null when comments
   * were cut from {@code markdown} before parsing.
   */
  static List<TextImage> of(Document document, String parsed, String markdown, boolean rawHtml) {
    List<TextImage> images = new ArrayList<>();
    int from = 0;
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      if (rawHtml && (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) && HTML_IMAGE.matcher(node.getChars()).find()) {
        images.addAll(htmlImages(node, parsed != null ? 1 + org.briefing.problem.XmlChars.lineOf(markdown, node.getStartOffset())
            : node.getStartLineNumber() + 1));
      } else if (node instanceof Image || node instanceof ImageRef ref && ref.isDefined()) {
        // where it starts; once a comment cut before parsing moved the lines after it, found in the text as written
        int at = parsed != null ? node.getStartOffset() : markdown.indexOf(node.getChars().toString(), from);
        int line = at < 0 ? node.getStartLineNumber() + 1 : 1 + org.briefing.problem.XmlChars.lineOf(markdown, at);
        from = at < 0 ? from : at + 1;
        String credit = credit(node, document);
        if (credit.isEmpty()) {
          String caption = Prose.creditUnder(node);
          credit = caption != null ? caption : rawHtml ? figcaptionAfter(node) : "";
        }
        images.add(new TextImage(line, address(node, document), credit));
      }
    }
    return images;
  }

  private static final java.util.regex.Pattern HTML_IMAGE = java.util.regex.Pattern.compile("(?i)<(img|image|feimage|input|video)\\b");

  /**
   * The images of a piece of raw HTML (with {@code markdown.raw_html: allow}), read as a browser
   * reads it: each credited by the {@code figcaption} of its own {@code figure} when that holds a
   * credit (a figure inside it, or after an unclosed one, lends it none), else by its {@code title}.
   */
  private static List<TextImage> htmlImages(Node html, int line) {
    List<TextImage> images = new ArrayList<>();
    // an SVG <image> or <feImage>, an image button and a video's poster show a picture too
    for (Element img : Jsoup.parseBodyFragment(html.getChars().toString()).select("img, image, feimage, input[type=image], video[poster]")) {
      Element figure = img.closest("figure");
      Element caption = figure == null ? null : figure.selectFirst("> figcaption");
      String credit = caption == null ? "" : crediting(caption.text());
      String address = img.tagName().equals("video") ? img.attr("poster") : img.hasAttr("src") ? img.attr("src")
          : img.hasAttr("href") ? img.attr("href") : img.attr("xlink:href");
      if (address.strip().startsWith("#")) {
        continue; // an element of the page (<feImage href="#shape">), not a picture
      }
      images.add(new TextImage(line, address.strip(), !credit.isEmpty() ? credit : img.attr("title").strip()));
    }
    return images;
  }

  /** The credit in a caption's words, or "". */
  private static String crediting(String caption) {
    String credit = Prose.creditOf(caption.strip());
    return credit == null ? "" : credit;
  }

  /** The credit in the {@code figcaption} of the raw HTML right after the paragraph of {@code image} ("<figure>", the image, "<figcaption>…"). */
  private static String figcaptionAfter(Node image) {
    Node paragraph = image.getParent() instanceof Paragraph ? image.getParent() : image.getParent().getParent();
    Node next = paragraph == null ? null : paragraph.getNext();
    if (!(next instanceof HtmlBlockBase)) {
      return "";
    }
    Element block = Jsoup.parseBodyFragment(next.getChars().toString()).body();
    Element caption = block.selectFirst("figcaption");
    return caption == null || block.selectFirst("img") != null ? "" : crediting(caption.text());
  }

  /** The credit of an image node, its title as written ("" when it has none). */
  static String credit(Node image, Document document) {
    if (image instanceof Image inline) {
      return inline.getTitle().unescape().strip();
    }
    Reference reference = ((ImageRef) image).getReferenceNode(document);
    return reference == null ? "" : reference.getTitle().unescape().strip();
  }

  private static String address(Node image, Document document) {
    if (image instanceof Image inline) {
      return inline.getUrl().unescape();
    }
    Reference reference = ((ImageRef) image).getReferenceNode(document);
    return reference == null ? "" : reference.getUrl().unescape();
  }

  /**
   * Writes an image with a credit as Flexmark would, and its credit: in a figure of its own when
   * it is alone in its paragraph, else in a {@code small} after it. Made for each rendering.
   */
  static final class Renderer implements NodeRenderer {
    /** The image whose credit the figure being written shows, so it is not written twice. */
    private Node inFigure;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph), new NodeRenderingHandler<>(Image.class, this::image),
          new NodeRenderingHandler<>(ImageRef.class, this::image));
    }

    private static java.util.Set<String> words(String text) {
      java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
      words.remove("");
      return words;
    }

    /** The title's credit, unless the caption under the image already shows the same (another credit is shown too). */
    private static String shownCredit(Node image, Document document) {
      String title = credit(image, document);
      String under = title.isEmpty() ? null : Prose.creditUnder(image);
      // the same when every word of the title's credit is a word of the caption's ("AP" is no word of "Rapho")
      java.util.Set<String> caption = under == null ? java.util.Set.of() : words(under);
      return under != null && caption.containsAll(words(org.briefing.problem.AttributionText.withoutLabel(title))) ? "" : title;
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
      Node only = paragraph.getFirstChild();
      boolean alone = only != null && only == paragraph.getLastChild() && (only instanceof Image || only instanceof ImageRef ref && ref.isDefined());
      // a caption under it that credits it is printed as written, and the title's credit not again
      String credit = alone ? shownCredit(only, context.getDocument()) : "";
      if (credit.isEmpty()) {
        context.delegateRender();
        return;
      }
      html.line();
      html.raw("<figure class=\"text-photo\">");
      inFigure = only;
      context.render(only);
      inFigure = null;
      html.raw("<figcaption class=\"credit\">").text(credit).raw("</figcaption></figure>");
      html.line();
    }

    private void image(Node image, NodeRendererContext context, HtmlWriter html) {
      context.delegateRender();
      String credit = image == inFigure ? "" : shownCredit(image, context.getDocument());
      if (!credit.isEmpty()) {
        html.raw(" <small class=\"credit\">").text(credit).raw("</small>");
      }
    }
  }
}
