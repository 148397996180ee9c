package org.briefing.send;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.briefing.email.EmailMessage;
import org.briefing.send.Subscribers.Subscriber;

/**
 * Sends an edition's email to a list over one SMTP connection (opened again when it breaks), at
 * most {@code rate} messages a second, retrying temporary failures with growing waits, and
 * recording each message in the send log as soon as the server has taken it.
 */
final class Sender {
  /** Where and how to send. */
  record Server(String host, int port, SmtpClient.Security security, SmtpClient.Credentials credentials, int timeoutMillis) {
    @Override
    public String toString() {
      return host + ":" + port + " (" + switch (security) {
        case STARTTLS -> "STARTTLS";
        case TLS -> "TLS";
        case NONE -> "unencrypted";
      } + ")";
    }
  }

  /** How fast, and how hard to try. */
  record Pace(double perSecond, int retries, Duration firstWait) {}

  /** A message that did not go out, and why; {@code permanent} when sending it again will not help. */
  record Failure(String address, String reason, boolean permanent) {}

  /**
   * What a run did.
   *
   * @param skipped addresses the log says were sent already
   * @param unconfirmed addresses whose delivery is unknown, not sent again without being asked
   * @param stopped why the run stopped before the end of the list, null when it went through
   */
  record Outcome(int sent, int skipped, List<String> unconfirmed, List<Failure> failures, String stopped) {
    boolean complete() {
      return failures.isEmpty() && unconfirmed.isEmpty() && stopped == null;
    }
  }

  private final Server server;
  private final Pace pace;
  private final Consumer<String> progress;
  private final Supplier<Instant> clock;
  private SmtpClient client;
  private long lastStart;
  private org.briefing.email.Mailbox envelopeFrom;

