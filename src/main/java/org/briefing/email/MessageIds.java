package org.briefing.email;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Message ids made from what a message is, never from the clock or chance: the edition's date, a
 * digest of the site's address (two briefings on one host differ) and, for a message sent to
 * someone, a digest of their address. A message sent twice by mistake has the same id both times,
 * which lets mail clients show it once.
 */
public final class MessageIds {
  private MessageIds() {}

  /** @param recipient the address the message goes to, null for the copy published with the site */
  public static String of(String date, URI site, String recipient) {
    return date + "." + digest(site.toString()) + (recipient == null ? "" : "." + digest(recipient.toLowerCase(Locale.ROOT)))
        + "@" + site.getHost();
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
