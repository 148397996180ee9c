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

  /** A progressive JPEG of the picture. */
  public static byte[] progressiveJpeg(int width, int height, int seed) {
    return write(picture(width, height, seed, false), param -> param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT));
  }

  private static byte[] write(java.awt.image.RenderedImage image, java.util.function.Consumer<javax.imageio.ImageWriteParam> setUp) {
    javax.imageio.ImageWriter writer = jdkJpegWriter();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    setUp.accept(param);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static javax.imageio.ImageWriter jdkJpegWriter() {
    for (var it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
      javax.imageio.ImageWriter w = it.next();
      if (w.getClass().getName().startsWith("com.sun.")) {
        return w;
      }
    }
    throw new IllegalStateException("no JDK JPEG writer");
  }

  /**
   * A CMYK JPEG (or YCCK, as Photoshop writes them) of {@code width} by {@code height}: its left
   * half cyan and yellow (green on screen), its right half yellow. The JDK writes the four channels
   * as they are; the Adobe marker says how to read them.
   */
  public static byte[] cmykJpeg(int width, int height, boolean ycck) {
    java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
        width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int c = x < width / 2 ? 255 : 0;
        int m = 0;
        int yellow = 255;
        int[] v = ycck ? ycc(c, m, yellow) : new int[] {255 - c, 255 - m, 255 - yellow, 255};
        raster.setPixel(x, y, v);
      }
    }
    javax.imageio.ImageWriter writer = jdkJpegWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new javax.imageio.IIOImage(raster, null, null), writer.getDefaultWriteParam());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] plain = out.toByteArray();
    byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (ycck ? 2 : 0)};
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(plain, 0, 2);
    all.writeBytes(adobe);
    all.write(plain, 2, plain.length - 2);
    return all.toByteArray();
  }

  private static int[] ycc(int r, int g, int b) {
    return new int[] {
        clamp(0.299 * r + 0.587 * g + 0.114 * b),
        clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
        clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128),
        255};
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  /**
   * A lossless WebP of one colour (ARGB), written bit by bit: a VP8L header and five prefix codes of
   * one symbol each, so that every pixel takes no bits at all. No WebP writer is at hand in Java.
   */
  public static byte[] solidWebp(int width, int height, int argb) {
    Bits bits = new Bits();
    bits.put(0x2F, 8);
    bits.put(width - 1, 14);
    bits.put(height - 1, 14);
    bits.put(0, 1); // no alpha is used
    bits.put(0, 3); // version 0
    bits.put(0, 1); // no transform
    bits.put(0, 1); // no colour cache
    bits.put(0, 1); // one prefix code group
    int[] symbols = {(argb >> 8) & 0xFF, (argb >> 16) & 0xFF, argb & 0xFF, argb >>> 24, 0};
    for (int symbol : symbols) {
      bits.put(1, 1); // a simple code
      bits.put(0, 1); // of one symbol
      bits.put(1, 1); // of eight bits
      bits.put(symbol, 8);
    }
    byte[] data = bits.bytes();
    java.nio.ByteBuffer riff = java.nio.ByteBuffer.allocate(20 + data.length + (data.length % 2)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(riff.capacity() - 8)
        .put("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put("VP8L".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .putInt(data.length).put(data);
    return riff.array();
  }

  /** Bits written least significant first, as VP8L reads them. */
  private static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    void put(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
    }

    byte[] bytes() {
      if (used > 0) {
        out.write(current);
        current = 0;
        used = 0;
      }
      return out.toByteArray();
    }
  }
}
