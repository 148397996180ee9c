package org.briefing.links;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Decides whether a link may be published: the one place every link of the site is judged.
 *
 * <p>A link is read the way a browser reads it before deciding what it points to, and then more
 * suspiciously: character references (named, decimal and hexadecimal, with or without a
 * semicolon) and percent-escapes are decoded, repeatedly while that changes anything; control
 * characters (among them the tab, line feed and carriage return a browser drops anywhere) are
 * removed; white space at either end is stripped; the scheme is compared without regard to case.
 * A link that then names a scheme (text up to a ':' with no '/', '?' or '#' before it) is allowed
 * only when the scheme is http, https or mailto; a link that starts with two slashes or
 * backslashes, which a browser takes for an address on another host, is refused; every other
 * link is a path on the site or a fragment and is allowed. Decoding more than a browser does can
 * refuse a harmless link, never allow a harmful one.
 */
public final class LinkPolicy {
  /** What to do about a refused link, for an error message. */
  public static final String HINT = "link to an https://, http:// or mailto: address, or to a page of this site; "
      + "if the link was pasted from elsewhere, check where it leads";

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  /** Decoding rounds after which a link still changing is taken as hostile. */
  private static final int ROUNDS = 4;

  private LinkPolicy() {}

  /** Whether {@code link} may be written into an {@code href} or {@code src}. */
  public static boolean allows(String link) {
    return refusal(link) == null;
  }

  /** Why {@code link} is refused, for an error message ("its scheme 'javascript:' is not allowed"), or null when it is allowed. */
  public static String refusal(String link) {
    Verdict verdict = verdict(link);
    return verdict == null ? null : verdict.reason();
  }

  /**
   * Whether {@code link} is refused for what it would do rather than for its form: it runs a
   * script or shows a page made of its own text ({@code javascript:}, {@code vbscript:},
   * {@code data:}), reads a file ({@code file:}), leads to another site written as a path
   * ({@code //host}), or is still encoded after every round of decoding.
   */
  public static boolean isHostile(String link) {
    Verdict verdict = verdict(link);
    return verdict != null && verdict.hostile();
  }

  /** Why a link is refused, and whether for what it would do ({@link #isHostile}) rather than for its form alone. */
  private record Verdict(String reason, boolean hostile) {}

  /** The verdict on {@code link}, or null when it is allowed. */
  private static Verdict verdict(String link) {
    if (link == null || startsWithAllowedScheme(link)) {
      return null;
    }
    String seen = decoded(link);
    if (seen == null) {
      return new Verdict("it is still encoded after " + ROUNDS + " rounds of decoding", true);
    }
    if (seen.length() >= 2 && isSlash(seen.charAt(0)) && isSlash(seen.charAt(1))) {
      return new Verdict("it starts with '" + seen.substring(0, 2) + "', which browsers read as an address on another site", true);
    }
    String scheme = scheme(seen);
    if (scheme == null || SCHEMES.contains(scheme)) {
      return null;
    }
    String rest = seen.substring(scheme.length() + 1).strip();
    // a data: address holds a comma before its text, and a file: one a path: "Data: Eurostat" and
    // "File: the archive copy" are words, which a browser could not open
    boolean hostile = switch (scheme) {
      case "javascript", "vbscript" -> true;
      case "data" -> rest.contains(",");
      case "file" -> rest.startsWith("/") || rest.startsWith("\\");
      default -> false;
    };
    return new Verdict("its scheme '" + scheme + ":' is not allowed (only http:, https: and mailto: are)", hostile);
  }

  /**
   * As {@link #refusal}, for a link given as a field of its own rather than in running text,
   * which must not hold spaces or control characters either.
   */
  public static String refusalOfField(String link) {
    if (link != null && link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return "it contains a space or a control character";
    }
    return refusal(link);
  }

  /** Whether {@code link} is an allowed, absolute http(s) address with a host, written without spaces or control characters. */
  public static boolean isWebAddress(String link) {
    if (link == null || link.isEmpty() || !allows(link) || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    String lower = link.toLowerCase(Locale.ROOT);
    String rest = lower.startsWith("https://") ? lower.substring(8) : lower.startsWith("http://") ? lower.substring(7) : null;
    return rest != null && !rest.isEmpty() && !isSlash(rest.charAt(0)) && !rest.startsWith("?") && !rest.startsWith("#");
  }

  /** Whether {@code link} is an allowed path on the site ({@code /images/logo.svg}, {@code about/}): no scheme, no other host. */
  public static boolean isSitePath(String link) {
    return link != null && !link.isEmpty() && allows(link) && scheme(decoded(link)) == null;
  }

  /** {@code link} for an error message: control characters shown as escapes, cut short when long. */
  public static String shown(String link) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < link.length() && out.length() < 80; i++) {
      char c = link.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < 80 ? out.toString() : out + "…";
  }

  /**
   * {@code link} as this policy reads it: decoded until it no longer changes, controls removed,
   * ends stripped; null when it is still changing after a few rounds.
   */
  static String decoded(String link) {
    String current = link;
    for (int round = 0; round <= ROUNDS; round++) {
      String next = percentDecoded(entitiesDecoded(current));
      if (next.equals(current)) {
        return withoutControls(current).strip();
      }
      current = next;
    }
    return null;
  }

  /** Whether {@code link} starts, as written, with an allowed scheme: no decoding can make it another. */
  private static boolean startsWithAllowedScheme(String link) {
    return link.regionMatches(true, 0, "https:", 0, 6) || link.regionMatches(true, 0, "http:", 0, 5)
        || link.regionMatches(true, 0, "mailto:", 0, 7);
  }

  /** The lower-case scheme of a decoded link, or null when it names none. */
  private static String scheme(String seen) {
    for (int i = 0; i < seen.length(); i++) {
      char c = seen.charAt(i);
      if (c == ':') {
        return seen.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '/' || c == '\\' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  private static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Character references decoded as an HTML parser decodes them in text, which is more than it does in an attribute. */
  private static String entitiesDecoded(String text) {
    return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
  }

  /** Percent-escapes of ASCII characters decoded; others left as they are. */
  private static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        int value = hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2));
        if (value < 0x80) {
          out.append((char) value);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
