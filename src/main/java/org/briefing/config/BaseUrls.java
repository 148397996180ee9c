package org.briefing.config;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.briefing.links.LinkPolicy;
import org.briefing.links.WebAddress;

/** Normalises the address a site is published at, or says what is wrong with it. */
public final class BaseUrls {
  private BaseUrls() {}

  /** Why an address cannot be the site's, and what to write instead. */
  public static final class Refused extends IllegalArgumentException {
    private final String hint;

    Refused(String reason, String hint) {
      super(reason);
      this.hint = hint;
    }

    /** What to write instead, with the corrected address where one follows from the given one. */
    public String hint() {
      return hint;
    }
  }

  private static final String EXAMPLE = "https://example.org/briefings/";

  /**
   * Parses an absolute http(s) URL of a folder, with its scheme and host in lower case and its
   * path ending in '/'.
   *
   * @throws Refused naming the one thing wrong with it
   */
  public static URI parse(String value) {
    String written = value.strip();
    if (written.isEmpty()) {
      throw new Refused("it is empty", "write the address the site is published at, e.g. " + EXAMPLE);
    }
    if (written.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new Refused("it contains a space or a control character", "write a space in a folder's name as %20, e.g. https://example.org/daily%20news/");
    }
    int colon = written.indexOf(':');
    String scheme = colon < 0 ? "" : written.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused(colon < 0 || !scheme.matches("[a-z][a-z0-9+.-]*")
          ? "it is not a full address: it does not start with https:// or http://"
          : "its scheme '" + written.substring(0, colon) + ":' is not http: or https:",
          "write the full address the site is published at, starting with https://, e.g. " + EXAMPLE);
    }
    if (!written.substring(colon + 1).startsWith("//")) {
      throw new Refused("it does not start with '" + scheme + "://'", "write it as " + scheme + "://" + written.substring(colon + 1).replaceFirst("^/*", ""));
    }
    String rest = written.substring(colon + 3);
    if (rest.isEmpty() || rest.startsWith("/")) {
      throw new Refused("it names no host", "write the host after '" + scheme + "://', e.g. " + EXAMPLE);
    }
    URI uri;
    try {
      uri = new URI(scheme + written.substring(colon));
    } catch (URISyntaxException e) {
      throw new Refused("it is not a valid address (" + e.getReason().toLowerCase(Locale.ROOT) + " at character " + (e.getIndex() + 1) + ")",
          "write the address the site is published at, e.g. " + EXAMPLE);
    }
    String host = host(uri, scheme);
    if (uri.getRawUserInfo() != null) {
      // every link, feed and sitemap of the site would carry the name and password
      throw new Refused("it has a user name or password (" + uri.getRawUserInfo() + "@), which every link would publish",
          "write it without them: " + scheme + "://" + host + port(uri) + uri.getRawPath());
    }
    if (uri.getPort() > 65535) {
      throw new Refused("its port " + uri.getPort() + " is not a port: ports go up to 65535",
          "write the port the site is served on, or none for the usual one: " + scheme + "://" + host + uri.getRawPath());
    }
    String path = ascii(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    String folder = scheme + "://" + host + port(uri) + path;
    if (uri.getRawQuery() != null) {
      throw new Refused("it has a query ('?" + uri.getRawQuery() + "'); the site's address is a folder, and its links could not carry the query",
          "write the address without it: " + withSlash(folder));
    }
    if (uri.getRawFragment() != null) {
      throw new Refused("it has a fragment ('#" + uri.getRawFragment() + "'); the site's address is a folder, and its links could not carry the fragment",
          "write the address without it: " + withSlash(folder));
    }
    checkPath(path, scheme + "://" + host + port(uri));
    folder = withSlash(folder);
    // the path is the start of every link of the site: a last check, as the links themselves are checked
    if (!LinkPolicy.isSitePath(withSlash(path)) || !LinkPolicy.isWebAddress(folder)) {
      throw new Refused("it is not an address the site's links can start with", "write the address the site is published at, e.g. " + EXAMPLE);
    }
    return URI.create(folder);
  }

