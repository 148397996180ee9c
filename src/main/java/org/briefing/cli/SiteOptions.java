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

  /** The latest moment SOURCE_DATE_EPOCH may name: the end of the year 9999. */
  private static final long LAST_SECOND = 253_402_300_799L;

  /** The build's idea of now: SOURCE_DATE_EPOCH when set, for reproducible builds, else the clock. */
  static Instant now() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      long seconds;
      try {
        seconds = Long.parseLong(epoch.strip());
      } catch (NumberFormatException e) {
        seconds = -1;
      }
      if (seconds < 0 || seconds > LAST_SECOND) {
        throw new BadSetting("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '" + epoch + "'",
            "set it to the moment the build stands for, e.g. SOURCE_DATE_EPOCH=$(date +%s), or unset it to use the clock");
      }
      return Instant.ofEpochSecond(seconds);
    }
    return Instant.now();
  }

  /** A setting of the environment a command cannot run with: a usage error, with what to do. */
  static final class BadSetting extends RuntimeException {
    final String hint;

    BadSetting(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }
}
