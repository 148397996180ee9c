package org.briefing.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One email: a multipart/alternative message with a plain-text and an HTML part, both UTF-8. The
 * same values always give the same bytes: the part boundary is made from the content, never at random.
 *
 * @param to null for the copy published with the site, which is addressed to no one
 * @param replyTo null for none
 * @param listUnsubscribe the address of the List-Unsubscribe header, null for none
 * @param oneClick whether that address takes the one-click POST of RFC 8058
 */
public record EmailMessage(Mailbox from, Mailbox to, Mailbox replyTo, String subject, ZonedDateTime date, String messageId,
    String listUnsubscribe, boolean oneClick, String text, String html) {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ROOT);

  /**
   * The message as an .eml file and as SMTP's DATA takes it: CRLF line ends, 7-bit, but for an
   * address whose local part is outside ASCII, which RFC 6532 writes in UTF-8.
   */
  public byte[] bytes() {
    String boundary = "=_briefing_" + digest(text + "\u0000" + html);
    StringBuilder out = new StringBuilder(text.length() + html.length() * 5 / 4 + 1024);
    out.append(Headers.line("From", from.header()));
    if (to != null) {
      out.append(Headers.line("To", to.header()));
    }
    if (replyTo != null) {
      out.append(Headers.line("Reply-To", replyTo.header()));
    }
    out.append(Headers.line("Subject", Headers.text(subject)));
    out.append(Headers.line("Date", date.format(DATE)));
    out.append(Headers.line("Message-ID", "<" + messageId + ">"));
    if (listUnsubscribe != null) {
      out.append(Headers.line("List-Unsubscribe", "<" + Headers.uri(listUnsubscribe) + ">"));
      if (oneClick) {
        out.append(Headers.line("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
      }
    }
    out.append("MIME-Version: 1.0\r\n");
    out.append("Content-Type: multipart/alternative;\r\n boundary=\"").append(boundary).append("\"\r\n");
    out.append("\r\n");
    part(out, boundary, "text/plain", text);
    part(out, boundary, "text/html", html);
    out.append("--").append(boundary).append("--\r\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The subject of a message {@link #bytes} made, as it was given; null when it has none this code wrote. */
  public static String subjectOf(byte[] message) {
    String text = new String(message, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String headers = "\r\n" + (end < 0 ? text : text.substring(0, end)) + "\r\n";
    int start = headers.indexOf("\r\nSubject: ");
    if (start < 0) {
      return null;
    }
    start += "\r\nSubject: ".length();
    int stop = start;
    do {
      stop = headers.indexOf("\r\n", stop + 1);
    } while (stop >= 0 && headers.startsWith(" ", stop + 2));
    return Headers.decodedText(headers.substring(start, stop));
  }

  private static void part(StringBuilder out, String boundary, String type, String content) {
    BodyEncoding encoding = BodyEncoding.of(content);
    out.append("--").append(boundary).append("\r\n");
    out.append("Content-Type: ").append(type).append("; charset=UTF-8\r\n");
    out.append("Content-Transfer-Encoding: ").append(encoding.header).append("\r\n\r\n");
    out.append(encoding.encode(content.endsWith("\n") ? content : content + "\n"));
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
