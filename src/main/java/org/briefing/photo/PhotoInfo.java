package org.briefing.photo;

import org.briefing.problem.AttributionText;

/**
 * What a photo file is, read from its header without decoding its pixels: its format, its size as
 * shown (after the EXIF orientation is applied), the orientation, the file's size and change stamp
 * ({@link org.briefing.fingerprint.FileStamp#stamp}, which tell a later build whether it changed)
 * and the credit, caption and the like embedded by whoever made it.
 *
 * @param format "jpeg", "png", "webp", "gif" or "svg": no other file is a photo
 * @param orientation the EXIF orientation, 1 to 8 (1 when the file has none)
 */
public record PhotoInfo(String format, int width, int height, int orientation, long size, long stamp, Embedded embedded) {

  /** This photo's header with another change stamp. */
  public PhotoInfo withStamp(long other) {
    return new PhotoInfo(format, width, height, orientation, size, other, embedded);
  }

  /** Whether the build publishes this photo resized and re-encoded (JPEG, PNG, WebP), rather than as it is. */
  public boolean resized() {
    return format.equals("jpeg") || format.equals("png") || format.equals("webp");
  }

  /**
   * What a photo file says about itself (IPTC or XMP), each "" when it says nothing.
   *
   * @param credit the credit line (IPTC Credit, XMP photoshop:Credit)
   * @param byline the photographer (IPTC By-line, XMP dc:creator)
   */
  public record Embedded(String caption, String credit, String byline, String copyright, String source) {
    public static final Embedded NONE = new Embedded("", "", "", "", "");

    /** The credit a reader should see: the credit line, else the photographer, else the copyright notice. */
    public String bestCredit() {
      // a field that names no one ("Photo:", "Unknown") is no credit; a label is not joined to a byline
      String credit = AttributionText.names(this.credit) ? this.credit : "";
      String byline = AttributionText.names(this.byline) ? this.byline : "";
      if (!credit.isEmpty()) {
        return byline.isEmpty() || credit.contains(byline) ? credit : byline + "/" + AttributionText.withoutLabel(credit);
      }
      return !byline.isEmpty() ? byline : AttributionText.orEmpty(copyright);
    }
  }
}
