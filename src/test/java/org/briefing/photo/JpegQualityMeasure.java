package org.briefing.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Measures what the JPEG quality costs and buys (docs/photos.md): each photo given is decoded and
 * scaled to each width the build publishes (240, 360, 480, 960, up to 1600 px) exactly as the build does,
 * encoded at several qualities, and decoded again; prints, per photo, the bytes and the SSIM of
 * the luma against the scaled pixels (8×8 windows, the constants of Wang et al. 2004), then a
 * table per width: mean KB, lowest and mean SSIM over the photos at that width.
 * Run: {@code java -cp target/classes:target/test-classes:DEPS org.briefing.photo.JpegQualityMeasure PHOTO...}
 */
public final class JpegQualityMeasure {
  private static final float[] QUALITIES = {0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 0.95f};

  private JpegQualityMeasure() {}

  public static void main(String[] args) throws Exception {
    // by width, then quality: bytes and SSIM of every photo published at that width
    Map<Integer, List<double[]>> bytes = new TreeMap<>();
    Map<Integer, List<double[]>> ssims = new TreeMap<>();
    for (String arg : args) {
      Path file = Path.of(arg);
      PhotoInfo info;
      PhotoDecoder.Pixels pixels;
      PhotoPlan plan;
      try {
        info = PhotoReader.read(file);
        plan = PhotoPlan.of(info, "/photo.jpg", Focus.CENTRE);
        pixels = PhotoDecoder.decode(file, info.orientation(), PhotoMaker.step(info, plan));
      } catch (PhotoException e) {
        System.out.println(file.getFileName() + ": skipped, " + e.getMessage());
        continue;
      }
      Map<PhotoPlan.Variant, int[]> made = new java.util.HashMap<>();
      Scratch scratch = new Scratch();
      for (PhotoPlan.Variant v : plan.widths()) {
        int width = v.width();
        if (java.util.Arrays.stream(PhotoPlan.WIDTHS).noneMatch(w -> w == width)) {
          continue; // an original narrower than 1600 px is published at its own width: not one of the sizes
        }
        int[] scaled = PhotoMaker.scaled(v, plan, info, pixels, made, scratch);
        double[] b = new double[QUALITIES.length];
        double[] q = new double[QUALITIES.length];
        StringBuilder line = new StringBuilder(file.getFileName() + " " + v.width() + "x" + v.height());
        for (int i = 0; i < QUALITIES.length; i++) {
          byte[] jpeg = PhotoEncoder.jpeg(scaled, v.width(), v.height(), QUALITIES[i], scratch);
          BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
          int[] decoded = back.getRGB(0, 0, v.width(), v.height(), null, 0, v.width());
          b[i] = jpeg.length / 1024.0;
          q[i] = ssim(scaled, decoded, v.width(), v.height());
          line.append(String.format(Locale.ROOT, " | q%.2f %.1f KB %.4f", QUALITIES[i], b[i], q[i]));
        }
        System.out.println(line);
        bytes.computeIfAbsent(width, k -> new ArrayList<>()).add(b);
        ssims.computeIfAbsent(width, k -> new ArrayList<>()).add(q);
      }
    }
    for (int width : bytes.keySet()) {
      List<double[]> b = bytes.get(width);
      List<double[]> q = ssims.get(width);
      System.out.printf(Locale.ROOT, "%n%d px, %d photos%n| quality | KB (mean) | lowest SSIM | mean SSIM |%n| --- | --- | --- | --- |%n",
          width, b.size());
      for (int i = 0; i < QUALITIES.length; i++) {
        final int k = i;
        System.out.printf(Locale.ROOT, "| %.2f | %.1f | %.4f | %.4f |%n", QUALITIES[i],
            b.stream().mapToDouble(x -> x[k]).average().orElse(0), q.stream().mapToDouble(x -> x[k]).min().orElse(0),
            q.stream().mapToDouble(x -> x[k]).average().orElse(0));
      }
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
