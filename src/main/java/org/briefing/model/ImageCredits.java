package org.briefing.model;

import java.util.List;
import org.briefing.config.SiteConfig;
import org.briefing.markdown.TextImage;
import org.briefing.problem.AttributionText;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * No photo without its credit, for the images written in a text as for a story's own photo: an
 * image of a story, page or edition note whose credit (its title, printed under it, or a caption
 * under it, {@link TextImage}) is missing or names no one ({@link AttributionText}) is an error
 * when attribution is strict, else a warning; a draft only warns.
 */
public final class ImageCredits {
  private ImageCredits() {}

  /** An image of a text and where it is written. */
  public record Placed(SourcePosition at, TextImage image) {}

  /**
   * Reports each image of {@code images} without a credit that names someone.
   *
   * @param where where the images are, for the message: "the story's text", "'key_points'"
   */
  public static void check(List<Placed> images, String where, SiteConfig.Attribution policy, boolean draft, Problems problems) {
    for (Placed placed : images) {
      TextImage image = placed.image();
      if (AttributionText.names(image.credit())) {
        continue;
      }
      String shown = (image.src().isEmpty() ? "an image with no address" : "the image '" + image.src() + "'") + " in " + where;
      boolean written = !image.credit().isEmpty();
      String message = written ? "the credit '" + image.credit() + "' of " + shown + " names no one" : shown + " has no credit";
      String hint = (written ? "write who took or made it, and for whom, " : "give it its credit ")
          + "as the image's title, which is printed under it: ![what it shows](" + (image.src().isEmpty() ? "/images/photo.jpg" : image.src())
          + " \"Photo: Jane Doe/Agency\"),"
          + " or in a caption on the line under it: *What it shows. Photo: Jane Doe/Agency*; an <img> written in HTML: its title,"
          + " or a <figcaption> with the credit in its <figure>";
      problems.add(policy == SiteConfig.Attribution.STRICT && !draft ? Problem.error(placed.at(), message, hint)
          : Problem.warning(placed.at(), message, hint));
    }
  }

  /** The images of a text that starts at line {@code firstLine} of {@code file}, each at its line. */
  public static List<Placed> at(java.nio.file.Path file, int firstLine, List<TextImage> images) {
    return images.stream().map(i -> new Placed(SourcePosition.of(file, firstLine + i.line() - 1), i)).toList();
  }
}
