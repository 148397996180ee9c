package org.briefing.send;

/**
 * What went wrong talking to the SMTP server, and so what may be done about it.
 *
 * @param code the server's reply code, 0 when there was no reply
 */
final class SmtpFailure extends Exception {
  /** What the failure means for the message and the connection. */
  enum Kind {
    /** a 4xx reply: the server may take the message later; the connection is still usable */
    TEMPORARY,
    /** a 5xx reply: the server will not take this message; the connection is still usable */
    PERMANENT,
    /** the connection failed before the message was complete: it was not delivered, and may be sent again */
    CONNECTION,
    /** the connection failed after the whole message was sent, before the server said whether it took it */
    UNCONFIRMED
  }

  final Kind kind;
  final int code;

  SmtpFailure(Kind kind, int code, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
  }

  static SmtpFailure of(SmtpClient.Reply reply, String during) {
    Kind kind = reply.code() >= 400 && reply.code() < 500 ? Kind.TEMPORARY : Kind.PERMANENT;
    return new SmtpFailure(kind, reply.code(), "the server answered " + during + ": " + reply);
  }
}
