package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.problem.Problem;
import org.briefing.rebuild.OutputChoice;
import org.briefing.send.EditionSend;
import org.briefing.write.OwnFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing send}: sends the email of one edition to a subscriber list, or writes the messages to a folder. */
@Command(name = "send", mixinStandardHelpOptions = true, description = {
    "Sends the email of a built edition (briefings/DATE/email.*) to every address of a subscriber list, one message each.",
    "Without --smtp (or with --dry-run) the messages are written to a folder instead.",
    "A send log (send-log/DATE.log in the site folder) records each message the server took, so running the",
    "command again sends only to the addresses that did not get it.",
    "The SMTP user and password come from BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD, never from the command line."})
public final class SendCommand implements Callable<Integer> {
  static final String USER = "BRIEFING_SMTP_USER";
  static final String PASSWORD = "BRIEFING_SMTP_PASSWORD";

  /** The longest wait an option may ask for, a day: longer ones are typing mistakes, and overflow the clock's arithmetic. */
  private static final int MAX_SECONDS = 86_400;
  private static final int MAX_RETRIES = 100;
  /** The slowest pace: a message every 1,000 seconds. */
  private static final double MIN_RATE = 0.001;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin SiteOptions siteOptions;

  @Option(names = "--edition", required = true, paramLabel = "DATE", description = "The edition to send, e.g. 2021-10-19.")
  String edition;

  @Option(names = "--to", required = true, paramLabel = "FILE",
      description = "The subscriber list: CSV with a header row (email, name, and columns of your own), or address,name lines.")
  Path list;

  @Option(names = "--smtp", paramLabel = "HOST[:PORT]", description = "The SMTP server (port 587 if not given; 465 with --tls tls).")
  String smtp;

  @Option(names = "--dry-run", description = "Write the messages to the outbox folder instead of sending them (the default without --smtp).")
  boolean dryRun;

  @Option(names = "--outbox", paramLabel = "DIR", description = "Where a dry run writes the messages (default: outbox/DATE/ in the site folder); never in the built site.")
  Path outbox;

  @Option(names = "--out", paramLabel = "DIR", description = "The built site (default: public/ in the site folder).")
  Path out;

