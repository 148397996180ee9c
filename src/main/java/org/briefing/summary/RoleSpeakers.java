package org.briefing.summary;

import java.util.List;
import java.util.Set;

/**
 * Tells a sentence whose speaker is given by a word for a person that points back to someone the
 * story named before: "the minister told reporters", "said the German minister", "the ministry's
 * spokesman said", "a spokesman for the ministry said". Such a speaker is the person the story
 * last mentions, who may not be the person a summary names (see {@link Referents}). A speaker new
 * to the story ("a club spokeswoman", "a spokesman for Marrowby Rovers") or named in the sentence
 * ("the minister, Heiko Maas, said") points back to no one.
 */
final class RoleSpeakers {
  /** Words that may come between a word for a person and what it belongs to ("a spokesman for the ministry"). */
  private static final Set<String> OF = Set.of("for", "of", "at", "from");
  /** Words before "the minister" that make it no subject ("close to the minister said"). */
  private static final Set<String> PREPOSITIONS = Set.of(
      "to", "of", "for", "with", "by", "from", "at", "in", "on", "against", "about", "than", "and", "or");
  /** Verbs of saying that come before their subject after a quotation ("“…,” said the minister"). */
  private static final Set<String> INVERTED = Set.of(
      "said", "says", "added", "adds", "continued", "explained", "insisted", "noted", "wrote", "declared",
      "stressed", "replied", "confirmed", "conceded", "warned", "argued", "admitted");
  /** How many words may stand between "the" and the word for a person ("the German foreign minister"). */
  private static final int MODIFIERS = 3;

  private RoleSpeakers() {}

  /** Whether a verb of saying of these {@code words} has for subject one of the words for a person in {@code mentions} that points back. */
  static boolean givesOne(List<Word> words, List<PersonalNames.Mention> mentions) {
    for (PersonalNames.Mention m : mentions) {
      if (m.key().startsWith("#") && pointsBackAndSpeaks(words, m.at())) {
        return true;
      }
    }
    return false;
  }

  private static boolean pointsBackAndSpeaks(List<Word> words, int role) {
    int start = determiner(words, role);
    if (start < 0) {
      return false;
    }
    boolean definite = words.get(start).lower().equals("the");
    // "for the ministry": lower-case words after "the" point back; "for the German ministry" names it
    int end = role + 1;
    boolean pointsBack = definite;
    if (role + 2 < words.size() && OF.contains(words.get(role + 1).lower()) && words.get(role + 2).lower().equals("the")
        && !words.get(role + 1).quoted() && !words.get(role + 1).afterPunctuation()) {
      int k = role + 3;
      boolean lower = true;
      while (k < words.size() && k - role - 3 < 2 && !words.get(k).quoted() && !words.get(k).afterPunctuation()
          && !words.get(k).is(Lexicon.Kind.SPEECH_VERB)) {
        lower &= !words.get(k).capitalised() && !words.get(k).acronym();
        k++;
      }
      if (k > role + 3) {
        end = k;
        pointsBack |= lower;
      }
    }
    if (!pointsBack) {
      return false;
    }
    boolean before = end < words.size() && speaks(words.get(end)) && !words.get(end).afterPunctuation()
        && (start == 0 || !PREPOSITIONS.contains(words.get(start - 1).lower()) || words.get(start - 1).afterPunctuation());
    // "“…,” said the minister", "…, said the minister": the verb comes right after the quotation or a comma
    boolean after = start > 0 && speaks(words.get(start - 1)) && INVERTED.contains(words.get(start - 1).lower())
        && (words.get(start - 1).afterPunctuation() || start > 1 && words.get(start - 2).quoted());
    return before || after;
  }

  /**
   * Where the article ("the", "a", "an") of the word for a person at {@code role} stands, across
   * at most {@link #MODIFIERS} words ("the German minister", "the ministry's spokesman"), or -1.
   */
  private static int determiner(List<Word> words, int role) {
    for (int k = role - 1; k >= 0 && role - k <= MODIFIERS + 1; k--) {
      Word w = words.get(k);
      if (w.quoted()) {
        return -1;
      }
      if (w.lower().equals("the") || w.lower().equals("a") || w.lower().equals("an")) {
        return k;
      }
      if (w.afterPunctuation() || w.is(Lexicon.Kind.SPEECH_VERB) || PREPOSITIONS.contains(w.lower())) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean speaks(Word w) {
    return !w.quoted() && w.is(Lexicon.Kind.SPEECH_VERB);
  }
}
