package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);

  @Test
  void aQuickCommandPrintsNothingWhenItsOutputIsNotATerminal() {
    try (Progress progress = new Progress(err, false, false, 60_000)) {
      progress.accept("reading 3 stories");
      progress.accept("rendering the pages");
    }
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void aLongCommandSaysWhatItIsDoingOnALineOfItsOwn() throws Exception {
    try (Progress progress = new Progress(err, false, false, 50)) {
      progress.accept("reading 10000 stories");
      Thread.sleep(400);
      progress.accept("rendering the pages");
    }
    assertThat(text.toString()).isEqualTo("reading 10000 stories…\nrendering the pages…\n");
  }

  @Test
  void onATerminalTheLineIsOverwrittenAndClearedAtTheEnd() {
    try (Progress progress = new Progress(err, true, false, 60_000)) {
      progress.accept("reading");
      progress.accept("rendering");
    }
    assertThat(text.toString()).isEqualTo("\r\033[Kreading…\r\033[Krendering…\r\033[K");
  }

  @Test
  void quietPrintsNothing() throws Exception {
    try (Progress progress = new Progress(err, false, true, 0)) {
      progress.accept("reading");
      Thread.sleep(50);
    }
    try (Progress progress = new Progress(err, true, true, 0)) {
      progress.accept("reading");
    }
    assertThat(text.toString()).isEmpty();
  }
}
