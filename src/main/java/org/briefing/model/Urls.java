package org.briefing.model;

import java.util.Locale;

/** Checks links that come from content, so that no {@code javascript:} or other scheme slips in. */
public final class Urls {
  private Urls() {}

  /** An http(s), mailto or site-relative link without spaces or control characters. */
  public static boolean isSafeLink(String url) {
    if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return url.length() > lower.indexOf("//") + 2;
    }
    if (lower.startsWith("mailto:")) {
      return true;
    }
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    return !lower.startsWith("//") && (colon < 0 || (slash >= 0 && slash < colon));
  }

  public static boolean isRemote(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
