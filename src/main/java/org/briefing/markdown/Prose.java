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
   * Images alone, or with words in emphasis; or words in italics alone right after a paragraph of
   * images that say nobody said anything, or words in emphasis with a credit in them (the usual
   * ways to set a caption). Bold without a credit right after a photo is a lead set in bold;
   * italics or bold elsewhere are the story's own words.
   */
  private static boolean isCaption(Node paragraph) {
    if (hasOnly(paragraph, true)) {
      return true;
    }
    if (!hasOnly(paragraph, false)) {
      return false;
    }
    Node before = paragraph.getPrevious();
    Node first = paragraph.getFirstChild();
    while (first != null && first.getChars().isBlank()) {
      first = first.getNext();
    }
    boolean afterPhoto = before instanceof com.vladsch.flexmark.ast.Paragraph && hasOnly(before, true);
    // a lead taken for a caption is lost, and the sentence after it may then seem to go on from the
    // one before it ("… she said" given to the wrong woman); a caption taken for a lead is only a
    // caption in the summary: in doubt, words in emphasis after a photo are prose. Italics that say
    // who said what, and bold without a credit, are a lead.
    boolean caption = first instanceof Emphasis && !SAYING.matcher(paragraph.getChars()).find();
    // a link's address is no word of the credit: "Photo: [Ana Diaz](https://…), Marrowby Echo, [CC BY-SA 4.0](…)"
    return afterPhoto && caption || CREDIT.matcher(LINK_ADDRESS.matcher(paragraph.getChars()).replaceAll("]")).find();
  }

  private static final java.util.regex.Pattern LINK_ADDRESS = java.util.regex.Pattern.compile("\\]\\([^)\\s]*\\)");
  private static final java.util.regex.Pattern SAYING = java.util.regex.Pattern.compile(
      "(?i)\\b(?:said|says|told|tells|announced|added|warned|claimed|insisted|vowed|urged|admitted|promised|pledged|denied"
          + "|confirmed|argued|stated|according to)\\b");

  /**
   * A photo's credit in a caption: "Photo: …" opening it, or as its last sentence ("… Photo: Jane
   * Doe/Reuters", "Photograph: A. Diaz/Reuters."), in brackets or after a dash ("(Photo: …)",
   * "— Picture: …"), of at most twelve words; or "(AP Photo/…)". Not "picture:" inside a sentence.
   */
  private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
      "(?i)^[*_\\s]*(?:photo|photograph|picture|image|illustration|credit)s?\\s*:"
          + "|(?:[.!?][*_]*\\s+|[(\u2014\u2013|]\\s*|\\s-\\s*)[*_]*(?:photo|photograph|picture|image|illustration|credit)s?\\s*:"
          // the words of the credit: each a run without spaces, taken whole (a pattern that could split a
          // long word every way took minutes on a linked credit, helper-84)
          + "\\s*+(?:[^\\s!?]++\\s++){0,11}[^\\s!?]++[)*_.\\s]*+$"
          + "|\\(\\s*\\p{Lu}+ photo\\s*/[^)]*\\)[*_.\\s]*$");

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
