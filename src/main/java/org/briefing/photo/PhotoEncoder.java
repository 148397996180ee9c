package org.briefing.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes pixels with the JDK's own writers, given no metadata: a JPEG carries its JFIF header and
 * nothing else (no EXIF, GPS, XMP or IPTC), a PNG no text chunks. The same pixels and quality give
 * the same bytes.
 */
final class PhotoEncoder {
  private PhotoEncoder() {}

  /**
   * A progressive JPEG (smaller than a baseline one at the same quality, with optimised tables) of
   * the first {@code width} × {@code height} RGB {@code pixels}, laid on white where they are not
   * opaque; the image handed to the writer is made over {@code scratch}'s bytes.
   */
  static byte[] jpeg(int[] pixels, int width, int height, float quality, Scratch scratch) {
    // filled straight through its buffer: setRGB converts each pixel through the colour model, and the
    // writer copies an int image into bytes row by row; red first, as the writer's rows are (a
    // TYPE_3BYTE_BGR image costs it an array a row); the JPEG is the same
    BufferedImage image = scratch.rgb(width, height);
    byte[] rgb = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0, at = 0, count = width * height; i < count; i++, at += 3) {
      int p = opaque(pixels[i]);
      rgb[at] = (byte) (p >> 16);
      rgb[at + 1] = (byte) (p >> 8);
      rgb[at + 2] = (byte) p;
    }
    ImageWriter writer = jdkWriter("jpeg");
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    return write(writer, image, param);
  }

  /** A PNG of the first {@code width} × {@code height} ARGB {@code pixels}, keeping their transparency. */
  static byte[] png(int[] pixels, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, pixels, 0, width);
    return write(jdkWriter("png"), image, null);
  }

  /** The pixel laid on white: a JPEG has no transparency, and black (what dropping alpha gives) is never what was meant. */
  private static int opaque(int p) {
    int a = p >>> 24;
    if (a == 255) {
      return p;
    }
    int r = ((p >> 16) & 0xff) * a / 255 + 255 - a;
    int g = ((p >> 8) & 0xff) * a / 255 + 255 - a;
    int b = (p & 0xff) * a / 255 + 255 - a;
    return 0xff000000 | r << 16 | g << 8 | b;
  }

  private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // in memory: ImageIO's own choice, with its disk cache on (the default), is a temporary file
    // made and deleted for every file written; the bytes written are the same
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * The JDK's writer for {@code format}: plug-ins on the class path (TwelveMonkeys registers a JPEG
   * writer) may add segments of their own, and the output must not depend on what is installed.
   */
  private static ImageWriter jdkWriter(String format) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    ImageWriter first = null;
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
        return writer;
      }
      first = first == null ? writer : first;
    }
    if (first == null) {
      throw new IllegalStateException("no " + format + " writer in this Java runtime");
    }
    return first;
  }
}
