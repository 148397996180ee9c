package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** briefing send takes the SMTP user and password from the environment alone. */
class SendCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run send(Map<String, String> environment, String... extra) {
    String[] args = new String[extra.length + 7];
    System.arraycopy(new String[] {"send", "--site", dir.toString(), "--edition", "2021-10-18", "--to", "subscribers.csv"}, 0, args, 0, 7);
    System.arraycopy(extra, 0, args, 7, extra.length);
    CommandLine cli = BriefingCommand.forArguments(args);
    ((SendCommand) cli.getSubcommands().get("send").getCommand()).environment = environment;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void thereIsNoOptionForAPasswordOnTheCommandLine() {
    for (String option : new String[] {"--password", "--user", "--pass", "--smtp-password"}) {
      Run run = send(Map.of(), "--smtp", "127.0.0.1:25", option, "secret");
      assertThat(run.code()).as(option).isEqualTo(2);
      assertThat(run.err()).contains("Unknown option");
    }
  }

  @Test
  void aUserWithoutAPasswordInTheEnvironmentIsAnErrorBeforeAnythingIsSent() {
    Run run = send(Map.of("BRIEFING_SMTP_USER", "desk"), "--smtp", "127.0.0.1:25");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("error: BRIEFING_SMTP_USER is set but BRIEFING_SMTP_PASSWORD is not");
  }

  @Test
  void aPasswordIsNeverSentOverAnUnencryptedConnection() {
    Run run = send(Map.of("BRIEFING_SMTP_USER", "desk", "BRIEFING_SMTP_PASSWORD", "secret"), "--smtp", "127.0.0.1:25", "--tls", "none");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("a password is never sent over an unencrypted connection").doesNotContain("secret");
  }
}
