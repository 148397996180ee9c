package org.briefing.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.links.RelativeAddress;

/**
 * A page's HTML with every address of its links and pictures in full, read from the page's own
 * address: for a text read away from the site (a feed), where a reader resolves relative addresses
 * against something else, if at all. Only the values of address attributes change; a fragment
 * alone is made full on a link only (a {@code usemap} or an SVG {@code <use href="#…">} names a part
 * of the text itself).
 */
final class AbsoluteHtml {
  /** A start tag, its attributes up to its end or an unclosed quote (which a browser reads as running on). */
  private static final Pattern TAG = Pattern.compile("<([A-Za-z][^\\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>?");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
  private static final Set<String> ADDRESSES = Set.of("href", "src", "poster", "cite", "action", "formaction", "data", "background",
      "longdesc", "xlink:href");
  private static final Set<String> CANDIDATES = Set.of("srcset", "imagesrcset");

  private AbsoluteHtml() {}

  /** {@code html} with each address in full as read on the page at {@code pageUrl}, a full address. */
  static String of(String html, String pageUrl) {
    if (html.indexOf('=') < 0) {
      return html;
    }
    StringBuilder out = null;
    int copied = 0;
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      boolean link = name.equals("a") || name.equals("area");
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String key = attribute.group(1).toLowerCase(Locale.ROOT);
        int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
        String written = attribute.group(group);
        String full = ADDRESSES.contains(key) ? full(written, pageUrl, link) : CANDIDATES.contains(key) ? candidates(written, pageUrl) : written;
        if (full.equals(written)) {
          continue;
        }
        if (out == null) {
          out = new StringBuilder(html.length() + 256);
        }
        int start = tag.start(2) + attribute.start(group);
        out.append(html, copied, start).append(group == 4 ? "\"" + full + "\"" : full);
        copied = tag.start(2) + attribute.end(group);
      }
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }

  /** An attribute's value (with its character references, as written) in full; as written when it is already, or a fragment of no link. */
  private static String full(String written, String pageUrl, boolean link) {
    String value = org.jsoup.parser.Parser.unescapeEntities(written, true).strip();
    if (value.isEmpty() || value.startsWith("#") && !link) {
      return written;
    }
    String full = RelativeAddress.absolute(value, pageUrl);
    return full.equals(value) ? written : escaped(full);
  }

  /** A srcset's candidates, each address in full and its descriptor as written. */
  private static String candidates(String written, String pageUrl) {
    String value = org.jsoup.parser.Parser.unescapeEntities(written, true);
    StringBuilder out = new StringBuilder(value.length() + 64);
    boolean changed = false;
    for (String candidate : value.split(",", -1)) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      String address = space < 0 ? trimmed : trimmed.substring(0, space);
      String full = address.isEmpty() ? address : RelativeAddress.absolute(address, pageUrl);
      changed |= !full.equals(address);
      out.append(out.isEmpty() ? "" : ", ").append(full).append(space < 0 ? "" : trimmed.substring(space));
    }
    return changed ? escaped(out.toString()) : written;
  }

  private static String escaped(String value) {
    return value.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
