package org.briefing.markdown;

import java.util.regex.Pattern;
import org.briefing.links.WebAddress;

/**
 * A link or image of a text to an address that may be the site's own, as written, at its line: a
 * path (from the site's root or relative), or a full http(s) address, which may name the site's
 * host or this computer. Whether the site publishes something there is known only once the whole
 * site is (docs/links.md, "Links to the site's own addresses").
 *
 * @param line the 1-based line where the address is written: of the text, or once placed, of its file
 * @param url the address, with Markdown's escapes (or in HTML, its character references) undone
 * @param image whether it is the address of an image
 * @param html whether it is written in raw HTML, which is published as written: a path from the
 *     root is not given the site's sub-path, and a relative one is read from the text's own page
 *     wherever the text is shown
 */
public record WrittenLink(int line, String url, boolean image, boolean html) {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /** A link written in Markdown or in a field, published as the renderer publishes such links. */
  public WrittenLink(int line, String url, boolean image) {
    this(line, url, image, false);
  }

  /**
   * The link to {@code url} at {@code line}, without the tabs and line ends a browser drops; null
   * when it cannot lead to the site or this computer: empty, a fragment alone, another scheme, or
   * an address starting with {@code //} (which the link policy refuses).
   */
  public static WrittenLink of(int line, String url, boolean image) {
    return of(line, url, image, false);
  }

  /** As {@link #of(int, String, boolean)}, of a link written in raw HTML when {@code html}. */
  static WrittenLink of(int line, String url, boolean image, boolean html) {
    String address = url.replace("\t", "").replace("\n", "").replace("\r", "").strip();
    if (WebAddress.hasWebScheme(address)
        || !address.isEmpty() && address.charAt(0) != '#' && !address.startsWith("//") && !SCHEME.matcher(address).find()) {
      return new WrittenLink(line, address, image, html);
    }
    return null;
  }

  /** This link at line {@code at} of its file. */
  public WrittenLink at(int at) {
    return new WrittenLink(at, url, image, html);
  }
}
