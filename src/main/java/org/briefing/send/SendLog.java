package org.briefing.send;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one edition's sends did, one line per message: {@code sent}, or {@code unconfirmed} when the
 * connection broke after the server had the whole message but before it answered. A line is
 * written and forced to disk right after the server's answer, so a send that is killed loses at
 * most the message in flight, and the next run sends neither a message twice nor skips one. Only
 * whole lines count: a line cut short by a crash is ignored. The file is locked while a send runs.
 */
final class SendLog implements AutoCloseable {
  /** What happened to an address. */
  enum Status {
    SENT,
    UNCONFIRMED
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Map<String, Status> known = new HashMap<>();

  private SendLog(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Opens (or starts) the log and locks it; null when another send holds it. */
  static SendLog open(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    SendLog log = new SendLog(file, channel, lock);
    log.read();
    return log;
  }

  Path file() {
    return file;
  }

  /** What the log says of this address (by {@link org.briefing.email.Mailbox#key()}), null when nothing. */
  Status status(String key) {
    return known.get(key);
  }

  void record(Status status, String key, String messageId, Instant when) {
    String line = status.name().toLowerCase(Locale.ROOT) + "\t" + key + "\t" + messageId + "\t" + when + "\n";
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      channel.position(channel.size());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
      known.put(key, status);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the send log " + file + ": " + e.getMessage(), e);
    }
  }

  private void read() throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      // a line cut short by a crash: end it, so that the next record starts a line of its own
      channel.position(channel.size());
      channel.write(ByteBuffer.wrap("\n".getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
    }
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return;
    }
    for (String line : text.substring(0, end).split("\n")) {
      String[] parts = line.split("\t");
      if (parts.length >= 2 && !line.startsWith("#")) {
        Status status = parts[0].equals("sent") ? Status.SENT : parts[0].equals("unconfirmed") ? Status.UNCONFIRMED : null;
        if (status != null && known.get(parts[1]) != Status.SENT) {
          known.put(parts[1], status);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
