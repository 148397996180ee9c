package org.briefing.importer;

/**
 * The story's photo as found in the input: a caption and credit, and the address it had in a
 * saved page ({@code original}), which is only mentioned in a comment since the file is not here.
 */
public record ImageDraft(String alt, String caption, String credit, boolean filePhoto, String original, String src) {

  /** A photo whose file is not here yet. */
  public ImageDraft(String alt, String caption, String credit, boolean filePhoto, String original) {
    this(alt, caption, credit, filePhoto, original, "");
  }

  public ImageDraft {
    src = src == null ? "" : src;
    alt = alt == null ? "" : alt;
    caption = caption == null ? "" : caption;
    credit = credit == null ? "" : credit;
    original = original == null ? "" : original;
  }
}
