package org.briefing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Pictures made for tests: a gradient with shapes, the same pixels for the same size and seed. */
public final class TestImages {
  /** The body of a {@link TestSite} section that stands for a generated picture: {@code image: png 40x30}, optionally {@code seed 3}. */
  static final Pattern SPEC = Pattern.compile("image: (png|jpeg|gif) (\\d+)x(\\d+)(?: seed (\\d+))?\\s*");

  private TestImages() {}

  /** The bytes {@code spec} (as {@link #SPEC}) asks for, or null when it is no picture spec. */
  static byte[] of(String spec) {
    Matcher m = SPEC.matcher(spec);
    if (!m.matches()) {
      return null;
    }
    int seed = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
    return encode(picture(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), seed, false), m.group(1));
  }

  /** A picture of {@code width} by {@code height}, with a transparent border when {@code alpha}. */
  public static BufferedImage picture(int width, int height, int seed, boolean alpha) {
    SplittableRandom random = new SplittableRandom(seed);
    BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    if (alpha) {
      g.setComposite(java.awt.AlphaComposite.Src);
      g.setColor(new Color(0, 0, 0, 0));
      g.fillRect(0, 0, width, height);
    }
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0x1000000)), width, height, new Color(random.nextInt(0x1000000))));
    int inset = alpha ? Math.max(1, width / 8) : 0;
    g.fillRect(inset, inset, width - 2 * inset, height - 2 * inset);
    for (int i = 0; i < 10; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      int size = 1 + random.nextInt(Math.max(1, Math.min(width, height) / 2));
      g.fillOval(random.nextInt(width), random.nextInt(height), size, size);
    }
    g.dispose();
    return image;
  }

  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalArgumentException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] jpeg(int width, int height, int seed) {
    return encode(picture(width, height, seed, false), "jpeg");
  }
}
