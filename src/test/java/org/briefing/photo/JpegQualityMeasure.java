package org.briefing.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Measures what the JPEG quality costs and buys (docs/photos.md): each photo given is scaled to 960
 * px as the build scales it, encoded at several qualities, and decoded again; prints the bytes and
 * the SSIM of the luma against the scaled pixels (8×8 windows, the constants of Wang et al. 2004).
 * Run: {@code java -cp target/classes:target/test-classes:DEPS org.briefing.photo.JpegQualityMeasure PHOTO...}
 */
public final class JpegQualityMeasure {
  private static final float[] QUALITIES = {0.6f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 0.95f};

  private JpegQualityMeasure() {}

  public static void main(String[] args) throws Exception {
    System.out.print("photo");
    for (float q : QUALITIES) {
      System.out.printf(Locale.ROOT, " | q%.2f KB, SSIM", q);
    }
    System.out.println();
    for (String arg : args) {
      PhotoInfo info = PhotoReader.read(Path.of(arg));
      PhotoDecoder.Pixels pixels = PhotoDecoder.decode(Path.of(arg), info.orientation(), 1);
      int w = Math.min(960, pixels.width());
      int h = (int) Math.round((double) pixels.height() * w / pixels.width());
      int[] scaled = Resampler.resample(pixels.argb(), pixels.width(), pixels.height(), 0, 0, pixels.width(), pixels.height(), w, h);
      System.out.print(Path.of(arg).getFileName());
      for (float q : QUALITIES) {
        byte[] jpeg = PhotoEncoder.jpeg(scaled, w, h, q);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        int[] decoded = back.getRGB(0, 0, w, h, null, 0, w);
        System.out.printf(Locale.ROOT, " | %.1f, %.4f", jpeg.length / 1024.0, ssim(scaled, decoded, w, h));
      }
      System.out.println();
    }
  }

  /** The mean SSIM of the luma of two pictures over 8×8 windows (step 4). */
  static double ssim(int[] a, int[] b, int w, int h) {
    double c1 = Math.pow(0.01 * 255, 2);
    double c2 = Math.pow(0.03 * 255, 2);
    double sum = 0;
    int windows = 0;
    for (int y = 0; y + 8 <= h; y += 4) {
      for (int x = 0; x + 8 <= w; x += 4) {
        double ma = 0;
        double mb = 0;
        for (int j = 0; j < 8; j++) {
          for (int i = 0; i < 8; i++) {
            ma += luma(a[(y + j) * w + x + i]);
            mb += luma(b[(y + j) * w + x + i]);
          }
        }
        ma /= 64;
        mb /= 64;
        double va = 0;
        double vb = 0;
        double cov = 0;
        for (int j = 0; j < 8; j++) {
          for (int i = 0; i < 8; i++) {
            double da = luma(a[(y + j) * w + x + i]) - ma;
            double db = luma(b[(y + j) * w + x + i]) - mb;
            va += da * da;
            vb += db * db;
            cov += da * db;
          }
        }
        va /= 63;
        vb /= 63;
        cov /= 63;
        sum += (2 * ma * mb + c1) * (2 * cov + c2) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
        windows++;
      }
    }
    return sum / windows;
  }

  private static double luma(int p) {
    return 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
  }
}
