package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file of {@code static/} that is no page and no picture (a video, a report) is sent by the
 * preview as it is read from the disk: read whole for each request, twenty clients that asked for a
 * 24 MB file and never read it held half a gigabyte of the preview's memory (a file over 2 GB could
 * not be served at all). It comes whole, with its length and time.
 */
class LargeStaticFilesTest {
  private static final int SIZE = 24 << 20;
  private static final int CLIENTS = 20;

  @TempDir Path dir;

  @Test
  void aLargeFileIsSentAsItIsReadWithoutBeingHeldForEachClient() throws Exception {
    byte[] video = new byte[SIZE];
    new Random(7).nextBytes(video);
    try (PreviewFixture preview = PreviewFixture.prepared(dir, site -> {
      Files.createDirectories(site.resolve("static/media"));
      Files.write(site.resolve("static/media/briefing.mp4"), video);
    })) {
      HttpResponse<byte[]> got = preview.http.send(HttpRequest.newBuilder(preview.uri("/briefings/media/briefing.mp4")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(got.body()).isEqualTo(video);
      assertThat(got.headers().firstValue("Content-Type")).hasValue("video/mp4");
      assertThat(got.headers().firstValue("Last-Modified")).isPresent();
      HttpResponse<Void> head = preview.http.send(HttpRequest.newBuilder(preview.uri("/briefings/media/briefing.mp4"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
      assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(SIZE));

      long before = usedHeap();
      List<Socket> idle = new ArrayList<>();
      try {
        for (int i = 0; i < CLIENTS; i++) {
          Socket socket = new Socket("127.0.0.1", preview.port());
          socket.setReceiveBufferSize(4096);
          socket.getOutputStream().write("GET /briefings/media/briefing.mp4 HTTP/1.1\r\nHost: localhost\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          idle.add(socket);
        }
        InputStream first = idle.get(0).getInputStream();
        assertThat(new String(first.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        Thread.sleep(1500); // every request reaches its writing, and waits for its client
        assertThat(usedHeap() - before).as("bytes of the heap held while %d clients do not read", CLIENTS)
            .isLessThan((long) SIZE * CLIENTS / 4);
      } finally {
        for (Socket socket : idle) {
          socket.close();
        }
      }
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
