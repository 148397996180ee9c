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

  private static byte[] pngChunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(bytes(type)).put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    return chunk.array();
  }

  /**
   * Browsers show a PNG cut short as far as it goes: its text and XMP go as they do from a whole
   * one, and its image data stays up to the cut. One cut before its image data shows nothing and
   * stops the build, as a GIF cut before its first frame does.
   */
  @Test
  void aPngCutShortIsPublishedWithoutItsTextAndOneCutBeforeItsPictureStopsTheBuild() throws Exception {
    byte[] png = TestImages.encode(TestImages.picture(40, 30, 8, false), "png");
    byte[] edited = concat(Arrays.copyOf(png, 33), pngChunk("tEXt", bytes("Comment\0taken by " + PRIVATE)),
        pngChunk("iTXt", bytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + PRIVATE + "'s laptop</x:xmpmeta>")),
        Arrays.copyOfRange(png, 33, png.length));
    TestSite site = site("png").writeBytes("static/images/map.png", Arrays.copyOf(edited, edited.length - 20)).build();
    assertThat(published(site, "images/map.png")).isEqualTo(Arrays.copyOf(png, png.length - 20));

    byte[] gif = TestImages.encode(TestImages.picture(20, 10, 2, false), "gif");
    TestSite header = site("header").writeBytes("static/images/map.png", Arrays.copyOf(edited, 60))
        .writeBytes("static/images/chart.gif", Arrays.copyOf(gif, 20));
    assertThat(header.buildFails()).extracting(p -> p.format(dir.resolve("header")).lines().findFirst().orElseThrow()).containsExactlyInAnyOrder(
        "static/images/map.png: error: this PNG is cut short before its picture begins: no browser can show it, so it is not published",
        "static/images/chart.gif: error: this GIF is cut short before its picture begins: no browser can show it, so it is not published");
  }

  private static byte[] riff(byte[]... chunks) {
    byte[] body = concat(bytes("WEBP"), concat(chunks));
    return concat(bytes("RIFF"), ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);
  }

  private static byte[] webpChunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    return chunk.put(bytes(type)).putInt(data.length).put(data).array();
  }

  /**
   * A WebP cut short loses its EXIF and XMP as a whole one does; one cut in its image data keeps it
   * as far as it goes, its RIFF size saying where it would end, as a file cut there would.
   */
  @Test
  void aWebpCutShortIsPublishedWithoutItsExifAndXmp() throws Exception {
    byte[] plain = TestImages.solidWebp(64, 48, 0xFF336699);
    byte[] image = Arrays.copyOfRange(plain, 12, plain.length); // its one VP8L chunk
    byte[] vp8x = {0x0C, 0, 0, 0, 63, 0, 0, 47, 0, 0}; // EXIF and XMP flags, 64 by 48
    byte[] exif = webpChunk("EXIF", bytes("MM\0*GPS 59.4370 N, " + PRIVATE));
    byte[] xmp = webpChunk("XMP ", bytes("<x:xmpmeta>" + PRIVATE + "'s laptop</x:xmpmeta>"));
    byte[] tagged = riff(webpChunk("VP8X", vp8x), image, exif, xmp);
    byte[] early = riff(webpChunk("VP8X", vp8x), exif, xmp, image);
    TestSite site = site("webp")
        .writeBytes("static/images/whole.webp", tagged)
        .writeBytes("static/images/chart.webp", Arrays.copyOf(tagged, tagged.length - 6))
        .writeBytes("static/images/early.webp", Arrays.copyOf(early, early.length - 10))
        .build();

    byte[] whole = published(site, "images/whole.webp");
    assertThat(text(whole)).doesNotContain(PRIVATE).doesNotContain("EXIF");
    assertThat(published(site, "images/chart.webp")).isEqualTo(whole);
    byte[] cut = published(site, "images/early.webp");
    assertThat(cut).isEqualTo(Arrays.copyOf(whole, whole.length - 10));
    assertThat(ImageIO.read(new ByteArrayInputStream(whole)).getWidth()).isEqualTo(64);

    TestSite header = site("header").writeBytes("static/images/chart.webp", Arrays.copyOf(early, 30));
    assertThat(header.buildFails()).extracting(p -> p.format(dir.resolve("header"))).singleElement().asString()
        .startsWith("static/images/chart.webp: error: this WebP is cut short before its picture begins");
  }

  /**
   * A picture is known by its first bytes whatever its name: a phone's photo saved as IMG_2041 or
   * by a browser as photo.jpg.download is cleaned as photo.jpg would be. Other files (a PDF, a font,
   * text, bytes that only begin as a JPEG does) are published byte for byte.
   */
  @Test
  void aPictureUnderAnotherNameIsKnownByItsFirstBytesAndCleaned() throws Exception {
    byte[] phone = phonePhoto();
    byte[] png = TestImages.encode(TestImages.picture(40, 30, 8, false), "png");
    byte[] pngWithText = concat(Arrays.copyOf(png, 33), pngChunk("tEXt", bytes("Author\0" + PRIVATE)), Arrays.copyOfRange(png, 33, png.length));
    byte[] pdf = bytes("%PDF-1.4\n% Author: " + PRIVATE + "\n");
    byte[] font = concat(bytes("wOF2"), new byte[] {0, 1, 0, 0}, bytes(PRIVATE));
    byte[] notJpeg = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1}, bytes(PRIVATE));
    TestSite site = site("names")
        .writeBytes("static/images/photo.jpg", phone)
        .writeBytes("static/images/IMG_2041", phone)
        .writeBytes("static/images/photo.jpg.download", phone)
        .writeBytes("static/images/photo.bin", phone)
        .writeBytes("static/images/chart.data", pngWithText)
        .writeBytes("static/files/report.pdf", pdf)
        .writeBytes("static/fonts/serif.woff2", font)
        .writeBytes("static/files/data.bin", notJpeg)
        .write("-- static/files/notes.txt --\nGIF is a format.\n")
        .build();

    byte[] cleaned = published(site, "images/photo.jpg");
    assertThat(text(cleaned)).doesNotContain(PRIVATE);
    for (String name : new String[] {"IMG_2041", "photo.jpg.download", "photo.bin"}) {
      assertThat(published(site, "images/" + name)).as(name).isEqualTo(cleaned);
    }
    assertThat(published(site, "images/chart.data")).isEqualTo(png);
    assertThat(published(site, "files/report.pdf")).isEqualTo(pdf);
    assertThat(published(site, "fonts/serif.woff2")).isEqualTo(font);
    assertThat(published(site, "files/data.bin")).isEqualTo(notJpeg);
    assertThat(site.file("files/notes.txt")).isEqualTo("GIF is a format.\n");

    // such a picture edited later is cleaned again
    site.writeBytes("static/images/IMG_2041", TaggedPhotos.tagged(TestImages.jpeg(200, 100, 3), TaggedPhotos.Tags.phone(1))).build();
    assertThat(text(published(site, "images/IMG_2041"))).doesNotContain("Exif");
  }

  private static byte[] gifExtension(int label, byte[] first, String... subBlocks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x21);
    out.write(label);
    out.write(first.length);
    out.writeBytes(first);
    for (String block : subBlocks) {
      out.write(block.length());
      out.writeBytes(bytes(block));
    }
    out.write(0);
    return out.toByteArray();
  }

  /**
   * A GIF's plain text extension holds text no browser draws, as a comment's: it goes, with the
   * graphic control block that timed it (left, it would time the frame after it instead).
   */
  @Test
  void aGifsPlainTextGoesWithItsControlBlock() throws Exception {
    byte[] gif = TestImages.encode(TestImages.picture(20, 10, 2, false), "gif");
    int header = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
    byte[] control = gifExtension(0xF9, new byte[] {0x04, (byte) 0xF4, 0x01, 0x00});
    byte[] plainText = gifExtension(0x01, new byte[] {0, 0, 0, 0, 20, 0, 10, 0, 8, 8, 1, 0}, "PRIVATE-NOTE " + PRIVATE + " 555");
    byte[] edited = concat(Arrays.copyOf(gif, header), control, plainText, Arrays.copyOfRange(gif, header, gif.length));
    TestSite site = site("gif").writeBytes("static/images/chart.gif", edited).build();

    assertThat(published(site, "images/chart.gif")).isEqualTo(gif);
  }

  /** The colour profile of {@code data} whose description, copyright and device model name a person. */
  private static byte[] personalProfile() {
    java.awt.color.ICC_Profile profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB);
    String desc = PRIVATE + "'s MacBook, calibrated at 12 Elm St";
    profile.setData(java.awt.color.ICC_Profile.icSigProfileDescriptionTag, concat(bytes("desc"), new byte[4],
        ByteBuffer.allocate(4).putInt(desc.length() + 1).array(), bytes(desc + "\0"), new byte[8], new byte[3], new byte[67]));
    profile.setData(java.awt.color.ICC_Profile.icSigCopyrightTag, concat(bytes("text"), new byte[4], bytes("Copyright " + PRIVATE + "\0")));
    byte[] model = (PRIVATE + " laptop").getBytes(StandardCharsets.UTF_16BE);
    profile.setData(java.awt.color.ICC_Profile.icSigDeviceModelDescTag, concat(bytes("mluc"), new byte[4],
        ByteBuffer.allocate(20).putInt(1).putInt(12).put(bytes("enUS")).putInt(model.length).putInt(28).array(), model));
    byte[] data = profile.getData();
    assertThat(text(data)).contains(PRIVATE + "'s MacBook", "Copyright " + PRIVATE);
    assertThat(new String(data, StandardCharsets.UTF_16BE)).contains(PRIVATE + " laptop");
    return data;
  }

  private static String md5(byte[] profile) throws Exception {
    byte[] copy = profile.clone();
    Arrays.fill(copy, 44, 48, (byte) 0);
    Arrays.fill(copy, 64, 68, (byte) 0);
    Arrays.fill(copy, 84, 100, (byte) 0);
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(copy));
  }

  /**
   * Checks that {@code shown} is {@code original} with blank text: the same length, and only the
   * bytes of its text tags and its ID changed, the ID computed anew.
   */
  private static void blankedOf(byte[] shown, byte[] original) throws Exception {
    assertThat(shown).hasSameSizeAs(original);
    assertThat(text(shown)).doesNotContain(PRIVATE).contains("acsp");
    assertThat(new String(shown, StandardCharsets.UTF_16BE)).doesNotContain(PRIVATE);
    ByteBuffer table = ByteBuffer.wrap(original, 128, original.length - 128);
    java.util.BitSet text = new java.util.BitSet();
    text.set(84, 100);
    for (int tags = table.getInt(), i = 0; i < tags; i++) {
      String signature = new String(original, table.position(), 4, StandardCharsets.ISO_8859_1);
      table.getInt();
      int offset = table.getInt();
      int size = table.getInt();
      if (java.util.Set.of("desc", "cprt", "dmnd", "dmdd").contains(signature)) {
        text.set(offset, offset + size);
      }
    }
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] != original[i]) {
        assertThat(text.get(i)).as("byte " + i + " is of a text tag or the ID").isTrue();
      }
    }
    assertThat(java.util.HexFormat.of().formatHex(shown, 84, 100)).isEqualTo(md5(shown));
    java.awt.color.ICC_Profile read = java.awt.color.ICC_Profile.getInstance(shown);
    assertThat(read.getColorSpaceType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
    assertThat(text(read.getData(java.awt.color.ICC_Profile.icSigProfileDescriptionTag))).doesNotContain(PRIVATE);
  }

  /**
   * A colour profile's description and copyright often name the computer and the person it was
   * calibrated for. The text is made blank in the profile of a PNG, a JPEG and a WebP; its length,
   * tag table and colour data stay, and the picture is shown in the same colours.
   */
  @Test
  void aColourProfilesTextIsMadeBlankAndItsColoursKept() throws Exception {
    byte[] profile = personalProfile();
    // a profile with an ID (the MD5 of its bytes), which names the text it was computed with
    byte[] withId = profile.clone();
    System.arraycopy(java.util.HexFormat.of().parseHex(md5(profile)), 0, withId, 84, 16);
    profile = withId;

    java.util.zip.Deflater deflater = new java.util.zip.Deflater();
    deflater.setInput(profile);
    deflater.finish();
    byte[] compressed = new byte[1 << 16];
    compressed = Arrays.copyOf(compressed, deflater.deflate(compressed));
    byte[] png = TestImages.encode(TestImages.picture(40, 30, 8, false), "png");
    byte[] pngWithProfile = concat(Arrays.copyOf(png, 33), pngChunk("iCCP", concat(bytes(PRIVATE + "'s MacBook\0\0"), compressed)),
        Arrays.copyOfRange(png, 33, png.length));

    byte[] jpeg = TestImages.jpeg(300, 200, 4);
    int half = profile.length / 2;
    byte[] jpegWithProfile = concat(Arrays.copyOf(jpeg, 20),
        jpegSegment(0xE2, concat(bytes("ICC_PROFILE\0"), new byte[] {1, 2}, Arrays.copyOf(profile, half))),
        jpegSegment(0xE2, concat(bytes("ICC_PROFILE\0"), new byte[] {2, 2}, Arrays.copyOfRange(profile, half, profile.length))),
        Arrays.copyOfRange(jpeg, 20, jpeg.length));

    byte[] webp = TestImages.solidWebp(64, 48, 0xFF336699);
    byte[] webpWithProfile = riff(webpChunk("VP8X", new byte[] {0x20, 0, 0, 0, 63, 0, 0, 47, 0, 0}), webpChunk("ICCP", profile),
        Arrays.copyOfRange(webp, 12, webp.length));

    TestSite site = site("icc")
        .writeBytes("static/images/chart.png", pngWithProfile)
        .writeBytes("static/images/chart.jpg", jpegWithProfile)
        .writeBytes("static/images/chart.webp", webpWithProfile)
        .build();

    byte[] publishedPng = published(site, "images/chart.png");
    int iccp = text(publishedPng).indexOf("iCCP");
    int length = ByteBuffer.wrap(publishedPng, iccp - 4, 4).getInt();
    byte[] chunk = Arrays.copyOfRange(publishedPng, iccp + 4, iccp + 4 + length);
    assertThat(text(chunk)).startsWith("ICC profile\0\0");
    blankedOf(new java.util.zip.InflaterInputStream(new ByteArrayInputStream(chunk, 13, chunk.length - 13)).readAllBytes(), profile);
    java.awt.image.BufferedImage before = ImageIO.read(new ByteArrayInputStream(pngWithProfile));
    java.awt.image.BufferedImage after = ImageIO.read(new ByteArrayInputStream(publishedPng));
    assertThat(after.getRGB(0, 0, 40, 30, null, 0, 40)).isEqualTo(before.getRGB(0, 0, 40, 30, null, 0, 40));

    byte[] publishedJpeg = published(site, "images/chart.jpg");
    assertThat(publishedJpeg).hasSameSizeAs(jpegWithProfile);
    int first = 20 + 18;
    int second = first + half + 18;
    blankedOf(concat(Arrays.copyOfRange(publishedJpeg, first, first + half),
        Arrays.copyOfRange(publishedJpeg, second, second + profile.length - half)), profile);

    byte[] publishedWebp = published(site, "images/chart.webp");
    assertThat(publishedWebp).hasSameSizeAs(webpWithProfile);
    blankedOf(Arrays.copyOfRange(publishedWebp, 12 + 18 + 8, 12 + 18 + 8 + profile.length), profile);
  }

  private static byte[] jpegSegment(int marker, byte[] data) {
    return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)}, data);
  }
}
