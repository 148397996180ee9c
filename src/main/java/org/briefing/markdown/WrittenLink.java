package org.briefing.markdown;

/**
 * A link or image of a text to an address with no scheme (a path of the site, from its root or
 * relative), as written, at its line. Whether the site publishes something there is known only
 * once the whole site is (docs/links.md, "Links to the site's own addresses").
 *
 * @param line the 1-based line where the address is written: of the text, or once placed, of its file
 * @param url the address, with Markdown's escapes undone
 * @param image whether it is the address of an image
 */
public record WrittenLink(int line, String url, boolean image) {
  /** This link at line {@code at} of its file. */
  public WrittenLink at(int at) {
    return new WrittenLink(at, url, image);
  }
}
