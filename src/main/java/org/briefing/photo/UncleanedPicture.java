package org.briefing.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifImageDirectory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A picture of a format Briefing cannot take metadata out of (TIFF, HEIF, AVIF, JPEG XL, JPEG 2000,
 * Photoshop, camera raw): published as it is when it holds nothing private, else refused, naming
 * what it holds. What a file holds is read with metadata-extractor, and for the box formats also
 * by walking the boxes ({@link IsoBoxes}), as metadata-extractor reads no AVIF, CR3, JPEG XL or JPEG 2000 metadata.
 */
final class UncleanedPicture {
  /** The tags of a TIFF directory that lay out and show the picture; every other tag is the camera's, the owner's or a tool's. */
  private static final Set<Integer> STRUCTURE = Set.of(0xFE, 0xFF, 0x100, 0x101, 0x102, 0x103, 0x106, 0x107, 0x108, 0x109, 0x10A,
      0x111, 0x112, 0x115, 0x116, 0x117, 0x118, 0x119, 0x11A, 0x11B, 0x11C, 0x122, 0x123, 0x124, 0x125, 0x128, 0x12D, 0x13D,
      0x13E, 0x13F, 0x140, 0x141, 0x142, 0x143, 0x144, 0x145, 0x14C, 0x152, 0x153, 0x154, 0x155, 0x156, 0x15B, 0x200, 0x201,
      0x202, 0x211, 0x212, 0x213, 0x214, 0x8773, 0x9000, 0x9101, 0xA000, 0xA001, 0xA002, 0xA003);
  /** Directories of a format's own header: size, bit depth, colour mode and profile, HEIF's brands. */
  private static final Set<String> HEADERS = Set.of("File Type", "PSD Header", "HEIF", "ICC Profile", "PNG-IHDR");
  /** The formats made of ISO base media boxes, which are walked ({@link IsoBoxes}). */
  private static final Set<String> BOXES = Set.of("heic", "heif", "avif", "cr3", "jxl", "jp2", "jpx");
  private static final Set<Integer> SERIALS = Set.of(0xA431, 0xA435, 0xC62F);
  private static final Set<Integer> CAMERA = Set.of(0x010F, 0x0110, 0xA433, 0xA434, 0xC614);
  private static final Set<Integer> PEOPLE = Set.of(0x013B, 0x8298, 0xA430);
  private static final Set<Integer> DATES = Set.of(0x0132, 0x9003, 0x9004, 0x9010, 0x9011, 0x9012, 0x9290, 0x9291, 0x9292);
  private static final Set<Integer> SOFTWARE = Set.of(0x0131, 0x013C);
  private static final Set<Integer> COMMENTS = Set.of(0x010E, 0x9286, 0x9C9C, 0x010D, 0x011D);

  private UncleanedPicture() {}

