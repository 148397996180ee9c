package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WebP is told apart as JPEGs and PNGs are: a cut-short one is said to be so, and one in static/ loses its EXIF and XMP. */
class WebpFilesTest {
  @TempDir
  Path dir;

  private static byte[] chunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    return chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
  }

  /** The EXIF of a JPEG (its APP1 "Exif" segment's TIFF data), as a WebP's EXIF chunk holds it. */
  private static byte[] exifOf(byte[] jpeg) {
    for (int at = 2; at + 4 < jpeg.length; ) {
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      if ((jpeg[at + 1] & 0xFF) == 0xE1 && new String(jpeg, at + 4, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
        return Arrays.copyOfRange(jpeg, at + 10, at + 2 + length);
      }
      at += 2 + length;
    }
    throw new IllegalArgumentException("no EXIF");
  }

  /** {@code webp} (a simple lossless one) in the extended format, with an EXIF and an XMP chunk, as a camera app writes it. */
  static byte[] withExifAndXmp(byte[] webp, int width, int height, byte[] exif, String xmp) {
    ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    vp8x.put((byte) (0x08 | 0x04)).put(new byte[3]);
    vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
    vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(chunk("VP8X", vp8x.array()));
    body.write(webp, 12, webp.length - 12);
    body.writeBytes(chunk("EXIF", exif));
    body.writeBytes(chunk("XMP ", xmp.getBytes(StandardCharsets.UTF_8)));
    ByteBuffer riff = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
    return riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size()).put(body.toByteArray()).array();
  }

  @Test
  void aWebpInStaticIsPublishedWithoutItsExifAndXmpAndStillReads() throws Exception {
    byte[] exif = exifOf(TaggedPhotos.tagged(TestImages.jpeg(64, 48, 1), TaggedPhotos.Tags.phone(1)));
    String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Desk laptop of Ana\"/>"
        + "</rdf:RDF></x:xmpmeta>";
    byte[] tagged = withExifAndXmp(TestImages.solidWebp(64, 48, 0xFF336699), 64, 48, exif, xmp);
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("quay", "/images/quay.jpg", "").replace("The ferry left", "![The quay](/images/map.webp 'Map: The Desk') The ferry left"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(900, 600, 2))
        .writeBytes("static/images/map.webp", tagged)
        .build();
    assertThat(ImageMetadataReader.readMetadata(dir.resolve("static/images/map.webp").toFile())
        .getFirstDirectoryOfType(GpsDirectory.class)).as("the original has a position").isNotNull();
    assertThat(PrivatePhotoMetadataTest.privateTags(dir.resolve("static"))).anyMatch(t -> t.contains("map.webp") && t.contains("GPS"))
        .anyMatch(t -> t.contains("map.webp") && t.contains("XMP"));

    assertThat(PrivatePhotoMetadataTest.privateTags(site.out())).filteredOn(t -> t.contains("map.webp") && !t.contains(": WebP: "))
        .as("nothing but the format's own header").isEmpty();
    byte[] published = java.nio.file.Files.readAllBytes(site.out().resolve("images/map.webp"));
    assertThat(new String(published, StandardCharsets.ISO_8859_1)).doesNotContain("Desk laptop").doesNotContain("EXIF");
    assertThat(published[20] & (0x08 | 0x04)).as("the VP8X flags no longer announce EXIF or XMP").isZero();
    assertThat(ByteBuffer.wrap(published, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(published.length - 8);
    assertThat(PhotoInputsTest.colour(ImageIO.read(new java.io.ByteArrayInputStream(published)), 10, 10)).isEqualTo("64 96 160");
  }

  /**
   * A WebP's reader stops at the end its RIFF header declares and skips chunks it does not know,
   * so what follows that end (another file joined to it) and a tool's private chunks are never
   * shown, only carried: neither is published.
   */
  @Test
  void aWebpInStaticIsPublishedWithoutPrivateChunksOrWhatFollowsItsDeclaredEnd() throws Exception {
    byte[] plain = TestImages.solidWebp(64, 48, 0xFF336699);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(plain, 8, plain.length - 8);
    body.writeBytes(chunk("prVt", "layers of /Users/ana/quay.psd".getBytes(StandardCharsets.ISO_8859_1)));
    ByteBuffer riff = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(riff.array());
    file.writeBytes(body.toByteArray());
    file.writeBytes("GPS 41.69N 44.80E, sent from Ana's phone".getBytes(StandardCharsets.ISO_8859_1));
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("quay", "/images/quay.jpg", "").replace("The ferry left", "![The quay](/images/map.webp 'Map: The Desk') The ferry left"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(900, 600, 2))
        .writeBytes("static/images/map.webp", file.toByteArray())
        .build();

    byte[] published = java.nio.file.Files.readAllBytes(site.out().resolve("images/map.webp"));
    assertThat(published).isEqualTo(plain);
    assertThat(PhotoInputsTest.colour(ImageIO.read(new java.io.ByteArrayInputStream(published)), 10, 10)).isEqualTo("64 96 160");
  }

  /** A WebP with nothing to take out is published byte for byte. */
  @Test
  void aWebpWithNothingPrivateIsPublishedAsItIs() throws Exception {
    byte[] plain = TestImages.solidWebp(64, 48, 0xFF336699);
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("quay", "/images/quay.jpg", "").replace("The ferry left", "![The quay](/images/map.webp 'Map: The Desk') The ferry left"))
        .writeBytes("static/images/quay.jpg", TestImages.jpeg(900, 600, 2))
        .writeBytes("static/images/map.webp", plain)
        .build();
    assertThat(java.nio.file.Files.readAllBytes(site.out().resolve("images/map.webp"))).isEqualTo(plain);
  }

  @Test
  void aWebpCutShortInItsHeaderIsSaidToBeDamagedOrCutShort() {
    byte[] whole = TestImages.solidWebp(640, 480, 0xFF336699);
    TestSite site = TestSite.of(dir, PhotoInputsTest.stories("cut.webp"))
        .writeBytes("static/images/cut.webp", Arrays.copyOf(whole, whole.length - 6));
    List<Problem> errors = site.buildFails();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.format(dir)).contains("content/stories/cutwebp.md:6", "'/images/cut.webp'")
        .contains("damaged or cut short").doesNotContain("null"));
  }
}
