package org.briefing.photo;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a photo into sRGB ARGB pixels as it is meant to be seen. The readers are ImageIO's with
 * TwelveMonkeys' JPEG reader (CMYK and YCCK JPEGs, ICC profiles, which the JDK's reader fails on)
 * and WebP reader. A reader's warning (a truncated or damaged file, which the JDK's reader fills
 * with grey and carries on) is an error here: a photo is published whole or not at all.
 */
final class PhotoDecoder {
  /**
   * The warnings that mean missing or damaged pixels, all from the JDK's decoder ("Truncated File -
   * Missing EOI marker", "Corrupt JPEG data: premature end of data segment", "bad Huffman code",
   * "found marker 0xd9 instead of RST3").
   */
  private static final java.util.regex.Pattern DAMAGE = java.util.regex.Pattern.compile(
      "(?i)premature|corrupt|truncated file|missing eoi|huffman|instead of rst|progression|end of (file|stream|data)");
  /**
   * The warnings a photo survives, seen on real agency and camera files: a colour profile or Adobe
   * marker that cannot be used and is ignored ("Bad 'ICC_PROFILE' chunk(s): Truncated ICC Profile
   * data. Ignoring ICC profile."), and stray bytes between two segments ("Corrupt JPEG data: 1
   * extraneous bytes before marker 0xe1"), unless the marker is a restart marker inside the
   * picture's data (0xd0 to 0xd7).
   */
  private static final java.util.regex.Pattern HARMLESS = java.util.regex.Pattern.compile(
      "(?i)ignoring|extraneous bytes before marker 0x(?!d[0-7])");

  private PhotoDecoder() {}

  /** Decoded pixels, {@code width} by {@code height}, in the original's orientation as shown, every {@code step}-th pixel of it. */
  record Pixels(int[] argb, int width, int height, int step) {}

  /**
   * The pixels of {@code file}, read at one in {@code step} pixels each way when the photo is so
   * large that the widest published file needs no more, turned by {@code orientation}.
   */
  static Pixels decode(Path file, int orientation, int step) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new PhotoException("no reader for it");
      }
      ImageReader reader = readers.next();
      List<String> warnings = new ArrayList<>();
      try {
        reader.setInput(in, true, true);
        reader.addIIOReadWarningListener((source, warning) -> {
          if (DAMAGE.matcher(warning).find() && !HARMLESS.matcher(warning).find()) {
            warnings.add(warning);
          }
        });
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (!warnings.isEmpty()) {
          throw new PhotoException("it is damaged or cut short (" + warnings.get(0) + ")");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = argb(image);
        image = null; // the decoded copy can go before the turned one is made
        int[] shown = Orientation.apply(argb, width, height, orientation);
        boolean swap = orientation >= 5;
        return new Pixels(shown, swap ? height : width, swap ? width : height, step);
      } finally {
        reader.dispose();
      }
    } catch (IIOException e) {
      throw new PhotoException("it is damaged or cut short (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
    } catch (IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException | NullPointerException e) {
      throw new PhotoException("it is damaged (" + e + ")");
    }
  }

  /**
   * The pixels as packed sRGB ARGB; images in other colour spaces (ICC profiles, grey, 16 bits) are
   * converted by Java2D. The usual JPEG (8-bit sRGB, blue-green-red bytes) is read straight from its
   * buffer, and a converted copy's buffer is taken as it is: asking Java2D for each pixel's RGB costs
   * as much time as decoding a camera photo, and a copy of its 24 MB.
   */
  private static int[] argb(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel model
        && model.getPixelStride() == 3 && model.getScanlineStride() == width * 3 && buffer.getNumBanks() == 1
        && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
      byte[] bgr = buffer.getData();
      int offset = buffer.getOffset();
      int[] offsets = model.getBandOffsets(); // red, green, blue
      int[] pixels = new int[width * height];
      for (int i = 0, at = offset; i < pixels.length; i++, at += 3) {
        pixels[i] = 0xff000000 | (bgr[at + offsets[0]] & 0xff) << 16 | (bgr[at + offsets[1]] & 0xff) << 8 | (bgr[at + offsets[2]] & 0xff);
      }
      return pixels;
    }
    boolean alpha = image.getColorModel().hasAlpha();
    BufferedImage rgb = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    // a new image of these types holds its pixels as one int array, row by row, in the ARGB getRGB gives
    int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    if (!alpha) {
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] |= 0xff000000;
      }
    }
    return pixels;
  }
}
