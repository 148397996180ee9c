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
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
  private static final Pattern REFRESH = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]*)");
  private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
      "background", "cite", "data", "longdesc", "manifest", "ping", "codebase", "dynsrc", "lowsrc", "icon", "profile",
      "usemap", "archive", "classid");

  private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");

  private RawHtmlLinks() {}

  static List<String> of(CharSequence html) {
    List<String> out = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      // an SVG animation of a link's address (<set attributeName="href" to="…">) sets an address too
      boolean animated = ANIMATIONS.contains(tag.group(1).toLowerCase(Locale.ROOT))
          && Pattern.compile("(?i)attributeName\\s*=\\s*[\"']?\\s*(xlink:)?href\\b").matcher(tag.group(2)).find();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase(Locale.ROOT);
        String value = attribute.group(2) != null ? attribute.group(2)
            : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
        if (value == null) {
          continue;
        }
        if (ADDRESSES.contains(name)) {
          out.add(value);
        } else if (animated && (name.equals("to") || name.equals("from") || name.equals("by") || name.equals("values"))) {
          for (String each : value.split(";")) {
            out.add(each.strip());
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
