package org.briefing.markdown;

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

/**
 * The images written in a text and their credits: no photo is published without its credit beside
 * it. An editor writes the credit as the image's title ({@code ![A map of the port](/images/map.png
 * "Map: Jane Doe/Agency")}), printed under an image alone in its paragraph (a figure) and after
 * one among words; or in a caption under it ({@link Prose#creditUnder}), printed as written. The
 * build checks that each has one ({@code model/ImageCredits}).
 */
final class TextImages {
  private TextImages() {}

  /** The images of {@code document} in the order they are written, each at its line of {@code markdown}, the text it was parsed from. */
  static List<TextImage> of(Document document, String markdown) {
    List<TextImage> images = new ArrayList<>();
    int from = 0;
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      if (node instanceof Image || node instanceof ImageRef ref && ref.isDefined()) {
        // found in the text as written: a comment cut before parsing moved the lines after it
        String written = node.getChars().toString();
        int at = markdown.indexOf(written, from);
        int line = at < 0 ? node.getStartLineNumber() + 1 : 1 + org.briefing.problem.XmlChars.lineOf(markdown, at);
        from = at < 0 ? from : at + 1;
        String credit = credit(node, document);
        if (credit.isEmpty()) {
          String caption = Prose.creditUnder(node);
          credit = caption == null ? "" : caption;
        }
        images.add(new TextImage(line, address(node, document), credit));
      }
    }
    return images;
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

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
      Node only = paragraph.getFirstChild();
      boolean alone = only != null && only == paragraph.getLastChild() && (only instanceof Image || only instanceof ImageRef ref && ref.isDefined());
      String credit = alone ? credit(only, context.getDocument()) : "";
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
      String credit = image == inFigure ? "" : credit(image, context.getDocument());
      if (!credit.isEmpty()) {
        html.raw(" <small class=\"credit\">").text(credit).raw("</small>");
      }
    }
  }
}
