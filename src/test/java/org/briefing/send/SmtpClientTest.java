package org.briefing.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP client upgrades to TLS with STARTTLS, checks the server's name, and logs in only over TLS. */
class SmtpClientTest {
  @TempDir Path dir;
  private static final char[] SECRET = "changeit".toCharArray();

  /** A key pair and certificate for {@code name}, made by the JDK's keytool. */
  private KeyStore keyStore(String name) throws Exception {
    Path file = dir.resolve(name + ".p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
        "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name, "-ext", "SAN=dns:" + name,
        "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(SECRET))
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(output).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      store.load(in, SECRET);
    }
    return store;
  }

  private static SSLContext serverContext(KeyStore store) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, SECRET);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static SSLSocketFactory trusting(KeyStore store) throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }

  /** A server that offers STARTTLS and, once under TLS, AUTH PLAIN; it notes what it was told after the upgrade. */
  private static final class TlsServer implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    final List<String> afterTls = Collections.synchronizedList(new ArrayList<>());
    final StringBuilder message = new StringBuilder();

    TlsServer(SSLContext context) throws IOException {
      Thread thread = new Thread(() -> {
        try (Socket plain = socket.accept()) {
          OutputStream out = plain.getOutputStream();
          BufferedReader in = new BufferedReader(new InputStreamReader(plain.getInputStream(), StandardCharsets.US_ASCII));
          say(out, "220 tls.test ESMTP");
          in.readLine();
          say(out, "250-tls.test\r\n250 STARTTLS");
          if (!"STARTTLS".equals(in.readLine())) {
            return;
          }
          say(out, "220 go ahead");
          SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
          tls.setUseClientMode(false);
          tls.startHandshake();
          OutputStream secureOut = tls.getOutputStream();
          BufferedReader secureIn = new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.UTF_8));
          for (String line = secureIn.readLine(); line != null; line = secureIn.readLine()) {
            afterTls.add(line);
            if (line.startsWith("EHLO")) {
              say(secureOut, "250-tls.test\r\n250 AUTH PLAIN LOGIN");
            } else if (line.startsWith("AUTH PLAIN ")) {
              String token = new String(Base64.getDecoder().decode(line.substring(11)), StandardCharsets.UTF_8);
              say(secureOut, token.equals("\0desk\0pässwort") ? "235 welcome" : "535 no");
            } else if (line.equals("DATA")) {
              say(secureOut, "354 go on");
              for (String d = secureIn.readLine(); d != null && !d.equals("."); d = secureIn.readLine()) {
                message.append(d).append('\n');
              }
              say(secureOut, "250 queued");
            } else if (line.equals("QUIT")) {
              say(secureOut, "221 bye");
              return;
            } else {
              say(secureOut, "250 OK");
            }
          }
        } catch (IOException e) {
          // the client went away, as the failing tests expect
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }

    private static void say(OutputStream out, String reply) throws IOException {
      out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  @Test
  void startTlsProtectsTheLoginAndTheMessage() throws Exception {
    KeyStore store = keyStore("localhost");
    try (TlsServer server = new TlsServer(serverContext(store))) {
      SmtpClient client = SmtpClient.open("localhost", server.port(), SmtpClient.Security.STARTTLS,
          new SmtpClient.Credentials("desk", "pässwort"), "example.org", 5000, trusting(store));
      client.send("desk@example.org", "ana@example.org", "Subject: Hello\r\n\r\n.a line starting with a dot\r\n".getBytes(StandardCharsets.US_ASCII),
          () -> { });
      client.quit();
      assertThat(server.afterTls).as("everything after EHLO went over TLS")
          .contains("EHLO example.org", "MAIL FROM:<desk@example.org>", "RCPT TO:<ana@example.org>", "DATA");
      assertThat(server.afterTls).anyMatch(line -> line.startsWith("AUTH PLAIN "));
      assertThat(server.message.toString()).isEqualTo("Subject: Hello\n\n..a line starting with a dot\n");
    }
  }

  @Test
  void aCertificateForAnotherHostIsRefused() throws Exception {
    KeyStore store = keyStore("other.example");
    try (TlsServer server = new TlsServer(serverContext(store))) {
      assertThatThrownBy(() -> SmtpClient.open("localhost", server.port(), SmtpClient.Security.STARTTLS, null, "example.org", 5000,
          trusting(store))).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
      assertThat(server.afterTls).isEmpty();
    }
  }
}
