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
    return !isCaption(paragraph) && !isLabelledLink(paragraph);
  }

  /**
   * Images alone, or with words in emphasis; or words in emphasis alone right after a paragraph of
   * images, or with a credit in them (the usual ways to set a caption). Italics or bold elsewhere
   * are the story's own words. A lead set in emphasis right after a photo is taken for a caption
   * (docs/summaries.md, Limits); what comes after a caption is not read as going on from what came
   * before it ({@link MarkdownRenderer#BREAK}), so that a "she said" after a photo reaches no one.
   */
  static boolean isCaption(Node paragraph) {
    if (hasOnly(paragraph, true) || opensWithImage(paragraph)) {
      return true; // words on the lines of a photo are its caption (helper-86)
    }
    if (!hasOnly(paragraph, false)) {
      return false;
    }
    boolean afterPhoto = isPhoto(paragraph.getPrevious());
    // a link's address is no word of the paragraph: "Photo: [Ana Diaz](https://…), Marrowby Echo, [CC BY-SA 4.0](…)"
    String words = LINK_ADDRESS.matcher(paragraph.getChars()).replaceAll("]");
    return afterPhoto || CREDIT.matcher(words).find();
  }

  private static final java.util.regex.Pattern LINK_ADDRESS = java.util.regex.Pattern.compile("\\]\\([^)\\s]*\\)");

  /**
   * A photo's credit in a caption: "Photo: …" opening it, or as its last sentence ("… Photo: Jane
   * Doe/Reuters", "Photograph: A. Diaz/Reuters."), in brackets or after a dash ("(Photo: …)",
   * "— Picture: …"), of at most thirty words; or "(AP Photo/…)". Not "picture:" inside a sentence.
   */
  private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
      "(?i)^[*_\\s]*(?:photo|photograph|picture|image|illustration|credit)s?\\s*:"
          + "|(?:[.!?][*_]*\\s+|[(\u2014\u2013|]\\s*|\\s-\\s*)[*_]*(?:photo|photograph|picture|image|illustration|credit)s?\\s*:"
          // the words of the credit: each a run without spaces, taken whole (a pattern that could split a
          // long word every way took minutes on a linked credit, helper-84)
          + "\\s*+(?:[^\\s!?]++\\s++){0,29}[^\\s!?]++[)*_.\\s]*+$"
          + "|\\(\\s*\\p{Lu}+ photo\\s*/[^)]*\\)[*_.\\s]*$");

  /**
   * Whether {@code paragraph} opens with an image alone on its line, words about it on the next:
   * "![…](…)" and a line break. An image that opens a line of text (a badge, an emoji) is not.
   */
  private static boolean opensWithImage(Node paragraph) {
    Node first = paragraph.getFirstChild();
    while (first != null && first.getChars().isBlank()) {
      first = first.getNext();
    }
    if (first == null || !isImage(first)) {
      return false;
    }
    Node next = first.getNext();
    while (next != null && next.getChars().isBlank() && !isLineBreak(next)) {
      next = next.getNext();
    }
    return next != null && isLineBreak(next);
  }

  private static boolean isLineBreak(Node node) {
    return node instanceof com.vladsch.flexmark.ast.SoftLineBreak || node instanceof com.vladsch.flexmark.ast.HardLineBreak;
  }

  /**
   * Whether {@code quote} is a block quote of one paragraph in emphasis: a caption as the importers
   * write that of a photo they do not keep ("> *Ana Diaz at the harbour wall. Photo: …*").
   */
  static boolean isCaptionQuote(Node quote) {
    Node only = quote.getFirstChild();
    return only instanceof com.vladsch.flexmark.ast.Paragraph && only.getNext() == null && hasOnly(only, false);
  }

  /**
   * Whether {@code node} is a paragraph of images alone (a photo) or a block of HTML with an image
   * ({@code <img>}, {@code <picture>}, {@code <figure>}), after which a caption may come.
   */
  static boolean isPhoto(Node node) {
    return node instanceof com.vladsch.flexmark.ast.Paragraph && hasOnly(node, true)
        || node instanceof com.vladsch.flexmark.ast.HtmlBlock && HTML_IMAGE.matcher(node.getChars()).find();
  }

  private static final java.util.regex.Pattern HTML_IMAGE = java.util.regex.Pattern.compile("(?i)<(?:img|picture|figure)\\b");

  /** Whether {@code paragraph} holds images (when {@code image}: at least one) or words in emphasis, and nothing else. */
  private static boolean hasOnly(Node paragraph, boolean image) {
    boolean images = false;
    boolean any = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isImage(child)) {
        images = true;
      } else if (child instanceof Emphasis || child instanceof StrongEmphasis) {
        any = true;
      } else if (!child.getChars().isBlank()) {
        return false;
      }
    }
    return image ? images : any && !images;
  }


  /**
   * Links with nothing but punctuation between and after them, and before the first nothing or a
   * label of at most four words that ends with a colon ("**Read more:** [headline](…)").
   */
  private static boolean isLabelledLink(Node paragraph) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean link = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isImage(child)) {
        continue; // a thumbnail beside a link ("[![…](…)](…) [headline](…)") is part of the link list
      }
      if (child instanceof Link || child instanceof LinkRef) {
        link = true;
      } else {
        (link ? after : before).append(child.getChars());
      }
    }
    String label = before.toString().replace("*", "").replace("_", "").strip();
    boolean shortLabel = label.isEmpty() || label.endsWith(":") && label.split("\\s+").length <= 6;
    // between and after the links: punctuation, symbols ("|", "→") and "and" or "or" only
    return link && shortLabel && after.toString().replaceAll("(?i)\\b(?:and|or)\\b|[\\s\\p{P}\\p{S}]", "").isEmpty();
  }

  /** An image, or a link around one alone (an image that opens its larger version). */
  private static boolean isImage(Node node) {
    if ((node instanceof Link || node instanceof LinkRef) && node.getFirstChild() != null && node.getFirstChild() == node.getLastChild()) {
      return isImage(node.getFirstChild());
    }
    return node instanceof Image || node instanceof ImageRef;
  }
}
