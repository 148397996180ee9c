package org.briefing.problem;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a credit or a source's name names someone. One that shows only a label ("Photo:",
 * "Illustration:", "©"), punctuation, a year or a placeholder ("Unknown", "TBC") published a photo
 * or a story with no one's name beside it; required attribution counts as missing then, as a
 * blank one does ({@link VisibleText}).
 */
public final class AttributionText {
  /** The kinds of picture a credit may name before it credits one ("Photo:", "Illustration by …", "Map: …"). */
  private static final String KINDS = "photographers?|photo(?:graph)?s?|fot[oó]graf(?:ie|ía|ia|o|a|os|as)?s?|bildnachweis|fotos?|pictures?|pics?"
      + "|images?|illustrations?|graphics?|videos?|maps?|charts?";
  /** Labels of other languages that are names too, only with their colon: "Crédit Agricole" and "Bild am Sonntag" are names. */
  private static final String WITH_COLON = "cr[eé]dit(?:os?|s)?|bild";
  /** A label's word, a whole word: "Photoshot" and "Fotogramma" are names. */
  private static final String WORD = "(?:" + KINDS + "|credits?|sources?|courtesy(?:\\s+of)?|copyright|file)\\b";
  /**
   * Words a credit or a source may open with that name no one, one or more, whatever follows ("Photo: ", "Photo TBC", "©
   * "): what is left must name someone.
   */
  private static final Pattern LABEL_WORDS = Pattern.compile("(?i)^(?:(?:" + WITH_COLON + ")\\s*[:：]\\s*|" + WORD
      + "(?:\\s+by\\b)?\\s*[:：|/–—-]?\\s*|[©℗]\\s*|\\([cC]\\)\\s*)+");
  /**
   * Labels a credit may open with before a name, one or more ("Photo: ", "File photo by ", "Courtesy of ", "© "): words of a
   * label followed by their separator, "by", a "©" or nothing more; "Picture Alliance" and "Credit Suisse" are names.
   */
  private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:" + WITH_COLON + ")\\s*[:：]\\s*|" + WORD + "(?:\\s+" + WORD
      + ")*(?:\\s+by\\b)?(?:\\s*[:：|/–—-]\\s*|\\s*$|\\s*(?=[©℗]|\\([cC]\\))|(?<=courtesy|copyright|of|by)\\s+)|[©℗]\\s*|\\([cC]\\)\\s*)+");
  /** A credit that says what it credits: a kind of picture, a file photo, a handout. */
  private static final Pattern SAYS_WHAT = Pattern.compile("(?i)(?:" + KINDS + "|file|handout)\\b");
  private static final Set<String> PLACEHOLDERS = Set.of("unknown", "tbc", "tbd", "tba", "tk", "n a", "na", "none", "null", "nil",
      "placeholder", "xxx", "todo", "fixme", "to come", "credit to come", "see below", "see above", "pending", "awaiting credit",
      "credit pending", "to follow", "later");

  private AttributionText() {}

  /** Whether {@code text} names someone: a word of letters beyond its labels, and no placeholder. */
  public static boolean names(String text) {
    if (!VisibleText.has(text)) {
      return false;
    }
    String words = LABEL_WORDS.matcher(text.strip()).replaceFirst("").replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    return words.codePoints().anyMatch(Character::isLetter) && !PLACEHOLDERS.contains(words);
  }

  /** {@code text}, or "" when it names no one. */
  public static String orEmpty(String text) {
    return names(text) ? text : "";
  }

  /**
   * Whether {@code credit} says what it credits ("Illustration: …", "File photo …", "Handout"), so
   * that it is shown as it is; any other is shown after the theme's "Photo:".
   */
  public static boolean saysWhatItCredits(String credit) {
    return SAYS_WHAT.matcher(credit).lookingAt();
  }

  /** {@code credit} without the labels it opens with ("Photo: Agency X" gives "Agency X"), to be joined to a byline. */
  public static String withoutLabel(String credit) {
    return LABEL.matcher(credit.strip()).replaceFirst("");
  }
}
