package org.briefing.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Gives every story of a generated corpus a photo of its own, of a camera's size (for the photo
 * benchmarks of docs/performance.md): shapes over a gradient with sensor-like noise, so that a
 * 3000×2000 JPEG weighs about what a real one does. The same story number gives the same bytes.
 */
final class StoryPhotos {
  private StoryPhotos() {}

  /** Writes static/images/story-N.jpg for the N-th story (by file name) of {@code site} and points the story at it. */
  static void write(Path site, int width, int height) throws IOException {
    List<Path> stories;
    try (Stream<Path> walk = Files.list(site.resolve("content/stories"))) {
      stories = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    IntStream.range(0, stories.size()).parallel().forEach(i -> {
      try {
        Path story = stories.get(i);
        String text = Files.readString(story, StandardCharsets.UTF_8);
        Files.writeString(story, text.replaceFirst("src: /images/photo-[0-9]+\\.jpg", "src: /images/story-" + i + ".jpg"),
            StandardCharsets.UTF_8);
        ImageIO.write(picture(i, width, height), "jpg", site.resolve("static/images/story-" + i + ".jpg").toFile());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static BufferedImage picture(int number, int width, int height) {
    SplittableRandom random = new SplittableRandom(number);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0x1000000)), width, height, new Color(random.nextInt(0x1000000))));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 60; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      int size = 20 + random.nextInt(Math.min(width, height) / 3);
      g.fillOval(random.nextInt(width), random.nextInt(height), size, size + random.nextInt(size));
    }
    g.dispose();
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int n = random.nextInt(17) - 8;
        int p = row[x];
        row[x] = clamp(((p >> 16) & 0xFF) + n) << 16 | clamp(((p >> 8) & 0xFF) + n) << 8 | clamp((p & 0xFF) + n);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
