package org.briefing.summary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that may open a story's first paragraph: a place in capitals, with a region or a
 * day if any, then an agency in brackets and a dash ({@code LONDON (Reuters) -},
 * {@code KYIV, Ukraine, Oct 18 (AP) —}, {@code BERLIN (dpa) –}, {@code PARIS, 4 déc. (AFP) -}), or without an agency a long dash ({@code BRUSSELS —})
 * or a day and a dash ({@code VALMORA, Oct 18 -}). An acronym and a hyphen ("EU - UK trade
 * talks") are the story's words, not a dateline.
 */
final class Dateline {
  /** A month, written out or cut short, in English, French, German or Spanish ("Oct.", "déc.", "März", "dic."). */
  private static final String MONTH = "(?iu:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fevr|avr|mai|juin|juil|août|aout|déc"
      + "|mär|okt|dez|ene|abr|ago|dic)\\p{L}*\\.?";
  private static final String PLACE = "(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’.-]*(?:[ /]\\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3})";
  private static final String REGION = "(?:,\\s+\\p{Lu}[\\p{L}\\p{M}.]*(?: \\p{Lu}[\\p{L}\\p{M}.]*){0,2})?";
  private static final String DAY = "(?<day>,\\s+(?:" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?))?";
  private static final Pattern DATELINE = Pattern.compile("^" + PLACE + REGION + DAY
      + "(?<agency>\\s*\\(\\p{L}[\\p{L}\\p{M}&.' -]{0,38}\\))?\\s*(?<dash>--|[-–—])\\s+(?=\\S)");

  /** Words in capitals that open a story but name no place. */
  private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS",
      "WATCH", "LIVE", "OPINION", "COMMENT", "CORRECTION", "NOTE", "FACTBOX", "EXPLAINER", "URGENT", "FLASH");

  private Dateline() {}

  /** How many characters of {@code paragraph} its opening dateline takes, with the space after it; 0 for none. */
  static int length(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return 0;
    }
    String place = m.group("place");
    long letters = place.codePoints().filter(Character::isLetter).count();
    if (letters < 2 || NOT_PLACES.contains(place.toUpperCase(Locale.ROOT))) {
      return 0;
    }
    boolean agency = m.group("agency") != null;
    boolean day = m.group("day") != null;
    boolean longDash = !m.group("dash").equals("-");
    // without an agency or a day, a short word in capitals before a dash is as likely an acronym
    if (!agency && !day && (!longDash || letters < 3)) {
      return 0;
    }
    return m.end();
  }
}
