package org.briefing.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefing.problem.XmlChars;

/**
 * Reads input bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, else windows-1252, else Latin-1. Refuses bytes that are not text at all.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Why these bytes cannot be imported as text, or empty when they can. */
  public static Optional<String> refusal(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of("the file is empty");
    }
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("this is a PDF, not text; save or copy it as plain text first");
    }
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of("this is a zip archive (perhaps a .docx); save it as plain text first");
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.empty();
    }
    int sample = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("this looks like a binary file (it contains NUL bytes), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control * 20 > sample) {
      return Optional.of("this looks like a binary file (many control bytes), not text");
    }
    return Optional.empty();
  }

  /** Decodes bytes that {@link #refusal} accepted; line breaks become {@code \n}. */
  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8)
          .map(t -> new DecodedText(t, "UTF-8", ""))
          .orElseGet(() -> fallback(bytes, 3));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(lines(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE",
          "read as UTF-16LE (the file starts with its byte-order mark)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(lines(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE",
          "read as UTF-16BE (the file starts with its byte-order mark)");
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

  /** Line breaks made {@code \n}; a form feed or vertical tab (a page or line break in agency copy) too, and other characters XML cannot carry dropped, so the story builds without a warning. */
  private static String lines(String text) {
    return XmlChars.strip(text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u000B', '\n'));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
