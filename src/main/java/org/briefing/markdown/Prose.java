package org.briefing.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Tells a paragraph of prose from one that only looks like a paragraph in Markdown: a caption
 * (images, or text set in emphasis, alone) or a link to elsewhere with at most a label before it
 * ("**Read more:** [headline](…)"). A summary is made of prose only.
 */
final class Prose {
  private Prose() {}

  static boolean isProse(Node paragraph) {
    return !isCaptionOrImage(paragraph) && !isLabelledLink(paragraph);
  }

  /** Only images, or only emphasised text (the usual way to set a caption), and at least one of them. */
  private static boolean isCaptionOrImage(Node paragraph) {
    boolean any = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isImage(child) || child instanceof Emphasis || child instanceof StrongEmphasis) {
        any = true;
      } else if (!child.getChars().isBlank()) {
        return false;
      }
    }
    return any;
  }

  /** Links, with before the first of them nothing, or a label that ends with a colon, and after the last nothing but punctuation. */
  private static boolean isLabelledLink(Node paragraph) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean link = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link || child instanceof LinkRef) {
        link = true;
        after.setLength(0);
      } else {
        (link ? after : before).append(child.getChars());
      }
    }
    String label = before.toString().replace("*", "").replace("_", "").strip();
    return link && (label.isEmpty() || label.endsWith(":")) && after.toString().replaceAll("[\\s\\p{P}]", "").isEmpty();
  }

  private static boolean isImage(Node node) {
    return node instanceof Image || node instanceof ImageRef;
  }
}
