package org.briefing.summary;

import java.util.List;
import java.util.Set;

/**
 * Tells a sentence whose speaker is given by a word for a person that points back to someone the
 * story named before: "the minister told reporters", "said the German minister", "the ministry's
 * spokesman said", "a spokesman for the ministry said". Such a speaker is the person the story
 * last mentions, who may not be the person a summary names (see {@link Referents}). A speaker new
 * to the story ("a club spokeswoman", "a spokesman for Marrowby Rovers") or named in the sentence
 * ("the minister, Heiko Maas, said") points back to no one. It also tells a sentence in which
 * someone the sentence does not name speaks, by any word ({@link #unnamed}: "the vicar told the court").
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
  private static final Terms TERMS = new Terms();
  /** Words that open the subject of a verb of saying besides "the", "a" and "an" ("his agent said", "their vicar told"). */
  private static final Set<String> OWNERS = Set.of("his", "her", "their", "its", "our", "my", "your");
  /**
   * Words between a subject and its verb of saying ("the vicar has told", "the vicar also said");
   * not every word in "-ly", which would take "the family said" for an adverb.
   */
  private static final Set<String> AUXILIARIES = Set.of(
      "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
      "also", "later", "then", "once", "earlier", "again", "first", "further", "still", "never", "often", "since",
      "already", "just", "now", "previously", "recently", "repeatedly", "reportedly", "publicly", "privately",
      "initially", "subsequently", "separately", "immediately", "yesterday", "today");

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

  /**
   * Whether a verb of saying of these {@code words} has for subject a word the rules do not know
   * for a person, after "the", "a", "an", "his", "her" or a possessive ("the vicar told the court",
   * "“…,” said the fisherman", "according to the headmaster", "Berg's agent said"): someone speaks
   * whom the sentence does not name, whatever the word. A body ("the ministry said", "the report
   * said") counts too: whoever speaks for it is no one the story named before. A word for a person
   * the rules know ("the minister said") is a mention already, and a name a person; neither counts here.
   */
  static boolean unnamed(List<Word> words) {
    for (int k = 0; k < words.size(); k++) {
      Word verb = words.get(k);
      if (!speaks(verb)) {
        continue;
      }
      if (unnamedBefore(words, k) || unnamedAfter(words, k)) {
        return true;
      }
    }
    return false;
  }

  /** "the vicar told", "the vicar has since said": the subject stands before the verb at {@code verb}. */
  private static boolean unnamedBefore(List<Word> words, int verb) {
    int noun = verb - 1;
    while (noun >= 0 && !words.get(noun + 1).afterPunctuation() && !words.get(noun).quoted()
        && AUXILIARIES.contains(words.get(noun).lower())) {
      noun--;
    }
    if (noun < 0 || words.get(noun + 1).afterPunctuation() || !common(words.get(noun))) {
      return false;
    }
    for (int k = noun - 1; k >= 0 && noun - k <= MODIFIERS + 1; k--) {
      Word w = words.get(k);
      if (w.quoted() || words.get(k + 1).afterPunctuation()) {
        return false;
      }
      if (opensSubject(w)) {
        // "close to the vicar said": the vicar is no subject
        return k == 0 || !PREPOSITIONS.contains(words.get(k - 1).lower()) || w.afterPunctuation();
      }
      if (!modifier(w)) {
        return false;
      }
    }
    return false;
  }

  /** "“…,” said the fisherman", "according to the headmaster": the subject comes after the verb at {@code verb}. */
  private static boolean unnamedAfter(List<Word> words, int verb) {
    Word v = words.get(verb);
    int start = verb + 1;
    boolean according = v.lower().equals("according") && start < words.size() && words.get(start).lower().equals("to");
    if (according) {
      start++;
    } else if (!INVERTED.contains(v.lower()) || !(v.afterPunctuation() || verb > 0 && words.get(verb - 1).quoted())) {
      return false;
    }
    if (start >= words.size() || words.get(start).afterPunctuation() || !opensSubject(words.get(start))) {
      return false;
    }
    // the subject runs to a function word or a mark: "said the vicar of St Mary's", "said the vicar, who …"
    int last = start;
    for (int k = start + 1; k < words.size() && k - start <= MODIFIERS + 1 && !words.get(k).afterPunctuation() && modifier(words.get(k)); k++) {
      last = k;
    }
    if (last == start || !common(words.get(last))) {
      return false; // "said the vicar John Smith": a name ends it
    }
    if (last + 1 >= words.size()) {
      return true;
    }
    Word next = words.get(last + 1);
    // "said the vicar, John Smith": the name is given beside the word. After a comma, the verb may
    // be a named person's after their apposition ("Ana Diaz, an analyst, said the survey showed …",
    // "…, said the war in Iraq would …"), so the subject must end the clause there; after a
    // quotation or "according to" it may go on ("“…,” said the vicar on Monday")
    boolean mayGoOn = according || verb > 0 && words.get(verb - 1).quoted();
    return next.afterPunctuation() ? !next.capitalised() && !next.quoted() : mayGoOn && PREPOSITIONS.contains(next.lower());
  }

  /** "the", "a", "an", "his", "their", or a possessive ("Berg's", "the club's" is read from its "the"). */
  private static boolean opensSubject(Word w) {
    String lower = w.lower();
    return !w.quoted() && (lower.equals("the") || lower.equals("a") || lower.equals("an") || OWNERS.contains(lower) || w.possessive());
  }

  /** A word that may stand in a subject before its last word: "former", "harbour", "German". */
  private static boolean modifier(Word w) {
    return !w.quoted() && !w.possessive() && !TERMS.isStopword(w.lower()) && !w.is(Lexicon.Kind.SPEECH_VERB);
  }

  /**
   * A lower-case word outside a quotation that is no function word ("was" of "the court was told",
   * "who" of "the man who said"), no word for a person the rules know and no verb of saying.
   */
  private static boolean common(Word w) {
    return !w.quoted() && !w.capitalised() && !w.acronym() && !w.possessive() && !TERMS.isStopword(w.lower())
        && !w.is(Lexicon.Kind.PERSON) && !w.is(Lexicon.Kind.SPEECH_VERB);
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
