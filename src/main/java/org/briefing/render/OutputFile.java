package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file of the built site: its path below the output folder ('/'-separated, no leading
 * slash) and either its bytes or the input file to copy.
 */
public record OutputFile(String path, byte[] bytes, Path copyOf) {

  public static OutputFile text(String path, String content) {
    return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8), null);
  }

  public static OutputFile copy(String path, Path source) {
    return new OutputFile(path, null, source);
  }

  public boolean isCopy() {
    return copyOf != null;
  }
}
