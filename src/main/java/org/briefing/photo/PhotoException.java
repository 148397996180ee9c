package org.briefing.photo;

/** A photo file that cannot be read or published; the message says what is wrong with it, in words for the editor. */
public final class PhotoException extends RuntimeException {
  public PhotoException(String message) {
    super(message);
  }
}
