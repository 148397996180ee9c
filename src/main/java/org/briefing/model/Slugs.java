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
 * usable letters gets a stable fallback derived from its text.
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
          Map.entry('\'', ""), Map.entry('’', ""));

  private static final String[] CYRILLIC = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };

  private static final String[] GREEK = {
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
    "t", "y", "f", "ch", "ps", "o"
  };

  private Slugs() {}

  /** The slug for a title or name; never empty. */
  public static String of(String text) {
    String latin = transliterate(text == null ? "" : text);
    String slug = NOT_SLUG.matcher(latin).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = trimHyphens(slug.substring(0, cut > 20 ? cut : MAX_LENGTH));
    }
    boolean hasLetters = slug.chars().anyMatch(Character::isLetter);
    return hasLetters ? slug : fallback(text, slug);
  }

  /** Whether a slug given by an author is safe to use as one path segment. */
  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
  }

  private static String transliterate(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String special = SPECIAL.get(c);
      if (special != null) {
        out.append(special);
      } else if (c >= 'а' && c <= 'я') {
        out.append(CYRILLIC[c - 'а']);
      } else if (c == 'ё') {
        out.append("yo");
      } else if (c == 'є') {
        out.append("ye");
      } else if (c == 'і') {
        out.append('i');
      } else if (c == 'ї') {
        out.append("yi");
      } else if (c == 'ґ') {
        out.append('g');
      } else if (c >= 'α' && c <= 'ω') {
        out.append(GREEK[c - 'α']);
      } else {
        out.append(c);
      }
    }
    String decomposed = Normalizer.normalize(out, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  private static String fallback(String text, String digits) {
    String prefix = digits.isEmpty() ? "story" : "story-" + digits;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC)
                  .getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
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
