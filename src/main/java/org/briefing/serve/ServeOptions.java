package org.briefing.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * How to run a preview.
 *
 * @param port the port to listen on; 0 for any free one
 * @param portGiven false when {@code port} is only the default, so that a busy one may be replaced by the next free port
 * @param quiet how long files must stay unchanged before a burst of changes is rebuilt
 * @param bindName the address as given with {@code --bind}, a name the preview answers requests for; or null
 */
public record ServeOptions(Path siteDir, InetAddress bind, int port, boolean portGiven, boolean drafts, boolean future,
    Supplier<Instant> now, Duration quiet, String bindName) {
  public static final int DEFAULT_PORT = 1313;
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(80);

  /** Options for an address not given by name. */
  public ServeOptions(Path siteDir, InetAddress bind, int port, boolean portGiven, boolean drafts, boolean future,
      Supplier<Instant> now, Duration quiet) {
    this(siteDir, bind, port, portGiven, drafts, future, now, quiet, null);
  }
}
