package org.briefing.model;

/**
 * The text {@code briefing new} writes as a story's body, for the editor to replace: a story or a
 * page published with it still there would go out with it as its text, summary, feed entry and email.
 */
public final class NewStoryText {
  /** The body {@code briefing new} writes. */
  public static final String PLACEHOLDER = "Write the story here.";
  public static final String HINT = "replace it with the story's text; to keep the story back meanwhile, add 'draft: true' to its front matter";

  private NewStoryText() {}

  /** The line of {@code body} (0 for its first) that still holds the placeholder, outside fenced code; -1 when none does. */
  public static int lineIn(String body) {
    if (!body.contains(PLACEHOLDER)) {
      return -1;
    }
    String[] lines = body.split("\n", -1);
    boolean[] code = org.briefing.load.FencedCode.lines(lines);
    for (int i = 0; i < lines.length; i++) {
      if (!code[i] && lines[i].contains(PLACEHOLDER)) {
        return i;
      }
    }
    return -1;
  }
}
