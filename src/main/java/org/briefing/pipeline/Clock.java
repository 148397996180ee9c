package org.briefing.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Measures the phases of a build, one lap each. */
public final class Clock {
  private final List<SiteBuilder.Timing> laps = new ArrayList<>();
  private long last = System.nanoTime();

  public void lap(String phase) {
    long now = System.nanoTime();
    laps.add(new SiteBuilder.Timing(phase, (now - last) / 1_000_000));
    last = now;
  }

  public List<SiteBuilder.Timing> laps() {
    return List.copyOf(laps);
  }
}
