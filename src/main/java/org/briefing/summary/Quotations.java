package org.briefing.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text, in double marks ("…", “…”, «…», „…“) or single ones (‘…’, '…', as
 * British copy quotes), so that the splitter keeps a quotation of several sentences together with
 * its speaker and the summarizer can tell a piece of a quotation from a whole one. A straight
 * double mark opens when a space comes before it and a word after, and closes the other way
 * round; otherwise it opens or closes whatever is open. A mark that opens while a quotation is
 * open means that quotation was never closed. Marks of the other kind inside a quotation are a
 * quotation within it (or apostrophes), and are left alone.
 *
 * <p>A single mark is also an apostrophe ("don’t", "the workers’ union"), so one opens only after
 * a space or the start and before a letter (‘ before anything but a space), and one closes only
 * where no letter follows it. A closing mark after a plural "s" may be a possessive: it closes
 * the quotation only when no surer closing mark comes before the quotation's end (the next
 * opening mark, or the end of the text).
 */
public final class Quotations {
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
    // while a single quotation is open: the last mark that may close it ("the workers’ "), or -1
    int maybe = -1;
    for (int i = 0; i <= n; i++) {
      if (maybe >= 0 && (i == n || isSingle(text.charAt(i)) && opensSingle(text, i))) {
        // no surer mark closed it: it closed at that mark, and what follows is read again with nothing open
        spans.add(new Span(open, maybe + 1, true, true));
        i = maybe;
        open = -1;
        openMark = 0;
        maybe = -1;
        continue;
      }
      if (i == n) {
        break;
      }
      char c = text.charAt(i);
      if (c < '«' && c != '"' && c != '\'') {
        continue; // most characters: no mark of either kind is below « but the two straight ones
      }
      boolean single = isSingle(c);
      if (!single && !isDouble(c) || open >= 0 && single != isSingle(openMark)) {
        continue; // no mark, or one of the other kind inside a quotation
      }
      if (c == '"' && i > 0 && Character.isDigit(text.charAt(i - 1)) && open < 0) {
        continue; // an inch mark: 6'5", 12"
      }
      boolean opens;
      if (single) {
        // inside a quotation in single marks, one that would open another is an apostrophe ("rock 'n' roll")
        opens = open < 0 && opensSingle(text, i);
        Closing closing = opens || open < 0 ? Closing.NO : closing(text, i);
        if (closing == Closing.MAYBE) {
          maybe = i;
        }
        if (!opens && closing != Closing.SURE) {
          continue;
        }
      } else if (c == '"') {
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
      maybe = -1;
    }
    if (open >= 0) {
      spans.add(new Span(open, n, true, false));
    }
    return spans;
  }

  /** Whether {@code text} opens with a quotation mark that opens a quotation. */
  static boolean opensWithQuotation(CharSequence text) {
    return opensWithQuotation(of(text));
  }

  /** Whether the quotations {@code spans} of a text ({@link #of}) open it with one. */
  static boolean opensWithQuotation(List<Span> spans) {
    return !spans.isEmpty() && spans.get(0).start() == 0 && spans.get(0).opened();
  }

  /** Whether the quotations {@code spans} of a text ({@link #of}) end with one it opened and never closed. */
  static boolean leavesOpen(List<Span> spans) {
    return !spans.isEmpty() && spans.get(spans.size() - 1).opened() && !spans.get(spans.size() - 1).closed();
  }

  /** Whether {@code text}, but for the full stops or marks that end it, is one whole quotation (a pull quote). */
  public static boolean isOneQuotation(String text) {
    String trimmed = text.replaceAll("[.!?…]+$", "");
    List<Span> spans = of(trimmed);
    return spans.size() == 1 && spans.get(0).start() == 0 && spans.get(0).end() == trimmed.length() && spans.get(0).opened()
        && spans.get(0).closed();
  }

  /** Whether every quotation of {@code text} opens and closes in it. */
  static boolean whole(CharSequence text) {
    return whole(of(text));
  }

  /** Whether every one of the quotations {@code spans} of a text ({@link #of}) opens and closes in it. */
  static boolean whole(List<Span> spans) {
    for (Span span : spans) {
      if (!span.opened() || !span.closed()) {
        return false;
      }
    }
    return true;
  }


  private static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
  }

  private static boolean isSingle(char c) {
    return c == '‘' || c == '’' || c == '\'';
  }

  /** Whether the single mark at {@code i} opens a quotation: after a space or the start, before a letter (‘ before anything but a space). */
  private static boolean opensSingle(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '’' || i + 1 == text.length() || i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "([{—–/:".indexOf(text.charAt(i - 1)) < 0) {
      return false;
    }
    char next = text.charAt(i + 1);
    return c == '‘' ? !Character.isWhitespace(next) : Character.isLetter(next);
  }

  private enum Closing { NO, MAYBE, SURE }

  /**
   * Whether the single mark at {@code i}, inside a single quotation, closes it: never before a
   * letter or digit ("don’t") nor after a space; maybe after a plural "s" before a space ("the
   * workers’ union"); else surely.
   */
  private static Closing closing(CharSequence text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c == '‘' || i == 0 || Character.isWhitespace(text.charAt(i - 1)) || i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
      return Closing.NO;
    }
    char before = text.charAt(i - 1);
    boolean spaceAfter = i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
    return (before == 's' || before == 'S') && spaceAfter ? Closing.MAYBE : Closing.SURE;
  }
}
