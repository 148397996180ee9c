package org.briefing.summary;

import java.util.List;
import java.util.Set;

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
   * Connectives of several words, as their first tokens: "As a result", "Despite this", "Because of
   * that", "In response", "Even so", "In addition", "On the other hand", "At the same time".
   */
  private static final List<List<String>> PHRASES = List.of(
      List.of("as", "a", "result"), List.of("despite", "this"), List.of("despite", "that"), List.of("despite", "these"),
      List.of("because", "of", "this"), List.of("because", "of", "that"), List.of("in", "response"), List.of("even", "so"),
      List.of("in", "addition"), List.of("on", "the", "other", "hand"), List.of("at", "the", "same", "time"),
      List.of("after", "that"), List.of("in", "turn"), List.of("as", "well"), List.of("for", "that", "reason"),
      List.of("for", "this", "reason"), List.of("in", "that", "case"), List.of("to", "that", "end"));
  /** Of {@link #PHRASES}, those that draw a consequence from the sentence before. */
  private static final List<List<String>> CONSEQUENCE_PHRASES = List.of(
      List.of("as", "a", "result"), List.of("because", "of", "this"), List.of("because", "of", "that"),
      List.of("for", "that", "reason"), List.of("for", "this", "reason"), List.of("in", "that", "case"), List.of("in", "response"));

  /** Connectives that draw a consequence from the sentence before or put something in its place. */
  private static final Set<String> CONSEQUENCES = Set.of(
      "so", "thus", "therefore", "hence", "consequently", "accordingly", "otherwise", "conversely", "instead");

  /** Nouns after "this" or "that" that make a time phrase, not a back reference: "This year". */
  private static final Set<String> TIME_NOUNS = Set.of(
      "year", "week", "month", "season", "time", "morning", "afternoon", "evening", "summer",
      "winter", "spring", "autumn", "weekend", "century", "decade", "quarter");

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
    return !tokens.isEmpty() && (CONSEQUENCES.contains(tokens.get(0)) || opensWith(tokens, CONSEQUENCE_PHRASES));
  }

  private static boolean opensWith(List<String> tokens, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (tokens.size() > phrase.size() && tokens.subList(0, phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence whose lower-case tokens are {@code tokens} needs the one before it. */
  static boolean dependsOnPrevious(List<String> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String first = tokens.get(0);
    if (CONNECTIVES.contains(first) || opensWith(tokens, PHRASES)) {
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
