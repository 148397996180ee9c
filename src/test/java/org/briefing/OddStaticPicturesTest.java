package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures of static/ as they come from cameras, phones and interrupted copies: with a thumbnail in
 * their JFIF header, stray bytes between their segments, cut short, or saved without a picture's
 * name. Each is published without its private metadata, or stops the build naming the file; none is
 * published as it is, unread.
 */
class OddStaticPicturesTest {
  @TempDir
  Path dir;

  private static final String PRIVATE = "Mari Tamm";

  private TestSite site(String name) {
    return TestSite.of(dir.resolve(name), Fixtures.CONFIG + Fixtures.SOURCES);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static byte[] published(TestSite site, String path) throws Exception {
    return Files.readAllBytes(site.out().resolve(path));
  }

  /** A phone's photo: GPS position, camera serial number (EXIF) and XMP naming its owner. */
  private static byte[] phonePhoto() {
    byte[] jpeg = TaggedPhotos.tagged(TestImages.jpeg(300, 200, 7), TaggedPhotos.Tags.agency("Agency/" + PRIVATE, "At the quay."));
    assertThat(text(jpeg)).contains(PRIVATE);
    return jpeg;
  }

  /** Where the first segment after the start marker of {@code jpeg} ends. */
  private static int afterFirstSegment(byte[] jpeg) {
    return 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
  }

  /**
   * JFIF 1.02 lets a JPEG's header carry a thumbnail of its own, uncompressed: perhaps of the picture
   * before it was cropped. The header stays, saying it has no thumbnail, and the pixels go.
   */
  @Test
  void aJpegsJfifThumbnailIsTakenOutAndItsHeaderKept() throws Exception {
    byte[] plain = TestImages.jpeg(300, 200, 4);
    assertThat(text(Arrays.copyOfRange(plain, 6, 11))).isEqualTo("JFIF\0");
    assertThat(afterFirstSegment(plain)).as("a JFIF header without a thumbnail").isEqualTo(20);
    byte[] header = Arrays.copyOfRange(plain, 2, 20);
    byte[] pixels = Arrays.copyOf(bytes("CROPPED-OUT-FACE".repeat(48)), 16 * 16 * 3);
    header[2] = (byte) ((16 + pixels.length) >> 8);
    header[3] = (byte) (16 + pixels.length);
    header[16] = 16;
    header[17] = 16;
    byte[] withThumbnail = concat(Arrays.copyOf(plain, 2), header, pixels, Arrays.copyOfRange(plain, 20, plain.length));
    TestSite site = site("jfif").writeBytes("static/images/logo.jpg", withThumbnail).build();

    assertThat(published(site, "images/logo.jpg")).isEqualTo(plain);
  }

  /**
   * Decoders pass over stray bytes and fill bytes between a JPEG's segments (seen in agency and
   * camera files), and so does the cleaning: the file is published without its EXIF and XMP, as the
   * same file without them is.
   */
  @Test
  void aJpegWithStrayBytesBetweenItsSegmentsIsCleaned() throws Exception {
    byte[] phone = phonePhoto();
    int xmp = afterFirstSegment(phone); // the EXIF segment follows the start marker, the XMP segment it
    byte[] stray = concat(Arrays.copyOf(phone, 2), new byte[] {0, 0x41}, Arrays.copyOfRange(phone, 2, xmp),
        new byte[] {(byte) 0xFF, (byte) 0xFF}, Arrays.copyOfRange(phone, xmp, phone.length));
    TestSite site = site("stray").writeBytes("static/images/street.jpg", stray).writeBytes("static/images/control.jpg", phone).build();

    byte[] published = published(site, "images/street.jpg");
    assertThat(text(published)).doesNotContain(PRIVATE);
    assertThat(published).isEqualTo(published(site, "images/control.jpg"));
    assertThat(PrivatePhotoMetadataTest.privateTags(site.out())).isEmpty();
    assertThat(ImageIO.read(new ByteArrayInputStream(published)).getWidth()).isEqualTo(300);
  }

  /**
   * A JPEG cut short in its header (an interrupted copy) shows nothing and may hold EXIF up to the
   * cut: it stops the build at the file rather than be published unread. One cut in its picture data
   * is still shown up to the cut, and cleaned.
   */
  @Test
  void aJpegCutShortInItsHeaderStopsTheBuildAndOneCutInItsScanIsCleaned() throws Exception {
    byte[] phone = phonePhoto();
    TestSite cut = site("cut").writeBytes("static/images/street.jpg", Arrays.copyOf(phone, 300));
    assertThat(cut.buildFails()).singleElement().satisfies(p -> {
      assertThat(p.format(dir.resolve("cut"))).startsWith("static/images/street.jpg: error: this JPEG cannot be read: it ends in its header")
          .contains("it is not published unread");
      assertThat(p.hint()).contains("copy the file again");
    });

    TestSite scan = site("scan").writeBytes("static/images/street.jpg", Arrays.copyOf(phone, phone.length - 100)).build();
    assertThat(text(published(scan, "images/street.jpg"))).doesNotContain(PRIVATE).doesNotContain("Exif");

    // drawn inside an SVG as data, such a JPEG is left out of it, as no browser could draw it
    String data = java.util.Base64.getEncoder().encodeToString(Arrays.copyOf(phone, 300));
    TestSite svg = site("svg").write("-- static/images/map.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/jpeg;base64,"
        + data + "\"/></svg>\n").build();
    assertThat(new String(published(svg, "images/map.svg"), StandardCharsets.UTF_8)).contains("href=\"data:image/jpeg;base64,\"")
        .doesNotContain(data.substring(0, 40));
  }


}