  Sender(Server server, Pace pace, Consumer<String> progress, Supplier<Instant> clock) {
    this.server = server;
    this.pace = pace;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Sends {@code mail} to each subscriber the log does not name as sent.
   *
   * @param from the envelope sender (and its domain the name we greet the server with)
   * @param resendUnconfirmed whether to send again to addresses whose delivery the log calls unconfirmed
   */
  Outcome send(EditionMail mail, List<Subscriber> subscribers, SendLog log, org.briefing.email.Mailbox from, long maxBytes,
      boolean resendUnconfirmed) {
    this.envelopeFrom = from;
    int sent = 0;
    int skipped = 0;
    List<String> unconfirmed = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    String stopped = null;
    try {
      for (int i = 0; i < subscribers.size(); i++) {
        Subscriber subscriber = subscribers.get(i);
        String key = subscriber.mailbox().key();
        SendLog.Status status = log.status(key);
        if (status == SendLog.Status.SENT) {
          skipped++;
          continue;
        }
        if (status == SendLog.Status.UNCONFIRMED && !resendUnconfirmed) {
          unconfirmed.add(subscriber.mailbox().address());
          continue;
        }
        EmailMessage message = mail.forSubscriber(subscriber, clock.get());
        byte[] bytes = message.bytes();
        if (bytes.length > maxBytes) {
          failures.add(new Failure(subscriber.mailbox().address(), "the message is " + kilobytes(bytes.length)
              + ", more than email.max_kb allows (" + kilobytes(maxBytes) + ")", true));
          continue;
        }
        String result = deliver(subscriber, message.messageId(), bytes, log);
        if (result == null) {
          sent++;
          progress.accept("sent " + subscriber.mailbox().address());
        } else if (result.startsWith(UNCONFIRMED)) {
          unconfirmed.add(subscriber.mailbox().address());
          progress.accept("unconfirmed " + subscriber.mailbox().address() + ": " + result.substring(UNCONFIRMED.length()));
        } else if (result.startsWith(PERMANENT)) {
          failures.add(new Failure(subscriber.mailbox().address(), result.substring(PERMANENT.length()), true));
          progress.accept("failed " + subscriber.mailbox().address() + ": " + result.substring(PERMANENT.length()));
        } else {
          failures.add(new Failure(subscriber.mailbox().address(), result, false));
          progress.accept("failed " + subscriber.mailbox().address() + ": " + result);
        }
      }
    } catch (Stop stop) {
      stopped = stop.getMessage();
    } finally {
      if (client != null) {
        client.quit();
      }
    }
    return new Outcome(sent, skipped, List.copyOf(unconfirmed), List.copyOf(failures), stopped);
  }

  private static final String PERMANENT = "permanent: ";
  private static final String UNCONFIRMED = "unconfirmed: ";

  /** The whole run must stop: the server cannot be reached, refuses us, or has no STARTTLS. */
  private static final class Stop extends Exception {
    Stop(String message) {
      super(message);
    }
  }

  /** Sends one message, retrying; null when the server took it, else why not (prefixed with its kind). */
  private String deliver(Subscriber subscriber, String messageId, byte[] bytes, SendLog log) throws Stop {
    String last = null;
    for (int attempt = 0; attempt <= pace.retries(); attempt++) {
      if (attempt > 0) {
        pause(pace.firstWait().multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
      connect();
      if (client.sizeLimit() > 0 && bytes.length > client.sizeLimit()) {
        return PERMANENT + "the message is " + kilobytes(bytes.length) + ", more than the server takes (" + kilobytes(client.sizeLimit()) + ")";
      }
      keepPace();
      boolean[] started = {false};
      try {
        client.send(envelopeFrom.envelope(), subscriber.mailbox().envelope(), bytes, () -> {
          log.record(SendLog.Status.SENDING, subscriber.mailbox().key(), messageId, clock.get());
          started[0] = true;
        });
        log.record(SendLog.Status.SENT, subscriber.mailbox().key(), messageId, clock.get());
        return null;
      } catch (SmtpFailure failure) {
        if (failure.kind != SmtpFailure.Kind.UNCONFIRMED && started[0]) {
          log.record(SendLog.Status.NOT_SENT, subscriber.mailbox().key(), messageId, clock.get());
        }
        switch (failure.kind) {
          case PERMANENT -> {
            return PERMANENT + failure.getMessage();
          }
          case UNCONFIRMED -> {
            log.record(SendLog.Status.UNCONFIRMED, subscriber.mailbox().key(), messageId, clock.get());
            client = null;
            return UNCONFIRMED + failure.getMessage();
          }
          case CONNECTION -> client = null;
          case TEMPORARY -> { }
        }
        last = failure.getMessage();
        progress.accept("retrying " + subscriber.mailbox().address() + " (" + last + ")");
      }
    }
    return last + " (tried " + (pace.retries() + 1) + " times)";
  }

  /** Opens a connection when there is none, trying as often as a message would; stops the run when none can be had. */
  private void connect() throws Stop {
    if (client != null && client.isOpen()) {
      return;
    }
    String last = null;
    for (int attempt = 0; attempt <= pace.retries(); attempt++) {
      if (attempt > 0) {
        pause(pace.firstWait().multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
      try {
        client = SmtpClient.open(server.host(), server.port(), server.security(), server.credentials(), envelopeFrom.domain(), server.timeoutMillis());
        return;
      } catch (IOException e) {
        last = "cannot connect to " + server + ": " + SmtpClient.describe(e);
      } catch (SmtpFailure failure) {
        if (failure.kind != SmtpFailure.Kind.TEMPORARY) {
          throw new Stop(failure.getMessage());
        }
        last = failure.getMessage();
      }
      progress.accept("retrying the connection (" + last + ")");
    }
    throw new Stop(last + " (tried " + (pace.retries() + 1) + " times)");
  }

  private void keepPace() {
    if (pace.perSecond() <= 0) {
      return;
    }
    long gap = (long) (1_000_000_000L / pace.perSecond());
    long wait = lastStart + gap - System.nanoTime();
    if (lastStart != 0 && wait > 0) {
      pause(Duration.ofNanos(wait));
    }
    lastStart = System.nanoTime();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String kilobytes(long bytes) {
    return (bytes + 1023) / 1024 + " KB";
  }
}
