package org.briefing.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
