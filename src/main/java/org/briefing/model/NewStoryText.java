package org.briefing.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text {@code briefing new} writes as a story's body, for the editor to replace: a story or a
 * page published with it still there would go out with it as its text, summary, feed entry and email.
 */
public final class NewStoryText {
  /** The body {@code briefing new} writes. */
  public static final String PLACEHOLDER = "Write the story here.";
  public static final String HINT = "replace it with the story's text; to keep the story back meanwhile, add 'draft: true' to its front matter";
  private static final Pattern CODE_FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");

  private NewStoryText() {}

  /** The line of {@code body} (0 for its first) that still holds the placeholder, outside fenced code; -1 when none does. */
  public static int lineIn(String body) {
    if (!body.contains(PLACEHOLDER)) {
      return -1;
    }
    String[] lines = body.split("\n", -1);
    boolean[] code = inCode(lines);
    for (int i = 0; i < lines.length; i++) {
      if (!code[i] && lines[i].contains(PLACEHOLDER)) {
        return i;
      }
    }
    return -1;
  }

  /** Which of the Markdown {@code lines} are fenced code, their fences included. */
  static boolean[] inCode(String[] lines) {
    boolean[] code = new boolean[lines.length];
    String fenceOpen = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher fence = CODE_FENCE.matcher(lines[i]);
      if (fenceOpen != null) {
        code[i] = true;
        if (fence.lookingAt() && fence.group(1).charAt(0) == fenceOpen.charAt(0) && fence.group(1).length() >= fenceOpen.length()) {
          fenceOpen = null;
        }
      } else if (fence.lookingAt()) {
        code[i] = true;
        fenceOpen = fence.group(1);
      }
    }
    return code;
  }
}
