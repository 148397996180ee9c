package org.briefing.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.TaggedPhotos;
import org.briefing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo is made in scratch buffers reused from photo to photo, so that it allocates only its
 * small made files (docs/performance.md, the RSS of a first build growing with the number of
 * photos), and the files are the same bytes as when made in buffers of their own.
 */
class PhotoScratchTest {
  @TempDir
  static Path dir;
  static Path large;
  static Path first;
  static Path second;

  @BeforeAll
  static void photos() throws IOException {
    large = write("large.jpg", TestImages.jpeg(3000, 2000, 1));
    first = write("first.jpg", TestImages.jpeg(2400, 1600, 2));
    second = write("second.jpg", TestImages.jpeg(2400, 1600, 3));
  }

  static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The bytes allocated by the current thread so far. */
  static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(
        Thread.currentThread().getId());
  }

  @Test
  void eachOrientationPutsEveryPixelWhereTheExifOrientationSays() {
    int width = 5;
    int height = 3;
    int[] pixels = new int[width * height];
    Arrays.setAll(pixels, i -> i + 1);
    for (int orientation = 1; orientation <= 8; orientation++) {
      boolean swap = orientation >= 5;
      int outW = swap ? height : width;
      int[] expected = new int[pixels.length];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          // where the stored pixel (x, y) is shown, as the EXIF orientations are defined
          int[] at = switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {width - 1 - x, y};
            case 3 -> new int[] {width - 1 - x, height - 1 - y};
            case 4 -> new int[] {x, height - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {height - 1 - y, x};
            case 7 -> new int[] {height - 1 - y, width - 1 - x};
            default -> new int[] {y, width - 1 - x};
          };
          expected[at[1] * outW + at[0]] = pixels[y * width + x];
        }
      }
      int[] longer = new int[pixels.length + 7];
      Orientation.apply(pixels, width, height, orientation, longer);
      assertThat(Arrays.copyOf(longer, pixels.length)).as("orientation %d", orientation).containsExactly(expected);
      assertThat(Orientation.apply(pixels, width, height, orientation)).as("orientation %d", orientation).containsExactly(expected);
    }
  }

  @Test
  void decodingIntoScratchLeftLargerByAnotherPhotoGivesThePixelsDecodingAloneGives() throws IOException {
    Map<String, Path> photos = new LinkedHashMap<>();
    photos.put("baseline JPEG", write("small.jpg", TestImages.jpeg(640, 427, 4)));
    photos.put("progressive JPEG", write("progressive.jpg", TestImages.progressiveJpeg(641, 425, 5)));
    photos.put("CMYK JPEG", write("cmyk.jpg", TestImages.cmykJpeg(300, 200, false)));
    photos.put("YCCK JPEG", write("ycck.jpg", TestImages.cmykJpeg(300, 200, true)));
    photos.put("grey JPEG", write("grey.jpg", TestImages.encode(grey(TestImages.picture(320, 200, 6, false)), "jpeg")));
    photos.put("PNG with alpha", write("alpha.png", TestImages.encode(TestImages.picture(400, 300, 7, true), "png")));
    photos.put("JPEG with a linear-RGB profile", write("linear.jpg", withProfile(TestImages.jpeg(500, 330, 9),
        java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB))));
    photos.put("JPEG with an sRGB profile", write("srgb.jpg", withProfile(TestImages.jpeg(500, 330, 10),
        java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB))));
    photos.put("tagged JPEG", write("tagged.jpg", TaggedPhotos.tagged(TestImages.jpeg(500, 300, 8),
        TaggedPhotos.Tags.agency("Agency", "A harbour"))));
    Scratch scratch = new Scratch();
    PhotoDecoder.decode(large, 6, 1, scratch); // leaves its buffers longer than any of these photos needs
    for (Map.Entry<String, Path> photo : photos.entrySet()) {
      for (int step = 1; step <= 3; step++) {
        for (int orientation : step == 1 ? new int[] {1, 2, 3, 4, 5, 6, 7, 8} : new int[] {1, 6}) {
          PhotoDecoder.Pixels alone = PhotoDecoder.decode(photo.getValue(), orientation, step);
          PhotoDecoder.Pixels reused = PhotoDecoder.decode(photo.getValue(), orientation, step, scratch);
          String what = photo.getKey() + ", step " + step + ", orientation " + orientation;
          assertThat(List.of(reused.width(), reused.height())).as(what).containsExactly(alone.width(), alone.height());
          assertThat(alone.argb()).as(what).hasSize(alone.width() * alone.height());
          assertThat(Arrays.copyOf(reused.argb(), alone.argb().length)).as(what).isEqualTo(alone.argb());
          if (orientation > 1 || photo.getKey().endsWith("JPEG") && !photo.getKey().startsWith("grey")) {
            assertThat(reused.argb()).as(what + ": the scratch pixels").isSameAs(scratch.pixels(0));
          }
        }
      }
    }
  }

  /** {@code jpeg} with {@code profile} in an APP2 segment after its start marker. */
  static byte[] withProfile(byte[] jpeg, java.awt.color.ICC_Profile profile) {
    byte[] data = profile.getData();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    int length = 2 + 12 + 2 + data.length;
    out.write(0xFF);
    out.write(0xE2);
    out.write(length >> 8);
    out.write(length);
    out.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    out.write(1);
    out.write(1);
    out.writeBytes(data);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static java.awt.image.BufferedImage grey(java.awt.image.BufferedImage image) {
    java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    grey.createGraphics().drawImage(image, 0, 0, null);
    return grey;
  }

  @Test
  void aJpegOfPixelsHasTheBytesOfOneWrittenFromATYPE_3BYTE_BGRImageOfThem() {
    Scratch scratch = new Scratch();
    scratch.bytes(3000 * 2000 * 3); // longer than any of these needs
    for (int[] size : new int[][] {{1600, 1067}, {1200, 630}, {240, 160}, {1, 1}}) {
      int width = size[0];
      int height = size[1];
      // with a transparent border, which is laid on white
      int[] argb = TestImages.picture(width, height, width, true).getRGB(0, 0, width, height, null, 0, width);
      int[] longer = Arrays.copyOf(argb, argb.length + 100);
      java.awt.image.BufferedImage bgr = new java.awt.image.BufferedImage(width, height,
          java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
      for (int i = 0; i < argb.length; i++) {
        int p = argb[i];
        int a = p >>> 24;
        int r = ((p >> 16) & 0xff) * a / 255 + 255 - a;
        int g = ((p >> 8) & 0xff) * a / 255 + 255 - a;
        int b = (p & 0xff) * a / 255 + 255 - a;
        bgr.setRGB(i % width, i / width, r << 16 | g << 8 | b);
      }
      javax.imageio.ImageWriter writer = null;
      for (var it = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
        javax.imageio.ImageWriter w = it.next();
        writer = w.getClass().getName().startsWith("com.sun.imageio.") ? w : writer;
      }
      javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(PhotoMaker.JPEG_QUALITY);
      param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
      java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
      try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(expected)) {
        writer.setOutput(out);
        writer.write(null, new javax.imageio.IIOImage(bgr, null, null), param);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        writer.dispose();
      }
      assertThat(PhotoEncoder.jpeg(longer, width, height, PhotoMaker.JPEG_QUALITY, scratch)).as(width + "x" + height)
          .isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void aJpegDecodedIntoWarmScratchAllocatesNoLargeArray() {
    Scratch scratch = new Scratch();
    PhotoDecoder.decode(first, 1, 1, scratch);
    PhotoDecoder.decode(second, 6, 1, scratch); // warm: the reader's classes loaded and its first run done
    long before = allocated();
    PhotoDecoder.Pixels pixels = PhotoDecoder.decode(first, 8, 1, scratch);
    long allocated = allocated() - before;
    assertThat(pixels.argb()).isSameAs(scratch.pixels(0));
    // 2400 × 1600 pixels: 11.5 MB of decoded bytes and 15.4 MB of ARGB when they were allocated for each photo
    assertThat(allocated).as("bytes allocated decoding a 2400x1600 JPEG into warm scratch").isLessThan(2400L * 1600 / 4);
  }

  @Test
  void aPhotoMadeInWarmScratchAllocatesAboutItsMadeFilesOnly() {
    PhotoMaker maker = new PhotoMaker(PhotoCache.inMemory());
    make(maker, large);
    make(maker, first);
    long before = allocated();
    Map<String, byte[]> made = make(maker, second);
    long allocated = allocated() - before;
    long files = made.values().stream().mapToLong(b -> b.length).sum();
    // arrays allocated for each photo before: 11.5 MB decoded, 15.4 MB of ARGB, 13.4 MB of scaled pixels (3.36 million),
    // and 23.5 MB of copies of them for the writer (3 and 4 bytes a pixel)
    assertThat(allocated).as("bytes allocated making the six files of a 2400x1600 JPEG (%d bytes of files)", files)
        .isLessThan(2400L * 1600 * 4 / 4);
  }

  @Test
  void filesMadeInScratchLeftByLargerPhotosHaveTheBytesOfFilesMadeAlone() throws IOException {
    List<Path> photos = new ArrayList<>();
    photos.add(write("turned.jpg", TaggedPhotos.tagged(TestImages.jpeg(1800, 1200, 9), TaggedPhotos.Tags.phone(6))));
    photos.add(write("mirrored.jpg", TaggedPhotos.tagged(TestImages.jpeg(900, 700, 10), TaggedPhotos.Tags.phone(2))));
    photos.add(write("transparent.png", TestImages.encode(TestImages.picture(800, 500, 11, true), "png")));
    photos.add(write("cmyk-made.jpg", TestImages.cmykJpeg(1000, 600, false)));
    PhotoMaker warm = new PhotoMaker(PhotoCache.inMemory());
    make(warm, large);
    for (Path photo : photos) {
      Map<String, byte[]> afterOthers = make(warm, photo);
      Map<String, byte[]> alone = make(new PhotoMaker(PhotoCache.inMemory()), photo);
      assertThat(afterOthers.keySet()).as(photo.toString()).containsExactlyElementsOf(alone.keySet());
      for (String path : alone.keySet()) {
        assertThat(afterOthers.get(path)).as(path).isEqualTo(alone.get(path));
      }
    }
  }

  @Test
  void idleScratchIsKeptWithinTheBudgetAndLetGoAfterABuild() {
    PhotoMaker maker = new PhotoMaker(PhotoCache.inMemory(), 64);
    Scratch a = maker.takeScratch();
    Scratch b = maker.takeScratch();
    assertThat(b).isNotSameAs(a);
    a.bytes(40 << 20);
    b.bytes(40 << 20);
    maker.giveBack(a);
    maker.giveBack(b); // 80 MiB idle would pass the 64 MiB budget: b is let go
    assertThat(maker.takeScratch()).isSameAs(a);
    assertThat(maker.takeScratch()).isNotSameAs(b).isNotSameAs(a);
    maker.giveBack(a);
    maker.releaseScratch();
    assertThat(maker.takeScratch()).isNotSameAs(a);
    Scratch huge = maker.takeScratch();
    huge.bytes(65 << 20);
    maker.giveBack(huge); // larger than the budget by itself
    assertThat(maker.takeScratch()).isNotSameAs(huge);
  }

  /** The files {@code maker} makes of {@code photo}, by path. */
  static Map<String, byte[]> make(PhotoMaker maker, Path photo) {
    PhotoInfo info = PhotoReader.read(photo);
    PhotoPlan plan = PhotoPlan.of(info, "/images/" + photo.getFileName(), Focus.CENTRE);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (PhotoMaker.Made made : maker.make(photo, info, plan)) {
      try {
        files.put(made.path(), made.stored().bytes() != null ? made.stored().bytes() : Files.readAllBytes(made.stored().file()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return files;
  }
}
