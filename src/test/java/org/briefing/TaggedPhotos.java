package org.briefing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JPEGs carrying what wire and phone photos carry, written byte by byte for tests: EXIF (camera,
 * serial number, orientation, GPS position), XMP (credit, photographer, caption, editing history)
 * and IPTC (credit, caption, byline).
 */
public final class TaggedPhotos {
  private TaggedPhotos() {}

  /** What to put in a photo; null or 0 leaves a part out. */
  public record Tags(int orientation, boolean gps, String xmpCredit, String xmpCaption, String iptcCredit, String iptcCaption,
      String iptcByline) {
    public static Tags phone(int orientation) {
      return new Tags(orientation, true, null, null, null, null, null);
    }

    public static Tags agency(String credit, String caption) {
      return new Tags(0, true, credit, caption, credit, caption, "Mari Tamm");
    }
  }

  /** {@code jpeg} with {@code tags} in segments after its start marker. */
  public static byte[] tagged(byte[] jpeg, Tags tags) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    if (tags.orientation() > 0 || tags.gps()) {
      segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif(tags)));
    }
    if (tags.xmpCredit() != null || tags.xmpCaption() != null) {
      segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1), xmp(tags)));
    }
    if (tags.iptcCredit() != null || tags.iptcCaption() != null) {
      segment(out, 0xED, photoshop(tags));
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A TIFF of no pixels with {@code tags} (the camera, its serial number, a GPS position) in its directories, as a camera raw's header is. */
  public static byte[] tiff(Tags tags) {
    return exif(tags);
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
    out.write(0xFF);
    out.write(marker);
    int length = data.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(data, 0, data.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** One TIFF directory entry; {@code data} is its value, placed after the directory when longer than 4 bytes. */
  private record Entry(int tag, int type, int count, byte[] data) {}

  private static Entry ascii(int tag, String text) {
    byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return new Entry(tag, 2, bytes.length, bytes);
  }

  private static Entry shortValue(int tag, int value) {
    return new Entry(tag, 3, 1, new byte[] {(byte) (value >> 8), (byte) value, 0, 0});
  }

  private static Entry rationals(int tag, int... numbersAndDenominators) {
    ByteBuffer b = ByteBuffer.allocate(numbersAndDenominators.length * 4);
    for (int n : numbersAndDenominators) {
      b.putInt(n);
    }
    return new Entry(tag, 5, numbersAndDenominators.length / 2, b.array());
  }

  private static byte[] exif(Tags tags) {
    // big-endian TIFF: header, IFD0 (camera, orientation, pointers), the EXIF IFD (serial number), the GPS IFD
    List<Entry> exifIfd = List.of(ascii(0xA431, "SN-4402917"), ascii(0xA435, "LENS-88213"));
    List<Entry> gpsIfd = List.of(new Entry(0x0000, 1, 4, new byte[] {2, 3, 0, 0}), ascii(0x0001, "N"),
        rationals(0x0002, 59, 1, 26, 1, 1234, 100), ascii(0x0003, "E"), rationals(0x0004, 24, 1, 45, 1, 2345, 100));
    int ifd0Count = 4 + (tags.gps() ? 1 : 0);
    int ifd0Start = 8;
    int ifd0Size = 2 + ifd0Count * 12 + 4;
    int ifd0Data = 6 + 7; // "Phone\0" and "Model1\0"
    int exifStart = ifd0Start + ifd0Size + ifd0Data;
    int exifSize = size(exifIfd);
    int gpsStart = exifStart + exifSize;
    List<Entry> ifd0 = new ArrayList<>();
    ifd0.add(ascii(0x010F, "Phone"));
    ifd0.add(ascii(0x0110, "Model1"));
    ifd0.add(shortValue(0x0112, Math.max(1, tags.orientation())));
    ifd0.add(new Entry(0x8769, 4, 1, ByteBuffer.allocate(4).putInt(exifStart).array()));
    if (tags.gps()) {
      ifd0.add(new Entry(0x8825, 4, 1, ByteBuffer.allocate(4).putInt(gpsStart).array()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
    directory(out, ifd0, ifd0Start);
    directory(out, exifIfd, exifStart);
    if (tags.gps()) {
      directory(out, gpsIfd, gpsStart);
    }
    return out.toByteArray();
  }

  /** The bytes a directory and its long values take. */
  private static int size(List<Entry> entries) {
    int size = 2 + entries.size() * 12 + 4;
    for (Entry e : entries) {
      size += e.data().length > 4 ? e.data().length : 0;
    }
    return size;
  }

  private static void directory(ByteArrayOutputStream out, List<Entry> entries, int start) {
    ByteBuffer dir = ByteBuffer.allocate(2 + entries.size() * 12 + 4);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int dataAt = start + dir.capacity();
    dir.putShort((short) entries.size());
    for (Entry e : entries) {
      dir.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
      if (e.data().length > 4) {
        dir.putInt(dataAt + data.size());
        data.writeBytes(e.data());
      } else {
        dir.put(java.util.Arrays.copyOf(e.data(), 4));
      }
    }
    dir.putInt(0);
    out.writeBytes(dir.array());
    out.writeBytes(data.toByteArray());
  }

  private static byte[] xmp(Tags tags) {
    String packet = """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" photoshop:Credit="%s">
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
           <dc:creator><rdf:Seq><rdf:li>Mari Tamm</rdf:li></rdf:Seq></dc:creator>
           <xmpMM:History><rdf:Seq><rdf:li stEvt:action="saved" stEvt:softwareAgent="Editor 1.0" stEvt:when="2021-10-18T10:00:00Z"/></rdf:Seq></xmpMM:History>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>""".formatted(tags.xmpCredit() == null ? "" : tags.xmpCredit(),
        tags.xmpCaption() == null ? "" : tags.xmpCaption());
    return packet.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] photoshop(Tags tags) {
    ByteArrayOutputStream iim = new ByteArrayOutputStream();
    record(iim, 1, 90, new byte[] {0x1B, 0x25, 0x47}); // the records are UTF-8
    if (tags.iptcByline() != null) {
      record(iim, 2, 80, tags.iptcByline().getBytes(StandardCharsets.UTF_8));
    }
    if (tags.iptcCredit() != null) {
      record(iim, 2, 110, tags.iptcCredit().getBytes(StandardCharsets.UTF_8));
    }
    if (tags.iptcCaption() != null) {
      record(iim, 2, 120, tags.iptcCaption().getBytes(StandardCharsets.UTF_8));
    }
    byte[] data = iim.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes("8BIM".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(new byte[] {0x04, 0x04, 0, 0});
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  private static void record(ByteArrayOutputStream out, int record, int dataset, byte[] value) {
    out.write(0x1C);
    out.write(record);
    out.write(dataset);
    out.write(value.length >> 8);
    out.write(value.length & 0xFF);
    out.writeBytes(value);
  }
}
