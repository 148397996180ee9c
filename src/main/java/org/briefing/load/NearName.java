package org.briefing.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the checks of files saved under a name near the one a build reads (the settings file, a
 * term file, sources.yaml) share: how near is near, how to note a name's invisible spaces, and
 * whether the file meant is there beside the misnamed one.
 */
public final class NearName {
  private NearName() {}

  /**
   * How many typing slips {@code name} (lower case, stripped) is from {@code wanted}, when it is at
   * most {@code allowed}; else {@link Integer#MAX_VALUE}.
   */
  public static int slips(String name, String wanted, int allowed) {
    if (Math.abs(name.length() - wanted.length()) > allowed) {
      return Integer.MAX_VALUE;
    }
    int distance = FieldCheck.editDistance(name, wanted);
    return distance <= allowed ? distance : Integer.MAX_VALUE;
  }

  /** A note for a name whose space at its start or end is all but invisible in the error's path; empty for any other. */
  public static String spaced(String name) {
    return name.equals(name.strip()) ? "" : " (this name has a space at its start or end)";
  }

  /** Whether {@code meant} is there and is not {@code file}, which a system that ignores letter case takes for it. */
  public static boolean isAnother(Path meant, Path file) {
    try {
      return Files.exists(meant) && !Files.isSameFile(meant, file);
    } catch (IOException e) {
      return true;
    }
  }
}