  @Option(names = "--tls", paramLabel = "MODE", defaultValue = "starttls",
      description = "starttls (default: the server must offer it), tls (TLS from the start), or none (a test server on this machine only).")
  String tls;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "5", description = "At most N messages a second (default 5; 0: no limit).")
  double rate;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Tries after a temporary failure (default 3).")
  int retries;

  @Option(names = "--retry-wait", paramLabel = "SECONDS", defaultValue = "5",
      description = "The wait before the first retry, doubled for each next one (default 5).")
  double retryWait;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "How long to wait for the server (default 60).")
  int timeout;

  @Option(names = "--resend-unconfirmed",
      description = "Send again to addresses whose delivery is unknown (the connection broke before the server answered).")
  boolean resendUnconfirmed;

  @Option(names = "--preview-build",
      description = "Send an output built with --drafts, --future or --base-url, or with no record of how it was built"
          + " (refused without it: it may not be the published site).")
  boolean previewBuild;

  /** The environment the credentials are read from; tests give their own. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path site = siteOptions.siteDir();
    try {
      LocalDate.parse(edition);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--edition must be a date like 2021-10-19, not '" + edition + "'");
    }
    if (!Double.isFinite(rate) || rate < 0 || (rate > 0 && rate < MIN_RATE)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be 0 (no limit) or a number of messages a second"
          + " from " + MIN_RATE + " up, not '" + rate + "'");
    }
    if (retries < 0 || retries > MAX_RETRIES) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--retries must be from 0 to " + MAX_RETRIES + ", not '" + retries + "'");
    }
    if (!Double.isFinite(retryWait) || retryWait < 0 || retryWait > MAX_SECONDS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--retry-wait must be from 0 to " + MAX_SECONDS
          + " seconds (a day), not '" + retryWait + "'");
    }
    if (timeout <= 0 || timeout > MAX_SECONDS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be from 1 to " + MAX_SECONDS
          + " seconds (a day), not '" + timeout + "'");
    }
    EditionSend.Security security = switch (tls) {
      case "starttls" -> EditionSend.Security.STARTTLS;
      case "tls" -> EditionSend.Security.TLS;
      case "none" -> EditionSend.Security.NONE;
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "--tls must be starttls, tls or none, not '" + tls + "'");
    };
    String host = null;
    int port = security == EditionSend.Security.TLS ? 465 : 587;
    if (smtp != null && !dryRun) {
      int colon = smtp.lastIndexOf(':');
      host = colon < 0 ? smtp : smtp.substring(0, colon);
      if (colon >= 0) {
        try {
          port = Integer.parseInt(smtp.substring(colon + 1));
        } catch (NumberFormatException e) {
          port = -1;
        }
      }
      try {
        // a host name outside ASCII is looked up, and its certificate checked, in its IDNA form
        host = java.net.IDN.toASCII(host, java.net.IDN.USE_STD3_ASCII_RULES);
      } catch (IllegalArgumentException e) {
        host = "";
      }
      if (host.isBlank() || port < 1 || port > 65535) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--smtp must be HOST or HOST:PORT, such as smtp.example.org:587, not '" + smtp + "'");
      }
    }
    String user = blankToNull(environment.get(USER));
    String password = environment.get(PASSWORD);
    if (host != null && user != null && (password == null || password.isEmpty())) {
      err.println("error: " + USER + " is set but " + PASSWORD + " is not; set both, or neither to send without logging in");
      return 1;
    }
    if (host != null && user != null && security == EditionSend.Security.NONE) {
      err.println("error: a password is never sent over an unencrypted connection; use --tls starttls or tls, or unset " + USER);
      return 1;
    }
    Path built;
    try {
      built = BuildCommand.outputFolder(site, this.out);
    } catch (java.io.IOException e) {
      err.println("error: --out " + e.getMessage());
      return 1;
    }
    Path box = (outbox == null ? site.resolve("outbox").resolve(edition) : outbox).toAbsolutePath().normalize();
    if (host == null) {
      String wrong = wrongOutbox(site, built, box);
      if (wrong != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--outbox " + box + " cannot hold the messages of a dry run: " + wrong
            + " (a dry run deletes the .eml files in it); choose a folder of its own, such as outbox/" + edition + " in the site folder");
      }
    }
    EditionSend.Settings settings = new EditionSend.Settings(site, built, edition, list.toAbsolutePath().normalize(), box, host, port,
        security, user, password, rate, retries, Duration.ofMillis((long) (retryWait * 1000)), Duration.ofSeconds(timeout),
        resendUnconfirmed, previewBuild, SiteOptions.now());
    EditionSend.Result result = EditionSend.run(settings, line -> {
      out.println(line);
      out.flush();
    });
    for (Problem problem : result.problems()) {
      err.println(problem.format(site));
    }
    for (String line : result.report()) {
      (line.startsWith("error:") || line.startsWith("failed:") || line.startsWith("unconfirmed:") || !result.ok() ? err : out).println(line);
    }
    return result.ok() ? 0 : 1;
  }

  /**
   * Why a dry run may not write its messages into {@code box}, null when it may: never into the
   * built site, where they would be published (and replace its email.eml), nor where a build reads or
   * keeps its files, nor through a link in the site. Folders are compared as given and with links followed.
   */
  static String wrongOutbox(Path site, Path built, Path box) {
    if (box.startsWith(built) || OutputChoice.real(box).startsWith(OutputChoice.real(built))) {
      return "it is the built site " + built + " or inside it";
    }
    Path link = box.startsWith(site) ? OwnFile.linkOnTheWay(site, box) : null;
    if (link != null) {
      return link + " is a link to " + OwnFile.target(link) + ", and an outbox in the site is written only into folders of its own,"
          + " never through a link";
    }
    return OutputChoice.forbidden(site, box);
  }


  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
