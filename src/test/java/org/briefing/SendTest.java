package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.briefing.cli.BriefingCommand;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code briefing send}: one message per subscriber, to a real SMTP server or a folder, never twice. */
class SendTest {
  @TempDir Path dir;
  GreenMail greenMail;

  static final String SUBSCRIBERS = """
      email,name,token
      ana@example.org,Ana Berg,a1
      "claire@example.fr","Claire Lefèvre, rédaction",c2
      juergen@example.de,Jürgen Groß,j3
      layla@example.net,ليلى حداد,l4
      """;

  @BeforeEach
  void site() throws Exception {
    TestSite.of(dir, EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG.replace("?u={email}", "?u={email}&t={token}"))).build();
    Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS);
  }

  @AfterEach
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  record Run(int code, String out, String err) {}

  Run send(String... extra) {
    List<String> args = new ArrayList<>(List.of("send"));
    args.addAll(List.of(extra));
    if (!args.contains("--site")) {
      args.addAll(List.of("--site", dir.toString()));
    }
    if (!args.contains("--timeout")) {
      args.addAll(List.of("--timeout", "5"));
    }
    if (!args.contains("--retry-wait")) {
      args.addAll(List.of("--retry-wait", "0"));
    }
    if (!args.contains("--to")) {
      args.addAll(List.of("--to", dir.resolve("subscribers.csv").toString()));
    }
    if (!args.contains("--rate")) {
      args.addAll(List.of("--rate", "0"));
    }
    if (!args.contains("--edition")) {
      args.addAll(List.of("--edition", "2021-10-18"));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BriefingCommand.forArguments(args.toArray(String[]::new));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  static void deleteTree(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  GreenMail greenMail() {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    return greenMail;
  }

  static MimeMessage parse(byte[] bytes) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
  }

  static List<String> recipients(GreenMail server) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      to.add(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
    }
    return to;
  }

  @Test
  void aDryRunWritesOnePersonalMessagePerSubscriberAndSendsNothing() throws Exception {
    Run run = send();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Dry run: wrote 4 messages", "nothing was sent");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.resolve("outbox/2021-10-18"))) {
      files = list.sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("0001-ana@example.org.eml",
        "0002-claire@example.fr.eml", "0003-juergen@example.de.eml", "0004-layla@example.net.eml");
    MimeMessage claire = parse(Files.readAllBytes(files.get(1)));
    InternetAddress to = (InternetAddress) claire.getRecipients(MimeMessage.RecipientType.TO)[0];
    assertThat(to.getPersonal()).isEqualTo("Claire Lefèvre, rédaction");
    assertThat(to.getAddress()).isEqualTo("claire@example.fr");
    String personal = "https://example.org/unsubscribe?u=claire%40example.fr&t=c2";
    assertThat(claire.getHeader("List-Unsubscribe", null)).isEqualTo("<" + personal + ">");
    String html = EmailEditionTest.part(claire, "text/html");
    assertThat(Jsoup.parse(html).select("a:contains(Unsubscribe)").attr("href")).isEqualTo(personal);
    assertThat(EmailEditionTest.part(claire, "text/plain")).contains("Unsubscribe: " + personal);
    assertThat(html).doesNotContain("?u=&amp;t=\"");
    MimeMessage layla = parse(Files.readAllBytes(files.get(3)));
    assertThat(((InternetAddress) layla.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal()).isEqualTo("ليلى حداد");
    assertThat(layla.getMessageID()).isNotEqualTo(claire.getMessageID()).endsWith("@example.org>");
    assertThat(dir.resolve("send-log")).as("a dry run records nothing").doesNotExist();
  }

  @Test
  void aDryRunReplacesOnlyTheMessagesOfAnEarlierDryRun() throws Exception {
    Path outbox = Files.createDirectories(dir.resolve("outbox/2021-10-18"));
    Files.writeString(outbox.resolve("letter-to-the-printer.eml"), "A message of the editor's own.");
    Files.writeString(outbox.resolve("0009-gone@example.org.eml"), "A message of an earlier dry run.");
    Run run = send();
    assertThat(run.code()).as(run.err()).isZero();
    try (Stream<Path> list = Files.list(outbox)) {
      assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("0001-ana@example.org.eml",
          "0002-claire@example.fr.eml", "0003-juergen@example.de.eml", "0004-layla@example.net.eml", "letter-to-the-printer.eml");
    }
    assertThat(outbox.resolve("letter-to-the-printer.eml")).hasContent("A message of the editor's own.");
  }

  @Test
  void imagesOfUnknownSizeOrWithoutAltTextAreNamedBeforeSending() throws Exception {
    TestSite.of(dir, EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG) + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        ![A chart](https://cdn.example.net/chart.png 'Chart: The Desk') ![](/images/flag.png 'Photo: The Desk')
        """).build();
    Run run = send();
    assertThat(run.code()).as("a warning stops nothing").isZero();
    String html = "public/briefings/2021-10-18/email.html";
    assertThat(run.err()).contains(html + ": warning: the image https://cdn.example.net/chart.png is shown 550 px wide, the"
        + " column's width, because the build could not read its size")
        .contains(html + ": warning: the image https://example.org/images/flag.png has no alt text")
        .contains("![what it shows](https://example.org/images/flag.png)")
        .doesNotContain("chart.png has no alt text");
    assertThat(run.out()).contains("Dry run: wrote 4 messages");
  }

  @Test
  void everySubscriberGetsBothPartsOnceFromARealServerAndASecondRunSendsNothing() throws Exception {
    GreenMail server = greenMail();
    Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Sent 4 of 4.");
    assertThat(recipients(server)).containsExactly("ana@example.org", "claire@example.fr", "juergen@example.de", "layla@example.net");
    Map<String, String> names = Map.of("ana@example.org", "Ana Berg", "claire@example.fr", "Claire Lefèvre, rédaction",
        "juergen@example.de", "Jürgen Groß", "layla@example.net", "ليلى حداد");
    for (MimeMessage message : server.getReceivedMessages()) {
      InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
      assertThat(to.getPersonal()).isEqualTo(names.get(to.getAddress()));
      assertThat(message.getSubject()).isEqualTo("Test Briefing · Monday 18 October 2021");
      assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("desk@example.org");
      assertThat(message.getContentType()).startsWith("multipart/alternative");
      assertThat(EmailEditionTest.part(message, "text/plain")).contains("Russia suspends its mission to NATO");
      assertThat(Jsoup.parse(EmailEditionTest.part(message, "text/html")).select("h2").eachText())
          .contains("Russia suspends its mission to NATO");
      assertThat(message.getHeader("List-Unsubscribe", null)).contains(to.getAddress().replace("@", "%40"));
    }
    List<String> log = Files.readAllLines(dir.resolve("send-log/2021-10-18.log"));
    assertThat(log).filteredOn(l -> l.startsWith("sent\t")).hasSize(4);
    assertThat(log).as("each message noted before it goes, then when the server took it").hasSize(8)
        .allMatch(l -> l.startsWith("sending\t") || l.startsWith("sent\t"));

    Run again = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("Sent 0 of 4; 4 had it already");
    assertThat(server.getReceivedMessages()).hasSize(4);
  }

  @Test
  void subjectsAndSendersInFrenchGermanAndArabicReachARealServerIntact() throws Exception {
    String[][] cases = {
        {"L’été à Bruxelles : les ministres se réunissent", "Rédaction <redaction@example.org>", "Rédaction"},
        {"Außenminister prüfen die Lage in Köln", "\"Müller, Jürgen\" <juergen@example.org>", "Müller, Jürgen"},
        {"روسيا تعلق بعثتها لدى حلف شمال الأطلسي اعتبارا من الشهر المقبل", "مكتب الأخبار <news@example.org>", "مكتب الأخبار"}};
    GreenMail server = greenMail();
    for (String[] c : cases) {
      server.purgeEmailFromAllMailboxes();
      // each language is a new edition to the same list
      Files.deleteIfExists(dir.resolve("send-log/2021-10-18.log"));
      TestSite.of(dir, EmailEditionTest.site("email:\n  from: '" + c[1] + "'\n  unsubscribe: \"https://example.org/u?e={email}\"\n") + """
          -- content/editions/2021-10-18.md --
          ---
          title: "%s"
          ---
          """.formatted(c[0])).build();
      Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(server.getReceivedMessages()).hasSize(4);
      for (MimeMessage message : server.getReceivedMessages()) {
        assertThat(message.getSubject()).isEqualTo("Test Briefing: " + c[0]);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo(c[2]);
        assertThat(Jsoup.parse(EmailEditionTest.part(message, "text/html")).select("h1").text()).isEqualTo(c[0]);
        assertThat(EmailEditionTest.part(message, "text/plain")).contains(c[0].toUpperCase(java.util.Locale.ROOT));
      }
    }
  }

  @Test
  void aServerThatFailsMidListIsCompletedByASecondRunWithoutDuplicates() throws Exception {
    List<String> delivered = new ArrayList<>();
    try (ScriptedSmtpServer failing = new ScriptedSmtpServer(false, (to, n) -> "250 OK",
        (to, n) -> to.startsWith("juergen") ? "DROP" : "250 OK")) {
      Run first = send("--smtp", "127.0.0.1:" + failing.port(), "--tls", "none", "--retries", "1");
      assertThat(first.code()).isEqualTo(1);
      assertThat(first.err()).contains("unconfirmed: juergen@example.de");
      failing.received().forEach(r -> delivered.add(r.recipient()));
    }
    assertThat(delivered).containsExactly("ana@example.org", "claire@example.fr", "layla@example.net");

    try (ScriptedSmtpServer dead = new ScriptedSmtpServer(false, (to, n) -> "DROP", (to, n) -> "DROP")) {
      // a server that drops every connection while it is asked for a recipient: nothing is delivered, and nothing recorded
      Path log = dir.resolve("send-log/2021-10-18.log");
      List<String> before = Files.readAllLines(log);
      Run broken = send("--smtp", "127.0.0.1:" + dead.port(), "--tls", "none", "--retries", "1", "--resend-unconfirmed");
      assertThat(broken.code()).isEqualTo(1);
      assertThat(broken.err()).contains("failed: juergen@example.de", "temporary");
      assertThat(Files.readAllLines(log)).isEqualTo(before);
    }

    GreenMail server = greenMail();
    Run second = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(second.code()).as("unconfirmed is not resent without being asked").isEqualTo(1);
    assertThat(server.getReceivedMessages()).isEmpty();
    Run third = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none", "--resend-unconfirmed");
    assertThat(third.code()).as(third.err()).isZero();
    delivered.addAll(recipients(server));
    assertThat(delivered).containsExactlyInAnyOrder("ana@example.org", "claire@example.fr", "juergen@example.de", "layla@example.net");
  }

  @Test
  void aServerThatStopsAnsweringStopsTheRunAndTheNextRunSendsTheRest() throws Exception {
    List<String> delivered = new ArrayList<>();
    // the server goes away when Jürgen's turn comes: it stops listening, then drops the connection, so no new one can be
    // made (closed by the server itself, before the client can try again, not by a thread that may come too late)
    java.util.concurrent.atomic.AtomicReference<ScriptedSmtpServer> self = new java.util.concurrent.atomic.AtomicReference<>();
    ScriptedSmtpServer failing = new ScriptedSmtpServer(false, (to, n) -> {
      if (!to.startsWith("juergen")) {
        return "250 OK";
      }
      try {
        self.get().close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return "DROP";
    }, (to, n) -> "250 OK");
    self.set(failing);
    try (failing) {
      Run first = send("--smtp", "127.0.0.1:" + failing.port(), "--tls", "none", "--retries", "1");
      assertThat(first.code()).isEqualTo(1);
      assertThat(first.err()).contains("error: cannot connect to 127.0.0.1:" + failing.port(), "not tried; run the same command again");
      failing.received().forEach(r -> delivered.add(r.recipient()));
    }
    assertThat(delivered).containsExactly("ana@example.org", "claire@example.fr");
    GreenMail server = greenMail();
    Run second = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("Sent 2 of 4; 2 had it already");
    delivered.addAll(recipients(server));
    assertThat(delivered).containsExactly("ana@example.org", "claire@example.fr", "juergen@example.de", "layla@example.net");
  }

  @Test
  void temporaryRefusalsAreRetriedAndPermanentOnesReported() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false,
        (to, n) -> to.startsWith("ana") && n == 1 ? "451 4.3.0 try again later"
            : to.startsWith("claire") ? "550 5.1.1 no such mailbox" : "250 OK",
        (to, n) -> to.startsWith("layla") && n == 1 ? "421 4.3.2 busy" : "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + server.port(), "--tls", "none");
      assertThat(run.code()).isEqualTo(1);
      assertThat(server.received()).extracting(ScriptedSmtpServer.Received::recipient)
          .containsExactly("ana@example.org", "juergen@example.de", "layla@example.net");
      assertThat(run.err()).contains("Sent 3 of 4.")
          .contains("failed: claire@example.fr: the server answered to RCPT TO:<claire@example.fr>: 550 5.1.1 no such mailbox (permanent");
      assertThat(run.out()).contains("retrying ana@example.org (the server answered to RCPT TO:<ana@example.org>: 451 4.3.0 try again later)");
    }
  }

  static final String INTERNATIONAL = """
      email,name,token
      ana@example.org,Ana Berg,a1
      müller@bücher.de,Jürgen Müller,m2
      leser@bücher.de,Leser,l3
      layla@example.net,ليلى حداد,l4
      """;

  @Test
  void aServerWithoutSmtpUtf8GetsInternationalisedDomainsInAsciiAndRefusingAnAddressOutsideAsciiStopsNoOneElse() throws Exception {
    Files.writeString(dir.resolve("subscribers.csv"), INTERNATIONAL);
    GreenMail server = greenMail();
    Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(run.code()).isEqualTo(1);
    assertThat(recipients(server)).containsExactly("ana@example.org", "leser@xn--bcher-kva.de", "layla@example.net");
    assertThat(server.getReceivedMessagesForDomain("xn--bcher-kva.de")).as("the envelope's domain in ASCII").hasSize(1);
    assertThat(run.err()).contains("Sent 3 of 4.").contains("failed: müller@bücher.de: the server does not take addresses outside"
        + " ASCII (it offers no SMTPUTF8, RFC 6531), and müller@xn--bcher-kva.de has letters outside ASCII before its '@'")
        .contains("(permanent: sending again will not help)").doesNotContain("Exception");
  }

  @Test
  void aServerWithSmtpUtf8GetsAnAddressOutsideAsciiInTheEnvelopeAndInUtf8Headers() throws Exception {
    Files.writeString(dir.resolve("subscribers.csv"), INTERNATIONAL);
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false, List.of("8BITMIME", "SMTPUTF8"), (to, n) -> "250 OK",
        (to, n) -> "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + server.port(), "--tls", "none");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(server.received()).extracting(ScriptedSmtpServer.Received::recipient).containsExactly("ana@example.org",
          "müller@xn--bcher-kva.de", "leser@xn--bcher-kva.de", "layla@example.net");
      assertThat(server.mailFrom()).containsExactly("MAIL FROM:<desk@example.org>", "MAIL FROM:<desk@example.org> BODY=8BITMIME SMTPUTF8",
          "MAIL FROM:<desk@example.org>", "MAIL FROM:<desk@example.org>");
      String data = server.received().get(1).data();
      assertThat(data).contains("To: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <müller@bücher.de>\r\n");
      Properties utf8 = new Properties();
      utf8.setProperty("mail.mime.allowutf8", "true");
      MimeMessage message = new MimeMessage(Session.getInstance(utf8), new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
      InternetAddress to = (InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0];
      assertThat(to.getAddress()).isEqualTo("müller@bücher.de");
      assertThat(to.getPersonal()).isEqualTo("Jürgen Müller");
      assertThat(message.getHeader("List-Unsubscribe", null)).contains("u=m%C3%BCller%40b%C3%BCcher.de");
      assertThat(server.received().get(2).data()).as("7-bit for an ASCII local part").contains("<leser@xn--bcher-kva.de>")
          .matches("\\p{ASCII}*");
    }
  }

  @Test
  void aTemporaryRefusalIsRetriedAfterWaitsThatDouble() throws Exception {
    Files.writeString(dir.resolve("subscribers.csv"), "email,token\nana@example.org,a1\n");
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false, (to, n) -> n <= 3 ? "451 4.3.0 try again later" : "250 OK",
        (to, n) -> "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + server.port(), "--tls", "none", "--retries", "3", "--retry-wait", "0.2");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(server.received()).hasSize(1);
      List<Long> at = server.offeredAt();
      assertThat(at).hasSize(4);
      for (int i = 1; i < at.size(); i++) {
        long waited = (at.get(i) - at.get(i - 1)) / 1_000_000;
        assertThat(waited).as("the wait before try " + (i + 1)).isGreaterThanOrEqualTo(200L << (i - 1));
      }
    }
  }

  @Test
  void aMessageOverTheServersSizeIsAPermanentFailureAndIsNotSent() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false, List.of("8BITMIME", "SIZE 5000"), (to, n) -> "250 OK",
        (to, n) -> "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + server.port(), "--tls", "none");
      assertThat(run.code()).isEqualTo(1);
      assertThat(server.received()).isEmpty();
      assertThat(server.mailFrom()).as("not even offered").isEmpty();
      assertThat(run.err()).containsPattern("failed: ana@example.org: the message is \\d+ KB, more than the server takes \\(5 KB\\)"
          + " \\(permanent");
    }
  }

  @Test
  void aServerThatOffersSizeIsToldTheSizeOfEachMessage() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false, List.of("8BITMIME", "SIZE 10000000"), (to, n) -> "250 OK",
        (to, n) -> "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + server.port(), "--tls", "none");
      assertThat(run.code()).as(run.err()).isZero();
      for (int i = 0; i < 4; i++) {
        int size = server.received().get(i).data().replace("\r\n..", "\r\n.").getBytes(StandardCharsets.UTF_8).length;
        assertThat(server.mailFrom().get(i)).startsWith("MAIL FROM:<desk@example.org> SIZE=")
            .satisfies(line -> assertThat(Integer.parseInt(line.substring(line.indexOf('=') + 1))).isBetween(size - 4, size + 4));
      }
    }
  }

  @Test
  void oneClickUnsubscribingAddsListUnsubscribePostToEveryMessage() throws Exception {
    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")) + "  one_click: true\n");
    TestSite.of(dir, "").build();
    MimeMessage published = EmailEditionTest.parse(Files.readAllBytes(dir.resolve("public/briefings/2021-10-18/email.eml")));
    assertThat(published.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    GreenMail server = greenMail();
    Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
    assertThat(run.code()).as(run.err()).isZero();
    for (MimeMessage message : server.getReceivedMessages()) {
      String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
      assertThat(message.getHeader("List-Unsubscribe", null)).startsWith("<https://").contains(to.replace("@", "%40"));
      assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }
    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml"))
        .replace("https://example.org/unsubscribe", "mailto:leave@example.org"));
    assertThat(TestSite.of(dir, "").buildFails()).extracting(p -> p.message())
        .containsExactly("'email.one_click' needs an https:// address in 'email.unsubscribe'");
  }

  /**
   * The send log and a dry run's outbox in the site are written only as files and folders of their
   * own: a link there (to a file or folder outside the site, or to nothing yet) is an error that
   * names it, and nothing is sent or written.
   */
  @Test
  void theSendLogAndTheOutboxAreNeverWrittenThroughALink(@TempDir Path outside) throws Exception {
    GreenMail server = greenMail();
    Path victim = Files.writeString(outside.resolve("victim"), "ORIGINAL LINE\n");
    Path log = dir.resolve("send-log/2021-10-18.log");
    Files.createDirectories(log.getParent());
    for (Path[] link : new Path[][] {{log, victim}, {log, outside.resolve("missing.log")}, {log.getParent(), outside}}) {
      if (link[0].equals(log.getParent())) {
        Files.delete(log.getParent());
      }
      Files.createSymbolicLink(link[0], link[1]);
      Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none");
      assertThat(run.code()).as(link[0] + " -> " + link[1]).isEqualTo(1);
      assertThat(run.err()).contains(link[0] + " is a link to " + link[1], "Nothing was sent").doesNotContain("Exception");
      Files.delete(link[0]);
    }
    assertThat(server.getReceivedMessages()).isEmpty();
    assertThat(victim).hasContent("ORIGINAL LINE");
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).containsExactly(victim);
    }

    Path box = dir.resolve("outbox/2021-10-18");
    for (Path[] link : new Path[][] {{box.getParent(), outside}, {box, outside}, {box, outside.resolve("missing")}}) {
      Files.createDirectories(link[0].getParent());
      Files.createSymbolicLink(link[0], link[1]);
      Run run = send();
      assertThat(run.code()).as(link[0] + " -> " + link[1]).isEqualTo(2);
      assertThat(run.err()).contains(link[0] + " is a link to " + link[1], "choose a folder of its own").doesNotContain("Exception");
      Files.delete(link[0]);
    }
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).containsExactly(victim);
    }
    assertThat(send().code()).as("a real outbox folder is written").isZero();
    assertThat(box.resolve("0001-ana@example.org.eml")).isRegularFile();
  }

  @Test
  void aDryRunWritesNothingIntoTheBuiltSiteOrTheSitesInputs() throws Exception {
    Path edition = dir.resolve("public/briefings/2021-10-18");
    byte[] published = Files.readAllBytes(edition.resolve("email.eml"));
    Files.createSymbolicLink(dir.resolve("site-link"), dir.resolve("public"));
    for (Path outbox : List.of(edition, dir.resolve("public"), dir.resolve("site-link/letters"), dir.resolve("content/letters"),
        dir.resolve("templates"), dir)) {
      Run run = send("--outbox", outbox.toString());
      assertThat(run.code()).as(outbox + ": " + run.out()).isEqualTo(2);
      assertThat(run.err()).contains("--outbox " + outbox, "choose a folder of its own").doesNotContain("Exception");
    }
    assertThat(Files.readAllBytes(edition.resolve("email.eml"))).isEqualTo(published);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("0001-"));
    }
    Run elsewhere = send("--outbox", dir.resolve("letters").toString());
    assertThat(elsewhere.code()).as(elsewhere.err()).isZero();
    assertThat(dir.resolve("letters/0001-ana@example.org.eml")).exists();
  }

  @Test
  void anOutputBuiltWithDraftsOrAnotherBaseUrlIsSentOnlyWhenTheUserSaysSo() throws Exception {
    String site = EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG);
    TestSite.of(dir, site).drafts().build();
    Run drafts = send();
    assertThat(drafts.code()).isEqualTo(1);
    assertThat(drafts.err()).contains("was built with --drafts", "build it again as published (briefing build, without --drafts)", "--preview-build", "Nothing was sent")
        .doesNotContain("Exception");
    assertThat(dir.resolve("outbox")).doesNotExist();
    Run told = send("--preview-build");
    assertThat(told.code()).as(told.err()).isZero();

    TestSite.of(dir, site).baseUrl("https://staging.example.net/").build();
    Run staging = send();
    assertThat(staging.code()).isEqualTo(1);
    assertThat(staging.err()).contains("was built with --base-url https://staging.example.net/", "--preview-build");

    TestSite.of(dir, site).build();
    Run published = send();
    assertThat(published.code()).as(published.err()).isZero();
  }

  @Test
  void anOutputWithNoRecordOfHowItWasBuiltIsNotSentUntilItIsBuiltAgain() throws Exception {
    String site = EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG);
    Path record = dir.resolve(".briefing-cache/public/options");

    // the cache deleted after a build with --drafts: the output holds the draft, and nothing says so
    TestSite.of(dir, site).drafts().build();
    deleteTree(dir.resolve(".briefing-cache"));
    Run deleted = send("--dry-run");
    assertThat(deleted.code()).isEqualTo(1);
    assertThat(deleted.err()).contains("there is no record of how " + dir.resolve("public") + " was built", record.toString(),
        "build it again with briefing build", "Nothing was sent").doesNotContain("Exception", "\tat ");
    assertThat(dir.resolve("outbox")).doesNotExist();

    // a record that cannot be read whole, or that is of another output folder (a site folder moved or copied)
    TestSite.of(dir, site).build();
    String written = Files.readString(record);
    for (String bad : List.of("", "\u0000\u0001garbage", written.substring(0, written.indexOf("future")),
        written.replace("drafts false", "drafts maybe"), written.replace(dir.resolve("public").toString(), dir.resolve("other").toString()),
        written.substring(written.indexOf('\n') + 1))) {
      Files.writeString(record, bad);
      Run unreadable = send("--dry-run");
      assertThat(unreadable.code()).as(bad).isEqualTo(1);
      assertThat(unreadable.err()).as(bad).contains("there is no record of how", "Nothing was sent").doesNotContain("Exception");
      assertThat(dir.resolve("outbox")).as(bad).doesNotExist();
    }
    Run told = send("--dry-run", "--preview-build");
    assertThat(told.code()).as(told.err()).isZero();

    // built again, the output has its record and is sent
    deleteTree(dir.resolve(".briefing-cache"));
    TestSite.of(dir, site).build();
    Run again = send("--dry-run");
    assertThat(again.code()).as(again.err()).isZero();
  }

  /**
   * An output folder that is a link to the folder a web server serves: the build goes into that
   * folder and records how it was built beside it; send looked for the record beside the link and
   * refused every such output, and building again did not help (helper-93).
   */
  @Test
  void anOutputThatIsALinkIsSentOnceBuiltAndRefusedAfterADraftsBuild() throws Exception {
    String site = EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG);
    TestSite.of(dir, site);
    deleteTree(dir.resolve("public"));
    deleteTree(dir.resolve(".briefing-cache"));
    Path served = Files.createDirectories(dir.resolve("srv/www"));
    Files.createSymbolicLink(dir.resolve("public"), served);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    Run built = send("--dry-run");
    assertThat(built.code()).as(built.err()).isZero();

    deleteTree(dir.resolve("outbox"));
    assertThat(CliTest.run("build", "--site", dir.toString(), "--drafts").code()).isZero();
    Run drafts = send("--dry-run");
    assertThat(drafts.code()).isEqualTo(1);
    assertThat(drafts.err()).contains("--drafts").doesNotContain("Exception");
    assertThat(dir.resolve("outbox")).doesNotExist();
  }

  @Test
  void anUnsubscribePlaceTheListHasNoColumnOrNoValueForIsAnErrorAndNothingIsWritten() throws Exception {
    Files.writeString(dir.resolve("subscribers.csv"), "email,name\nana@example.org,Ana Berg\n");
    Run noColumn = send();
    assertThat(noColumn.code()).isEqualTo(1);
    assertThat(noColumn.err()).contains("subscribers.csv:1: error: the unsubscribe address of briefing.yaml has {token},"
        + " but the list has no token column", "Nothing was sent");

    Files.writeString(dir.resolve("subscribers.csv"), "# readers\nana@example.org,Ana Berg\n");
    Run noHeader = send();
    assertThat(noHeader.code()).isEqualTo(1);
    assertThat(noHeader.err()).contains("subscribers.csv:2: error:", "{token}", "(it has no header row)", "email,name,token");

    Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS + "ben@example.org,Ben,\n");
    Run noValue = send();
    assertThat(noValue.code()).isEqualTo(1);
    assertThat(noValue.err()).contains("subscribers.csv:6: error: ben@example.org has no token, which the unsubscribe address needs");
    assertThat(dir.resolve("outbox")).doesNotExist();
  }

  @Test
  void optionsPastTheirRangeAreUsageErrors() {
    String[][] cases = {{"--timeout", "3000000", "--timeout must be from 1 to 86400"}, {"--retry-wait", "1e300", "--retry-wait must be"},
        {"--retry-wait", "NaN", "--retry-wait must be"}, {"--rate", "Infinity", "--rate must be 0"}, {"--rate", "1e-300", "--rate must be 0"},
        {"--retries", "2000000000", "--retries must be"}};
    for (String[] c : cases) {
      Run run = send("--smtp", "127.0.0.1:9", "--tls", "none", c[0], c[1]);
      assertThat(run.code()).as(c[0] + " " + c[1] + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).contains(c[2]).doesNotContain("unexpected");
    }
  }

  @Test
  void aServerWhoseReplyCodeIsNotThreeDigitsIsNamedAsNotSpeakingSmtp() throws Exception {
    try (java.net.ServerSocket garbled = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        while (!garbled.isClosed()) {
          try (java.net.Socket client = garbled.accept()) {
            client.getOutputStream().write("2a0 hello\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getInputStream().read();
          } catch (java.io.IOException e) {
            // closed
          }
        }
      });
      server.setDaemon(true);
      server.start();
      Run run = send("--smtp", "127.0.0.1:" + garbled.getLocalPort(), "--tls", "none", "--retries", "0");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("the server's answer is not SMTP: '2a0 hello'").doesNotContain("unexpected");
    }
  }

  /**
   * A list a spreadsheet saved as "Unicode text" is named as UTF-16, with the conversion that fits,
   * as a story of the build is: it was told to convert from windows-1252, and without a byte-order
   * mark its NULs passed as UTF-8, and every address was wrong.
   */
  @Test
  void aListSavedAsUtf16IsNamedSoWithTheConversionThatFitsIt() throws Exception {
    String list = "email,name\nana@example.org,Ana\n";
    for (byte[] bytes : List.of(("\uFEFF" + list).getBytes(StandardCharsets.UTF_16LE), list.getBytes(StandardCharsets.UTF_16LE))) {
      Files.write(dir.resolve("subscribers.csv"), bytes);
      Run run = send();
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("subscribers.csv:1: error: the subscriber list is saved as UTF-16", ", not UTF-8")
          .contains("iconv -f UTF-16").doesNotContain("WINDOWS-1252").doesNotContain("not a valid address");
    }
  }

  @Test
  void aListThatIsNotUtf8OrIsAFolderAndASendOutsideASiteSayWhatToDo() throws Exception {
    Files.write(dir.resolve("subscribers.csv"), "email,name\nana@example.org,Ana\nm\u00fcller@example.org,M\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Run latin1 = send();
    assertThat(latin1.code()).isEqualTo(1);
    assertThat(latin1.err()).contains("subscribers.csv:3: error: the subscriber list is not UTF-8", "save the list as UTF-8")
        .doesNotContain("Input length");

    Files.createDirectories(dir.resolve("lists"));
    Run folder = send("--to", dir.resolve("lists").toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("the subscriber list " + dir.resolve("lists") + " is a folder").doesNotContain("does not exist");

    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Run noSite = send("--site", elsewhere.toString());
    assertThat(noSite.code()).isEqualTo(1);
    assertThat(noSite.err()).contains(elsewhere + " is not a site folder: it has no briefing.yaml", "--site DIR")
        .doesNotContain("'email:'");
  }

  @Test
  void theSubjectSentIsThePublishedMessagesSubjectSpacesAndAll() throws Exception {
    for (String title : List.of("Two  spaces and\\u00a0a no-break space", "Réforme  des retraites :\\u00a0le  Sénat vote, l’Assemblée attend")) {
      TestSite.of(dir, EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG.replace("?u={email}", "?u={email}&t={token}"))
          + "\n-- content/editions/2021-10-18.md --\n---\ntitle: \"" + title + "\"\n---\n\nThe note.\n").build();
      Run run = send();
      assertThat(run.code()).as(run.err()).isZero();
      String published = parse(Files.readAllBytes(dir.resolve("public/briefings/2021-10-18/email.eml"))).getSubject();
      assertThat(published).contains("  ", "\u00a0");
      assertThat(parse(Files.readAllBytes(dir.resolve("outbox/2021-10-18/0001-ana@example.org.eml"))).getSubject()).isEqualTo(published);
      assertThat(run.out()).contains("of \"" + published + "\"");
    }
  }

  @Test
  void dryRunWinsOverSmtp() throws Exception {
    GreenMail server = greenMail();
    Run run = send("--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none", "--dry-run");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Dry run: wrote 4 messages");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatRefusesTheSessionStopsTheRunWithItsAnswerAndSendsNothing() throws Exception {
    try (java.net.ServerSocket refusing = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        while (!refusing.isClosed()) {
          try (java.net.Socket client = refusing.accept()) {
            client.getOutputStream().write("554 5.7.1 no mail from this host\r\n".getBytes(StandardCharsets.US_ASCII));
          } catch (java.io.IOException e) {
            // closed
          }
        }
      });
      server.setDaemon(true);
      server.start();
      Run run = send("--smtp", "127.0.0.1:" + refusing.getLocalPort(), "--tls", "none");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("error: the server refused the connection: 554 5.7.1 no mail from this host",
          "Stopped with 4 addresses not tried").doesNotContain("Exception");
    }
    assertThat(Files.readString(dir.resolve("send-log/2021-10-18.log"))).isEmpty();
  }

  @Test
  void aServerNameOutsideAsciiIsLookedUpInItsAsciiForm() {
    Run run = send("--smtp", "bücher.invalid:2525", "--tls", "none", "--retries", "0");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot connect to xn--bcher-kva.invalid:2525");
    Run wrong = send("--smtp", "bü_cher.invalid:2525", "--tls", "none");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("--smtp must be HOST or HOST:PORT");
  }

  @Test
  void theRateLimitSpacesTheMessages() throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(false, (to, n) -> "250 OK", (to, n) -> "250 OK")) {
      Run run = sendAt("4", List.of("--smtp", "127.0.0.1:" + server.port(), "--tls", "none"));
      assertThat(run.code()).as(run.err()).isZero();
      List<ScriptedSmtpServer.Received> received = server.received();
      assertThat(received).hasSize(4);
      // the server notes each message when its thread gets to it, which a busy machine delays, so
      // one gap can look short; over the three gaps, four a second take 750 ms
      long span = (received.get(3).nanos() - received.get(0).nanos()) / 1_000_000;
      assertThat(span).as("at most four a second").isGreaterThanOrEqualTo(600);
    }
  }

  Run sendAt(String rate, List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--rate", rate));
    return send(all.toArray(String[]::new));
  }

  @Test
  void startTlsIsRequiredByDefault() throws Exception {
    try (ScriptedSmtpServer plain = new ScriptedSmtpServer(false, (to, n) -> "250 OK", (to, n) -> "250 OK")) {
      Run run = send("--smtp", "127.0.0.1:" + plain.port());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("the server does not offer STARTTLS");
      assertThat(plain.received()).isEmpty();
    }
  }

  @Test
  void badInputIsAClearErrorAndNothingIsSent() throws Exception {
    GreenMail server = greenMail();
    String smtp = "127.0.0.1:" + server.getSmtp().getPort();
    Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS + "not-an-address,Someone,x\nana@example.org,Ana again,y\n");
    Run invalid = send("--smtp", smtp, "--tls", "none");
    assertThat(invalid.code()).isEqualTo(1);
    assertThat(invalid.err()).contains("subscribers.csv:6: error: 'not-an-address' is not an email address")
        .contains("subscribers.csv:7: warning: ana@example.org is listed more than once").contains("Nothing was sent");
    assertThat(server.getReceivedMessages()).isEmpty();

    Files.writeString(dir.resolve("subscribers.csv"), SUBSCRIBERS);
    Run missing = send("--smtp", smtp, "--tls", "none", "--edition", "2021-10-19");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("there is no edition 2021-10-19", "build the site first");

    Run refused = send("--smtp", "127.0.0.1:1", "--tls", "none", "--retries", "0");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("cannot connect to 127.0.0.1:1");

    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")) + "  max_kb: 10\n");
    Run oversized = send("--smtp", smtp, "--tls", "none");
    assertThat(oversized.code()).isEqualTo(1);
    assertThat(oversized.err()).containsPattern("the email of 2021-10-18 is \\d+ KB, more than email.max_kb \\(10 KB\\) allows");
    assertThat(server.getReceivedMessages()).isEmpty();
    assertThat(dir.resolve("send-log/2021-10-18.log")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
        p -> assertThat(Files.readString(p, StandardCharsets.UTF_8)).isEmpty());

    Run noList = send("--to", dir.resolve("nobody.csv").toString());
    assertThat(noList.code()).isEqualTo(1);
    assertThat(noList.err()).contains("the subscriber list " + dir.resolve("nobody.csv") + " does not exist");

    Run usage = send("--edition", "19-10-2021");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("--edition must be a date like 2021-10-19");
  }
}
