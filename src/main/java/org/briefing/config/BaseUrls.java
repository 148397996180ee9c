package org.briefing.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.briefing.links.LinkPolicy;

/** Normalises the address a site is published at. */
public final class BaseUrls {
  private BaseUrls() {}

  /** Parses an absolute http(s) URL and makes its path end in '/'. */
  public static URI parse(String value) throws URISyntaxException {
    URI uri = new URI(value.strip());
    if (!uri.isAbsolute() || uri.getHost() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + value);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    // the path is the start of every link of the site: one that starts with "//" would send them all to another host
    if (!LinkPolicy.isSitePath(path) || !LinkPolicy.isWebAddress(value.strip())) {
      throw new IllegalArgumentException("not an address the site's links can start with: " + value);
    }
    return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path);
  }
}
