package org.briefing.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a story photo is published as, worked out from its header alone, so that the pages
 * can name them before any pixel is decoded: the same picture at a few widths (never wider than
 * the original) and a social-card crop. The widest keeps the original's address when the format
 * stays the same, so that links to the original still work.
 *
 * @param widths the files of the picture, narrowest first
 * @param card the 1200×630 crop (smaller when the original is) for OpenGraph, Twitter and JSON-LD
 */
public record PhotoPlan(List<Variant> widths, Variant card) {
  /**
   * The widths the theme's layouts want: a card's thumbnail (240 and 360 px: its 7.5rem square,
   * filled by a landscape photo, at pixel ratios 1 and 2), a phone's column (360 and 480 px), a
   * desktop's, and a wide screen's or a 2× phone's.
   */
  public static final int[] WIDTHS = {240, 360, 480, 960, 1600};
  public static final int CARD_WIDTH = 1200;
  public static final int CARD_HEIGHT = 630;

  /**
   * One file of a photo: where it is published, its size, its format ("jpeg" or "png"), and the
   * part of the original it shows (in the original's pixels as shown, after orientation).
   */
  public record Variant(String path, int width, int height, String format, double cropX, double cropY, double cropWidth,
      double cropHeight) {}

  /** The plan of the photo {@code info} published at {@code outputPath}, with its card around {@code focus}. */
  public static PhotoPlan of(PhotoInfo info, String outputPath, Focus focus) {
    int dot = outputPath.lastIndexOf('.');
    int slash = outputPath.lastIndexOf('/');
    String base = dot > slash ? outputPath.substring(0, dot) : outputPath;
    String format = info.format().equals("png") ? "png" : "jpeg";
    String extension = format.equals("png") ? ".png" : ".jpg";
    boolean sameFormat = info.format().equals(format);
    int w = info.width();
    int h = info.height();
    List<Variant> widths = new ArrayList<>();
    for (int width : WIDTHS) {
      if (width < w && width < WIDTHS[WIDTHS.length - 1]) {
        widths.add(new Variant(base + "-" + width + "w" + extension, width, scaled(h, width, w), format, 0, 0, w, h));
      }
    }
    int widest = Math.min(w, WIDTHS[WIDTHS.length - 1]);
    String widestPath = sameFormat ? outputPath : base + "-" + widest + "w" + extension;
    widths.add(new Variant(widestPath, widest, scaled(h, widest, w), format, 0, 0, w, h));
    return new PhotoPlan(List.copyOf(widths), card(base, w, h, focus == null ? Focus.CENTRE : focus));
  }

  private static Variant card(String base, int w, int h, Focus focus) {
    double ratio = (double) CARD_WIDTH / CARD_HEIGHT;
    double cropW = Math.min(w, h * ratio);
    double cropH = cropW / ratio;
    double x = clamp(focus.x() / 10_000.0 * w - cropW / 2, 0, w - cropW);
    double y = clamp(focus.y() / 10_000.0 * h - cropH / 2, 0, h - cropH);
    int width = (int) Math.min(CARD_WIDTH, Math.floor(cropW));
    int height = Math.max(1, (int) Math.round(width / ratio));
    String name = base + "-card" + (focus.centre() ? "" : "-" + focus.x() + "-" + focus.y()) + ".jpg";
    return new Variant(name, Math.max(1, width), height, "jpeg", x, y, cropW, cropH);
  }

  private static int scaled(int length, int width, int originalWidth) {
    return Math.max(1, (int) Math.round((double) length * width / originalWidth));
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  /** Every file of the plan: the widths, then the card. */
  public List<Variant> files() {
    List<Variant> all = new ArrayList<>(widths);
    all.add(card);
    return all;
  }

  /** The widest file, which stands for the photo where one address is wanted (feeds, email). */
  public Variant widest() {
    return widths.get(widths.size() - 1);
  }
}
