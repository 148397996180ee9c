package org.briefing.build;

import java.util.ArrayList;
import java.util.List;

/** Measures the phases of a build, one lap each. */
final class Clock {
  private final List<SiteBuilder.Timing> laps = new ArrayList<>();
  private long last = System.nanoTime();

  void lap(String phase) {
    long now = System.nanoTime();
    laps.add(new SiteBuilder.Timing(phase, (now - last) / 1_000_000));
    last = now;
  }

  List<SiteBuilder.Timing> laps() {
    return List.copyOf(laps);
  }
}
