package org.briefing.summary;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence leans on the one before it: it opens with a pronoun whose referent is
 * elsewhere ("He said", "They") or a connective ("However,", "But", "Also").
 */
final class StandAlone {
  private static final Set<String> PRONOUNS = Set.of(
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "that", "these", "those", "such", "both", "neither", "either", "which", "who");

  private static final Set<String> CONNECTIVES = Set.of(
      "however", "but", "and", "or", "also", "meanwhile", "moreover", "furthermore", "nevertheless",
      "nonetheless", "yet", "so", "instead", "still", "then", "thus", "therefore", "hence",
      "besides", "additionally", "likewise", "similarly", "otherwise", "consequently", "indeed",
      "accordingly", "again", "too", "conversely", "secondly", "thirdly", "lastly", "finally",
      "plus", "nor", "anyway");

  /**
   * Nouns after "this" or "that" that make a time phrase, not a back reference: "This year",
   * "Despite this afternoon's rally"; as a pattern's alternatives, {@link #TIMES}.
   */
  private static final Set<String> TIME_NOUNS = Set.of(
      "year", "week", "month", "season", "time", "morning", "afternoon", "evening", "summer",
      "winter", "spring", "autumn", "weekend", "century", "decade", "quarter", "night");
  private static final String TIMES = String.join("|", TIME_NOUNS);

  /**
   * Connectives of several words ("As a result, …", "Despite this, …", "In response, …"), with the
   * comma after them, or without it before a word that does not go on with them ("As a result
   * shares fell", "Despite these problems Acme …"; not "As a result of the strike", "Despite this
   * afternoon's rally", "At the same time last year"). Those that point back at what the sentence
   * before said ("Despite this,", "After that", "Despite this latest setback,") draw on it, and
   * come only right after it.
   */
  /** Words after "that" or "those" that make them the start of a clause of their own: "After those who objected". */
  private static final String DEFINING = "who|whom|whose|which|that|of|in|at|on|from|with|for";
  /** A number or an amount among the words after "this": "Despite these 40 complaints,", "Despite this £2m reprieve,". */
  private static final String AMOUNT = "[\\p{N}£$€][\\p{N}.,£$€%]*+(?:m|bn|k)?+";
  private static final Pattern PHRASE = Pattern.compile("(?i)(?:(?<draws>as a result|for (?:this|that) reason|in that case|in response"
      + "|to that end)|even so|in addition|on the other hand|in turn|as well)"
      + "(?:\\s*,|\\s+(?!(?:of|to|as|with|from|for)\\b)\\p{L})"
      // "At the same time last year" is a time
      + "|at the same time(?:\\s*,|\\s+(?!(?:last|next|this|of|as|that|each|every|" + TIMES + ")\\b)\\p{L})"
      // a phrase ending in "this" or "these", before anything but a time or a possessive ("Despite this country's rules");
      // one ending in "that" or "those" points back whatever follows ("After that night", "Despite that company's denials")
      + "|(?<drawsThis>(?:because of|despite|in spite of) (?:this|these))(?:\\s*,|\\s+(?!(?:" + TIMES + ")\\b)(?!\\p{L}++[\'’]s\\b)"
      + "[\\p{L}\\p{N}£$€])"
      + "|(?<drawsThat>(?:because of|despite|in spite of|after) that)(?:\\s*,|\\s+(?!(?:" + DEFINING + ")\\b)[\\p{L}\\p{N}£$€])"
      // "After those arrested were released": a participle after "those" opens a clause of its own
      + "|(?<drawsThose>(?:because of|despite|in spite of|after) those)(?:\\s*,|\\s+(?!(?:" + DEFINING + ")\\b)(?!\\p{L}+(?:ed|ing)\\b)"
      + "[\\p{L}\\p{N}£$€])"
      // or a phrase that points back with "this" and up to two words that are no time and its comma: "As a result of this
      // ruling,", "Despite this latest setback,"; not "After this summer,", "After this March,"
      + "|(?<drawsToo>(?:as a result of|in response to|because of|despite|in spite of|after) (?:(?:this|these)"
      + "(?:\\s+(?!(?:" + TIMES + ")\\b)(?:(?-i:\\p{Ll})++|" + AMOUNT + ")){0,2}|(?:that|those)(?:\\s+(?:\\p{L}++|" + AMOUNT + ")){0,2})\\s*,)");

  /** Connectives that draw a consequence from the sentence before or put something in its place. */
  private static final Set<String> CONSEQUENCES = Set.of(
      "so", "thus", "therefore", "hence", "consequently", "accordingly", "otherwise", "conversely", "instead");


  private StandAlone() {}

  /** Whether {@code word} after "this" or "that" makes a time phrase ("this year"). */
  static boolean isTimeNoun(String word) {
    return TIME_NOUNS.contains(word);
  }

  /**
   * Whether the sentence whose lower-case tokens are {@code tokens} opens with a connective that
   * draws a consequence from the sentence right before it ("So", "Therefore", "Instead"), rather
   * than one that adds to or sets itself against the story so far ("Also", "But", "However").
   */
  static boolean drawsOnPrevious(List<String> tokens) {
    return !tokens.isEmpty() && CONSEQUENCES.contains(tokens.get(0));
  }

  /** Whether {@code text} opens with a connective of several words ({@link #PHRASE}); 1 for one that draws on the sentence before, 2 for another, 0 for none. */
  static int opensWithPhrase(String text) {
    String stripped = text.strip();
    // every phrase opens with one of a few letters: most sentences need no pattern at all
    if (stripped.isEmpty() || "abdefiotABDEFIOT".indexOf(stripped.charAt(0)) < 0) {
      return 0;
    }
    Matcher m = PHRASE.matcher(stripped);
    return !m.lookingAt() ? 0 : m.group("draws") != null || m.group("drawsThis") != null || m.group("drawsThat") != null || m.group("drawsThose") != null
        || m.group("drawsToo") != null ? 1 : 2;
  }

  /** Whether the sentence whose lower-case tokens are {@code tokens} needs the one before it. */
  static boolean dependsOnPrevious(List<String> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String first = tokens.get(0);
    if (CONNECTIVES.contains(first)) {
      return true;
    }
    if (PRONOUNS.contains(first)) {
      boolean timePhrase = tokens.size() > 1 && TIME_NOUNS.contains(tokens.get(1))
          && (first.equals("this") || first.equals("that") || first.equals("these"));
      return !timePhrase;
    }
    return false;
  }
}
