package org.briefing.load;

/**
 * An HTML comment written in a plain-text field (a headline, a standfirst, a caption): Markdown
 * hides a comment, but a plain-text field is printed as it is, so the note the editor meant to
 * keep out of sight would be published. Such a field is an error.
 */
public final class PlainTextComments {
  public static final String HINT = "delete the comment from this field: comments are hidden only in Markdown "
      + "(a story's or page's text, why_it_matters, key_points, whats_next and an edition's note)";

  private PlainTextComments() {}

  /** Whether {@code text} holds the opening of an HTML comment. */
  public static boolean in(String text) {
    return text.contains("<!--");
  }

  /** The error's message for the field {@code field}. */
  public static String message(String field) {
    return "'" + field + "' holds an HTML comment ('<!--'), which this plain-text field would publish as it is";
  }
}
