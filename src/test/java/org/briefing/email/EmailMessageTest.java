package org.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message's headers: 7-bit for every ASCII recipient, whatever the settings hold. */
class EmailMessageTest {
  private static EmailMessage message(String unsubscribe) {
    return new EmailMessage(Mailbox.parse("Desk <desk@example.org>"), Mailbox.parse("Ana <ana@example.org>"), null, "Today",
        ZonedDateTime.parse("2021-10-18T06:00:00Z"), "a1@example.org", unsubscribe, false, "Text.\n", "<p>Text.</p>\n");
  }

  private static String headers(EmailMessage message) {
    String all = new String(message.bytes(), StandardCharsets.ISO_8859_1);
    return all.substring(0, all.indexOf("\r\n\r\n")).replace("\r\n ", " ");
  }

  private static String header(String headers, String name) {
    return headers.lines().filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow().substring(name.length() + 2);
  }

  @Test
  void aSubjectOrNameWithAWordTooLongForALineIsFoldedAsEncodedWordsAndReadsTheSame() throws Exception {
    String subject = "Today: " + "x".repeat(1200) + " and more";
    String name = "Desk " + "y".repeat(200);
    EmailMessage message = new EmailMessage(new Mailbox(name, "desk@example.org"), Mailbox.parse("ana@example.org"), null, subject,
        ZonedDateTime.parse("2021-10-18T06:00:00Z"), "a1@example.org", null, false, "Text.\n", "<p>Text.</p>\n");
    String all = new String(message.bytes(), StandardCharsets.UTF_8);
    assertThat(all.substring(0, all.indexOf("\r\n\r\n")).split("\r\n")).allMatch(line -> line.length() <= 78);
    MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message.bytes()));
    assertThat(parsed.getSubject()).isEqualTo(subject);
    assertThat(((InternetAddress) parsed.getFrom()[0]).getPersonal()).isEqualTo(name);
    assertThat(EmailMessage.subjectOf(message.bytes())).isEqualTo(subject);
  }

  @Test
  void anUnsubscribeAddressOutsideAsciiGoesIntoTheHeaderPercentEncodedWithItsHostInIdnaForm() {
    String headers = headers(message("https://bücher.de/désabonner?email=ana%40example.org&nom=Zoë"));
    assertThat(headers.chars()).as("7-bit headers").allMatch(c -> c < 0x80);
    assertThat(header(headers, "List-Unsubscribe"))
        .isEqualTo("<https://xn--bcher-kva.de/d%C3%A9sabonner?email=ana%40example.org&nom=Zo%C3%AB>");

    String mailto = header(headers(message("mailto:désabo@bücher.de?subject=désabonner ana")), "List-Unsubscribe");
    assertThat(mailto).isEqualTo("<mailto:d%C3%A9sabo@xn--bcher-kva.de?subject=d%C3%A9sabonner%20ana>");
    assertThat(header(headers(message("https://example.org/unsubscribe?u=ana%40example.org")), "List-Unsubscribe"))
        .as("an ASCII address as it is").isEqualTo("<https://example.org/unsubscribe?u=ana%40example.org>");
  }
}
