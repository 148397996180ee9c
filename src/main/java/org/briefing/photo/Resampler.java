package org.briefing.photo;

/**
 * Scales a region of a picture down by area averaging: each new pixel is the mean of the source
 * pixels it covers, weighted by how much of each it covers. Unlike nearest-neighbour or a single
 * bilinear step it loses no detail to aliasing, however large the reduction, and it gives the
 * same bytes on every machine (plain arithmetic, no Java2D loops). Colours are averaged
 * premultiplied by their alpha, so that transparent pixels leave no fringe.
 */
final class Resampler {
  private Resampler() {}

  /**
   * The region ({@code x}, {@code y}, {@code w}, {@code h}, in source pixels) of the ARGB
   * {@code pixels} ({@code width} by {@code height}, row by row from the array's start) scaled to
   * {@code outW} by {@code outH}, written into the first outW × outH values of {@code out}, which is
   * returned.
   */
  static int[] resample(int[] pixels, int width, int height, double x, double y, double w, double h, int outW, int outH,
      int[] out) {
    if (x == 0 && y == 0 && w == width && h == height && outW == width && outH == height && opaque(pixels, width * height)) {
      // the whole picture at its own size (the widest file of a photo at most 1600 px wide): each
      // new pixel covers exactly one old one with a weight of 1, and for an opaque pixel the
      // arithmetic below gives back its own values exactly (255 × c / 255 and c × 255 / 255 are
      // exact in float for c from 0 to 255), so the pixels are copied
      System.arraycopy(pixels, 0, out, 0, width * height);
      return out;
    }
    Span[] columns = spans(x, w, outW, width);
    Span[] rows = spans(y, h, outH, height);
    float[] row = new float[outW * 4];
    float[] sum = new float[outW * 4];
    int cachedRow = -1;
    for (int oy = 0; oy < outH; oy++) {
      java.util.Arrays.fill(sum, 0f);
      Span span = rows[oy];
      for (int k = 0; k < span.weights.length; k++) {
        int sy = span.first + k;
        if (sy != cachedRow) {
          horizontal(pixels, sy * width, columns, row);
          cachedRow = sy;
        }
        float weight = span.weights[k];
        for (int i = 0; i < sum.length; i++) {
          sum[i] += row[i] * weight;
        }
      }
      for (int ox = 0; ox < outW; ox++) {
        float a = sum[ox * 4];
        int alpha = clamp(a);
        int r = 0;
        int g = 0;
        int b = 0;
        if (a > 0) {
          r = clamp(sum[ox * 4 + 1] * 255f / a);
          g = clamp(sum[ox * 4 + 2] * 255f / a);
          b = clamp(sum[ox * 4 + 3] * 255f / a);
        }
        out[oy * outW + ox] = alpha << 24 | r << 16 | g << 8 | b;
      }
    }
    return out;
  }

  /** One source row averaged into {@code row}: alpha, then the colours premultiplied by alpha (0 to 255). */
  private static void horizontal(int[] pixels, int offset, Span[] columns, float[] row) {
    for (int ox = 0; ox < columns.length; ox++) {
      Span span = columns[ox];
      float a = 0;
      float r = 0;
      float g = 0;
      float b = 0;
      for (int k = 0; k < span.weights.length; k++) {
        int p = pixels[offset + span.first + k];
        float weight = span.weights[k];
        float pa = (p >>> 24) * weight;
        a += pa;
        r += ((p >> 16) & 0xff) * pa;
        g += ((p >> 8) & 0xff) * pa;
        b += (p & 0xff) * pa;
      }
      row[ox * 4] = a;
      row[ox * 4 + 1] = r / 255f;
      row[ox * 4 + 2] = g / 255f;
      row[ox * 4 + 3] = b / 255f;
    }
  }

  /** True when the first {@code count} pixels are all fully opaque. */
  private static boolean opaque(int[] pixels, int count) {
    for (int i = 0; i < count; i++) {
      if (pixels[i] >>> 24 != 255) {
        return false;
      }
    }
    return true;
  }

  private static int clamp(float value) {
    int v = Math.round(value);
    return v < 0 ? 0 : Math.min(255, v);
  }

  /** The source pixels under each of {@code count} output pixels covering {@code length} pixels from {@code start}, with their weights (summing to 1). */
  private static Span[] spans(double start, double length, int count, int limit) {
    Span[] spans = new Span[count];
    double scale = length / count;
    for (int i = 0; i < count; i++) {
      double from = start + i * scale;
      double to = Math.min(limit, from + scale);
      int first = Math.min(limit - 1, (int) Math.floor(from));
      int last = Math.max(first, Math.min(limit - 1, (int) Math.ceil(to) - 1));
      float[] weights = new float[last - first + 1];
      double total = 0;
      for (int p = first; p <= last; p++) {
        double cover = Math.min(to, p + 1) - Math.max(from, p);
        weights[p - first] = (float) Math.max(0, cover);
        total += Math.max(0, cover);
      }
      for (int k = 0; k < weights.length; k++) {
        weights[k] = total > 0 ? (float) (weights[k] / total) : 1f / weights.length;
      }
      spans[i] = new Span(first, weights);
    }
    return spans;
  }

  private record Span(int first, float[] weights) {}
}
