package org.briefing.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How advice printed by the tool names the tool, so that every suggested command works as printed:
 * {@code briefing} when the launcher found itself on the PATH, else the launcher's full path (it
 * exports {@code BRIEFING_COMMAND}), else {@code java -jar} with this jar.
 */
final class ToolName {
  private ToolName() {}

  static String command() {
    String launcher = System.getenv("BRIEFING_COMMAND");
    if (launcher != null && !launcher.isBlank()) {
      return shellWord(launcher.strip());
    }
    try {
      Path jar = Path.of(ToolName.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.toString().endsWith(".jar") ? "java -jar " + shellWord(jar.toString()) : "briefing";
    } catch (URISyntaxException | RuntimeException e) {
      return "briefing";
    }
  }

  /** The word as the shell reads it back: quoted only when it needs to be. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./=:@%+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
