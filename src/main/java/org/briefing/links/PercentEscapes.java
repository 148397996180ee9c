package org.briefing.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** The percent-escapes of an address ("%2e", "%C3%A9") decoded as UTF-8, as a browser reads them; an escape that is none is left as written. */
public final class PercentEscapes {
  private PercentEscapes() {}

  /** {@code text} decoded; bytes that are no UTF-8 become U+FFFD. */
  public static String decoded(String text) {
    return text.indexOf('%') < 0 ? text : new String(bytes(text), StandardCharsets.UTF_8);
  }

  /** {@code text} decoded, or null when its bytes are no UTF-8 (as a browser refuses such a host). */
  public static String strictlyDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(text))).toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  private static byte[] bytes(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        int point = text.codePointAt(i);
        byte[] own = Character.toString(point).getBytes(StandardCharsets.UTF_8);
        bytes.write(own, 0, own.length);
        i += Character.charCount(point) - 1;
      }
    }
    return bytes.toByteArray();
  }
}
