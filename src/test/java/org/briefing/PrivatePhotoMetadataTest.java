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
}
