package org.briefing.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Direct access to the Markdown text behind a node. Flexmark hands out text as character
 * sequences read one checked character at a time; a node whose text is one unbroken piece of
 * the source string can be copied from that string instead, in bulk.
 */
final class SourceText {
  private SourceText() {}

  /**
   * The source string that {@code chars} is one piece of, from {@code chars.getStartOffset()} to
   * {@code chars.getEndOffset()}; null when it is pieced together or holds a NUL character (which
   * Flexmark shows as U+FFFD).
   */
  static String of(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String source
        && !contains(source, chars.getStartOffset(), chars.getEndOffset(), '\0', '\0', '\0')) {
      return source;
    }
    return null;
  }

  /** Appends the text of {@code chars} to {@code out}. */
  static void append(StringBuilder out, BasedSequence chars) {
    String source = of(chars);
    if (source != null) {
      out.append(source, chars.getStartOffset(), chars.getEndOffset());
    } else {
      out.append(chars);
    }
  }

  /** Whether any of three characters occurs in {@code text} between {@code start} and {@code end}. */
  static boolean contains(String text, int start, int end, char a, char b, char c) {
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (ch == a || ch == b || ch == c) {
        return true;
      }
    }
    return false;
  }
}
