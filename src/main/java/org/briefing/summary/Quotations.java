package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations in double marks of a text ("…", “…”, «…», „…“), so that the splitter keeps a
 * quotation of several sentences together with its speaker and the summarizer can tell a piece of
 * a quotation from a whole one. A straight mark opens when a space comes before it and a word
 * after, and closes the other way round; otherwise it opens or closes whatever is open. A mark
 * that opens while a quotation is open means that quotation was never closed.
 */
final class Quotations {
  /**
   * A quotation from {@code start} (its opening mark) to {@code end} (after its closing mark, or
   * the end of the text, or the space before the next opening mark, when it is never closed); a closing mark with no
   * opening mark before it gives a quotation that starts with the text, not {@code opened}.
   */
  record Span(int start, int end, boolean opened, boolean closed) {
    boolean contains(int position) {
      return start < position && position < end;
    }
  }

  private Quotations() {}

  /** The quotations of {@code text}, in order. */
  static List<Span> of(CharSequence text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int open = -1;
    char openMark = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      boolean opens;
      if (c == '"') {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
        opens = spaceBefore == spaceAfter ? open < 0 : spaceBefore;
      } else {
        opens = c == '“' && openMark != '„' || c == '«' || c == '„';
      }
      if (opens) {
        if (open >= 0) {
          int end = i;
          while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          spans.add(new Span(open, end, true, false));
        }
        open = i;
        openMark = c;
      } else {
        spans.add(new Span(open < 0 ? 0 : open, i + 1, open >= 0, true));
        open = -1;
        openMark = 0;
      }
    }
    if (open >= 0) {
      spans.add(new Span(open, n, true, false));
    }
    return spans;
  }

  /** Whether every quotation of {@code text} opens and closes in it. */
  static boolean whole(CharSequence text) {
    for (Span span : of(text)) {
      if (!span.opened() || !span.closed()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
  }
}
