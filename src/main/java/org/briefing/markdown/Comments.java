package org.briefing.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes the HTML comments an editor leaves in Markdown ({@code <!-- check this figure -->}):
 * they are notes for the desk, never for readers, whether raw HTML is allowed or shown as text.
 *
 * <p>A comment is cut from the source text, not from the parsed document, because Markdown does
 * not always see one: a comment inside a paragraph that runs over a blank line, or one holding
 * {@code --}, is text to the parser but a comment to the editor and to a browser. Code spans and
 * code blocks are the exception: a {@code <!--} there is shown as code, as written.
 */
final class Comments {
  private static final String OPEN = "<!--";
  private static final String CLOSE = "-->";

  /** The text without its comments, and where a {@code <!-- more -->} line stood in it (-1 when none). */
  record Stripped(String text, int more) {}

  private Comments() {}

  static boolean mayHave(String markdown) {
    return markdown.contains(OPEN);
  }

  /** @param parsed {@code markdown} as parsed, to find its code */
  static Stripped strip(String markdown, Document parsed) {
    StringBuilder out = new StringBuilder(markdown.length());
    int more = -1;
    int copied = 0;
    for (int[] comment : comments(markdown, parsed)) {
      out.append(markdown, copied, comment[0]);
      if (more < 0 && isMore(markdown, comment[0], comment[1])) {
        more = out.length();
      }
      copied = comment[1];
    }
    out.append(markdown, copied, markdown.length());
    return new Stripped(out.toString(), more);
  }

  /** Where each comment of {@code markdown} outside code starts and ends, as a browser reads it, in order. */
  private static List<int[]> comments(String markdown, Document parsed) {
    List<int[]> code = new ArrayList<>();
    collectCode(parsed, code);
    List<int[]> comments = new ArrayList<>();
    int at = markdown.indexOf(OPEN);
    while (at >= 0) {
      int codeEnd = codeEndAt(code, at);
      if (codeEnd >= 0 || escaped(markdown, at)) {
        at = markdown.indexOf(OPEN, Math.max(codeEnd, at + 1));
        continue;
      }
      int end = end(markdown, at);
      comments.add(new int[] {at, end});
      at = markdown.indexOf(OPEN, end);
    }
    return comments;
  }

  /**
   * The 0-based lines of {@code markdown} where a comment is closed at once ({@code <!-->},
   * {@code <!--->}), outside code: an editor's note typed with the '>' too early, which a browser,
   * and so this class, ends there, publishing the note and a visible {@code -->}.
   *
   * @param parsed {@code markdown} as parsed, to find its code
   */
  static List<Integer> closedAtOnce(String markdown, Document parsed) {
    return comments(markdown, parsed).stream().filter(c -> c[1] - c[0] <= OPEN.length() + 2)
        .map(c -> org.briefing.problem.XmlChars.lineOf(markdown, c[0])).toList();
  }

  /**
   * Where the comment opened at {@code at} ends, as a browser reads it: after the first
   * {@code -->}, with {@code <!-->} and {@code <!--->} empty comments; an unclosed one runs to
   * the end of the text, which is what a browser would hide.
   */
  private static int end(String text, int at) {
    int inner = at + OPEN.length();
    if (text.startsWith(">", inner)) {
      return inner + 1;
    }
    if (text.startsWith("->", inner)) {
      return inner + 2;
    }
    int close = text.indexOf(CLOSE, inner);
    return close < 0 ? text.length() : close + CLOSE.length();
  }

  /** A {@code <!-- more -->} comment alone on its line. */
  private static boolean isMore(String text, int start, int end) {
    if (end - start < OPEN.length() + CLOSE.length()) {
      return false;
    }
    String inner = text.substring(start + OPEN.length(), end - CLOSE.length()).strip().toLowerCase(Locale.ROOT);
    return inner.equals("more") && blankBefore(text, start) && blankAfter(text, end);
  }

  private static boolean blankBefore(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean blankAfter(String text, int at) {
    for (int i = at; i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code <} at {@code at} is written {@code \<}, which Markdown shows as a character. */
  private static boolean escaped(String text, int at) {
    int slashes = 0;
    for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  /** The end of the code that holds offset {@code at}, or -1 when it is outside all code. */
  private static int codeEndAt(List<int[]> code, int at) {
    for (int[] range : code) {
      if (at >= range[0] && at < range[1]) {
        return range[1];
      }
    }
    return -1;
  }

  private static void collectCode(Node node, List<int[]> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Code || child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
        out.add(new int[] {child.getStartOffset(), child.getEndOffset()});
      } else {
        collectCode(child, out);
      }
    }
  }
}
