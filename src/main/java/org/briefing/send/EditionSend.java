package org.briefing.send;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.briefing.config.ConfigLoader;
import org.briefing.config.EmailPatterns;
import org.briefing.config.SiteConfig;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.rebuild.OutputOptions;
import org.briefing.send.Subscribers.Subscriber;
import org.briefing.write.OwnFile;

/**
 * {@code briefing send}: the email of one edition to every address of a subscriber list, or, in
 * a dry run, into a folder of .eml files. Nothing is sent unless the edition, the settings and the
 * whole list are right. The result says what happened in lines for the console.
 */
public final class EditionSend {
  private EditionSend() {}

  /** How messages leave: a folder (dry run) or an SMTP server. */
  public enum Security {
    STARTTLS,
    TLS,
    NONE
  }

  /**
   * What to send, to whom and how.
   *
   * @param smtpHost null for a dry run
   * @param user null to send without logging in
   * @param perSecond the most messages a second, 0 for no limit
   * @param previewBuild whether an output built with --drafts, --future or another base URL may be sent
   */
  public record Settings(Path site, Path out, String date, Path list, Path outbox, String smtpHost, int smtpPort, Security security,
      String user, String password, double perSecond, int retries, Duration firstWait, Duration timeout,
      boolean resendUnconfirmed, boolean previewBuild, Instant now) {}

  /**
   * What happened: the problems of the settings and the list (errors stop everything), the report
   * lines, and whether every message is now sent (or written).
   */
  public record Result(List<Problem> problems, List<String> report, boolean ok) {}

  /** Where the send log of an edition is: {@code send-log/DATE.log} in the site folder. */
  public static Path logFile(Path site, String date) {
    return site.resolve("send-log").resolve(date + ".log");
  }

  public static Result run(Settings settings, Consumer<String> progress) {
    Problems problems = new Problems();
    if (!Files.isRegularFile(settings.site().resolve(ConfigLoader.FILE_NAME))) {
      return new Result(problems.all(), List.of("error: " + settings.site() + " is not a site folder: it has no "
          + ConfigLoader.FILE_NAME + "; run this inside a site folder, or give one with --site DIR", "Nothing was sent."), false);
    }
    SiteConfig config = ConfigLoader.load(settings.site(), problems);
    if (problems.hasErrors()) {
      return new Result(problems.all(), List.of("Nothing was sent: briefing.yaml has errors."), false);
    }
    OutputOptions recorded = OutputOptions.recordedFor(settings.out());
    String preview = recorded == null ? null : previewOptions(recorded, config);
    if (preview != null && !settings.previewBuild()) {
      return new Result(problems.all(), List.of("error: " + settings.out() + " was built with " + preview + ", so its email may hold"
          + " stories and links that are not the published site's; build it again as published"
          + " (briefing build, without " + preview.replaceAll(" (?!--)\\S+", "") + "), or give --preview-build to send it as it is",
          "Nothing was sent."), false);
    }
    EditionMail mail;
    try {
      mail = EditionMail.read(settings.out(), settings.date(), config);
    } catch (EditionMail.Unusable e) {
      return new Result(problems.all(), List.of("error: " + e.getMessage(), "Nothing was sent."), false);
    }
    if (recorded == null && !settings.previewBuild()) {
      // the cache may be deleted at any time: without its record the output may as well be a preview
      return new Result(problems.all(), List.of("error: there is no record of how " + settings.out() + " was built ("
          + OutputOptions.recordOf(settings.out()) + " is missing, names another output folder or cannot be read: the build"
          + " cache was deleted or moved), so it may hold drafts or stories dated later; build it again with briefing build"
          + " (without --drafts or --future), which writes the record, then send", "Nothing was sent."), false);
    }
    Path htmlFile = settings.out().resolve("briefings").resolve(settings.date()).resolve("email.html");
    for (EditionMail.ImageWarning warning : mail.imageWarnings()) {
      problems.warning(SourcePosition.of(htmlFile), warning.message(), warning.hint());
    }
    if (!Files.isRegularFile(settings.list())) {
      return new Result(problems.all(), List.of("error: the subscriber list " + settings.list() + (Files.isDirectory(settings.list())
          ? " is a folder" : " does not exist") + "; give a CSV file with a header row 'email,name' and one subscriber a line",
          "Nothing was sent."), false);
    }
    String text;
    try {
      text = Subscribers.text(settings.list(), Files.readAllBytes(settings.list()), problems);
    } catch (IOException e) {
      return new Result(problems.all(), List.of("error: cannot read the subscriber list " + settings.list() + ": " + e.getMessage(),
          "Nothing was sent."), false);
    }
    if (text == null) {
      return new Result(problems.all(), List.of("Nothing was sent: correct the subscriber list " + settings.list() + " first."), false);
    }
    List<Subscriber> subscribers = Subscribers.read(settings.list(), text, EmailPatterns.names(config.email().unsubscribe()), problems);
    if (problems.hasErrors()) {
      return new Result(problems.all(), List.of("Nothing was sent: correct the subscriber list " + settings.list() + " first."), false);
    }
    if (subscribers.isEmpty()) {
      return new Result(problems.all(), List.of("error: the subscriber list " + settings.list() + " has no addresses.",
          "Nothing was sent."), false);
    }
    long maxBytes = config.email().maxKilobytes() * 1024L;
    int size = mail.forSubscriber(subscribers.get(0), settings.now()).bytes().length;
    if (size > maxBytes) {
      return new Result(problems.all(), List.of("error: the email of " + settings.date() + " is " + (size + 1023) / 1024
          + " KB, more than email.max_kb (" + config.email().maxKilobytes() + " KB) allows; shorten the edition or raise max_kb",
          "Nothing was sent."), false);
    }
    return settings.smtpHost() == null ? dryRun(settings, mail, subscribers, problems)
        : send(settings, config, mail, subscribers, problems, maxBytes, progress);
  }

