package org.briefing.photo;

/**
 * The point of a photo a crop keeps (the subject), in ten-thousandths of its width and height from
 * the top left; {@link #CENTRE} when the story declares none.
 */
public record Focus(int x, int y) {
  public static final Focus CENTRE = new Focus(5000, 5000);

  /** The focus at fractions {@code x} and {@code y} (0 to 1) of the width and height. */
  public static Focus of(double x, double y) {
    return new Focus((int) Math.round(x * 10_000), (int) Math.round(y * 10_000));
  }

  public boolean centre() {
    return equals(CENTRE);
  }
}
