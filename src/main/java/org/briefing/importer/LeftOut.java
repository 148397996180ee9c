package org.briefing.importer;

import java.util.List;

/** What remains of a line once the values taken from it are removed: labels such as "By" or "Source:". */
public final class LeftOut {
  private LeftOut() {}

  public static String of(String line, List<String> values) {
    StringBuilder rest = new StringBuilder(line);
    for (String value : values) {
      int at = find(rest, value);
      if (at >= 0) {
        for (int i = at; i < at + value.length(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (String token : rest.toString().strip().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.append(out.length() == 0 ? "" : " ").append(token);
      }
    }
    return out.toString();
  }

  private static int find(StringBuilder text, String value) {
    if (value.isEmpty()) {
      return -1;
    }
    String s = text.toString();
    for (int i = 0; i + value.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, value, 0, value.length())) {
        return i;
      }
    }
    return -1;
  }
}
