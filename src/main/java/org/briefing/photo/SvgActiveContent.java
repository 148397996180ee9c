package org.briefing.photo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.links.LinkPolicy;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * What in an SVG runs or loads from elsewhere, which {@link SvgCleaner} takes out: a picture opened
 * at its address is a document of the site's origin, and its script would run there. Scripts,
 * event handlers, HTML inside it, links a browser would run or open as a page, references to
 * another site's files, and style that loads from elsewhere go; the drawing stays.
 */
final class SvgActiveContent {
  /** Elements that run, or hold HTML: {@code <handler>} and {@code <listener>} are SVG Tiny's and XML Events'. */
  private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "handler", "listener");
  private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatetransform", "animatemotion", "animatecolor");
  /** The pictures an SVG draws inside it, which may be given as the data of a PNG, JPEG, GIF or WebP. */
  private static final Set<String> PICTURES = Set.of("image", "feimage");
  private static final Pattern RASTER_DATA = Pattern.compile("(?i)data:image/(png|jpeg|jpg|gif|webp)[;,].*", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.DOTALL);
  /** CSS that loads other style or pictures without url(): an {@code @import} with a string, image-set() and src(). */
  private static final Pattern LOADS = Pattern.compile("(?i)@import[^;]*;?|(-webkit-)?image-set\\s*\\(|\\bsrc\\s*\\(");
  private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?|\\\\(.)");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);

  private SvgActiveContent() {}

  /** Whether {@code element} runs or holds HTML, or animates an address or a handler to a value that is not a fragment of the picture. */
  static boolean isActive(Element element) {
    String name = element.getLocalName().toLowerCase(Locale.ROOT);
    if (ACTIVE.contains(name)) {
      return true;
    }
    if (!ANIMATIONS.contains(name)) {
      return false;
    }
    String animated = element.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
    animated = animated.substring(animated.indexOf(':') + 1);
    if (!animated.equals("href") && !animated.equals("src") && !animated.startsWith("on")) {
      return false;
    }
    for (String attribute : new String[] {"from", "to", "by", "values"}) {
      for (String value : element.getAttribute(attribute).split(";")) {
        if (!value.isBlank() && (animated.startsWith("on") || !value.strip().startsWith("#"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code attribute} of {@code owner} runs or loads from elsewhere: an event handler
   * ({@code on…} in any case), an {@code xml:base}, an address ({@code href}, {@code xlink:href},
   * {@code src}) that the site's {@link LinkPolicy} refuses, or that loads a file of another site
   * into the picture, or a value with such a {@code url()}.
   */
  static boolean isActive(Element owner, Attr attribute) {
    String name = attribute.getLocalName().toLowerCase(Locale.ROOT);
    if (name.startsWith("on") || name.equals("base")) {
      return true;
    }
    if (name.equals("href") || name.equals("src")) {
      String value = attribute.getValue();
      // a link the reader follows may lead to any page the site's links may; what is drawn inside the picture only to the site's own files
      return owner.getLocalName().equalsIgnoreCase("a") ? !LinkPolicy.allows(value) : !loadable(owner, value);
    }
    return !name.equals("style") && cleanedStyle(attribute.getValue()) != null;
  }

  /**
   * {@code css} without {@code @import} and with every {@code url()} that does not name a part of
   * the picture or a file of the site made {@code none}, or null when nothing in it loads from
   * elsewhere. CSS escapes and comments are read, as a browser reads them, before it is judged.
   */
  static String cleanedStyle(String css) {
    if (css.indexOf('(') < 0 && css.indexOf('@') < 0) {
      return null;
    }
    String seen = COMMENT.matcher(unescaped(css)).replaceAll(" ");
    boolean changed = false;
    Matcher loads = LOADS.matcher(seen);
    if (loads.find()) {
      seen = loads.replaceAll(match -> match.group().startsWith("@") ? "" : "none(");
      changed = true;
    }
    StringBuilder out = new StringBuilder();
    Matcher url = URL.matcher(seen);
    while (url.find()) {
      boolean kept = loadable(null, url.group(2));
      changed |= !kept;
      url.appendReplacement(out, Matcher.quoteReplacement(kept ? url.group() : "none"));
    }
    url.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** Whether a picture's element may load {@code link}: a part of the picture, a file of the site, or a PNG, JPEG, GIF or WebP given as data. */
  private static boolean loadable(Element owner, String link) {
    if (RASTER_DATA.matcher(link.strip()).matches()) {
      return owner == null || PICTURES.contains(owner.getLocalName().toLowerCase(Locale.ROOT));
    }
    return LinkPolicy.isSitePath(link);
  }

  /**
   * A PNG, JPEG, GIF or WebP given as base64 data ({@code data:image/jpeg;base64,…}) without its
   * private metadata, as a picture of its own is published, or null when there is nothing to take out
   * (or it is no such data): a phone's photo pasted into a drawing keeps its GPS position otherwise.
   */
  static String strippedData(String link) {
    String value = link.strip();
    int comma = value.indexOf(',');
    if (comma < 0 || !RASTER_DATA.matcher(value).matches() || !value.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = java.util.Base64.getMimeDecoder().decode(value.substring(comma + 1));
    } catch (IllegalArgumentException e) {
      return null; // no picture a browser would draw
    }
    byte[] stripped;
    try {
      stripped = MetadataStripper.strip(bytes);
    } catch (StaticPicture.Refused e) {
      return value.substring(0, comma + 1); // a picture no browser can show, as it cannot be read: nothing of it is kept
    }
    return stripped == bytes ? null : value.substring(0, comma + 1) + java.util.Base64.getEncoder().encodeToString(stripped);
  }

  private static String unescaped(String css) {
    if (css.indexOf('\\') < 0) {
      return css;
    }
    return CSS_ESCAPE.matcher(css).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
        ? Character.toString(Math.min(Integer.parseInt(m.group(1), 16), Character.MAX_CODE_POINT)) : m.group(2)));
  }
}
