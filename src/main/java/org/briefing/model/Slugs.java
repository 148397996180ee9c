package org.briefing.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns headlines and names into URL slugs: lower-case ASCII words joined by hyphens. Latin
 * letters lose their accents, Cyrillic and Greek are transliterated, and a title with no
 * usable letters gets a stable fallback derived from its text. Text is composed (NFC) first, so
 * a letter typed as a base and a combining mark has the slug of the same letter typed whole.
 */
public final class Slugs {
  private static final int MAX_LENGTH = 80;
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"), Map.entry('œ', "oe"),
          Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('ł', "l"),
          Map.entry('ı', "i"), Map.entry('&', " and "), Map.entry('%', " percent "),
          Map.entry('\'', ""), Map.entry('’', ""),
          // Cyrillic letters outside а-я: Ukrainian, Belarusian, Serbian and Macedonian
          Map.entry('ё', "yo"), Map.entry('є', "ye"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('ґ', "g"),
          Map.entry('ў', "u"), Map.entry('ђ', "dj"), Map.entry('ј', "j"), Map.entry('љ', "lj"), Map.entry('њ', "nj"),
          Map.entry('ћ', "c"), Map.entry('џ', "dz"), Map.entry('ѓ', "gj"), Map.entry('ќ', "kj"), Map.entry('ѕ', "dz"));
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final String[] CYRILLIC = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };

  private static final String[] GREEK = {
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
    "t", "y", "f", "ch", "ps", "o"
  };

  private Slugs() {}

  /** The slug for a title; never empty. */
  public static String of(String text) {
    String slug = plain(text);
    return lettered(text, slug.length() > MAX_LENGTH ? cut(slug, MAX_LENGTH) : slug);
  }

  /**
   * The slug for the name of a term or a source, the address of its page; never empty. A name
   * whose slug is too long is cut shorter and ends in a hash of its {@link #key key}, so that two
   * long names that differ only past the cut ("…, Part 1", "…, Part 2") keep two addresses.
   */
  public static String ofName(String name) {
    String slug = plain(name);
    if (slug.length() > MAX_LENGTH) {
      String kept = cut(slug, MAX_LENGTH - 9);
      return kept.chars().anyMatch(Character::isLetter) ? kept + "-" + hash(key(name)) : fallback(name, kept);
    }
    return lettered(name, slug);
  }

  /**
   * The slug of a file's or folder's name, the address its editor asked for: as {@link #of}, but a
   * name of digits and hyphens ({@code 2021-22}, {@code 404}) keeps them as they are, where a
   * headline with no letters gets a made-up slug.
   */
  public static String ofFileName(String name) {
    String slug = plain(name);
    return !slug.isEmpty() && slug.length() <= MAX_LENGTH && slug.chars().noneMatch(Character::isLetter) ? slug : of(name);
  }

  private static String plain(String text) {
    return trimHyphens(NOT_SLUG.matcher(transliterate(text == null ? "" : text)).replaceAll("-"));
  }

  private static String lettered(String text, String slug) {
    return slug.chars().anyMatch(Character::isLetter) ? slug : fallback(text, slug);
  }

  private static String cut(String slug, int length) {
    int at = slug.lastIndexOf('-', length);
    return trimHyphens(slug.substring(0, at > 20 ? at : length));
  }

  /** Whether a slug given by an author is safe to use as one path segment. */
  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
  }

  /**
   * The name as a reader compares names: without case, accents or punctuation, but in its own
   * script and never shortened. Two names with one key are one name; two with one slug but
   * different keys ("Moskva" and "Москва", "Σήμη" and "Σίμη") are not.
   */
  public static String key(String name) {
    String lower = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String special = SPECIAL.get(c);
      out.append(special != null && c < 0x0400 ? special : String.valueOf(c));
    }
    String bare = MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll("");
  }

  /** A name as written, composed (NFC) and stripped, so that one name typed two ways is one string. */
  public static String name(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  private static String transliterate(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String latin = latin(c);
      if (latin == null) {
        // a Greek or Cyrillic letter with an accent (ά, ΐ, ѐ) is its base letter's
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        latin = base.length() > 1 ? latin(base.charAt(0)) : null;
      }
      out.append(latin != null ? latin : String.valueOf(c));
    }
    String decomposed = Normalizer.normalize(out, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  /** The Latin letters for a lower-case Cyrillic or Greek letter or a special sign; null for any other. */
  private static String latin(char c) {
    String special = SPECIAL.get(c);
    if (special != null) {
      return special;
    } else if (c >= 'а' && c <= 'я') {
      return CYRILLIC[c - 'а'];
    } else if (c >= 'α' && c <= 'ω') {
      return GREEK[c - 'α'];
    }
    return null;
  }

  /** The slug for {@code name} when {@code slug}, its own, is already another name's: it depends on the name alone. */
  public static String distinct(String slug, String name) {
    return slug + "-" + hash(key(name));
  }

  private static String hash(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String fallback(String text, String digits) {
    String prefix = digits.isEmpty() ? "story" : "story-" + digits;
    return prefix + "-" + hash(name(text));
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
