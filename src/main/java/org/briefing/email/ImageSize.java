package org.briefing.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size of an image in CSS pixels, as an email's {@code width} and {@code height} attributes want
 * it: read from the file's header (PNG, JPEG, GIF, BMP, without decoding the pixels) or from an SVG's
 * {@code width}, {@code height} and {@code viewBox}.
 */
public record ImageSize(int width, int height) {
  private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px|pt)?\\s*");

  /** The size of the image in {@code file}, or null when it is no image Java can read the size of. */
  public static ImageSize of(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? svg(file) : raster(file);
  }

  /** This size scaled down, keeping its ratio, to be at most {@code maxWidth} wide; as it is when it is narrower. */
  public ImageSize fitted(int maxWidth) {
    if (width <= maxWidth) {
      return this;
    }
    return new ImageSize(maxWidth, Math.max(1, (int) Math.round((double) height * maxWidth / width)));
  }

  private static ImageSize raster(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return positive(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // a damaged or truncated file: its size is unknown, like a remote image's
      return null;
    }
  }

  private static ImageSize svg(Path file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // an SVG is read for three attributes of its root; nothing outside the file is ever fetched
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream stream = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(stream);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("svg")) {
              return null;
            }
            return svgSize(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                xml.getAttributeValue(null, "viewBox"));
          }
        }
        return null;
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  /** The size an SVG's root gives: its width and height in px (or pt), else what its viewBox says, keeping its ratio. */
  static ImageSize svgSize(String widthText, String heightText, String viewBox) {
    Double width = length(widthText);
    Double height = length(heightText);
    double[] box = viewBox(viewBox);
    if (width != null && height != null) {
      return positive(width, height);
    }
    if (box == null) {
      return null;
    }
    if (width != null) {
      return positive(width, width * box[1] / box[0]);
    }
    if (height != null) {
      return positive(height * box[0] / box[1], height);
    }
    return positive(box[0], box[1]);
  }

  private static Double length(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LENGTH.matcher(text);
    if (!m.matches()) {
      // percentages, ems and the like depend on where the image is shown
      return null;
    }
    double value = Double.parseDouble(m.group(1));
    return "pt".equals(m.group(2)) ? value * 4 / 3 : value;
  }

  private static double[] viewBox(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.strip().split("[\\s,]+");
    if (parts.length != 4) {
      return null;
    }
    try {
      double width = Double.parseDouble(parts[2]);
      double height = Double.parseDouble(parts[3]);
      return width > 0 && height > 0 ? new double[] {width, height} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ImageSize positive(double width, double height) {
    long w = Math.round(width);
    long h = Math.round(height);
    return w >= 1 && h >= 1 && w <= 100_000 && h <= 100_000 ? new ImageSize((int) w, (int) h) : null;
  }
}
