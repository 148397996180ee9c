package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing send} killed halfway (SIGKILL, as a crash or a power cut would stop it) and run
 * again: no subscriber gets the edition twice, and every one gets it, except one whose message was
 * in flight when the send was killed, which the second run names as unconfirmed.
 */
class SendKilledTest {
  @TempDir Path dir;
  GreenMail server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aSendKilledHalfwayAndRunAgainReachesEveryoneExactlyOnce() throws Exception {
    TestSite.of(dir, EmailEditionTest.site(EmailEditionTest.EMAIL_CONFIG)).build();
    StringBuilder list = new StringBuilder("email,name\n");
    List<String> everyone = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      everyone.add("reader" + i + "@example.org");
      list.append("reader").append(i).append("@example.org,Reader ").append(i).append('\n');
    }
    Files.writeString(dir.resolve("subscribers.csv"), list.toString(), StandardCharsets.UTF_8);
    server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main", "send", "--site", dir.toString(),
        "--edition", "2021-10-18", "--to", dir.resolve("subscribers.csv").toString(),
        "--smtp", "127.0.0.1:" + server.getSmtp().getPort(), "--tls", "none", "--rate", "4");
    Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (server.getReceivedMessages().length < 4 && System.nanoTime() < deadline && first.isAlive()) {
      Thread.sleep(20);
    }
    first.destroyForcibly().waitFor();
    int beforeKill = server.getReceivedMessages().length;
    assertThat(beforeKill).as(Files.readString(dir.resolve("first.log"))).isBetween(4, 11);

    Process second = new ProcessBuilder(command.subList(0, command.size() - 2)).redirectErrorStream(true)
        .redirectOutput(dir.resolve("second.log").toFile()).start();
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String report = Files.readString(dir.resolve("second.log"));
    List<String> received = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      received.add(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
    }
    assertThat(received).as("no one twice (%d before the kill)", beforeKill).doesNotHaveDuplicates();
    List<String> unconfirmed = everyone.stream().filter(a -> report.contains("unconfirmed: " + a + ":")).toList();
    assertThat(unconfirmed).as("at most the message in flight when the send was killed").hasSizeLessThanOrEqualTo(1);
    List<String> accounted = new ArrayList<>(received);
    unconfirmed.stream().filter(a -> !received.contains(a)).forEach(accounted::add);
    assertThat(accounted).as(report).containsExactlyInAnyOrderElementsOf(everyone);
    assertThat(second.exitValue()).as(report).isEqualTo(unconfirmed.isEmpty() ? 0 : 1);
  }
}
