package org.briefing.serve;

import java.util.List;

/**
 * What the preview serves right now: the last good build (null until one succeeds), the errors
 * of the latest build (empty when it succeeded) and an id that changes with every rebuild, which
 * open pages compare with their own to know whether to reload.
 */
public record PreviewState(SiteSnapshot site, List<OverlayError> errors, String id) {

  public PreviewState {
    errors = List.copyOf(errors);
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  /**
   * One error of a failed build, as the overlay shows it.
   *
   * @param location file and line relative to the site folder, e.g. {@code content/stories/a.md:3}
   */
  public record OverlayError(String location, String message, String hint) {}
}
