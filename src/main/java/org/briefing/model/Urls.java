package org.briefing.model;

import java.util.Locale;

/** Tells addresses on the web from paths on the site; whether a link may be published at all is {@link org.briefing.links.LinkPolicy}'s. */
public final class Urls {
  private Urls() {}

  public static boolean isRemote(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
