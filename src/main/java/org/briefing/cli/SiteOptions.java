package org.briefing.cli;

import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Options shared by the commands that work on a site folder. */
final class SiteOptions {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  Path siteDir() {
    return site.toAbsolutePath().normalize();
  }

  /** The build's idea of now: SOURCE_DATE_EPOCH when set, for reproducible builds, else the clock. */
  static Instant now() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + epoch + "'");
      }
    }
    return Instant.now();
  }
}
