package org.briefing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * An SMTP server for tests that answers as a script says: for each recipient (and how many times it
 * was offered), the reply to RCPT TO and to the end of the message, or "DROP" to close the
 * connection there. It keeps every message it took, with its recipient.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  /** A message the server took, and when (System.nanoTime at the end of its data). */
  record Received(String recipient, String data, long nanos) {}

  private final ServerSocket socket;
  private final Thread thread;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final List<String> offered = Collections.synchronizedList(new ArrayList<>());
  private final BiFunction<String, Integer, String> rcpt;
  private final BiFunction<String, Integer, String> data;
  private final List<String> mailFrom = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> offeredAt = Collections.synchronizedList(new ArrayList<>());
  private final boolean startTls;
  private final List<String> extensions;

  /**
   * @param rcpt the reply to RCPT TO for a recipient offered for the n-th time (1 first)
   * @param data the reply at the end of that recipient's message
   */
  ScriptedSmtpServer(boolean startTls, BiFunction<String, Integer, String> rcpt, BiFunction<String, Integer, String> data) throws IOException {
    this(startTls, List.of("8BITMIME"), rcpt, data);
  }

  /** @param extensions what the server says it can do after EHLO, such as SMTPUTF8 */
  ScriptedSmtpServer(boolean startTls, List<String> extensions, BiFunction<String, Integer, String> rcpt,
      BiFunction<String, Integer, String> data) throws IOException {
    this.startTls = startTls;
    this.extensions = List.copyOf(extensions);
    this.rcpt = rcpt;
    this.data = data;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** When (System.nanoTime) each RCPT TO came, in order. */
  List<Long> offeredAt() {
    return List.copyOf(offeredAt);
  }

  /** Every MAIL FROM line the server was sent, as it came. */
  List<String> mailFrom() {
    return List.copyOf(mailFrom);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        session(client);
      } catch (IOException e) {
        // the connection ended; take the next
      }
    }
  }

  private void session(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    say(out, "220 scripted.test ESMTP");
    String recipient = null;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (verb) {
        case "EHLO" -> {
          List<String> lines = new ArrayList<>(List.of("scripted.test"));
          if (startTls) {
            lines.add("STARTTLS");
          }
          lines.addAll(extensions);
          StringBuilder reply = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            reply.append(i == 0 ? "" : "\r\n").append(i == lines.size() - 1 ? "250 " : "250-").append(lines.get(i));
          }
          say(out, reply.toString());
        }
        case "MAIL" -> {
          mailFrom.add(line);
          say(out, "250 OK");
        }
        case "RSET", "NOOP" -> say(out, "250 OK");
        case "RCPT" -> {
          recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
          offered.add(recipient);
          offeredAt.add(System.nanoTime());
          String reply = rcpt.apply(recipient, times(recipient));
          if (reply.equals("DROP")) {
            return;
          }
          say(out, reply);
        }
        case "DATA" -> {
          say(out, "354 go on");
          ByteArrayOutputStream message = new ByteArrayOutputStream();
          for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
            message.write((d.startsWith("..") ? d.substring(1) : d).getBytes(StandardCharsets.UTF_8));
            message.write("\r\n".getBytes(StandardCharsets.UTF_8));
          }
          String reply = data.apply(recipient, times(recipient));
          if (reply.equals("DROP")) {
            return;
          }
          if (reply.startsWith("250")) {
            received.add(new Received(recipient, message.toString(StandardCharsets.UTF_8), System.nanoTime()));
          }
          say(out, reply);
        }
        case "QUIT" -> {
          say(out, "221 bye");
          return;
        }
        default -> say(out, "502 not here");
      }
    }
  }

  private int times(String recipient) {
    synchronized (offered) {
      return (int) offered.stream().filter(recipient::equals).count();
    }
  }

  private static void say(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
