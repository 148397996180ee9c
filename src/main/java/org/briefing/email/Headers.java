package org.briefing.email;

import java.net.IDN;
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
  /** The longest plain word a header keeps as it is: a line holds it after the longest name we write ("List-Unsubscribe-Post: "). */
  private static final int LONGEST_WORD = LINE - 24;
  private static final String HEX = "0123456789ABCDEF";
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
    return isPlain(flat) && !flat.contains("=?") && foldable(flat) ? flat : words(flat);
  }

  /**
   * The text {@link #text} made {@code header}, the value of a header as {@link #line} wrote it
   * (folded, perhaps encoded words); null when it holds an encoded word this code did not write.
   */
  static String decodedText(String header) {
    String value = header.replace("\r\n ", " ").strip();
    if (!value.startsWith("=?")) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    for (String word : value.split(" ")) {
      if (!word.startsWith("=?UTF-8?B?") || !word.endsWith("?=")) {
        return null;
      }
      try {
        out.append(new String(Base64.getDecoder().decode(word.substring(10, word.length() - 2)), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return out.toString();
  }

  /** A display name: as it is when it is all atoms, quoted when it has other ASCII, else encoded words. */
  static String phrase(String name) {
    String flat = name.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (!isPlain(flat) || flat.contains("=?") || !foldable(flat)) {
      return words(flat);
    }
    boolean atoms = flat.chars().allMatch(c -> c == ' ' || Character.isLetterOrDigit(c) || ATEXT_SPECIALS.indexOf(c) >= 0);
    return atoms ? flat : "\"" + flat.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * An address for a header such as List-Unsubscribe, which takes URIs in ASCII only (RFC 2369): a
   * host outside ASCII in its IDNA form, any other letter outside ASCII percent-encoded in UTF-8.
   */
  static String uri(String address) {
    if (address.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return address;
    }
    int colon = address.indexOf(':');
    String scheme = colon < 0 ? "" : address.substring(0, colon + 1);
    String rest = address.substring(scheme.length());
    int hostStart;
    int hostEnd;
    if (scheme.equalsIgnoreCase("mailto:")) {
      hostEnd = indexOfAny(rest, "?", 0);
      hostStart = rest.lastIndexOf('@', hostEnd - 1) + 1;
    } else if (rest.startsWith("//")) {
      int authorityEnd = indexOfAny(rest, "/?#", 2);
      hostStart = Math.max(2, rest.lastIndexOf('@', authorityEnd - 1) + 1);
      int port = rest.indexOf(':', hostStart);
      hostEnd = port >= 0 && port < authorityEnd ? port : authorityEnd;
    } else {
      hostStart = 0;
      hostEnd = 0;
    }
    String host = rest.substring(hostStart, hostEnd);
    if (hostStart > 0 && !host.isEmpty()) {
      try {
        host = IDN.toASCII(host);
      } catch (IllegalArgumentException e) {
        // not a name IDNA takes: percent-encoded, as any other letter
      }
    }
    return scheme + percentEncoded(rest.substring(0, hostStart)) + percentEncoded(host) + percentEncoded(rest.substring(hostEnd));
  }

  private static int indexOfAny(String text, String characters, int from) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /** {@code text} with every character outside printable ASCII percent-encoded in UTF-8. */
  private static String percentEncoded(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }

  /**
   * Whether every word of {@code text} fits on a folded line; a longer one can only be folded as
   * encoded words, or the line would pass RFC 5322's limit of 998 characters.
   */
  private static boolean foldable(String text) {
    for (String word : text.split(" ")) {
      if (word.length() > LONGEST_WORD) {
        return false;
      }
    }
    return true;
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
