package org.briefing.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request path checked and decoded once, strictly: percent escapes are decoded a single time,
 * the bytes must be valid (shortest-form) UTF-8, and nothing that could name a file outside the
 * site survives: no {@code .} or {@code ..} segments, backslashes, NUL or other control characters.
 *
 * @param path the decoded path, starting with '/', or null when the request is refused
 * @param status the HTTP status to refuse it with, 0 when the path is acceptable
 */
public record RequestPath(String path, int status) {
  /** Longer raw paths are answered with 414; no page of a site needs one. */
  public static final int MAX_LENGTH = 2048;

  public static RequestPath parse(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return refuse(400);
    }
    if (rawPath.length() > MAX_LENGTH) {
      return refuse(414);
    }
    String decoded = decode(rawPath);
    if (decoded == null) {
      return refuse(400);
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':' && i == 2 || c == '\uFEFF') {
        return refuse(400);
      }
    }
    if (decoded.contains("//")) {
      return refuse(400); // no address of a site has an empty segment, and a leading // names another host
    }
    for (String segment : decoded.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return refuse(400);
      }
    }
    return new RequestPath(decoded, 0);
  }

  public boolean refused() {
    return status != 0;
  }

  private static RequestPath refuse(int status) {
    return new RequestPath(null, status);
  }

  /** Decodes %XX escapes once; null when an escape is broken or the bytes are not valid UTF-8. */
  private static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7e) {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      } else {
        bytes.write(c);
      }
    }
    try {
      // The JDK decoder rejects overlong forms such as %c0%ae, which some servers read as '.'.
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
