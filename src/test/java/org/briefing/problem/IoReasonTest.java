package org.briefing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** helper-83: a read-only cache folder failed a build with "cannot write X/writing: X/writing", saying neither why nor what to do. */
class IoReasonTest {
  @Test
  void aRefusedPermissionAndAMissingFileSayWhyWithTheirFile() {
    assertThat(IoReason.of(new AccessDeniedException("/site/.briefing-cache/public/writing")))
        .isEqualTo("permission denied (/site/.briefing-cache/public/writing)");
    assertThat(IoReason.of(new NoSuchFileException("/site/public", "/site/.public-new", null)))
        .isEqualTo("no such file or folder (/site/public, /site/.public-new)");
    assertThat(IoReason.of(new FileSystemException("/site/public/a.html", null, "No space left on device")))
        .isEqualTo("No space left on device (/site/public/a.html)");
    assertThat(IoReason.of(new IOException("Stream closed"))).isEqualTo("Stream closed");
  }

  @Test
  void aRefusedPermissionAndAFullDiskGetAHint() {
    assertThat(IoReason.hint(new UncheckedIOException("cannot write", new AccessDeniedException("/x")))).contains("permissions", "--out");
    assertThat(IoReason.hint(new UncheckedIOException("cannot write", new FileSystemException("/x", null, "No space left on device"))))
        .contains("space");
    assertThat(IoReason.hint(new UncheckedIOException("cannot update", new IOException("File too large")))).contains("ulimit -f");
    assertThat(IoReason.hint(new UncheckedIOException("cannot write", new IOException("Stream closed")))).isNull();
  }
}
