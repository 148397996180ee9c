package org.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses, internationalised ones included (RFC 6531 and IDNA). */
class MailboxTest {
  @Test
  void anInternationalisedDomainIsValidAndGoesToTheServerInAscii() {
    Mailbox reader = Mailbox.parse("Leser <leser@Bücher.de>");
    assertThat(reader.address()).isEqualTo("leser@Bücher.de");
    assertThat(reader.envelope()).isEqualTo("leser@xn--bcher-kva.de");
    assertThat(reader.domain()).isEqualTo("xn--bcher-kva.de");
    assertThat(reader.needsSmtpUtf8()).as("an ASCII local part needs no SMTPUTF8").isFalse();
    assertThat(reader.header()).as("a 7-bit header").isEqualTo("Leser <leser@xn--bcher-kva.de>");
    assertThat(reader.key()).as("one recipient however the domain is written").isEqualTo(Mailbox.parse("LESER@xn--bcher-kva.de").key());
  }

  @Test
  void aLocalPartOutsideAsciiIsValidAndNeedsSmtpUtf8() {
    for (String address : new String[] {"müller@bücher.de", "用户@例子.广告", "δοκιμή@παράδειγμα.δοκιμή", "राम@उदाहरण.भारत"}) {
      assertThat(Mailbox.addressProblem(address)).as(address).isNull();
      assertThat(Mailbox.parse(address).needsSmtpUtf8()).isTrue();
      assertThat(Mailbox.parse(address).envelope()).as("the domain in ASCII").matches("[^@]+@[a-z0-9.-]+");
    }
    assertThat(Mailbox.parse("Jürgen <müller@bücher.de>").header()).as("UTF-8 as RFC 6532 has it")
        .isEqualTo("=?UTF-8?B?SsO8cmdlbg==?= <müller@bücher.de>");
  }

  @Test
  void whatIsNoAddressInAnyScriptIsStillRefused() {
    assertThat(Mailbox.addressProblem("mül ler@bücher.de")).contains("cannot come before the '@'");
    assertThat(Mailbox.addressProblem("müller.@bücher.de")).contains("cannot come before the '@'");
    assertThat(Mailbox.addressProblem("a\u200b@example.org")).as("an invisible character").contains("cannot come before");
    assertThat(Mailbox.addressProblem("müller@bü_cher.de")).contains("'bü_cher.de' is not a domain");
    assertThat(Mailbox.addressProblem("müller@bücher..de")).contains("is not a domain");
    assertThat(Mailbox.addressProblem("ü".repeat(33) + "@example.org")).as("64 bytes at most, not 64 characters")
        .contains("cannot come before");
  }
}
