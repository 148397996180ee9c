package org.briefing.model;

import java.nio.file.Path;
import org.briefing.photo.Focus;
import org.briefing.photo.PhotoInfo;
import org.briefing.photo.PhotoPlan;
import org.briefing.problem.SourcePosition;

/**
 * A story's photo. {@code href} is where the page links it (absolute for remote images, else a
 * site path); {@code file} is the file next to the story to publish, null for a remote image, one
 * from {@code static/} or a not-yet-added image.
 *
 * @param source the photo's file, from {@code static/} or next to the story; null for a remote image or none
 * @param info what the file's header says (size, orientation, embedded credit); null when there is no file
 * @param focus the point a crop keeps, {@link Focus#CENTRE} unless the story gives {@code image.focus}
 * @param creditEmbedded whether {@code credit} was read from the file, the story giving none
 * @param srcAt where the story names the file ({@code image.src}), for errors found once every photo is known; null when there is no file
 */
public record Photo(String href, Path file, String outputPath, String alt, String caption, String credit, Path source,
    PhotoInfo info, Focus focus, boolean creditEmbedded, SourcePosition srcAt) {

  /** A photo whose file was not read (remote, or in tests). */
  public Photo(String href, Path file, String outputPath, String alt, String caption, String credit) {
    this(href, file, outputPath, alt, caption, credit, null, null, Focus.CENTRE, false, null);
  }

  /** The characters an image path may not have: a Windows separator, and what would start an address's scheme, query or fragment. */
  public static final String RESERVED = "\\:?#";

  /** The first of {@link #RESERVED} in {@code path}, or "" when it has none. */
  public static String reservedIn(String path) {
    for (char c : path.toCharArray()) {
      if (RESERVED.indexOf(c) >= 0) {
        return String.valueOf(c);
      }
    }
    return "";
  }

  public boolean hasImage() {
    return href != null && !href.isEmpty();
  }

  /**
   * Whether the photo is an SVG drawing: by its file's header, or a remote one by its name. Social
   * sites show no SVG as a card's image.
   */
  public boolean isSvg() {
    if (info != null) {
      return info.format().equals("svg");
    }
    String path = href == null ? "" : href.replaceFirst("[?#].*", "").toLowerCase(java.util.Locale.ROOT);
    return path.endsWith(".svg") || path.endsWith(".svgz");
  }

  /** The files this photo is published as, when it is resized (a JPEG, PNG or WebP of the site); else null. */
  public PhotoPlan plan() {
    return info != null && info.resized() ? PhotoPlan.of(info, outputPath, focus) : null;
  }
}
