package org.briefing.links;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A relative address ({@code ../17/other-story/}, {@code map.png}) as a browser reads it on the
 * page it is written for: the path from the host's root it leads to. A text shown on other pages
 * too (a story's brief on the front page, its body in the feed) is published with that path, so
 * that the link leads to the same place wherever it is read.
 */
public final class RelativeAddress {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private RelativeAddress() {}

  /**
   * Whether {@code url} is a relative path: not empty, no scheme, not from the host's root ({@code
   * /}, or {@code \} as browsers read it), and not a query or fragment alone, which names a part of
   * whatever page shows it.
   */
  public static boolean isRelativePath(String url) {
    if (url.isEmpty()) {
      return false;
    }
    char first = url.charAt(0);
    return first != '/' && first != '\\' && first != '?' && first != '#' && !SCHEME.matcher(url).find();
  }

  /**
   * {@code url} as the text of the page at {@code page} (below the site's root, e.g.
   * "2021/10/18/story/"; null for text of no page) publishes it: a relative path read from that
   * page, a path from the site's root given the path of the site's root ({@code basePath}, ending
   * in "/") in place of its leading "/", any other address as written. A path that already starts
   * with the site's path is left as written: before links were rooted so, an editor of a site
   * under {@code /desk/} had to write {@code /desk/about/}. That path is the same written with or
   * without its percent-escapes, in either case ({@code /d%C3%A9p%C3%AAches/} is {@code /dépêches/}),
   * as a browser asks for the same folder either way.
   */
  public static String published(String url, String basePath, String page) {
    if (page != null && isRelativePath(url)) {
      return resolved(url, basePath + page);
    }
    if (basePath.equals("/") || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\") || underBase(url, basePath)) {
      return url;
    }
    return basePath + url.substring(1);
  }

  /** Whether {@code url}, a path from the host's root, is the site's path ({@code basePath}, ending in "/") or a path below it. */
  private static boolean underBase(String url, String basePath) {
    if (url.startsWith(basePath) || url.equals(basePath.substring(0, basePath.length() - 1))) {
      return true;
    }
    if (url.indexOf('%') < 0 && basePath.indexOf('%') < 0) {
      return false;
    }
    String path = PercentEscapes.decoded(url);
    String base = PercentEscapes.decoded(basePath);
    return path.startsWith(base) || path.equals(base.substring(0, base.length() - 1));
  }

  /**
   * The address from the host's root that the relative path {@code reference} leads to from the
   * page at {@code page} (itself from the host's root: {@code /briefings/2021/10/18/story/}), its
   * query and fragment kept as written.
   */
  public static String resolved(String reference, String page) {
    int end = reference.length();
    for (int i = 0; i < reference.length(); i++) {
      if (reference.charAt(i) == '?' || reference.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    return withoutDots(page.substring(0, page.lastIndexOf('/') + 1) + reference.substring(0, end)) + reference.substring(end);
  }

  /**
   * {@code url} in full, as a browser reads it on the page at {@code pageUrl} (a full address,
   * "https://example.org/news/2021/10/18/story/"): a path from the host's root on the page's host,
   * a relative path read from the page, a query or fragment alone on the page itself; a full
   * address, one with any other scheme, or one starting with two slashes as written.
   */
  public static String absolute(String url, String pageUrl) {
    if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("\\\\")) {
      return url;
    }
    int hostEnd = pageUrl.indexOf('/', pageUrl.indexOf("://") + 3);
    String origin = hostEnd < 0 ? pageUrl : pageUrl.substring(0, hostEnd);
    String page = hostEnd < 0 ? "/" : pageUrl.substring(hostEnd);
    int fragment = page.indexOf('#');
    page = fragment < 0 ? page : page.substring(0, fragment);
    char first = url.charAt(0);
    if (first == '#') {
      return origin + page + url;
    }
    int query = page.indexOf('?');
    page = query < 0 ? page : page.substring(0, query);
    if (first == '?') {
      return origin + page + url;
    }
    return origin + (first == '/' || first == '\\' ? url : resolved(url, page));
  }

  /** {@code path} (from the host's root) with its "." and ".." segments taken out, as a browser does: ".." above the root stays at the root. */
  public static String withoutDots(String path) {
    Deque<String> kept = new ArrayDeque<>();
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals("..")) {
        kept.pollLast();
        if (last) {
          kept.add("");
        }
      } else if (segment.equals(".")) {
        if (last) {
          kept.add("");
        }
      } else {
        kept.add(segment);
      }
    }
    return "/" + String.join("/", kept);
  }
}
