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
    if (uri.getRawUserInfo() != null) {
      // every link, feed and sitemap of the site would carry the name and password
      throw new IllegalArgumentException("it has a user name or password (" + uri.getRawUserInfo() + "@), which every link would publish");
    }
    if (uri.getPort() > 65535) {
      throw new IllegalArgumentException("its port " + uri.getPort() + " is not a port: ports go up to 65535");
    }
    for (String segment : (uri.getRawPath() == null ? "" : uri.getRawPath()).split("/", -1)) {
      // a browser reads a dot written as %2e as a dot: "%2e%2e" is ".." to it
      String dots = segment.replace("%2e", ".").replace("%2E", ".");
      if (dots.equals("..") || dots.equals(".")) {
        throw new IllegalArgumentException("its path has a '" + segment + "' part; a browser would resolve it to another folder");
      }
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
