package org.briefing.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The transfer encoding of a text part: quoted-printable when the text is mostly ASCII (it stays
 * readable), base64 when most of it would be escaped (Arabic or Cyrillic text is a third of the size).
 * Both keep every line under 77 characters and never contain "=_", which the part boundary starts with.
 */
enum BodyEncoding {
  QUOTED_PRINTABLE("quoted-printable"),
  BASE64("base64");

  private static final int LINE = 76;
  final String header;

  BodyEncoding(String header) {
    this.header = header;
  }

  /** The encoding that gives the smaller part for {@code text}. */
  static BodyEncoding of(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long escaped = 0;
    for (byte b : bytes) {
      if (b < 0x20 && b != '\n' || b >= 0x7f || b == '=') {
        escaped++;
      }
    }
    // quoted-printable costs two more bytes for each escaped one, base64 a third more for all of them
    return escaped * 6 > bytes.length ? BASE64 : QUOTED_PRINTABLE;
  }

  /** The text (lines ending in '\n') encoded, its lines ending in CRLF. */
  String encode(String text) {
    return this == BASE64 ? base64(text) : quotedPrintable(text);
  }

  private static String base64(String text) {
    String canonical = text.replace("\r\n", "\n").replace("\n", "\r\n");
    return Base64.getMimeEncoder(LINE, "\r\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(canonical.getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      if (n == lines.length - 1 && lines[n].isEmpty()) {
        break;
      }
      byte[] bytes = lines[n].getBytes(StandardCharsets.UTF_8);
      int length = 0;
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xff;
        boolean last = i == bytes.length - 1;
        // a space or tab at the end of a line would be lost in transport; a dot starting a line is SMTP's end mark
        boolean plain = b >= 0x21 && b <= 0x7e && b != '=' && !(b == '.' && length == 0)
            || (b == ' ' || b == '\t') && !last;
        int width = plain ? 1 : 3;
        if (length + width > LINE - 1) {
          out.append("=\r\n");
          length = 0;
          if (b == '.') {
            plain = false;
            width = 3;
          }
        }
        if (plain) {
          out.append((char) b);
        } else {
          out.append('=').append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
        length += width;
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
