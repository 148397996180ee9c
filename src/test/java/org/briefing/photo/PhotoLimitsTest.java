package org.briefing.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.briefing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo may declare more pixels than a build can decode in its memory or its time: such a file
 * is refused from its header, naming its size, and a photo that still runs out of memory is an
 * error of that photo, never an unexpected one (docs/limits.md).
 */
class PhotoLimitsTest {
  @TempDir
  Path dir;

  /** A PNG whose header declares {@code width} by {@code height} RGB pixels, of which only the first rows are in the file. */
  static byte[] pngDeclaring(int width, int height) throws IOException {
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(rows)) {
      deflate.write(new byte[4 * (1 + 3 * width)]);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array());
    chunk(png, "IDAT", rows.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void aWebpOfAFewBytesDeclaringMorePixelsThanAWebpMayHaveIsRefusedFromItsHeader() throws IOException {
    long side = (long) Math.ceil(Math.sqrt(PhotoLimits.MAX_DECODED + 1.0));
    Path bomb = Files.write(dir.resolve("bomb.webp"), TestImages.solidWebp((int) side, (int) side, 0xFF336699));
    assertThat(Files.size(bomb)).isLessThan(100);

    long started = System.nanoTime();
    assertThatThrownBy(() -> PhotoReader.read(bomb)).isInstanceOf(PhotoException.class)
        .hasMessageContaining(side + " by " + side + " pixels").hasMessageContaining("save it smaller");
    assertThat((System.nanoTime() - started) / 1_000_000).as("ms: nothing is decoded").isLessThan(5_000);
  }

  @Test
  void aPngDeclaringMorePixelsThanAnyPhotoMayHaveIsRefusedFromItsHeader() throws IOException {
    int width = 2000;
    int height = (int) (PhotoLimits.MAX_PIXELS / width + 1);
    Path bomb = Files.write(dir.resolve("bomb.png"), pngDeclaring(width, height));

    assertThatThrownBy(() -> PhotoReader.read(bomb)).isInstanceOf(PhotoException.class)
        .hasMessageContaining(width + " by " + height + " pixels");
  }

  @Test
  void aLongPanoramaWhosePixelsWouldAllBeDecodedAtOnceIsRefusedBeforeDecoding() throws IOException {
    // narrow, so every pixel would be decoded for its files; fewer pixels than a photo may have
    int width = 1000;
    int height = (int) (PhotoLimits.MAX_DECODED / width + 1);
    Path tall = Files.write(dir.resolve("tall.png"), pngDeclaring(width, height));
    PhotoInfo info = PhotoReader.read(tall);
    PhotoMaker maker = new PhotoMaker(PhotoCache.inMemory());

    assertThatThrownBy(() -> maker.make(tall, info, PhotoPlan.of(info, "images/tall.png", Focus.CENTRE)))
        .isInstanceOf(PhotoException.class).hasMessageContaining(width + " by " + height + " pixels")
        .hasMessageContaining("decoded at once");
  }

  @Test
  void scratchBuffersWhoseArrayCouldNotBeAllocatedStillSayHowMuchTheyHoldAndServeTheNextPhoto() {
    Scratch scratch = new Scratch();
    scratch.pixels(1000);
    // more than any array may hold: the JVM refuses it at once, as it refuses an array the heap has no room for
    assertThatThrownBy(() -> scratch.pixels(Integer.MAX_VALUE)).isInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(() -> scratch.bytes(Integer.MAX_VALUE)).isInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(() -> scratch.scaled(0, Integer.MAX_VALUE)).isInstanceOf(OutOfMemoryError.class);

    assertThat(scratch.size()).isGreaterThanOrEqualTo(0);
    assertThat(scratch.pixels(10)).hasSizeGreaterThanOrEqualTo(10);
    new PhotoMaker(PhotoCache.inMemory(), 64).giveBack(scratch);
  }
}
