package org.briefing.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendLogTest {
  @TempDir Path dir;

  @Test
  void aLineCutShortByACrashCountsForNothingAndTheNextRecordStartsALineOfItsOwn() throws Exception {
    Path file = dir.resolve("send-log/2021-10-18.log");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "sent\tana@example.org\t<a@x>\t2021-10-18T10:00:00Z\nsent\tben@exa", StandardCharsets.UTF_8);
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.status("ana@example.org")).isEqualTo(SendLog.Status.SENT);
      assertThat(log.status("ben@example.org")).isNull();
      log.record(SendLog.Status.SENT, "ben@example.org", "<b@x>", Instant.parse("2021-10-18T10:01:00Z"));
    }
    assertThat(Files.readAllLines(file)).containsExactly("sent\tana@example.org\t<a@x>\t2021-10-18T10:00:00Z", "sent\tben@exa",
        "sent\tben@example.org\t<b@x>\t2021-10-18T10:01:00Z");
    try (SendLog again = SendLog.open(file)) {
      assertThat(again.status("ben@example.org")).isEqualTo(SendLog.Status.SENT);
    }
  }

  @Test
  void onlyOneSendOfAnEditionRunsAtATime() throws Exception {
    Path file = dir.resolve("send-log/2021-10-18.log");
    try (SendLog first = SendLog.open(file)) {
      assertThat(first).isNotNull();
      assertThat(SendLog.open(file)).isNull();
    }
    try (SendLog later = SendLog.open(file)) {
      assertThat(later).isNotNull();
    }
  }

  @Test
  void aSendInAnotherProcessCannotOpenTheLogWhileThisOneHoldsIt() throws Exception {
    Path file = dir.resolve("send-log/2021-10-18.log");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "sent\tana@example.org\t<a@x>\t2021-10-18T10:00:00Z\n", StandardCharsets.UTF_8);
    try (SendLog first = SendLog.open(file)) {
      assertThat(first.status("ana@example.org")).isEqualTo(SendLog.Status.SENT);
      first.record(SendLog.Status.SENDING, "ben@example.org", "<b@x>", Instant.parse("2021-10-18T10:01:00Z"));
      assertThat(openInAnotherProcess(file)).isEqualTo("held");
    }
    assertThat(openInAnotherProcess(file)).isEqualTo("opened");
  }

  /** Opens the log in a second JVM, as a second {@code briefing send} would, and says what happened. */
  private static String openInAnotherProcess(Path file) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OpenLog.class.getName(), file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  /** The second process of {@link #aSendInAnotherProcessCannotOpenTheLogWhileThisOneHoldsIt}. */
  static final class OpenLog {
    public static void main(String[] args) throws Exception {
      try (SendLog log = SendLog.open(Path.of(args[0]))) {
        System.out.println(log == null ? "held" : "opened");
      }
    }
  }

  @Test
  void aMessageNotedAsGoingWithNothingAfterItCountsAsUnconfirmedAndOneNotSentAsNotSent() throws Exception {
    Path file = dir.resolve("send-log/2021-10-18.log");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        sending	ana@example.org	<a@x>	2021-10-18T10:00:00Z
        sending	ben@example.org	<b@x>	2021-10-18T10:00:01Z
        not-sent	ben@example.org	<b@x>	2021-10-18T10:00:02Z
        sending	cat@example.org	<c@x>	2021-10-18T10:00:03Z
        sent	cat@example.org	<c@x>	2021-10-18T10:00:04Z
        """, StandardCharsets.UTF_8);
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.status("ana@example.org")).isEqualTo(SendLog.Status.UNCONFIRMED);
      assertThat(log.status("ben@example.org")).isNull();
      assertThat(log.status("cat@example.org")).isEqualTo(SendLog.Status.SENT);
    }
  }
}
