package org.briefing.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/** Reads input text strictly as UTF-8, with line endings made '\n' and a byte-order mark dropped. */
public final class TextFiles {
  private TextFiles() {}

  /** Reads a story, an edition file or a settings file, at most {@link InputLimits#TEXT_FILE_BYTES} long. */
  public static String read(Path file) {
    return read(file, InputLimits.TEXT_FILE_BYTES);
  }

  /** Reads a file of at most {@code maxBytes}; a longer one is an error at the line where it passes the limit. */
  public static String read(Path file, long maxBytes) {
    byte[] bytes;
    try {
      long size = regularFile(file).size(); // the same look tells a file from a pipe and gives its size
      if (size > maxBytes) {
        throw tooLong(file, size, maxBytes);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      Problem broken = SiteFiles.brokenLink(file);
      if (broken != null) {
        throw new BuildFailure(broken);
      }
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "cannot read the file: " + e.getMessage(), "check that it exists and is readable"));
    }
    return decode(bytes, file);
  }

  /**
   * A named pipe, a socket or a device is no file of text: reading a pipe waits for a program to
   * write into it, for ever in a build, and one named like a story was left out without a word.
   */
  private static java.nio.file.attribute.BasicFileAttributes regularFile(Path file) throws IOException {
    var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    if (attributes.isRegularFile()) {
      return attributes;
    }
    Problem special = attributes.isDirectory() ? null : FileTree.notAFile(file);
    throw new BuildFailure(special != null ? special : Problem.error(SourcePosition.of(file), "this is a folder, not a file: a build"
        + " reads only files", "replace it with the file itself (save the text from your editor), or delete it"));
  }

  private static BuildFailure tooLong(Path file, long size, long maxBytes) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes((int) maxBytes);
    }
    int line = 1;
    for (byte b : start) {
      if (b == '\n') {
        line++;
      }
    }
    return new BuildFailure(Problem.error(SourcePosition.of(file, line),
        "the file is " + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes long; this kind of file may have at most "
            + InputLimits.describe(maxBytes) + " (the limit is passed on this line)",
        "split it into several files, or remove what was pasted by mistake; docs/limits.md lists the limits"));
  }

  /**
   * The text of {@code bytes}, read from {@code file}, which must be UTF-8; else an error at the
   * first byte that is not, with the conversion that fits (a file saved as UTF-16 or UTF-32 is
   * named as such).
   */
  public static String decode(byte[] bytes, Path file) {
    TextEncoding.Wide wide = TextEncoding.wide(bytes);
    if (wide != null) {
      // read as UTF-8 it fails at its first byte, or passes with a NUL between letters; converted
      // from windows-1252 (the hint for other bytes) it would keep those NULs
      throw new BuildFailure(Problem.error(new SourcePosition(file, 1, 1),
          "the file is saved as " + wide.described() + ", not UTF-8",
          "save it as UTF-8 in your editor, or convert it with: iconv -f " + wide.name() + " -t UTF-8"));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new BuildFailure(Problem.error(new SourcePosition(file, line, offset - lineStart + 1),
          String.format(java.util.Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xff),
          "save it as UTF-8 in your editor, or convert it with: iconv -f windows-1252 -t utf-8"));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
