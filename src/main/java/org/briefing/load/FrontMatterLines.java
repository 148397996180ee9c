package org.briefing.load;

import java.nio.file.Path;

/**
 * The front matter of a content file read again for the lines of its values, when a check after
 * loading (an alias that clashes with another page) has to name the line that asked for something.
 */
public final class FrontMatterLines {
  private FrontMatterLines() {}

  /** The front matter of {@code file} with its lines; empty when the file can no longer be read as one. */
  public static YamlData of(Path file) {
    try {
      FrontMatter split = FrontMatter.split(TextFiles.read(file), file);
      return YamlReader.read(split.yaml(), file, split.yamlLine());
    } catch (RuntimeException e) {
      // the error being reported is the one that matters; without the line it still names the file
      return YamlData.empty(0);
    }
  }
}
