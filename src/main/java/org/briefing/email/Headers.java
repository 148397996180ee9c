package org.briefing.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Header lines as RFC 5322 and RFC 2047 want them: text outside ASCII as UTF-8 encoded words, lines
 * folded at spaces to at most 78 characters.
 */
final class Headers {
  private static final int LINE = 78;
  /** Raw bytes in one encoded word: 39 bytes are 52 characters of base64, 64 with the "=?UTF-8?B?" and "?=" around them. */
  private static final int WORD_BYTES = 39;
  private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

  private Headers() {}

  /** One header, folded, ending in CRLF. */
  static String line(String name, String value) {
    StringBuilder out = new StringBuilder(name).append(':');
    int lineLength = out.length();
    for (String token : value.split(" ", -1)) {
      if (lineLength + 1 + token.length() > LINE && lineLength > name.length() + 1) {
        out.append("\r\n");
        lineLength = 0;
      }
      out.append(' ').append(token);
      lineLength += 1 + token.length();
    }
    return out.append("\r\n").toString();
  }

  /** Free text, such as a subject: as it is when plain ASCII, else encoded words. */
  static String text(String value) {
    String flat = value.replaceAll("[\\r\\n\\t]+", " ").strip();
    return isPlain(flat) && !flat.contains("=?") ? flat : words(flat);
  }

  /** A display name: as it is when it is all atoms, quoted when it has other ASCII, else encoded words. */
  static String phrase(String name) {
    String flat = name.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (!isPlain(flat) || flat.contains("=?")) {
      return words(flat);
    }
    boolean atoms = flat.chars().allMatch(c -> c == ' ' || Character.isLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0);
    return atoms ? flat : "\"" + flat.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean isPlain(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /** Encoded words of at most {@link #WORD_BYTES} bytes each, never splitting a character. */
  private static String words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int size = ch.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > WORD_BYTES) {
        words.add(encoded(chunk.toString()));
        chunk.setLength(0);
        bytes = 0;
      }
      chunk.append(ch);
      bytes += size;
      i += Character.charCount(cp);
    }
    if (chunk.length() > 0) {
      words.add(encoded(chunk.toString()));
    }
    return String.join(" ", words);
  }

  private static String encoded(String chunk) {
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(chunk.getBytes(StandardCharsets.UTF_8)) + "?=";
  }
}