  /**
   * The format of {@link StaticPicture#UNCLEANED} that a file's first bytes show (a TIFF, a HEIF or
   * AVIF by any of its brands, a JPEG 2000, a JPEG XL in its container, a Photoshop file, a camera raw),
   * whatever its name says, from its first {@link StaticPicture#HEAD} bytes; null for any other (a bare
   * JPEG XL codestream has no place for metadata).
   */
  static String formatInside(byte[] head) {
    if (head.length < 12) {
      return null;
    }
    String start = new String(head, 0, 12, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("II*\0") || start.startsWith("MM\0*") || start.startsWith("II+\0") || start.startsWith("MM\0+")) {
      return "tiff"; // and BigTIFF, and the camera raws built on TIFF (DNG, CR2, NEF, ARW)
    } else if (start.startsWith("IIRO") || start.startsWith("IIRS") || start.startsWith("MMOR")) {
      return "orf";
    } else if (start.startsWith("IIU\0")) {
      return "rw2";
    } else if (start.startsWith("FUJIFILM")) {
      return "raf";
    } else if (start.startsWith("8BPS")) {
      return "psd"; // and PSB
    } else if (start.startsWith("JXL ", 4)) {
      return "jxl";
    } else if (start.startsWith("jP  ", 4)) {
      return "jp2";
    } else if (!start.startsWith("ftyp", 4)) {
      return null;
    }
    // the file type box: a major brand, then the brands it is compatible with, which name a HEIF
    // or AVIF also when the major brand is a video's (avci, isom, mp42)
    int end = Math.min(head.length, (int) Math.min(Integer.MAX_VALUE, java.nio.ByteBuffer.wrap(head, 0, 4).getInt() & 0xFFFFFFFFL));
    String picture = pictureBrand(start.substring(8));
    for (int at = 16; picture == null && at + 4 <= end; at += 4) {
      picture = pictureBrand(new String(head, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return picture;
  }

  /** The format a brand of a file type box names, or null for a video's or sound's. */
  private static String pictureBrand(String brand) {
    return switch (brand) {
      case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "mif2", "msf1" -> "heic";
      case "avif", "avis" -> "avif";
      case "crx " -> "cr3";
      case "jp2 " -> "jp2";
      case "jpx " -> "jpx";
      default -> null;
    };
  }

  /** {@code bytes} as they are, when the file of {@code format} holds nothing private; throws {@link StaticPicture.Refused}. */
  static byte[] judged(String format, byte[] bytes) {
    return judged(format, bytes, false);
  }

  /**
   * As {@link #judged(String, byte[])}; {@code misnamed}: the file's name says another format (a
   * TIFF saved as {@code .jpg}), which the error says, as the editor takes it for what its name says.
   */
  static byte[] judged(String format, byte[] bytes, boolean misnamed) {
    try {
      return judgedAs(format, bytes);
    } catch (StaticPicture.Refused e) {
      if (!misnamed) {
        throw e;
      }
      throw new StaticPicture.Refused(e.getMessage().replace("; it is not published",
          " (its bytes are a " + label(format) + " file's, whatever its name says); it is not published"), e.line(), e.hint());
    }
  }

  private static byte[] judgedAs(String format, byte[] bytes) {
    Set<String> found = new LinkedHashSet<>();
    boolean boxes = BOXES.contains(format);
    if (format.equals("jxl") && bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && bytes[1] == 0x0A) {
      return bytes; // a JPEG XL codestream without a container: it has no place for metadata
    }
    if (boxes && !IsoBoxes.isBoxes(bytes)) {
      throw unreadable(format, "it does not start as one does");
    }
    if (boxes) {
      List<String> parts = new ArrayList<>();
      try {
        IsoBoxes.privateParts(bytes, parts);
      } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
        throw unreadable(format, e.getMessage() == null ? "its boxes are cut short" : e.getMessage());
      }
      found.addAll(parts);
    }
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      if (!boxes) {
        throw unreadable(format, e.getMessage());
      }
      metadata = new Metadata(); // its boxes are walked: metadata-extractor reads no JPEG XL or JPEG 2000
    }
    if (!boxes && !readAsPicture(metadata)) {
      throw unreadable(format, "its format is known but what it holds cannot be read");
    }
    Set<String> read = new LinkedHashSet<>();
    for (Directory d : metadata.getDirectories()) {
      read.addAll(privateParts(d, boxes));
    }
    if (!read.isEmpty()) {
      found.remove(IsoBoxes.EXIF); // what metadata-extractor read of the EXIF says more
    }
    read.addAll(found);
    found = read;
    if (!found.isEmpty()) {
      throw new StaticPicture.Refused("it holds " + String.join(", ", found) + ", which Briefing cannot take out of "
          + (label(format).startsWith("A") ? "an " : "a ") + label(format) + " file; it is not published", 0, HINT);
    }
    return bytes;
  }

  static final String HINT = "convert it to JPEG, PNG or WebP, which Briefing cleans, or remove its metadata (exiftool -all= FILE)";

  private static boolean readAsPicture(Metadata metadata) {
    for (Directory d : metadata.getDirectories()) {
      if (!d.getName().equals("File Type")) {
        return true;
      }
    }
    return false; // a format detected but not read (no directory of its own): what it holds is not known
  }

  private static StaticPicture.Refused unreadable(String format, String why) {
    return new StaticPicture.Refused("this " + label(format) + " file cannot be read (" + why + "); it is not published unread, as it may hold"
        + " a GPS position, the camera's serial number or an editing history", 0, HINT);
  }

  private static String label(String format) {
    return switch (format) {
      case "tif", "tiff" -> "TIFF";
      case "jxl" -> "JPEG XL";
      case "jp2", "jpx" -> "JPEG 2000";
      case "psd" -> "Photoshop";
      case "heic", "heif" -> "HEIF";
      case "avif" -> "AVIF";
      default -> "camera raw (." + format + ")";
    };
  }

  /** What directory {@code d} holds that is private, in words. */
  private static Set<String> privateParts(Directory d, boolean boxes) {
    Set<String> found = new LinkedHashSet<>();
    if (HEADERS.contains(d.getName()) || boxes && (d.getName().equals("QuickTime") || d.getName().startsWith("MP4"))) {
      return found; // QuickTime, MP4: metadata-extractor's reading of the brands of a file of boxes, which are walked
    }
    if (d instanceof GpsDirectory) {
      found.add("a GPS position");
    } else if (d instanceof ExifIFD0Directory || d instanceof ExifSubIFDDirectory || d instanceof ExifThumbnailDirectory
        || d instanceof ExifImageDirectory) {
      for (Tag tag : d.getTags()) {
        int type = tag.getTagType();
        if (!STRUCTURE.contains(type)) {
          found.add(SERIALS.contains(type) ? "the camera's serial number" : CAMERA.contains(type) ? "the camera's make and model"
              : PEOPLE.contains(type) ? "the owner's or author's name" : DATES.contains(type) ? "dates and times"
              : SOFTWARE.contains(type) ? "the software and computer it was made with" : COMMENTS.contains(type) ? "a description or comment"
              : type == ExifDirectoryBase.TAG_MAKERNOTE ? "the camera maker's notes"
              : type == 0x02BC ? "XMP (editing history)" : type == 0x83BB ? "IPTC (caption, credit, byline)"
              : type == 0x8649 ? "Photoshop's data" : "EXIF's " + tag.getTagName());
        }
      }
    } else if (d.getName().equals("XMP")) {
      found.add("XMP (editing history)");
    } else if (d.getName().equals("IPTC")) {
      found.add("IPTC (caption, credit, byline)");
    } else if (d.getName().equals("Photoshop")) {
      if (d.getTagCount() > 0) {
        found.add("Photoshop's data (its resources: thumbnail, captions, paths)");
      }
    } else if (d.getClass().getPackageName().endsWith("makernotes")) {
      found.add("the camera maker's notes");
    } else if (d.getTagCount() > 0) {
      found.add(d.getName());
    }
    return found;
  }
}
