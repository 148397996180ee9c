package org.briefing.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which lines of a Markdown text are fenced code (between ``` or ~~~ lines), where what looks like a field or a note is a sample. */
public final class FencedCode {
  /** The run of backticks or tildes opening or closing fenced code, indented three spaces at most. */
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");

  private FencedCode() {}

  /** Which of the Markdown {@code lines} are fenced code, their fences included. */
  public static boolean[] lines(String[] lines) {
    boolean[] code = new boolean[lines.length];
    String open = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (open != null) {
        code[i] = true;
        if (fence.lookingAt() && fence.group(1).charAt(0) == open.charAt(0) && fence.group(1).length() >= open.length()) {
          open = null;
        }
      } else if (fence.lookingAt()) {
        code[i] = true;
        open = fence.group(1);
      }
    }
    return code;
  }
}
