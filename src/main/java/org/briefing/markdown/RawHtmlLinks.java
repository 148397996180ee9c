package org.briefing.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses in the attributes of raw HTML tags: those a browser follows, loads or submits to. */
final class RawHtmlLinks {
  private static final Pattern TAG = Pattern.compile("<([A-Za-z][^\\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>?");
  static final Pattern ATTRIBUTE = Pattern.compile(
      "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
  private static final Pattern REFRESH = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]*)");
  private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
      "background", "cite", "data", "longdesc", "manifest", "ping", "codebase", "dynsrc", "lowsrc", "icon", "profile",
      "usemap", "archive", "classid");

  private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");
  private static final Set<String> ANIMATED = Set.of("href", "xlink:href");

  private RawHtmlLinks() {}

  private static String decoded(String value) {
    return org.jsoup.parser.Parser.unescapeEntities(value, true);
  }

  static List<String> of(CharSequence html) {
    List<String> out = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      List<String[]> attributes = new ArrayList<>();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String value = attribute.group(2) != null ? attribute.group(2)
            : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
        attributes.add(new String[] {attribute.group(1).toLowerCase(Locale.ROOT), value});
      }
      // an SVG animation of a link's address (<set attributeName="href" to="…">) sets an address too;
      // its values are read as a browser reads them, character references decoded
      boolean animated = ANIMATIONS.contains(tag.group(1).toLowerCase(Locale.ROOT)) && attributes.stream()
          .anyMatch(a -> a[0].equals("attributename") && a[1] != null
              && ANIMATED.contains(decoded(a[1]).strip().toLowerCase(Locale.ROOT)));
      for (String[] each : attributes) {
        String name = each[0];
        String value = each[1];
        if (value == null) {
          continue;
        }
        if (ADDRESSES.contains(name)) {
          out.add(value);
        } else if (animated && (name.equals("to") || name.equals("from") || name.equals("by"))) {
          out.add(decoded(value).strip());
        } else if (animated && name.equals("values")) {
          for (String one : decoded(value).split(";")) {
            out.add(one.strip());
          }
        } else if (name.equals("content")) {
          // <meta http-equiv="refresh" content="0; url=...">
          Matcher refresh = REFRESH.matcher(value);
          if (refresh.find()) {
            out.add(refresh.group(1));
          }
        } else if (name.equals("srcset") || name.equals("imagesrcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (!url.isEmpty()) {
              out.add(url);
            }
          }
        }
      }
    }
    return out;
  }
}
