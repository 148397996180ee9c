package org.briefing.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A picture resampled to its own size (the widest file of a photo at most 1600 px wide) is copied
 * when it is opaque: the copy must be the pixels the area averaging gives, which a picture one
 * column wider, of which the same region is taken at the same size, still computes (each new pixel
 * covers one old one with a weight of 1 there too).
 */
class ResamplerTest {
  private static int[] opaque(int width, int height, long seed) {
    Random random = new Random(seed);
    int[] pixels = new int[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = 0xff000000 | random.nextInt(1 << 24);
    }
    return pixels;
  }

  /** The region of {@code pixels} without its last column, by the averaging itself (not the copy). */
  private static int[] averaged(int[] pixels, int width, int height) {
    return Resampler.resample(pixels, width, height, 0, 0, width - 1, height, width - 1, height, new int[(width - 1) * height]);
  }

  private static int[] withoutLastColumn(int[] pixels, int width, int height) {
    int[] out = new int[(width - 1) * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(pixels, y * width, out, y * (width - 1), width - 1);
    }
    return out;
  }

  @Test
  void anOpaquePictureAtItsOwnSizeIsWhatTheAveragingGives() {
    int width = 97;
    int height = 61;
    int[] wider = opaque(width + 1, height, 7);
    int[] picture = withoutLastColumn(wider, width + 1, height);
    int[] copied = Resampler.resample(picture, width, height, 0, 0, width, height, width, height, new int[width * height]);
    assertThat(copied).isEqualTo(picture);
    assertThat(averaged(wider, width + 1, height)).isEqualTo(copied);
  }

  @Test
  void aPictureWithTransparencyIsAveragedAtItsOwnSizeToo() {
    int width = 40;
    int height = 30;
    int[] wider = opaque(width + 1, height, 11);
    wider[5] = 0x00123456; // fully transparent: averaging drops its colour
    wider[50] = 0x80ff8040; // half transparent
    int[] picture = withoutLastColumn(wider, width + 1, height);
    int[] same = Resampler.resample(picture, width, height, 0, 0, width, height, width, height, new int[width * height]);
    assertThat(same).isEqualTo(averaged(wider, width + 1, height));
    assertThat(same[5]).isZero();
  }

  @Test
  void onlyTheUsedPartOfALongerBufferIsRead() {
    int width = 20;
    int height = 10;
    int[] buffer = new int[width * height + 50];
    System.arraycopy(opaque(width, height, 3), 0, buffer, 0, width * height);
    // what a larger photo left in the scratch buffer after this one's pixels: not opaque, and not to be looked at
    java.util.Arrays.fill(buffer, width * height, buffer.length, 0x10101010);
    int[] out = Resampler.resample(buffer, width, height, 0, 0, width, height, width, height, new int[width * height]);
    assertThat(out).isEqualTo(java.util.Arrays.copyOf(buffer, width * height));
  }
}
