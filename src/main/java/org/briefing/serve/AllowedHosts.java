package org.briefing.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the preview answers, against DNS rebinding: a page of another site
 * whose name is made to resolve to this machine sends its own name, and must not read the preview.
 * Allowed are {@code localhost}, any address written as digits (a browser sends one only when the
 * page itself was opened at that address), and the name given with {@code --bind}; any port.
 */
final class AllowedHosts {
  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?\\]");
  private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

  private final String bindName;

  /** @param bindName the name given with {@code --bind}, or null */
  AllowedHosts(String bindName) {
    this.bindName = bindName == null ? null : bindName.toLowerCase(Locale.ROOT);
  }

  /** Whether a request with this {@code Host} header (null when it had none, as HTTP/1.0 allows) is answered. */
  boolean allows(String header) {
    if (header == null) {
      return true;
    }
    String host = withoutPort(header.strip().toLowerCase(Locale.ROOT));
    return host.equals("localhost") || IPV4.matcher(host).matches() || (IPV6.matcher(host).matches() && host.indexOf(':') > 0)
        || host.equals(bindName);
  }

  private static String withoutPort(String host) {
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.indexOf(']') < colon && PORT.matcher(host.substring(colon)).matches()) {
      return host.substring(0, colon);
    }
    return host;
  }
}
