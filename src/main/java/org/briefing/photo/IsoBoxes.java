package org.briefing.photo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What a file made of ISO base media boxes (HEIF, AVIF, Canon's CR3, JPEG XL's and JPEG 2000's
 * containers) holds besides its picture: its boxes are walked, and each box or {@code meta} item
 * that is not one of the format's own structural ones (size, colour, rotation, codestream) is named.
 * metadata-extractor reads no AVIF, CR3, JPEG XL or JPEG 2000 metadata, so it cannot be trusted to.
 */
final class IsoBoxes {
  /** The top-level boxes that only lay out and draw the picture. */
  private static final Set<String> TOP = Set.of("ftyp", "meta", "mdat", "free", "skip", "idat",
      "JXL ", "jxll", "jxlc", "jxlp", "jxli", "jP  ", "jp2h", "jp2c", "rreq");
  /** The boxes of {@code meta} that only lay out the picture: its items, their places and properties. */
  private static final Set<String> META = Set.of("hdlr", "pitm", "iloc", "iinf", "iref", "iprp", "idat", "dinf", "grpl", "free", "skip");
  /** The item types of a picture (coded images, derived images, masks), not of metadata (Exif, mime, uri). */
  private static final Set<String> PICTURE_ITEMS = Set.of("hvc1", "av01", "grid", "iden", "iovl", "tmap", "jpeg", "unci", "mski",
      "vvc1", "avc1", "j2k1", "hvt1", "lhv1", "jxl ");

  /** What an EXIF box or item holds, in words. */
  static final String EXIF = "EXIF (the camera, its serial number, dates, perhaps a GPS position)";

  private IsoBoxes() {}

  /** Whether {@code bytes} start as a box file: a box whose type is {@code ftyp} or a JPEG XL or JPEG 2000 signature. */
  static boolean isBoxes(byte[] bytes) {
    if (bytes.length < 12) {
      return false;
    }
    String type = new String(bytes, 4, 4, StandardCharsets.ISO_8859_1);
    return type.equals("ftyp") || type.equals("JXL ") || type.equals("jP  ");
  }

  /** Adds to {@code found} what the boxes of {@code bytes} hold besides the picture; throws {@link IllegalArgumentException} when they cannot be walked. */
  static void privateParts(byte[] bytes, List<String> found) {
    walk(ByteBuffer.wrap(bytes), found, true);
  }

  private static void walk(ByteBuffer boxes, List<String> found, boolean top) {
    while (boxes.hasRemaining()) {
      Box box = next(boxes, "the file");
      if (top && !TOP.contains(box.type())) {
        found.add(name(box.type()));
      } else if (box.type().equals("meta")) {
        // a full box: version and flags before its children
        if (box.body().remaining() < 4) {
          throw new IllegalArgumentException("its box 'meta' is cut short");
        }
        walkMeta(box.body().position(4).slice(), found, boxes.limit());
      }
    }
  }

  /** A box's type and what it holds after its header. */
  private record Box(String type, ByteBuffer body) {}

  /** The box at the position of {@code boxes}, which is moved past it; {@code within} names what holds it, for the error. */
  private static Box next(ByteBuffer boxes, String within) {
    if (boxes.remaining() < 8) {
      throw new IllegalArgumentException("it ends inside a box's header");
    }
    int start = boxes.position();
    long size = Integer.toUnsignedLong(boxes.getInt());
    String type = fourCc(boxes);
    int header = 8;
    if (size == 1) {
      if (boxes.remaining() < 8) {
        throw new IllegalArgumentException("it ends inside a box's header");
      }
      size = boxes.getLong();
      header = 16;
    } else if (size == 0) {
      size = boxes.limit() - start; // to the end of what holds it
    }
    if (size < header || size > boxes.limit() - start) {
      throw new IllegalArgumentException("its box '" + type.strip() + "' at byte " + start + " is longer than " + within);
    }
    ByteBuffer body = boxes.duplicate().position(start + header).limit(start + (int) size).slice();
    boxes.position(start + (int) size);
    return new Box(type, body);
  }

