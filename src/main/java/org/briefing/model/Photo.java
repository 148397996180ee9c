package org.briefing.model;

import java.nio.file.Path;

/**
 * A story's photo. {@code href} is where the page links it (absolute for remote images, else a
 * site path); {@code file} is the local file to publish, null for a remote or not-yet-added image.
 */
public record Photo(String href, Path file, String outputPath, String alt, String caption, String credit) {

  public boolean hasImage() {
    return href != null && !href.isEmpty();
  }
}
