package org.briefing.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bylines ("By Ana Diaz in Paris") and the words a name may have, which credits share ("Photo
 * courtesy of the Marrow Trust"). A byline is no prose: no summary has it.
 */
public final class Bylines {
  private Bylines() {}

  /**
   * A byline: "By" and a capitalised name, then at most a place, an agency or a date ("By Ana Diaz in
   * Paris", "By Ana Diaz, BBC News", "By Ana Diaz (Reuters)", "By Anna van der Berg"), in a line of
   * at most twelve words that ends with no full stop and has no lower-case word but these.
   */
  private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by|Par|PAR|Von|VON|Por|POR)\\s+\\p{Lu}.*");
  /**
   * Words in lower case a byline or a credit may have: particles of names, and a role, a date or a
   * time ("Political correspondent", "on 5 May", "special to the Echo", "AFP via Getty Images").
   */
  private static final Set<String> NAME_WORDS = Set.of("and", "in", "of", "the", "at", "for", "to", "via", "van", "der", "den",
      "de", "du", "da", "di", "von", "la", "le", "al", "bin", "y", "e", "on", "updated", "published", "posted", "correspondent", "editor",
      "reporter", "writer", "staff", "columnist", "contributor", "journalist", "photographer", "desk", "team", "bureau", "chief",
      "senior", "deputy", "political", "economics", "business", "sports", "foreign", "news", "special", "am", "pm", "editing",
      "additional", "reporting", "edited", "by", "hours", "hour", "minutes", "ago",
      // in French, German and Spanish bylines ("Par Ana Diaz, correspondante à Marrowby", "Von Ana Diaz, Korrespondentin aus Berlin")
      "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale", "à", "en", "korrespondent", "korrespondentin", "aus",
      "corresponsal", "desde");
  /** An initial or a title with its full stop, which a byline may have ("A. J. Finch", "Dr. Ana Diaz"). */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}{0,3}\\.|(?:\\p{L}{1,2}\\.){2,3}");
  /** The reading time a byline may give: "By Ana Diaz · 4 min read". */
  private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d++\\s*+(?:min|mins|minutes?)\\s++read\\b");

  /** A line that ends with a word or a mark that goes on to more: "and", "of", "the", a particle of a name, a comma, "&". */
  private static final Pattern LOOSE_END = Pattern.compile(
      "(?:[,&·|/:;–—-]|\b(?i:and|or|of|the|a|an|in|at|for|to|via|on|with|from|by|van|von|der|den|de|du|da|di|la|le|al|bin|y|e))\s*+$");
  /**
   * Days, months, holidays and words of time, which no byline opens with ("By Monday", "By March 2027", "By Christmas",
   * "By Tonight"); a month that is also a first name (April, May, June, August) only before a comma, a number or
   * nothing ("By May, the council…", not "By May Diaz").
   */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "july", "september", "october", "november", "december", "christmas", "easter",
      "thanksgiving", "halloween", "ramadan", "eid", "diwali", "hanukkah", "passover", "midsummer", "today", "tonight", "tomorrow",
      "yesterday", "midnight", "noon", "midday", "dawn", "dusk", "now", "then", "next", "last", "early", "late", "morning",
      "afternoon", "evening", "night", "weekend", "spring", "summer", "autumn", "winter", "year", "week", "month", "lunchtime");
  private static final Set<String> NAME_MONTHS = Set.of("april", "may", "june", "august");

  private static boolean isTimeWord(String first, String second, String text) {
    String word = first.toLowerCase(java.util.Locale.ROOT);
    if (TIME_WORDS.contains(word)) {
      return true;
    }
    // "By May, …", "By June 2027": the word after the month in the text is a comma, a number or nothing
    int at = text.indexOf(first) + first.length();
    return NAME_MONTHS.contains(word) && (at >= text.length() || text.charAt(at) == ',' || second.isEmpty()
        || Character.isDigit(second.codePointAt(0)));
  }

  /** Other openers of a byline, read as "By" ("Words by Ana Diaz", "Reporting by Ana Diaz and Tom Reed"): helper-91. */
  private static final Pattern OTHER_OPENER = Pattern.compile("(?:Words|Story|Text|Written|Reporting|Report) by\\s++(?=\\p{Lu})");

  /** Whether {@code text}, a paragraph or a line, is a byline. */
  public static boolean isByline(String text) {
    java.util.regex.Matcher opener = OTHER_OPENER.matcher(text);
    if (opener.lookingAt()) {
      text = "By " + text.substring(opener.end());
    }
    if (!BYLINE.matcher(text).matches()) {
      return false;
    }
    String[] words = READING_TIME.matcher(text).replaceAll("").split("[\\s,;|()\u2022\u00b7]+");
    if (words.length > 13) {
      return false;
    }
    // no full stop at the end but that of an abbreviation ("Washington, D.C."): "By Friday, the strike was over."
    String last = words[words.length - 1];
    if (text.endsWith("!") || text.endsWith("?") || text.endsWith(".") && !INITIAL.matcher(last).matches()) {
      return false;
    }
    // a name ends with a name, not with a word that goes on ("By Monday, Marrowby Council and", a lead's first line), and
    // no byline opens with a time ("By Friday Ana Diaz and", "By Christmas"): helper-91
    if (LOOSE_END.matcher(text).find() || words.length > 1 && isTimeWord(words[1], words.length > 2 ? words[2] : "", text)) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      String word = words[k];
      if (word.isEmpty() || word.contains("@") || Character.isDigit(word.codePointAt(0))) {
        continue; // an e-mail address, a date or a time
      }
      if (!isNameWord(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code words} (split at spaces, commas and slashes) are a name, of a person or a body,
   * in at most twelve words: "Ana Diaz", "the Marrow Trust", "Tom Reyes/Marrowby Echo".
   */
  static boolean isName(String words) {
    String[] split = words.strip().split("[\\s,/]+");
    if (split.length > 12 || split[0].isEmpty()) {
      return false;
    }
    for (String word : split) {
      if (!isNameWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** A word a name may have: capitalised, an initial or a title ("J.", "Dr."), or one of {@link #NAME_WORDS}. */
  private static boolean isNameWord(String word) {
    if (INITIAL.matcher(word).matches()) {
      return true; // "J.", "Dr.", "a.m.", "U.S."
    }
    if (word.indexOf('!') >= 0 || word.indexOf('?') >= 0 || word.indexOf('.') >= 0) {
      return false;
    }
    return !Character.isLowerCase(word.codePointAt(0)) || NAME_WORDS.contains(word) || word.startsWith("d'")
        || word.startsWith("d’") || word.startsWith("al-");
  }
}
