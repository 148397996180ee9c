package org.briefing.pipeline;

import java.nio.file.Path;
import org.briefing.load.FrontMatterLines;
import org.briefing.load.YamlData;
import org.briefing.problem.SourcePosition;

/** Where a story names its photo, for an error found once the photo is made: the line of its {@code image}, else the file. */
final class PhotoLine {
  private PhotoLine() {}

  static SourcePosition of(Path story) {
    YamlData meta = FrontMatterLines.of(story);
    return SourcePosition.of(story, meta.values().containsKey("image") ? meta.lineOf("image.src") : 0);
  }
}
