package org.briefing.photo;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.briefing.email.ImageSize;

/**
 * Reads a photo file's {@link PhotoInfo} from its header: the size from the image reader, the
 * orientation and embedded credit from its EXIF, IPTC and XMP (metadata-extractor). No pixel is
 * decoded, so this is cheap enough to do for every story as it is assembled.
 */
public final class PhotoReader {
  private static final String NS_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

  private PhotoReader() {}

  /** The format a file's name says it has: "jpeg", "png", "webp", "gif", "svg" or "other". */
  public static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return switch (dot < 0 ? "" : name.substring(dot + 1)) {
      case "jpg", "jpeg", "jpe", "jfif" -> "jpeg";
      case "png" -> "png";
      case "webp" -> "webp";
      case "gif" -> "gif";
      case "svg" -> "svg";
      default -> "other";
    };
  }

  /** What {@code file} is; throws {@link PhotoException} when it is not the image its name says. */
  public static PhotoInfo read(Path file) {
    org.briefing.fingerprint.FileStamp attributes;
    try {
      attributes = org.briefing.fingerprint.FileStamp.read(file);
    } catch (IOException e) {
      throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
    }
    String format = formatOf(file);
    long size = attributes.size();
    long stamp = attributes.stamp();
    if (format.equals("other")) {
      throw new PhotoException("its name does not end in .jpg, .png, .webp, .gif or .svg, so it is no picture the site can show");
    }
    if (format.equals("gif") && !startsWith(file, "GIF8") || format.equals("svg") && !isSvg(file)) {
      throw new PhotoException("it is not a " + format.toUpperCase(Locale.ROOT) + " image");
    }
    if (format.equals("gif")) {
      try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
        String unshown = GifBlocks.unshown(in);
        if (unshown != null) {
          throw new PhotoException(unshown);
        }
      } catch (IOException e) {
        throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
      }
    }
    if (format.equals("svg") || format.equals("gif")) {
      ImageSize shown = ImageSize.of(file);
      return new PhotoInfo(format, shown == null ? 0 : shown.width(), shown == null ? 0 : shown.height(), 1, size, stamp,
          PhotoInfo.Embedded.NONE);
    }
    int[] raw = rasterSize(file, format);
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(file.toFile());
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      throw new PhotoException("its metadata cannot be read (" + e.getMessage() + ")");
    }
    int orientation = orientation(metadata);
    boolean turned = orientation >= 5;
    return new PhotoInfo(format, turned ? raw[1] : raw[0], turned ? raw[0] : raw[1], orientation, size, stamp,
        embedded(metadata));
  }

  private static boolean startsWith(Path file, String magic) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return org.briefing.problem.FileSignature.at(in.readNBytes(magic.length()), 0, magic);
    } catch (IOException e) {
      throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Whether the file is XML whose first element is {@code <svg>}; no DTD or outside entity is read. */
  private static boolean isSvg(Path file) {
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (java.io.InputStream in = Files.newInputStream(file)) {
      javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
            return xml.getLocalName().equals("svg");
          }
        }
        return false;
      } finally {
        xml.close();
      }
    } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
      return false;
    }
  }

  private static int[] rasterSize(Path file, String format) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new PhotoException("it is not a " + format.toUpperCase(Locale.ROOT) + " image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1) {
          throw new PhotoException("it has no pixels");
        }
        PhotoLimits.checkSize(format, width, height);
        String actual = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (!actual.contains(format.equals("jpeg") ? "jp" : format)) {
          throw new PhotoException("its name says " + format.toUpperCase(Locale.ROOT) + " but it is " + actual.toUpperCase(Locale.ROOT));
        }
        return new int[] {width, height};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof PhotoException p) {
        throw p;
      }
      if (e instanceof java.io.EOFException) {
        throw new PhotoException("it is damaged or cut short (it ends before its header does)");
      }
      throw new PhotoException("it is not a readable " + format.toUpperCase(Locale.ROOT) + " image (" + e.getMessage() + ")");
    }
  }

  private static int orientation(Metadata metadata) {
    for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
      Integer value = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
      if (value != null && value >= 1 && value <= 8) {
        return value;
      }
    }
    return 1;
  }

  /** The embedded credit and caption: XMP first (it is Unicode), the older IPTC records where XMP says nothing. */
  static PhotoInfo.Embedded embedded(Metadata metadata) {
    String[] xmp = {"", "", "", "", ""};
    XmpDirectory xmpDirectory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
    if (xmpDirectory != null) {
      XMPMeta meta = xmpDirectory.getXMPMeta();
      xmp[0] = localized(meta, XMPConst.NS_DC, "description");
      xmp[1] = property(meta, NS_PHOTOSHOP, "Credit");
      xmp[2] = firstItem(meta, XMPConst.NS_DC, "creator");
      xmp[3] = localized(meta, XMPConst.NS_DC, "rights");
      xmp[4] = property(meta, NS_PHOTOSHOP, "Source");
    }
    IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
    int[] tags = {IptcDirectory.TAG_CAPTION, IptcDirectory.TAG_CREDIT, IptcDirectory.TAG_BY_LINE,
        IptcDirectory.TAG_COPYRIGHT_NOTICE, IptcDirectory.TAG_SOURCE};
    String[] values = new String[5];
    for (int i = 0; i < 5; i++) {
      String fromIptc = iptc == null ? null : iptc.getString(tags[i]);
      String value = xmp[i].isEmpty() && fromIptc != null ? fromIptc : xmp[i];
      values[i] = i == 0 ? lines(value) : clean(value);
    }
    return new PhotoInfo.Embedded(values[0], values[1], values[2], values[3], values[4]);
  }

  private static String localized(XMPMeta meta, String ns, String name) {
    try {
      XMPProperty p = meta.getLocalizedText(ns, name, null, XMPConst.X_DEFAULT);
      return p == null || p.getValue() == null ? "" : p.getValue();
    } catch (XMPException | RuntimeException e) {
      return "";
    }
  }

  private static String property(XMPMeta meta, String ns, String name) {
    try {
      String value = meta.getPropertyString(ns, name);
      return value == null ? "" : value;
    } catch (XMPException | RuntimeException e) {
      return "";
    }
  }

  private static String firstItem(XMPMeta meta, String ns, String name) {
    try {
      XMPProperty p = meta.getArrayItem(ns, name, 1);
      return p == null || p.getValue() == null ? "" : p.getValue();
    } catch (XMPException | RuntimeException e) {
      return "";
    }
  }

  /** One line of text: control characters (DEL and the C1 ones too) and runs of spaces become one space. */
  private static String clean(String text) {
    return org.briefing.problem.VisibleText.orEmpty(text.replaceAll("[\\p{Cc}\\s]+", " ").strip());
  }

  /**
   * A caption's lines, each {@link #clean cleaned}, blank ones left out, joined by one line break: an
   * agency's flag or dpa's Sperrfrist may stand on a line of its own ("…, October 19, 2021\nTV OUT").
   */
  private static String lines(String text) {
    return org.briefing.problem.VisibleText.orEmpty(java.util.Arrays.stream(text.split("[\\n\\r\\u0085\\u2028\\u2029]"))
        .map(line -> line.replaceAll("[\\p{Cc}\\s]+", " ").strip()).filter(line -> !line.isEmpty())
        .collect(java.util.stream.Collectors.joining("\n")));
  }
}
