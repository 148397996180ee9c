package org.briefing.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a build was asked for: where the site is, which stories to include, and what "now" is
 * (from {@code SOURCE_DATE_EPOCH} when set, so that builds are reproducible).
 */
public record BuildSettings(Path siteDir, boolean drafts, boolean future, Instant now) {

  public Path contentDir() {
    return siteDir.resolve("content");
  }

  public Path staticDir() {
    return siteDir.resolve("static");
  }

  public Path templatesDir() {
    return siteDir.resolve("templates");
  }
}
