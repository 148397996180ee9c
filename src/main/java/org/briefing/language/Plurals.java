package org.briefing.language;

import java.util.List;
import java.util.Locale;

/**
 * The plural category of a whole number in a language, after the rules of the Unicode CLDR
 * (zero, one, two, few, many, other). Only whole numbers are counted by the theme, so only the
 * integer part of each rule is kept; a language not listed here has "one" for 1 and "other" for
 * the rest, as English.
 */
public final class Plurals {
  /** The six categories, in the order a strings file usually lists them. */
  public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

  private Plurals() {}

  /** The category of {@code n} in {@code languageTag} ("ar", "fr-CA"). */
  public static String category(String languageTag, long n) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    long mod10 = n % 10;
    long mod100 = n % 100;
    boolean million = n != 0 && n % 1_000_000 == 0;
    return switch (language) {
      case "ar" -> n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : mod100 >= 3 && mod100 <= 10 ? "few"
          : mod100 >= 11 ? "many" : "other";
      case "fr", "pt" -> n == 0 || n == 1 ? "one" : million ? "many" : "other";
      case "es", "it", "ca" -> n == 1 ? "one" : million ? "many" : "other";
      case "he" -> n == 1 ? "one" : n == 2 ? "two" : "other";
      case "ru", "uk", "be" -> mod10 == 1 && mod100 != 11 ? "one"
          : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
      case "pl" -> n == 1 ? "one" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
      case "cs", "sk" -> n == 1 ? "one" : n >= 2 && n <= 4 ? "few" : "other";
      case "fa", "hi", "bn", "am", "zu", "gu", "kn", "mr" -> n == 0 || n == 1 ? "one" : "other";
      case "ja", "zh", "ko", "th", "vi", "id", "ms", "lo", "my", "km" -> "other";
      default -> n == 1 ? "one" : "other";
    };
  }
}
