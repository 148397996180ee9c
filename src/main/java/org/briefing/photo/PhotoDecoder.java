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
import javax.imageio.ImageTypeSpecifier;
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

  /**
   * Decoded pixels, {@code width} by {@code height}, in the original's orientation as shown, every
   * {@code step}-th pixel of it: the first width × height values of {@code argb}, row by row (the
   * array is longer when it is a {@link Scratch} buffer that served a larger photo before).
   */
  record Pixels(int[] argb, int width, int height, int step) {}

  /**
   * The pixels of {@code file}, read at one in {@code step} pixels each way when the photo is so
   * large that the widest published file needs no more, turned by {@code orientation}; in arrays
   * of their own.
   */
  static Pixels decode(Path file, int orientation, int step) {
    return read(file, orientation, step, null);
  }

  /**
   * The same pixels, decoded into {@code scratch}'s buffers where the photo allows, so that the
   * photo allocates no large array of its own: a JPEG the reader would decode into a 3-byte BGR
   * image (the usual colour JPEG, and CMYK and profiled ones, which TwelveMonkeys' reader converts
   * into one) is decoded into an sRGB image over the scratch bytes and turned straight into the
   * scratch ARGB pixels. Other photos (grey, PNG, WebP) are decoded as {@link #decode(Path, int, int)}
   * does and only turned into scratch. Should decoding into the scratch fail for any reason, the
   * photo is decoded again that way, whose pixels or error stand.
   */
  static Pixels decode(Path file, int orientation, int step, Scratch scratch) {
    try {
      return read(file, orientation, step, scratch);
    } catch (IntoScratchFailed e) {
      return read(file, orientation, step, null);
    }
  }

  /** Decoding into a scratch image failed; the photo is to be decoded the ordinary way. */
  private static final class IntoScratchFailed extends RuntimeException {
    IntoScratchFailed(Throwable cause) {
      super(cause);
    }
  }

  /**
   * The stream a photo is decoded from. A WebP is read into memory first: TwelveMonkeys' WebP
   * decoder takes its input a few bits at a time, and on a file stream each refill was a seek and
   * a read of the file (a 600 by 400 lossless WebP took seconds to decode).
   */
  private static ImageInputStream input(Path file) throws IOException {
    return PhotoReader.formatOf(file).equals("webp")
        ? new com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream(java.nio.file.Files.readAllBytes(file))
        : ImageIO.createImageInputStream(file.toFile());
  }

  private static Pixels read(Path file, int orientation, int step, Scratch scratch) {
    try (ImageInputStream in = input(file)) {
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
        BufferedImage destination = scratch == null ? null : destination(reader, step, scratch);
        BufferedImage image;
        if (destination == null) {
          image = reader.read(0, param);
        } else {
          param.setDestination(destination);
          try {
            image = reader.read(0, param);
          } catch (IOException | RuntimeException e) {
            throw new IntoScratchFailed(e);
          }
        }
        if (!warnings.isEmpty()) {
          throw new PhotoException("it is damaged or cut short (" + warnings.get(0) + ")");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        int[] shown;
        if (scratch == null) {
          int[] argb = argb(image);
          image = null; // the decoded copy can go before the turned one is made
          shown = Orientation.apply(argb, width, height, orientation);
        } else if (rgbOffsets(image, destination) != null) {
          shown = scratch.pixels(width * height);
          shown(image, destination, orientation, shown);
        } else {
          int[] argb = argb(image);
          image = null;
          shown = orientation <= 1 || orientation > 8 ? argb
              : Orientation.apply(argb, width, height, orientation, scratch.pixels(width * height));
        }
        return new Pixels(shown, swap ? height : width, swap ? width : height, step);
      } finally {
        reader.dispose();
      }
    } catch (IIOException e) {
      throw new PhotoException("it is damaged or cut short (" + e.getMessage() + ")");
    } catch (java.io.EOFException e) {
      // a reader that runs out of bytes (TwelveMonkeys' WebP reader) says so with no message
      throw new PhotoException("it is damaged or cut short (it ends before its pixels do)");
    } catch (IOException e) {
      throw new PhotoException("it cannot be read (" + e.getMessage() + ")");
    } catch (IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException | NullPointerException e) {
      throw new PhotoException("it is damaged (" + e + ")");
    }
  }

  /**
   * An image over {@code scratch}'s bytes for {@code reader} to decode into, when it is a JPEG
   * reader whose first choice of image is a 3-byte BGR one (the one it makes when given none): the
   * same 8-bit sRGB, so that the pixels are the same, but red first, which the reader copies its
   * rows into whole. Else null. The size is the decoded one: the original's, subsampled by
   * {@code step}.
   */
  private static BufferedImage destination(ImageReader reader, int step, Scratch scratch) {
    try {
      if (!"jpeg".equalsIgnoreCase(reader.getFormatName())) {
        return null;
      }
      Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
      if (!types.hasNext() || types.next().getBufferedImageType() != BufferedImage.TYPE_3BYTE_BGR) {
        return null;
      }
      int width = (reader.getWidth(0) + step - 1) / step;
      int height = (reader.getHeight(0) + step - 1) / step;
      BufferedImage image = scratch.rgb(width, height);
      // black, as a new image is: what the last photo left there is never seen, even where a reader writes nothing
      java.util.Arrays.fill(scratch.bytes(0), 0, width * height * 3, (byte) 0);
      return image;
    } catch (IOException | RuntimeException e) {
      return null; // reading it the ordinary way reports what is wrong
    }
  }

  /**
   * The pixels of {@code image}, 8-bit sRGB bytes (as {@link #rgbOffsets} finds), as packed ARGB
   * turned by {@code orientation}, into {@code out}: one pass over the bytes, each pixel written
   * where it is shown.
   */
  private static void shown(BufferedImage image, BufferedImage destination, int orientation, int[] out) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] offsets = rgbOffsets(image, destination); // red, green, blue
    DataBufferByte buffer = (DataBufferByte) image.getRaster().getDataBuffer();
    byte[] bytes = buffer.getData();
    int r = offsets[0];
    int g = offsets[1];
    int b = offsets[2];
    int step = Orientation.step(orientation, width, height);
    for (int y = 0, at = buffer.getOffset(); y < height; y++) {
      for (int x = 0, to = Orientation.start(orientation, width, height, y); x < width; x++, at += 3, to += step) {
        out[to] = 0xff000000 | (bytes[at + r] & 0xff) << 16 | (bytes[at + g] & 0xff) << 8 | (bytes[at + b] & 0xff);
      }
    }
  }

  /**
   * The band offsets (red, green, blue) of {@code image} when it is a 3-byte BGR image or the
   * scratch {@code destination} (8-bit sRGB both), its bytes in one array, three a pixel, row after
   * row with nothing between rows; else null.
   */
  private static int[] rgbOffsets(BufferedImage image, BufferedImage destination) {
    int width = image.getWidth();
    if ((image.getType() == BufferedImage.TYPE_3BYTE_BGR || image == destination)
        && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel model
        && model.getPixelStride() == 3 && model.getScanlineStride() == width * 3 && buffer.getNumBanks() == 1
        && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
      return model.getBandOffsets();
    }
    return null;
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
    if (rgbOffsets(image, null) != null) {
      int[] pixels = new int[width * height];
      shown(image, null, 1, pixels);
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
