package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;

/**
 * Finds a photo credit at the end of a caption in the forms agencies and news sites use:
 * {@code [File: Name/Agency]}, {@code [Name/Agency]}, {@code (Photo: Name/Agency)},
 * {@code (AP Photo/Name)}, {@code REUTERS/Name}, {@code Name/AFP via Getty Images},
 * {@code Photo: Name/Agency} and {@code Image source, Agency}.
 */
public final class PhotoCredits {
  private static final String NAME = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?: (?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|de|da|van|von|der|al|el|bin|la|le|di|du|dos)){0,4}";
  private static final String PHOTO_AGENCIES = "AFP|AP|EPA(?:-EFE)?|EFE|Reuters|REUTERS|Getty Images|Getty|Pool|POOL|Bloomberg|Anadolu(?: Agency)?"
      + "|SOPA Images|NurPhoto|Shutterstock|PA(?: Wire| Media)?|dpa|DPA|Xinhua|AAP|ANSA|Sipa|SIPA|Alamy|Corbis|Handout|WPA Pool|TASS|Sputnik|Kyodo|Yonhap|IANS|PTI|UPI";
  /**
   * A publication or picture desk's name, no person's: "Kestrel News", "The Merrow Echo", "Nordic Images", "Daily Post"
   * (words no surname ends in, or "The"/"Daily" first).
   */
  private static final Pattern OUTLET = Pattern.compile("(?:The|Daily) .*|.* (?:News|Press|Media|Images|Pictures|Photos|Photography|Agency"
      + "|Newspapers?|Group|Network|Service|Wire|Gazette|Tribune|Journal|Chronicle|Telegraph|Times|Echo|Courier|Herald|Ltd|Inc)\\.?");
  private static final Pattern BRACKETED = Pattern.compile(
      "^(?<cap>.*?)\\s*\\[(?<label>(?:Photo|Picture|Image)s?:\\s*)?(?<credit>(?:File(?: photo)?:\\s*)?[^\\[\\]]{2,120})\\]$");
  /** A label needs its colon or "by", as in brackets: "(Picture alliance/dpa)" and "(Photoshot)" are agencies' names. */
  private static final Pattern PARENTHESISED = Pattern.compile(
      "^(?<cap>.*?)\\s*\\((?<label>(?:(?:Photo|Picture|Image|Photograph)s?(?: by:?|:)|Credit:)\\s*)?(?<credit>[^()]{2,120})\\)$");
  private static final Pattern SUFFIX = Pattern.compile(
      "^(?:(?<cap>.*?[.!?…\"”)])\\s+)?(?<credit>(?:REUTERS|Reuters)/" + NAME + "(?:/(?:File(?: Photo)?|Pool|" + NAME + "))*"
      + "|AP Photo/" + NAME + "(?:, File)?"
      + "|(?:File: )?" + NAME + "(?:/(?:" + PHOTO_AGENCIES + "))+(?: via Getty Images)?(?:/File)?)$");
  private static final Pattern LABELLED = Pattern.compile(
      "^(?:(?<cap>.*?[.!?…\"”)])\\s+)?(?<label>(?:(?:Photo|Picture|Image|Photograph)s?(?: by)?|Credit|Image source|Photo credit)[:,]\\s*)(?<credit>[^.:]{2,100})$");
  /** A credit in copyright form after its caption or alone on its line: "... on Monday. © Ana Lucas/AFP", "© Kai Moe/AFP". */
  private static final Pattern COPYRIGHT = Pattern.compile("^(?:(?<cap>.*?)\\s+)?(?<label>©)\\s*(?<credit>[^©]{2,100})$");
  /** What makes a © line the wire's copyright notice, no photo's credit: a year, "All rights reserved", "Copyright". */
  private static final Pattern NOTICE = Pattern.compile("(?i).*(?:\\b(?:19|20)\\d{2}\\b|rights reserved|copyright|\\(c\\)).*");
  private static final Pattern IMAGE_CAPTION = Pattern.compile("^(?<label>Image caption,?\\s+|Caption:\\s+)(?<cap>.+)$");

  private PhotoCredits() {}

  /** The caption and credit of a line that ends in a credit; empty when the line has no credit. */
  public static Optional<Caption> parse(String line) {
    String text = line.strip();
    for (Pattern p : List.of(BRACKETED, PARENTHESISED)) {
      Matcher m = p.matcher(text);
      if (m.matches() && (m.group("label") != null || looksLikeCredit(m.group("credit"))
          || p == BRACKETED && agencyAfterCaption(m.group("cap"), m.group("credit")))) {
        return Optional.of(caption(m.group("cap"), m.group("credit"), m.group("label")));
      }
    }
    Matcher copyright = COPYRIGHT.matcher(text);
    if (copyright.matches() && copyrightCredit(copyright.group("cap"), copyright.group("credit").strip())) {
      return Optional.of(caption(copyright.group("cap"), copyright.group("credit"), copyright.group("label")));
    }
    Matcher suffix = SUFFIX.matcher(text);
    if (suffix.matches()) {
      return Optional.of(caption(suffix.group("cap"), suffix.group("credit"), null));
    }
    Matcher labelled = LABELLED.matcher(text);
    if (labelled.matches() && Sentences.words(labelled.group("credit")) <= 12) {
      return Optional.of(caption(labelled.group("cap"), labelled.group("credit"), labelled.group("label")));
    }
    return Optional.empty();
  }

  /** The text of an {@code Image caption, ...} line, with its label; empty for other lines. */
  static Optional<String[]> captionLine(String line) {
    Matcher m = IMAGE_CAPTION.matcher(line.strip());
    return m.matches() ? Optional.of(new String[] {m.group("cap"), m.group("label").strip()}) : Optional.empty();
  }

  /**
   * A caption that ends in nothing but its agency in square brackets, as Al Jazeera's do ("Rescue workers search the
   * rubble [Reuters]"). Only after a caption without final punctuation: "... said. [AP]" credits the text, and
   * "(AP)", "[sic]" or "[in French]" are no credit.
   */
  private static boolean agencyAfterCaption(String caption, String credit) {
    String c = credit.strip();
    return Sentences.words(caption) >= 3 && !Sentences.endsWithPunctuation(caption)
        && java.util.Arrays.stream(c.split("\\s*/\\s*")).allMatch(p -> Organisations.lookup(p).isPresent() || p.matches(PHOTO_AGENCIES));
  }

  /**
   * Whether what follows a © is a photo's credit: names and agencies between slashes ("Kai Moe/AFP", "AFP/Ana Lucas",
   * "Tor Lind"), with no year, "All rights reserved" or sentence. On a line of its own it must name a photographer:
   * "© Reuters" or "© Kestrel News" alone is the wire's copyright notice, though a caption may end in one.
   */
  private static boolean copyrightCredit(String caption, String credit) {
    boolean alone = caption == null || caption.isBlank();
    if (NOTICE.matcher(credit).matches() || Sentences.words(credit) > 8 || Sentences.endsSentence(credit)
        || !alone && Sentences.words(caption) < 3) {
      return false;
    }
    boolean parts = java.util.Arrays.stream(credit.split("\\s*/\\s*"))
        .allMatch(p -> p.matches(NAME) || p.matches(PHOTO_AGENCIES) || Organisations.lookup(p).isPresent());
    return parts && (!alone || !photographers(credit).isEmpty());
  }

  private static boolean looksLikeCredit(String credit) {
    String c = credit.strip();
    if (c.startsWith("File:") || c.startsWith("File photo:") || c.startsWith("AP Photo/")) {
      return true;
    }
    if (Sentences.words(c) > 10 || Sentences.endsSentence(c) || c.matches("(?i)^(?:data )?sources?:.*")) {
      return false;
    }
    // "(AFP/Reuters)" credits the wire services for the text; a photo credit names a photographer or a picture desk
    if (java.util.Arrays.stream(c.split("\\s*/\\s*")).allMatch(p -> Organisations.lookup(p).isPresent())) {
      return false;
    }
    if (c.contains("/")) {
      return c.split("/").length >= 2 && Character.isUpperCase(c.codePointAt(0));
    }
    return c.contains("Getty Images") || c.endsWith(" Photo") || c.equals("Handout");
  }

  private static Caption caption(String text, String credit, String label) {
    String c = credit.strip();
    boolean file = c.matches("(?i)^file(?: photo)?:.*") || c.matches("(?i).*(?:/|, )file(?: photo)?$");
    return new Caption(text == null ? "" : text.strip(), c, file, photographers(c), label == null ? "" : label.strip());
  }

  /** The people named in a credit, without agencies and words such as File or Pool. */
  public static List<String> photographers(String credit) {
    List<String> names = new ArrayList<>();
    // "(Photo Jo Lee/AFP)" keeps its word, which is no label without its colon, and names Jo Lee
    String c = credit.replaceFirst("(?i)^file(?: photo)?:\\s*", "").replaceFirst("^(?:Photo|Picture|Image|Photograph)s? (?=" + NAME + "/)", "")
        .replaceAll(" via Getty Images$", "");
    for (String part : c.split("/|, ")) {
      String p = part.strip();
      String lower = p.toLowerCase(Locale.ROOT);
      if (p.isEmpty() || lower.equals("ap photo") || lower.equals("file") || lower.equals("file photo")
          || lower.equals("pool") || lower.endsWith(" pool") || lower.equals("handout") || lower.startsWith("getty")
          || lower.equals("reuters") || p.matches(PHOTO_AGENCIES) || Organisations.lookup(p).isPresent()
          || !p.matches(NAME) || !p.contains(" ") || OUTLET.matcher(p).matches()) {
        continue;
      }
      names.add(p);
    }
    return names;
  }
}
