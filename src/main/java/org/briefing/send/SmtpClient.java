package org.briefing.send;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One SMTP session (RFC 5321) on plain JDK sockets: greeting, EHLO, STARTTLS (or TLS from the
 * start), AUTH PLAIN or LOGIN, then messages one at a time. Every reply is read whole, so a
 * failure is known to be temporary (4xx), permanent (5xx), or a lost connection, and whether it
 * was lost before or after the server had the whole message.
 */
final class SmtpClient implements Closeable {
  /** How the connection is protected. */
  enum Security {
    /** plain, then STARTTLS before anything is sent; a server without STARTTLS is refused */
    STARTTLS,
    /** TLS from the first byte (usually port 465) */
    TLS,
    /** no encryption: only for a test server on this machine */
    NONE
  }

  /** A reply: its code and its lines. */
  record Reply(int code, List<String> lines) {
    boolean positive() {
      return code >= 200 && code < 400;
    }

    @Override
    public String toString() {
      return code + " " + String.join(" ", lines);
    }
  }

  /** A user name and password for AUTH. */
  record Credentials(String user, String password) {}

  private final String host;
  private final SSLSocketFactory tlsFactory;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private List<String> extensions = List.of();

  private SmtpClient(String host, SSLSocketFactory tlsFactory) {
    this.host = host;
    this.tlsFactory = tlsFactory;
  }