  private static void walkMeta(ByteBuffer boxes, List<String> found, int fileLength) {
    java.util.Map<Long, String> types = new java.util.LinkedHashMap<>();
    java.util.Set<Long> empty = new java.util.HashSet<>();
    while (boxes.hasRemaining()) {
      Box box = next(boxes, "its box 'meta'");
      String type = box.type();
      ByteBuffer body = box.body();
      if (!META.contains(type)) {
        found.add(name(type));
      } else if (type.equals("iinf")) {
        items(body, types, found);
      } else if (type.equals("iloc")) {
        emptyItems(body, fileLength, empty);
      }
    }
    types.forEach((id, itemType) -> {
      // an item of no bytes holds nothing: exiftool -all= leaves an EXIF or XMP item so, as it cannot remove one
      if (!PICTURE_ITEMS.contains(itemType) && !empty.contains(id)) {
        found.add(itemType.equals("Exif") ? EXIF
            : itemType.equals("mime") ? "XMP or other data of an application (editing history, the author)" : "an item '" + itemType.strip() + "'");
      }
    });
  }

  /** The id and type of each entry of an {@code iinf} box. */
  private static void items(ByteBuffer iinf, java.util.Map<Long, String> types, List<String> found) {
    int version = iinf.get() & 0xFF;
    iinf.position(4);
    long count = version == 0 ? iinf.getShort() & 0xFFFF : Integer.toUnsignedLong(iinf.getInt());
    for (long i = 0; i < count; i++) {
      int start = iinf.position();
      int size = iinf.getInt();
      String type = fourCc(iinf);
      if (!type.equals("infe") || size < 8 || size > iinf.limit() - start) {
        throw new IllegalArgumentException("its item list is not one of item entries");
      }
      ByteBuffer entry = iinf.duplicate().position(start + 8).limit(start + size).slice();
      iinf.position(start + size);
      int entryVersion = entry.get() & 0xFF;
      if (entryVersion < 2) {
        found.add("an item of unknown type"); // versions 0 and 1 name no type, only a content type
        continue;
      }
      entry.position(4);
      long id = entryVersion == 2 ? entry.getShort() & 0xFFFF : Integer.toUnsignedLong(entry.getInt());
      entry.getShort(); // protection index
      types.put(id, fourCc(entry));
    }
  }

  /** The items an {@code iloc} box places at no bytes: no extent, or extents of length 0 at the file's end. */
  private static void emptyItems(ByteBuffer iloc, int fileLength, java.util.Set<Long> empty) {
    int version = iloc.get() & 0xFF;
    iloc.position(4);
    int sizes = iloc.get() & 0xFF;
    int more = iloc.get() & 0xFF;
    int offsetSize = sizes >> 4;
    int lengthSize = sizes & 0xF;
    int baseSize = more >> 4;
    int indexSize = version == 0 ? 0 : more & 0xF;
    long count = version < 2 ? iloc.getShort() & 0xFFFF : Integer.toUnsignedLong(iloc.getInt());
    for (long i = 0; i < count; i++) {
      long id = version < 2 ? iloc.getShort() & 0xFFFF : Integer.toUnsignedLong(iloc.getInt());
      int method = version == 0 ? 0 : iloc.getShort() & 0xF;
      iloc.getShort(); // data reference index
      long base = number(iloc, baseSize);
      int extents = iloc.getShort() & 0xFFFF;
      boolean holds = false;
      for (int e = 0; e < extents; e++) {
        number(iloc, indexSize);
        long offset = number(iloc, offsetSize);
        long length = number(iloc, lengthSize);
        // a length of 0 is the rest of the file
        holds |= length > 0 || method != 0 || base + offset < fileLength;
      }
      if (!holds) {
        empty.add(id);
      }
    }
  }

  private static long number(ByteBuffer buffer, int size) {
    return switch (size) {
      case 0 -> 0;
      case 4 -> Integer.toUnsignedLong(buffer.getInt());
      case 8 -> buffer.getLong();
      default -> throw new IllegalArgumentException("its item locations have numbers of " + size + " bytes");
    };
  }

  private static String name(String box) {
    return switch (box) {
      case "Exif" -> EXIF;
      case "xml " -> "XMP or other XML (editing history, the author)";
      case "uuid" -> "data of an application (a uuid box: EXIF, XMP or IPTC in JPEG 2000, a camera's notes in CR3)";
      case "moov" -> "a camera's metadata (a moov box: its make, serial number, settings and dates)";
      case "jumb" -> "a JUMBF box (a C2PA manifest: the editing history)";
      case "brob" -> "a compressed box (EXIF or XMP compressed with Brotli)";
      case "jbrd" -> "the data to rebuild the original JPEG (its applications' segments and comments)";
      case "jp2i" -> "intellectual property rights (a jp2i box)";
      default -> "a box '" + box.strip() + "'";
    };
  }

  private static String fourCc(ByteBuffer buffer) {
    byte[] type = new byte[4];
    buffer.get(type);
    return new String(type, StandardCharsets.ISO_8859_1);
  }
}
