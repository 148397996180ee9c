package org.briefing.rebuild;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Streams over byte arrays for the cache's files, without the lock that ByteArrayInputStream and
 * ByteArrayOutputStream take for every call: DataInputStream reads an int as four single bytes,
 * and reading the site graph of a 10,000-story site took such a lock a few million times.
 */
final class UnlockedBytes {
  private UnlockedBytes() {}

  /** Reads {@code length} bytes of an array from {@code offset} on. */
  static final class In extends InputStream {
    private final byte[] bytes;
    private int position;
    private final int end;

    In(byte[] bytes) {
      this(bytes, 0, bytes.length);
    }

    In(byte[] bytes, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      this.bytes = bytes;
      this.position = offset;
      this.end = offset + length;
    }

    @Override
    public int read() {
      return position < end ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, into.length);
      if (length == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      int n = Math.min(length, end - position);
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, end - position));
      position += (int) skipped;
      return skipped;
    }
  }

  /** Collects bytes in an array that grows as needed. */
  static final class Out extends OutputStream {
    private byte[] bytes;
    private int size;

    Out(int expectedSize) {
      bytes = new byte[Math.max(16, expectedSize)];
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
      }
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, from.length);
      room(length);
      System.arraycopy(from, offset, bytes, size, length);
      size += length;
    }

    int size() {
      return size;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }

    /** Writes {@code value} over the four bytes at {@code position}, as DataOutputStream writes an int. */
    void intAt(int position, int value) {
      Objects.checkFromIndexSize(position, 4, size);
      for (int i = 0; i < 4; i++) {
        bytes[position + i] = (byte) (value >>> (24 - 8 * i));
      }
    }

    /** The checksum (CRC32C) of the bytes so far. */
    int checksum() {
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bytes, 0, size);
      return (int) crc.getValue();
    }

    void writeTo(OutputStream out) throws java.io.IOException {
      out.write(bytes, 0, size);
    }
  }
}