  /**
   * Connects, greets, protects and logs in.
   *
   * @throws IOException when no connection could be made or it broke
   * @throws SmtpFailure when the server refused the session, offers no STARTTLS, or refused the login
   */
  static SmtpClient open(String host, int port, Security security, Credentials credentials, String heloName, int timeoutMillis)
      throws IOException, SmtpFailure {
    return open(host, port, security, credentials, heloName, timeoutMillis, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  /** As {@link #open(String, int, Security, Credentials, String, int)}, trusting the certificates {@code tls} trusts. */
  static SmtpClient open(String host, int port, Security security, Credentials credentials, String heloName, int timeoutMillis,
      SSLSocketFactory tls) throws IOException, SmtpFailure {
    SmtpClient client = new SmtpClient(host, tls);
    try {
      client.connect(port, security, timeoutMillis);
      Reply greeting = client.reply();
      if (greeting.code() != 220) {
        throw new SmtpFailure(SmtpFailure.Kind.PERMANENT, greeting.code(), "the server refused the connection: " + greeting);
      }
      client.hello(heloName);
      if (security == Security.STARTTLS) {
        if (!client.has("STARTTLS")) {
          throw new SmtpFailure(SmtpFailure.Kind.PERMANENT, 0, "the server does not offer STARTTLS, so the messages and the"
              + " password would travel unencrypted; use --tls tls for a server that speaks TLS from the start (port 465),"
              + " or --tls none only for a test server on this machine");
        }
        client.expect(client.command("STARTTLS"), "to STARTTLS");
        client.startTls(port, timeoutMillis);
        client.hello(heloName);
      }
      if (credentials != null) {
        client.login(credentials);
      }
      return client;
    } catch (IOException | SmtpFailure | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** The largest message the server said it takes (EHLO SIZE), 0 when it said nothing. */
  long sizeLimit() {
    for (String extension : extensions) {
      String[] parts = extension.split(" ");
      if (parts[0].equalsIgnoreCase("SIZE") && parts.length > 1) {
        try {
          return Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /**
   * Sends one message to one recipient. An address whose local part is outside ASCII, or a message
   * with UTF-8 in its headers, goes only to a server that offers SMTPUTF8 (RFC 6531); to any other,
   * it is a permanent failure of that message, told before anything is sent.
   *
   * @param from the envelope's sender, its domain in ASCII
   * @param to the envelope's recipient, its domain in ASCII
   * @param message the message with CRLF line ends, 7-bit but for UTF-8 headers (RFC 6532)
   * @param beforeData run when the server is ready for the message, before any of it is sent: from then
   *     until the server's answer, it may be delivered without our knowing
   * @throws SmtpFailure saying whether the message may have been delivered
   */
  void send(String from, String to, byte[] message, Runnable beforeData) throws SmtpFailure {
    boolean complete = false;
    boolean utf8 = !ascii(from) || !ascii(to) || eightBit(message);
    if (utf8 && !has("SMTPUTF8")) {
      throw new SmtpFailure(SmtpFailure.Kind.PERMANENT, 0, "the server does not take addresses outside ASCII (it offers no"
          + " SMTPUTF8, RFC 6531), and " + (ascii(to) ? "the sender's address " + from : to) + " has letters outside ASCII"
          + " before its '@'; send it through a server that offers SMTPUTF8, or ask the subscriber for an ASCII address");
    }
    try {
      String parameters = (sizeLimit() > 0 ? " SIZE=" + message.length : "")
          + (utf8 ? (has("8BITMIME") ? " BODY=8BITMIME" : "") + " SMTPUTF8" : "");
      Reply mail = command("MAIL FROM:<" + from + ">" + parameters);
      if (!mail.positive()) {
        reset();
        throw SmtpFailure.of(mail, "to MAIL FROM");
      }
      Reply rcpt = command("RCPT TO:<" + to + ">");
      if (!rcpt.positive()) {
        reset();
        throw SmtpFailure.of(rcpt, "to RCPT TO:<" + to + ">");
      }
      Reply data = command("DATA");
      if (data.code() != 354) {
        reset();
        throw SmtpFailure.of(data, "to DATA");
      }
      beforeData.run();
      out.write(dotStuffed(message));
      out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      complete = true;
      Reply accepted = reply();
      if (!accepted.positive()) {
        throw SmtpFailure.of(accepted, "at the end of the message");
      }
    } catch (IOException e) {
      close();
      throw complete
          ? new SmtpFailure(SmtpFailure.Kind.UNCONFIRMED, 0, "the connection was lost after the message was sent, before the"
              + " server said whether it took it (" + describe(e) + ")")
          : new SmtpFailure(SmtpFailure.Kind.CONNECTION, 0, "the connection was lost before the message was sent (" + describe(e) + ")");
    }
  }

  private static boolean ascii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static boolean eightBit(byte[] message) {
    for (byte b : message) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  boolean isOpen() {
    return socket != null && !socket.isClosed();
  }

  /** Says goodbye and closes; never fails. */
  void quit() {
    if (isOpen()) {
      try {
        command("QUIT");
      } catch (IOException e) {
        // closing anyway
      }
    }
    close();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // nothing more to do with it
      }
    }
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private void connect(int port, Security security, int timeoutMillis) throws IOException {
    Socket plain = new Socket();
    plain.connect(new InetSocketAddress(host, port), timeoutMillis);
    plain.setSoTimeout(timeoutMillis);
    socket = security == Security.TLS ? tls(plain, port) : plain;
    streams();
  }

  private void startTls(int port, int timeoutMillis) throws IOException {
    socket = tls(socket, port);
    socket.setSoTimeout(timeoutMillis);
    streams();
  }

  private SSLSocket tls(Socket plain, int port) throws IOException {
    SSLSocket tls = (SSLSocket) tlsFactory.createSocket(plain, host, port, true);
    SSLParameters parameters = tls.getSSLParameters();
    // the certificate must name the host we meant to reach
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    tls.startHandshake();
    return tls;
  }

  private void streams() throws IOException {
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  private void hello(String name) throws IOException, SmtpFailure {
    Reply ehlo = command("EHLO " + name);
    if (ehlo.code() == 250) {
      extensions = ehlo.lines().size() > 1 ? List.copyOf(ehlo.lines().subList(1, ehlo.lines().size())) : List.of();
      return;
    }
    expect(command("HELO " + name), "to HELO");
    extensions = List.of();
  }

  private boolean has(String extension) {
    return extensions.stream().anyMatch(e -> e.toUpperCase(Locale.ROOT).split(" ")[0].equals(extension));
  }

  private void login(Credentials credentials) throws IOException, SmtpFailure {
    String mechanisms = extensions.stream().filter(e -> e.toUpperCase(Locale.ROOT).startsWith("AUTH")).findFirst().orElse("")
        .toUpperCase(Locale.ROOT);
    Base64.Encoder base64 = Base64.getEncoder();
    Reply reply;
    if (mechanisms.contains("PLAIN") || !mechanisms.contains("LOGIN")) {
      String token = "\0" + credentials.user() + "\0" + credentials.password();
      reply = command("AUTH PLAIN " + base64.encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    } else {
      expectCode(command("AUTH LOGIN"), 334, "to AUTH LOGIN");
      expectCode(command(base64.encodeToString(credentials.user().getBytes(StandardCharsets.UTF_8))), 334, "to the user name");
      reply = command(base64.encodeToString(credentials.password().getBytes(StandardCharsets.UTF_8)));
    }
    if (reply.code() != 235) {
      throw new SmtpFailure(SmtpFailure.Kind.PERMANENT, reply.code(), "the server refused the login of '" + credentials.user()
          + "': " + reply + "; check BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD");
    }
  }

  private void reset() throws IOException {
    command("RSET");
  }

  private void expect(Reply reply, String during) throws SmtpFailure {
    if (!reply.positive()) {
      throw SmtpFailure.of(reply, during);
    }
  }

  private void expectCode(Reply reply, int code, String during) throws SmtpFailure {
    if (reply.code() != code) {
      throw SmtpFailure.of(reply, during);
    }
  }

  private Reply command(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return reply();
  }

  private Reply reply() throws IOException {
    List<String> lines = new ArrayList<>();
    while (true) {
      String line = readLine();
      if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(c -> c >= '0' && c <= '9')
          || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
        throw new IOException("the server's answer is not SMTP: '" + line + "'");
      }
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) != '-') {
        return new Reply(Integer.parseInt(line.substring(0, 3)), List.copyOf(lines));
      }
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); ; b = in.read()) {
      if (b < 0) {
        throw new IOException("the server closed the connection");
      }
      if (b == '\n') {
        break;
      }
      if (line.size() > 4096) {
        throw new IOException("the server's answer is too long");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  /** The message with a dot added before every line that starts with one (RFC 5321 4.5.2), ending in CRLF. */
  static byte[] dotStuffed(byte[] message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 64);
    boolean lineStart = true;
    for (byte b : message) {
      if (lineStart && b == '.') {
        out.write('.');
      }
      out.write(b);
      lineStart = b == '\n';
    }
    if (!lineStart) {
      out.write('\r');
      out.write('\n');
    }
    return out.toByteArray();
  }
}
