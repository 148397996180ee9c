package org.briefing.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a copy a desktop made of a file by its name: Finder's {@code a copy.md} and {@code a copy
 * 2.md}, Windows' {@code a - Copy.md} and {@code a - Copy (2).md}, and a browser's second download
 * {@code a (1).md}. Such a name is only a copy when the file it copies is beside it: {@code g7
 * (2021).md} alone is a story of its own.
 */
public final class DesktopCopy {
  /** What to do about one. */
  public static final String HINT = "keep one: move into the original what you need from this copy and delete the copy;"
      + " if it is a story of its own, give it a name of its own";
  // a browser counts its downloads with one to three digits, so 'g7 (2021)' names a year, not a copy
  private static final Pattern COPY = Pattern.compile("(?i)^(.+?)(?: copy(?: [0-9]{1,3})?| - copy(?: \\([0-9]{1,3}\\))?| \\([0-9]{1,3}\\))(\\.[^.]+)$");

  private DesktopCopy() {}

  /** The name of the file that {@code name} would be a desktop's copy of ("a.md" for "a copy.md"); null when it is no copy's name. */
  public static String original(String name) {
    Matcher m = COPY.matcher(name);
    return m.matches() && !m.group(1).isBlank() ? m.group(1) + m.group(2) : null;
  }
}
