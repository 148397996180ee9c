package org.briefing.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** Small generated photos for synthetic stories, the same bytes for the same number. */
final class Photos {
  private Photos() {}

  static byte[] jpeg(int number) {
    SplittableRandom random = new SplittableRandom(number);
    BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(random.nextInt(0x1000000)));
    g.fillRect(0, 0, 640, 360);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      g.fillOval(random.nextInt(640), random.nextInt(360), 40 + random.nextInt(200), 40 + random.nextInt(200));
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
