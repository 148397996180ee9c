package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that send their requests slowly, one header byte now and then, never stall the preview for others. */
class SlowClientsTest {
  private static final int SLOW_CLIENTS = 30;

  @TempDir Path dir;

  @Test
  void thirtySlowClientsDoNotKeepAnotherRequestWaiting() throws Exception {
    try (PreviewFixture preview = PreviewFixture.of(dir)) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          Socket socket = new Socket("127.0.0.1", preview.port());
          socket.getOutputStream().write("GET /briefings/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          slow.add(socket);
        }
        // every slow client holds the server's attention a while before the normal request comes
        long dripUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        Thread drip = new Thread(() -> dripHeaders(slow, dripUntil), "slow-clients");
        drip.setDaemon(true);
        drip.start();
        Thread.sleep(500);

        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> normal = preview.http.sendAsync(
            HttpRequest.newBuilder(preview.uri("/briefings/")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = normal.get(6, TimeUnit.SECONDS);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Russia suspends its mission to NATO");
        assertThat(ms).as("milliseconds for a GET beside %d slow clients", SLOW_CLIENTS).isLessThan(5000);
        drip.interrupt();
        drip.join(5000);
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aClientThatNeverFinishesItsRequestIsDisconnectedAfterTheTimeLimit() throws Exception {
    try (PreviewFixture preview = PreviewFixture.of(dir); Socket socket = new Socket("127.0.0.1", preview.port())) {
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write("GET /briefings/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();
      long deadline = start + TimeUnit.SECONDS.toNanos(PreviewServer.REQUEST_SECONDS + 10);
      boolean closed = false;
      for (int i = 0; i < 100 && !closed && System.nanoTime() < deadline; i++) {
        try {
          out.write('X');
          out.flush();
          closed = in.read() == -1;
        } catch (SocketTimeoutException e) {
          // still open: the next byte
        } catch (IOException e) {
          closed = true;
        }
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(closed).as("disconnected within %d s", PreviewServer.REQUEST_SECONDS + 10).isTrue();
      assertThat(seconds).isGreaterThanOrEqualTo(PreviewServer.REQUEST_SECONDS - 1);
      assertThat(preview.get("/briefings/").statusCode()).isEqualTo(200);
    }
  }

  /** Sends one more header byte on every connection every 400 ms (a new header line now and then), until the deadline or an interrupt. */
  private static void dripHeaders(List<Socket> sockets, long until) {
    for (int round = 0; round < 100 && System.nanoTime() < until; round++) {
      for (Socket socket : sockets) {
        try {
          socket.getOutputStream().write(round % 20 == 19 ? "\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII) : new byte[] {'x'});
          socket.getOutputStream().flush();
        } catch (IOException e) {
          // that one was closed by the server: fine
        }
      }
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
