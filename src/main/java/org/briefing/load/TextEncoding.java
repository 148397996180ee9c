package org.briefing.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.briefing.problem.FileSignature;

/**
 * What the first bytes of a file tell of how its text is saved: one reading for the build, which
 * takes only UTF-8, and for the commands that read articles and agency copy, so that each names a
 * file saved as UTF-16 or UTF-32 the same way.
 */
public final class TextEncoding {
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /**
   * Text saved as UTF-16 or UTF-32, as an editor on Windows may save it ("Unicode").
   *
   * @param name the encoding as iconv names it: UTF-16 or UTF-32 with a byte-order mark (which
   *     tells iconv the byte order), UTF-16LE or UTF-16BE without one
   * @param mark the length of the byte-order mark the text starts with, 0 when it has none
   */
  public record Wide(String name, Charset charset, int mark) {
    /** The encoding as a message names it: "UTF-16 (with a byte-order mark)", "UTF-16LE". */
    public String described() {
      return mark > 0 ? name + " (with a byte-order mark)" : name;
    }

    /** The text of {@code bytes}, without the byte-order mark; a byte sequence the encoding does not allow is replaced. */
    public String decode(byte[] bytes) {
      return new String(bytes, mark, bytes.length - mark, charset);
    }
  }

  private TextEncoding() {}

  /**
   * The encoding of UTF-16 or UTF-32 text: by its byte-order mark, or, without one, by a NUL in
   * every other byte, which text in Latin letters has in UTF-16; else null (UTF-8 and the 8-bit
   * encodings have no NUL in text).
   */
  public static Wide wide(byte[] bytes) {
    if (FileSignature.startsWith(bytes, 0xFF, 0xFE, 0, 0)) {
      return new Wide("UTF-32", UTF_32LE, 4);
    }
    if (FileSignature.startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
      return new Wide("UTF-32", UTF_32BE, 4);
    }
    if (FileSignature.startsWith(bytes, 0xFF, 0xFE)) {
      return new Wide("UTF-16", StandardCharsets.UTF_16LE, 2);
    }
    if (FileSignature.startsWith(bytes, 0xFE, 0xFF)) {
      return new Wide("UTF-16", StandardCharsets.UTF_16BE, 2);
    }
    int pairs = Math.min(bytes.length, 1024) / 2;
    if (pairs < 4) {
      return null;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < pairs * 2; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenNuls++;
        } else {
          oddNuls++;
        }
      }
    }
    if (oddNuls * 10 >= pairs * 7 && evenNuls * 20 <= pairs) {
      return new Wide("UTF-16LE", StandardCharsets.UTF_16LE, 0);
    }
    return evenNuls * 10 >= pairs * 7 && oddNuls * 20 <= pairs ? new Wide("UTF-16BE", StandardCharsets.UTF_16BE, 0) : null;
  }
}