  /**
   * The host as a link's address is read ({@link WebAddress}: in lower case, without a final dot),
   * so that every link of the site is published on the one spelling of its host that a browser
   * comes to, and the check of links knows the site's host by it; or why the address has none a
   * browser can reach.
   */
  private static String host(URI uri, String scheme) {
    if (uri.getHost() != null) {
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      WebAddress read = host.startsWith("[") ? null : WebAddress.of(scheme + "://" + host + "/");
      return read != null ? read.host() : host;
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      throw new Refused("it names no host", "write the host after '" + scheme + "://', e.g. " + EXAMPLE);
    }
    String name = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = name.lastIndexOf(':');
    if (colon >= 0 && !name.endsWith("]") && !name.substring(colon + 1).matches("[0-9]*")) {
      throw new Refused("its port '" + name.substring(colon + 1) + "' is not a number",
          "write the port the site is served on as a number, or none for the usual one: " + scheme + "://" + name.substring(0, colon) + withSlash(uri.getRawPath()));
    }
    String bare = colon >= 0 ? name.substring(0, colon) : name;
    if (bare.chars().anyMatch(c -> c > 0x7f)) {
      return nonAsciiHost(bare, scheme + "://", (colon >= 0 ? name.substring(colon) : "") + uri.getRawPath());
    }
    throw new Refused("its host '" + bare + "' is not a host name (letters, digits, '-' and '.')",
        "write the host as the site's domain name, e.g. " + EXAMPLE);
  }

  private static String nonAsciiHost(String host, String before, String after) {
    // IDN follows IDNA 2003, which maps some letters (ß, ς, joiners) where registries now keep
    // them: its form is only offered where both agree, and never taken without the editor
    String ascii;
    try {
      ascii = host.matches(".*[ßς\u200c\u200d].*") ? null : IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      ascii = null;
    }
    throw new Refused("its host '" + host + "' is written with letters outside ASCII",
        ascii == null
            ? "write the host in its ASCII form (punycode, parts starting with xn--), as the domain's registrar shows it"
            : "write the host in its ASCII form (punycode), as the site's links, feeds and sitemaps carry it: " + before + ascii + after);
  }

  private static void checkPath(String path, String origin) {
    for (String segment : path.split("/", -1)) {
      // a browser reads a dot written as %2e as a dot: "%2e%2e" is ".." to it
      String dots = segment.replace("%2e", ".").replace("%2E", ".");
      if (dots.equals("..") || dots.equals(".")) {
        throw new Refused("its path has a '" + segment + "' part; a browser would resolve it to another folder",
            "write the folder the site is published at without '.' or '..' parts, e.g. " + EXAMPLE);
      }
    }
    if (path.contains("//")) {
      String single = path.replaceAll("/{2,}", "/");
      throw new Refused(path.startsWith("//")
          ? "its path starts with '//', which browsers read as the address of another host: every link of the site would lead there"
          : "its path has two '/' in a row ('" + path + "'), a folder with no name, which hosts that read paths as keys (S3) do not find",
          "write one '/' between the parts of its path: " + withSlash(origin + single));
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.indexOf('.') > 0) {
      // copied from a browser's address bar: "index.html" would become a folder in every address of the site
      String parent = origin + path.substring(0, path.lastIndexOf('/') + 1);
      throw new Refused("its path ends in '" + last + "', which reads as the name of a file; the site's address is the folder its pages are in",
          "write the folder: " + parent + " (or, if '" + last + "' is the folder's name, end the address with '/': " + origin + path + "/)");
    }
  }

  /**
   * {@code path} with its letters outside ASCII percent-encoded as UTF-8, as a browser sends them: a
   * sitemap's addresses must be so, and every address of the site starts with this path.
   */
  private static String ascii(String path) {
    if (path.chars().allMatch(c -> c < 0x80)) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() * 3);
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      out.append(c < 0x80 ? Character.toString(c) : String.format(Locale.ROOT, "%%%02X", c));
    }
    return out.toString();
  }

  /** The port written, but none for the scheme's own (443 for https, 80 for http), which a browser leaves out as well. */
  private static String port(URI uri) {
    int usual = uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    return uri.getPort() < 0 || uri.getPort() == usual ? "" : ":" + uri.getPort();
  }

  private static String withSlash(String address) {
    return address.endsWith("/") ? address : address + "/";
  }
}
