package org.briefing.markdown;

/**
 * A link in Markdown that {@link org.briefing.links.LinkPolicy} refused and the renderer left
 * out, keeping its text.
 *
 * @param line the 1-based line of the Markdown text where the link is written
 * @param link the address as written
 * @param reason why it was refused
 */
public record RefusedLink(int line, String link, String reason) {
  /** "the link 'javascript:…' cannot be published: its scheme …", for an error message. */
  public String message() {
    return "the link '" + org.briefing.links.LinkPolicy.shown(link) + "' cannot be published: " + reason;
  }
}
