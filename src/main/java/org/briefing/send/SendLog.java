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
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one edition's sends did, a line per step, each forced to disk before the send goes on:
 * {@code sending} just before a message goes to the server, then {@code sent} when the server took
 * it, {@code not-sent} when it refused it or the connection broke before the message was complete,
 * or {@code unconfirmed} when the connection broke after the whole message was sent but before the
 * server answered. A {@code sending} with nothing after it is a send killed while the server may
 * have been taking the message: it counts as unconfirmed, so a killed send never sends a message
 * twice, and the next run sends to everyone else. Only whole lines count: a line cut short by a
 * crash is ignored. The file is locked while a send runs, and only read and written through the
 * locked channel: on Linux, closing any other descriptor of the file would drop the process's lock.
 */
final class SendLog implements AutoCloseable {
  /** What happened to an address. */
  enum Status {
    SENDING,
    SENT,
    NOT_SENT,
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

  /** Opens (or starts) the log and locks it, never through a link; null when another send holds it. */
  static SendLog open(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel channel = org.briefing.write.OwnFile.openForAppending(file);
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
    Status status = known.get(key);
    return status == Status.SENDING ? Status.UNCONFIRMED : status == Status.NOT_SENT ? null : status;
  }

  void record(Status status, String key, String messageId, Instant when) {
    String line = status.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\t" + key + "\t" + messageId + "\t" + when + "\n";
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      channel.position(channel.size());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
      known.put(key, status);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the send log " + file + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  private void read() throws IOException {
    String text = new String(readAll(), StandardCharsets.UTF_8);
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
        Status status = switch (parts[0]) {
          case "sending" -> Status.SENDING;
          case "sent" -> Status.SENT;
          case "not-sent" -> Status.NOT_SENT;
          case "unconfirmed" -> Status.UNCONFIRMED;
          default -> null;
        };
        if (status != null && known.get(parts[1]) != Status.SENT) {
          known.put(parts[1], status);
        }
      }
    }
  }

  private byte[] readAll() throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException("the send log is too large to read (" + size + " bytes)");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    channel.position(0);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // read until the buffer is full or the file ends
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
