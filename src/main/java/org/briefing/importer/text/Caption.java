package org.briefing.importer.text;

import java.util.List;

/**
 * A photo caption split into its text and its credit. {@code label} is the wording that only
 * marked the credit ("Photo:", "Image source,") and is left out of both.
 */
public record Caption(String text, String credit, boolean filePhoto, List<String> photographers, String label) {

  public Caption {
    photographers = List.copyOf(photographers);
  }
}
