package org.briefing.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Tells a paragraph of prose from one that only looks like a paragraph in Markdown: a caption
 * (images, or text set in emphasis, alone) or a photo's credit, a subheading set in emphasis
 * ("**What happens next**") or a link to elsewhere with at most a label before it ("**Read more:**
 * [headline](…)"). A summary is made of prose only.
 */
final class Prose {
  private Prose() {}

  static boolean isProse(Node paragraph) {
    return !isCaption(paragraph) && !isLabelledLink(paragraph) && !isSubheading(paragraph);
  }

  /**
   * A short line in emphasis alone that no mark ending a sentence ends ({@link SentenceMarks}, closing quotes or
   * brackets after it and a last parenthetical such as "(Reuters)" looked through): a subheading set as a paragraph
   * ("**What happens next**", "*The vote:*"), of at most {@value #SUBHEADING_WORDS} words (two characters of a script
   * without spaces counting as one); or a question of at most eight words in bold ("**Why does it matter?**"). A lead
   * in emphasis is longer or ends as a sentence does; a list item is never a subheading (helper-91).
   */
  static boolean isSubheading(Node paragraph) {
    if (!hasOnly(paragraph, false) || paragraph.getParent() instanceof com.vladsch.flexmark.ast.ListItem) {
      return false;
    }
    String text = PlainText.of(paragraph);
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == ')') {
      int open = text.lastIndexOf('(');
      if (open > 0) {
        end = open; // "… after 200 years of fishing. (Reuters)": the sentence ends before the agency
      }
    }
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || SentenceMarks.isCloser(text.charAt(end - 1)))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = text.charAt(end - 1);
    String source = paragraph.getChars().toString().strip();
    if (SentenceMarks.isQuestionMark(last)) {
      return (source.startsWith("**") || source.startsWith("__")) && countWords(text) <= 8;
    }
    return !SentenceMarks.isTerminator(last) && countWords(text) <= SUBHEADING_WORDS;
  }

  private static final int SUBHEADING_WORDS = 10;

  /**
   * The words of {@code text}: runs without spaces, but two characters of a script written without spaces (Chinese,
   * Japanese, Thai…) count as one word, so that a line of twenty of them is as long as one of ten words.
   */
  static int countWords(String text) {
    int words = 0;
    int wide = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (isSpaceless(c)) {
        wide++;
        inWord = false;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words + (wide + 1) / 2;
  }

  private static boolean isSpaceless(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
  }

  /**
   * Images alone, or with words in emphasis; or words in emphasis alone right after a paragraph of
   * images, or with a credit in them (the usual ways to set a caption). Italics or bold elsewhere
   * are the story's own words. A lead set in emphasis right after a photo is taken for a caption
   * (docs/summaries.md, Limits); what comes after a caption is not read as going on from what came
   * before it ({@link MarkdownRenderer#BREAK}), so that a "she said" after a photo reaches no one.
   */
  static boolean isCaption(Node paragraph) {
    if (hasOnly(paragraph, true) || opensWithImage(paragraph)) {
      return true; // words on the lines of a photo are its caption (helper-86)
    }
    String words = words(paragraph);
    if (hasOnly(paragraph, false)) {
      return afterPhoto(paragraph) || hasCredit(words, true);
    }
    // a credit outside the emphasis ("*Dockers on the quay.* Photo: Ana Diaz/Reuters"), or a paragraph that is only a
    // credit ("Getty Images", "Photo by Ana Diaz"); in plain text right after a photo or its caption, one that ends
    // with a credit ("Dockers on the quay (Ana Diaz/Reuters)", "Photo: Ana Diaz/Reuters" under the caption)
    String afterEmphasis = afterEmphasis(paragraph);
    // a name and an agency ("Ana Diaz/Reuters") outside brackets only in a caption's place: right after a photo or its
    // caption, or after words in emphasis that are no label ("**BREAKING:** Marrowby Labour/Green Coalition Collapses")
    boolean place = afterPhoto(paragraph) || isCaptionWithoutCredit(paragraph.getPrevious());
    return afterEmphasis != null && (CREDIT.matcher(afterEmphasis).find() || isCredit(afterEmphasis, !opensWithLabel(paragraph)))
        || isCredit(words, place) || place && hasCredit(words, true);
  }

  /** The paragraph's Markdown, a link's address being no word of it: "Photo: [Ana Diaz](https://…), Marrowby Echo". */
  private static String words(Node paragraph) {
    return LINK_ADDRESS.matcher(paragraph.getChars()).replaceAll("]");
  }

  /** Whether {@code paragraph} comes right after a photo: a paragraph of images, or one that opens with an image on its own line. */
  private static boolean afterPhoto(Node paragraph) {
    Node previous = paragraph.getPrevious();
    return isPhoto(previous) || previous instanceof com.vladsch.flexmark.ast.Paragraph && opensWithImage(previous);
  }

  /** Whether {@code node} is a caption that needs no credit under it to be one (no chain of credits is followed). */
  private static boolean isCaptionWithoutCredit(Node node) {
    return node instanceof com.vladsch.flexmark.ast.Paragraph
        && (hasOnly(node, true) || opensWithImage(node) || hasOnly(node, false) && (afterPhoto(node) || hasCredit(words(node), true)));
  }

  /**
   * The Markdown after the words in emphasis that open {@code paragraph} ("*Dockers on the quay.* Photo: …"),
   * when there are some and no more emphasis or image follows; else null.
   */
  private static String afterEmphasis(Node paragraph) {
    Node child = openingEmphasis(paragraph);
    if (child == null) {
      return null;
    }
    while (child != null && (child instanceof Emphasis || child instanceof StrongEmphasis || child.getChars().isBlank())) {
      child = child.getNext();
    }
    StringBuilder rest = new StringBuilder();
    for (; child != null; child = child.getNext()) {
      if (child instanceof Emphasis || child instanceof StrongEmphasis || isImage(child)) {
        return null;
      }
      rest.append(child.getChars());
    }
    return LINK_ADDRESS.matcher(rest).replaceAll("]");
  }

  /**
   * Whether {@code words} end with a credit: "… Photo: Ana Diaz/Reuters", "… (Photo courtesy of the Marrow Trust)", "…
   * AFP via Getty Images", "… Photo by Tom Reyes."; a name and an agency outside brackets only in a caption's place.
   */
  private static boolean hasCredit(String words, boolean place) {
    return hasCredit(words, place, false);
  }

  private static boolean hasCredit(String words, boolean place, boolean anyLength) {
    return creditIn(words, place, anyLength) != null;
  }

  /** The credit that {@code words} end with, as {@link #hasCredit} finds it, with the marks around it; null when none. */
  private static String creditIn(String words, boolean place, boolean anyLength) {
    java.util.regex.Matcher credit = CREDIT.matcher(words);
    if (credit.find()) {
      return credit.group();
    }
    // the last sentence, or what is in the last brackets or after the last dash; the paragraph's last line break and
    // full stop end no sentence before an empty one ("… (Tom Reyes/Marrowby Echo).", helper-91)
    String text = words.strip();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        from = i;
      } else if (c == '\u2014' || c == '\u2013' || c == '|' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))) {
        from = i + 1;
      }
    }
    if (from == 0 || !isCredit(text.substring(from), place)) {
      return null;
    }
    // a name and an agency in brackets after more than twelve words may be the sentence's own: "… the leader of its ruling
    // group said (Marrowby Labour/Green Party)." (helper-91 case 08); such a paragraph is prose that leaves the mark
    String tail = text.substring(from);
    boolean nameAndAgency = tail.charAt(0) == '(' && tail.indexOf('/') > 0 && !tail.contains(GETTY)
        && !CREDIT_BY.matcher(tail.substring(1).stripLeading()).lookingAt();
    return !nameAndAgency || anyLength || countWords(text.substring(0, from)) <= CAPTION_WORDS ? tail : null;
  }

  /** The words a plain caption may have before a name and an agency in brackets: "Ines Marlow on the quay (Tom Reyes/Marrowby Echo)". */
  private static final int CAPTION_WORDS = 12;

  /**
   * Whether {@code paragraph}, prose, is in a caption's place (right after a photo or its caption) and ends with a name
   * and an agency in brackets after more than twelve words: a lead or a long caption; it is read as prose, but what
   * comes after it is not read as going on from it ({@link MarkdownRenderer#BREAK}).
   */
  static boolean mayBeCaption(Node paragraph) {
    return !hasOnly(paragraph, false) && (afterPhoto(paragraph) || isCaptionWithoutCredit(paragraph.getPrevious()))
        && hasCredit(words(paragraph), true, true);
  }

  /** Whether {@code paragraph} opens with words in emphasis that end with a colon: a label ("**BREAKING:**", "*Update:*"). */
  private static boolean opensWithLabel(Node paragraph) {
    Node child = openingEmphasis(paragraph);
    return child != null
        && (PlainText.of(child).endsWith(":") || child.getNext() != null && child.getNext().getChars().toString().startsWith(":"));
  }

  /** The words in emphasis (italics or bold) that open {@code paragraph}, white space aside; null when it opens otherwise. */
  private static Node openingEmphasis(Node paragraph) {
    Node child = paragraph.getFirstChild();
    while (child != null && child.getChars().isBlank()) {
      child = child.getNext();
    }
    return child instanceof Emphasis || child instanceof StrongEmphasis ? child : null;
  }

  /** A photo credit without a colon: "Photo by …", "Photo courtesy of …", "Pictures: by …". */
  private static final java.util.regex.Pattern CREDIT_BY = java.util.regex.Pattern.compile(
      "(?i)(?:photo|photograph|picture|image|illustration)s?\\s++(?:by|courtesy(?:\\s++of)?)\\s++");
  private static final String GETTY = "Getty Images";
  /** Who gave a photo, or holds its rights: "© Ana Diaz", "Handout via Reuters", "Courtesy of the Marrow Trust". */
  private static final java.util.regex.Pattern GIVEN_BY = java.util.regex.Pattern.compile(
      "(?i)(?:\u00a9|\\(c\\)|copyright)\\s*+|(?:handout|pool)\\s++(?:via|from|by)\\s++|courtesy(?:\\s++of)?\\s++");

  /**
   * Whether {@code text}, in brackets or emphasis or not, is a credit and nothing else: "Photo by Ana Diaz",
   * "(Photo courtesy of the Marrow Trust)", "Getty Images", "AFP via Getty Images", "Ana Diaz/Marrowby Echo", "REUTERS/Ana
   * Diaz" (a name, a slash and a name, in two words or more, with no digit and no comma: in brackets, or in a caption's
   * {@code place} in at most six words; not "Marrowby Labour/Green Coalition 7, Conservatives 2", helper-91). The names
   * are capitalised words and those a byline may have ({@link Bylines#isName}): not "Photo by photo, the Echo rebuilt
   * …", "Getty Images said on Monday …".
   */
  static boolean isCredit(String text, boolean place) {
    int start = 0;
    int end = text.length();
    boolean bracketed = false;
    while (start < end && "([*_ \t\n".indexOf(text.charAt(start)) >= 0) {
      bracketed |= text.charAt(start) == '(';
      start++;
    }
    while (end > start && ")]*_. \t\n".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String credit = text.substring(start, end);
    java.util.regex.Matcher by = CREDIT_BY.matcher(credit);
    if (by.lookingAt()) {
      return Bylines.isName(credit.substring(by.end()));
    }
    java.util.regex.Matcher given = GIVEN_BY.matcher(credit);
    if (given.lookingAt() && given.end() < credit.length()) {
      return Bylines.isName(credit.substring(given.end()));
    }
    if (credit.endsWith(GETTY)) {
      // "Getty Images" alone, or after an agency and "via" or a slash
      String agency = credit.substring(0, credit.length() - GETTY.length()).stripTrailing();
      agency = agency.endsWith("/") ? agency.substring(0, agency.length() - 1)
          : agency.endsWith(" via") ? agency.substring(0, agency.length() - 4) : agency.isEmpty() ? "" : null;
      return agency != null && (agency.isBlank() || Bylines.isName(agency));
    }
    if (credit.indexOf('/') <= 0 || credit.indexOf(',') >= 0 || credit.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int words = credit.split("\\s++").length;
    return words >= 2 && (bracketed || place && words <= 6) && Bylines.isName(credit);
  }


  private static final java.util.regex.Pattern LINK_ADDRESS = java.util.regex.Pattern.compile("\\]\\([^)\\s]*\\)");

  /**
   * A photo's credit in a caption: "Photo: …" opening it, of at most twelve words (in emphasis its first sentence, the
   * caption after it; "Credit: Card borrowing in Marrowby rose by 4% …" after a photo is a lead, helper-91), or as its
   * last sentence ("… Photo: Jane Doe/Reuters", "Photograph: A. Diaz/Reuters."), in brackets or after a dash ("(Photo:
   * …)", "— Picture: …"), of at most thirty words; or "(AP Photo/…)". Not "picture:" inside a sentence.
   */
  private static final String OPENING_CREDIT =
      "(?:photo|photograph|picture|image|illustration|credit|foto|fotograf[ií]a|bild|cr[eé]dit|cr[eé]dito)s?\\s*+:\\s*+(?:[^\\s!?]++\\s++){0,11}[^\\s!?]++";
  private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
      // opening it, in emphasis its first sentence ("*Photo: Ana Diaz/Reuters. Dockers on the quay.*"), in plain text all
      "(?i)^[*_]++\\s*+" + OPENING_CREDIT + "(?:[)*_.\\s]*+$|(?<=\\.)\\s)|^\\s*+" + OPENING_CREDIT + "[)*_.\\s]*+$"
          // after a sentence, in brackets or after a dash; another language's words only after a sentence, as "– crédit : 300
          // millions d'euros" is a lead's, not a credit (helper-98)
          + "|(?:(?:[.!?][*_]*\\s+|[(\u2014\u2013|]\\s*|\\s-\\s*)[*_]*(?:photo|photograph|picture|image|illustration|credit)s?\\s*:"
          + "|[.!?][*_]*\\s+[*_]*(?:foto|fotograf[ií]a|bild|cr[eé]dit|cr[eé]dito)s?\\s*:"
          + "|(?:[(\u2014\u2013|]\\s*|\\s-\\s*)[*_]*(?:foto|fotograf[ií]a|bild|cr[eé]dit|cr[eé]dito)s?\\s*:(?=\\s*\\p{Lu}))"
          // the words of the credit: each a run without spaces, taken whole (a pattern that could split a
          // long word every way took minutes on a linked credit, helper-84)
          + "\\s*+(?:[^\\s!?]++\\s++){0,29}[^\\s!?]++[)*_.\\s]*+$"
          + "|\\(\\s*\\p{Lu}+ photo\\s*/[^)]*\\)[*_.\\s]*$");

  /**
   * Whether {@code paragraph} opens with an image alone on its line, words about it on the next:
   * "![…](…)" and a line break. An image that opens a line of text (a badge, an emoji) is not.
   */
  private static boolean opensWithImage(Node paragraph) {
    Node first = paragraph.getFirstChild();
    while (first != null && first.getChars().isBlank()) {
      first = first.getNext();
    }
    if (first == null || !isImage(first)) {
      return false;
    }
    Node next = first.getNext();
    while (next != null && next.getChars().isBlank() && !isLineBreak(next)) {
      next = next.getNext();
    }
    return next != null && isLineBreak(next);
  }

  private static boolean isLineBreak(Node node) {
    return node instanceof com.vladsch.flexmark.ast.SoftLineBreak || node instanceof com.vladsch.flexmark.ast.HardLineBreak;
  }

  /**
   * Whether {@code quote} is a block quote of one paragraph in emphasis: a caption as the importers
   * write that of a photo they do not keep ("> *Ana Diaz at the harbour wall. Photo: …*").
   */
  static boolean isCaptionQuote(Node quote) {
    Node only = quote.getFirstChild();
    return only instanceof com.vladsch.flexmark.ast.Paragraph && only.getNext() == null && hasOnly(only, false);
  }

  /**
   * Whether {@code node} is a paragraph of images alone (a photo) or a block of HTML with an image
   * ({@code <img>}, {@code <picture>}, {@code <figure>}), after which a caption may come.
   */
  static boolean isPhoto(Node node) {
    return node instanceof com.vladsch.flexmark.ast.Paragraph && hasOnly(node, true)
        || node instanceof com.vladsch.flexmark.ast.HtmlBlock && HTML_IMAGE.matcher(node.getChars()).find();
  }

  private static final java.util.regex.Pattern HTML_IMAGE = java.util.regex.Pattern.compile("(?i)<(?:img|picture|figure)\\b");

  /** Whether {@code paragraph} holds images (when {@code image}: at least one) or words in emphasis, and nothing else. */
  private static boolean hasOnly(Node paragraph, boolean image) {
    boolean images = false;
    boolean any = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isImage(child)) {
        images = true;
      } else if (child instanceof Emphasis || child instanceof StrongEmphasis) {
        any = true;
      } else if (!child.getChars().isBlank()) {
        return false;
      }
    }
    return image ? images : any && !images;
  }


  /**
   * Links with nothing but punctuation between and after them, and before the first nothing or a
   * label of at most four words that ends with a colon ("**Read more:** [headline](…)").
   */
  private static boolean isLabelledLink(Node paragraph) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean link = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isImage(child)) {
        continue; // a thumbnail beside a link ("[![…](…)](…) [headline](…)") is part of the link list
      }
      if (child instanceof Link || child instanceof LinkRef) {
        link = true;
      } else {
        (link ? after : before).append(child.getChars());
      }
    }
    String label = before.toString().replace("*", "").replace("_", "").strip();
    boolean shortLabel = label.isEmpty() || label.endsWith(":") && label.split("\\s+").length <= 6;
    // between and after the links: punctuation, symbols ("|", "→") and "and" or "or" only
    return link && shortLabel && after.toString().replaceAll("(?i)\\b(?:and|or)\\b|[\\s\\p{P}\\p{S}]", "").isEmpty();
  }

  /**
   * The words of a caption under {@code image} that credit it, the usual way to credit a photo in
   * copy: on the lines after the images of its paragraph ("![…](…)" and "*Dockers at dawn. Photo:
   * Ana Diaz/Reuters*"), in the paragraph or quoted caption right after a paragraph of images, or
   * in a credit line alone right after that caption; null when there is none, or the image stands
   * among words. A paragraph with an image of its own is never another image's caption.
   */
  static String creditUnder(Node image) {
    Node node = image.getParent() instanceof Link || image.getParent() instanceof LinkRef ? image.getParent() : image;
    Node paragraph = node.getParent();
    if (!(paragraph instanceof com.vladsch.flexmark.ast.Paragraph) || !opensWithImage(paragraph) && !hasOnly(paragraph, true)) {
      return null;
    }
    // the last of the images next to it (side by side, or on lines of their own), and the words after it up to the next image
    Node last = node;
    for (Node next = last.getNext(); next != null && (isImage(next) || next.getChars().isBlank() || isLineBreak(next)); next = next.getNext()) {
      last = isImage(next) ? next : last;
    }
    StringBuilder words = new StringBuilder();
    Node next = last.getNext();
    for (; next != null && !hasImage(next); next = next.getNext()) {
      words.append(next.getChars());
    }
    // words after it, or another image after it (whose caption those words would be): the paragraph says all there is
    String rest = LINK_ADDRESS.matcher(words).replaceAll("]").strip();
    if (!rest.isEmpty() || next != null) {
      return rest.isEmpty() ? null : creditOf(rest);
    }
    Node caption = paragraph.getNext();
    if (caption instanceof com.vladsch.flexmark.ast.BlockQuote && isCaptionQuote(caption)) {
      return creditOf(words(caption.getFirstChild()));
    }
    if (!(caption instanceof com.vladsch.flexmark.ast.Paragraph) || hasImage(caption) || !isCaption(caption)) {
      return null;
    }
    String credit = creditOf(words(caption));
    Node line = caption.getNext();
    if (credit != null || !(line instanceof com.vladsch.flexmark.ast.Paragraph) || hasImage(line)) {
      return credit;
    }
    // a credit line alone under the caption: short, and a credit and nothing else
    String plain = words(line).strip();
    return countWords(plain) <= CAPTION_WORDS ? creditOf(plain) : null;
  }

  /** Whether {@code node} is an image or holds one anywhere among its words. */
  private static boolean hasImage(Node node) {
    if (node instanceof Image || node instanceof ImageRef) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (hasImage(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The credit in the words of a caption, without the marks around it: "Photo: Ana Diaz/Reuters"
   * of "*Dockers at dawn. Photo: Ana Diaz/Reuters*", "Ana Diaz/Reuters", "Getty Images"; null when none.
   */
  static String creditOf(String words) {
    String plain = words.strip().replaceAll("^[*_]+|[*_]+$", "");
    String credit = isCredit(plain, true) ? plain : creditIn(plain, true, false);
    return credit == null ? null : credit.replaceAll("^[\\s.!?*_(\u2014\u2013|-]+|[\\s.*_)]+$", "");
  }

  /** An image, or a link around one alone (an image that opens its larger version). */
  private static boolean isImage(Node node) {
    if ((node instanceof Link || node instanceof LinkRef) && node.getFirstChild() != null && node.getFirstChild() == node.getLastChild()) {
      return isImage(node.getFirstChild());
    }
    return node instanceof Image || node instanceof ImageRef;
  }
}