  /** The recorded options that make the output other than the published site, as given; null when none. */
  private static String previewOptions(OutputOptions options, SiteConfig config) {
    if (options.baseUrl() != null && options.baseUrl().toString().equals(config.baseUrl().toString())) {
      options = new OutputOptions(options.drafts(), options.future(), null);
    }
    return options.published() ? null : options.asOptions();
  }

  private static final java.util.regex.Pattern DRY_RUN_MESSAGE = java.util.regex.Pattern.compile("[0-9]{4,}-[a-z0-9@._-]+\\.eml");

  private static Result dryRun(Settings settings, EditionMail mail, List<Subscriber> subscribers, Problems problems) {
    try {
      Files.createDirectories(settings.outbox());
      try (var old = Files.list(settings.outbox())) {
        // only the messages a dry run writes (0001-reader@example.org.eml): an outbox given by hand may hold mail of the user's own
        for (Path file : old.filter(p -> DRY_RUN_MESSAGE.matcher(p.getFileName().toString()).matches()).toList()) {
          Files.delete(file);
        }
      }
      int n = 0;
      for (Subscriber subscriber : subscribers) {
        String name = String.format(Locale.ROOT, "%04d-%s.eml", ++n, subscriber.mailbox().key().replaceAll("[^a-z0-9@._-]", "_"));
        OwnFile.create(settings.outbox().resolve(name), mail.forSubscriber(subscriber, settings.now()).bytes());
      }
    } catch (IOException e) {
      return new Result(problems.all(), List.of("error: cannot write to " + settings.outbox() + ": " + e.getMessage()), false);
    }
    return new Result(problems.all(), List.of("Dry run: wrote " + subscribers.size() + " message" + (subscribers.size() == 1 ? "" : "s")
        + " of \"" + mail.subject() + "\" to " + settings.outbox() + "; nothing was sent (give --smtp HOST:PORT to send).")
        , true);
  }

  private static Result send(Settings settings, SiteConfig config, EditionMail mail, List<Subscriber> subscribers, Problems problems,
      long maxBytes, Consumer<String> progress) {
    SmtpClient.Credentials credentials = settings.user() == null ? null : new SmtpClient.Credentials(settings.user(), settings.password());
    Sender.Server server = new Sender.Server(settings.smtpHost(), settings.smtpPort(), SmtpClient.Security.valueOf(settings.security().name()),
        credentials, (int) settings.timeout().toMillis());
    Path logFile = logFile(settings.site(), settings.date());
    Path link = OwnFile.linkOnTheWay(settings.site(), logFile);
    if (link != null) {
      return new Result(problems.all(), List.of("error: " + link + " is a link to " + OwnFile.target(link) + "; the send log "
          + logFile + " is written only as a file of the site, never through a link: delete the link (move the log it leads to,"
          + " if any, into send-log/)", "Nothing was sent."), false);
    }
    List<String> report = new ArrayList<>();
    try (SendLog log = SendLog.open(logFile)) {
      if (log == null) {
        return new Result(problems.all(), List.of("error: another 'briefing send' of " + settings.date() + " is running (it holds "
            + logFile + "); wait for it to finish", "Nothing was sent."), false);
      }
      progress.accept("Sending \"" + mail.subject() + "\" to " + subscribers.size() + " addresses through " + server);
      Sender sender = new Sender(server, new Sender.Pace(settings.perSecond(), settings.retries(), settings.firstWait()), progress,
          Instant::now);
      Sender.Outcome outcome = sender.send(mail, subscribers, log, config.emailFrom(), maxBytes, settings.resendUnconfirmed());
      report.add("Sent " + outcome.sent() + " of " + subscribers.size() + (outcome.skipped() > 0 ? "; " + outcome.skipped()
          + " had it already (" + logFile + ")" : "") + ".");
      for (Sender.Failure failure : outcome.failures()) {
        report.add("failed: " + failure.address() + ": " + failure.reason()
            + (failure.permanent() ? " (permanent: sending again will not help)" : " (temporary: run the same command again later)"));
      }
      for (String address : outcome.unconfirmed()) {
        report.add("unconfirmed: " + address + ": the connection broke before the server said whether it took the message;"
            + " it is not sent again, to send no one a message twice (--resend-unconfirmed sends it again)");
      }
      if (outcome.stopped() != null) {
        int left = subscribers.size() - outcome.sent() - outcome.skipped() - outcome.failures().size() - outcome.unconfirmed().size();
        report.add("error: " + outcome.stopped());
        report.add("Stopped with " + left + " address" + (left == 1 ? "" : "es") + " not tried; run the same command again"
            + " to send to them (no one who has it gets it twice).");
      }
      return new Result(problems.all(), report, outcome.complete());
    } catch (IOException e) {
      return new Result(problems.all(), List.of("error: cannot use the send log " + logFile + ": " + e.getMessage(),
          "Nothing more was sent."), false);
    }
  }
}
