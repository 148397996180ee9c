package org.briefing.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefing.load.TextEncoding;
import org.briefing.problem.FileSignature;
import org.briefing.problem.XmlChars;

/**
 * Reads input bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 as
 * {@link TextEncoding} knows them, else windows-1252, else Latin-1. Refuses bytes that are not text at all.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Why these bytes cannot be imported as text, or empty when they can. */
  public static Optional<String> refusal(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of("the file is empty");
    }
    if (FileSignature.startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("this is a PDF, not text; save or copy it as plain text first");
    }
    if (FileSignature.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of("this is a zip archive (perhaps a .docx); save it as plain text first");
    }
    TextEncoding.Wide wide = TextEncoding.wide(bytes);
    // UTF-16 and UTF-32 have a NUL in most characters: what tells text from a binary file is what they decode to
    String sample = wide != null ? wide.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024)))
        : new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    int control = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == 0) {
        return Optional.of("this looks like a binary file (it contains NUL bytes), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control * 20 > sample.length()) {
      return Optional.of("this looks like a binary file (many control bytes), not text");
    }
    return Optional.empty();
  }

  /**
   * Decodes bytes that {@link #refusal} accepted; line breaks become {@code \n}, and characters no
   * page can carry (control characters, such as a wire's U+0002 and U+0003 around its copy) are
   * left out, which the note says.
   */
  public static DecodedText decode(byte[] bytes) {
    DecodedText read = read(bytes);
    int first = XmlChars.firstForbidden(read.text());
    if (first < 0) {
      return read;
    }
    String kept = XmlChars.strip(read.text());
    int count = read.text().length() - kept.length();
    String note = "left out " + count + (count == 1 ? " character" : " characters") + " that no page can carry (control characters"
        + " such as " + XmlChars.name(read.text().charAt(first)) + ", first on line " + (XmlChars.lineOf(read.text(), first) + 1) + ")";
    return new DecodedText(kept, read.encoding(), read.note().isEmpty() ? note : read.note() + "; " + note);
  }

  private static DecodedText read(byte[] bytes) {
    if (FileSignature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8)
          .map(t -> new DecodedText(t, "UTF-8", ""))
          .orElseGet(() -> fallback(bytes, 3));
    }
    TextEncoding.Wide wide = TextEncoding.wide(bytes);
    if (wide != null) {
      // known as the build knows it (TextFiles refuses such a story, naming the encoding), and read
      return new DecodedText(lines(wide.decode(bytes)), wide.charset().name(), "read as " + wide.charset().name()
          + (wide.mark() > 0 ? " (the file starts with its byte-order mark)" : " (a NUL in every other byte, as UTF-16 text without a byte-order mark has)"));
    }
    return strict(bytes, 0, StandardCharsets.UTF_8)
        .map(t -> new DecodedText(t, "UTF-8", ""))
        .orElseGet(() -> fallback(bytes, 0));
  }

  private static DecodedText fallback(byte[] bytes, int offset) {
    String why = "not valid UTF-8 (first bad byte at line " + lineOfFirstBadByte(bytes, offset) + "); ";
    Optional<String> cp1252 = strict(bytes, offset, WINDOWS_1252);
    if (cp1252.isPresent()) {
      return new DecodedText(cp1252.get(), "windows-1252", why + "read as windows-1252; check quotes and accents");
    }
    return new DecodedText(strict(bytes, offset, StandardCharsets.ISO_8859_1).orElseThrow(), "ISO-8859-1",
        why + "not valid windows-1252 either; read as Latin-1 (ISO-8859-1); check quotes and accents");
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(lines(chars.toString()));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int lineOfFirstBadByte(byte[] bytes, int offset) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.decode(in, out, true);
    int line = 1;
    for (int i = offset; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Line breaks made {@code \n}; a form feed or vertical tab (a page or line break in agency copy) too. */
  private static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n');
  }
}
