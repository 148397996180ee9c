package org.briefing.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells, for the sentences of one article, which ones a reader cannot understand alone because
 * they refer to a speaker or a thing named in an earlier sentence, and whether a summary built
 * from some of them leaves such a reference unresolved. The rules are in docs/summaries.md.
 *
 * <p>A sentence <em>refers back</em> when it opens with a pronoun or demonstrative ("He", "It",
 * "They", "This"), when "he", "she", "his", "her" or "him" comes before any person it names
 * ("In Kyiv he said …", "…, she added."), when "they" is the subject of a verb of saying before any
 * person it names ("…, they told reporters."), or when it opens with a quotation that no named
 * speaker is given for. Such a sentence is resolved in a summary only when the sentence before it
 * in the article comes right before it in the summary and is resolved itself; a "he" or "she"
 * also needs a person named in that unbroken run of sentences, and a bare quotation a name.
 * Connectives ("However", "But") lean on the sentence before them too, but are no reference;
 * {@link #resolves(List, boolean)} checks them only when asked.
 */
public final class Referents {
  private static final Set<String> OPENING_PRONOUNS = Set.of(
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "that", "these", "those", "such", "both", "neither", "either", "which", "who");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "himself", "herself");
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "added", "adds", "told", "tells", "warned", "warns", "argued", "argues",
      "insisted", "insists", "explained", "explains", "noted", "notes", "stressed", "stresses",
      "claimed", "claims", "asked", "asks", "replied", "replies", "wrote", "writes", "continued",
      "acknowledged", "admitted", "announced", "announces", "suggested", "urged", "urges", "declared",
      "recalled", "conceded", "predicted", "believes", "believed", "thinks", "thought", "according");
  private static final Set<String> PERSON_NOUNS = Set.of(
      "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "minister", "secretary",
      "president", "chancellor", "ambassador", "diplomat", "official", "commander", "general", "leader",
      "chief", "director", "chairman", "chairwoman", "chair", "executive", "founder", "analyst",
      "economist", "expert", "lawyer", "judge", "coach", "manager", "player", "captain", "boss", "singer",
      "actor", "actress", "author", "professor", "doctor", "officer", "mayor", "governor", "senator",
      "mp", "premier", "deputy", "adviser", "advisor", "aide", "negotiator", "envoy", "editor",
      "reporter", "witness", "king", "queen", "prince", "princess", "pope", "man", "men", "woman", "women",
      "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prosecutor", "investigator", "candidate",
      "producer", "chairperson", "ceo", "head", "owner", "resident", "worker", "striker",
      "midfielder", "defender", "goalkeeper", "winner", "champion", "father", "mother",
      "son", "daughter", "husband", "wife", "brother", "sister", "boy", "girl", "teacher", "student",
      "star", "user", "fan", "customer", "rapper", "musician", "artist", "designer");
  /** Last words of capitalised runs that name a place, a body, a day or an event, not a person. */
  private static final Set<String> NOT_PERSONS = Set.of(
      "union", "committee", "council", "ministry", "office", "party", "bank", "court", "commission",
      "parliament", "fund", "agency", "house", "street", "airport", "university", "organisation",
      "organization", "war", "republic", "kingdom", "states", "nations", "sea", "ocean", "city",
      "station", "group", "company", "corporation", "club", "times", "news", "post", "department",
      "service", "services", "league", "cup", "championship", "games", "festival", "awards", "day",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "europe", "america", "africa", "asia", "east", "west", "north", "south",
      "staff", "forces", "army", "navy", "police", "government", "assembly", "centre", "center",
      "institute", "school", "hospital", "church", "square", "road", "bridge", "island", "islands");

  private static final Set<String> IMPERSONAL_VERBS = Set.of("seems", "seemed", "appears", "appeared", "emerged");
  private static final Set<String> IMPERSONAL_COMPLEMENTS = Set.of(
      "clear", "unclear", "likely", "unlikely", "possible", "impossible", "hard", "difficult", "easy",
      "important", "necessary", "vital", "essential", "thought", "believed", "understood", "known",
      "feared", "hoped", "estimated", "true", "obvious", "surprising", "worth", "time", "wrong", "right");
  private static final Set<String> CLAUSE_OPENERS = Set.of("to", "that", "whether", "if", "how", "what", "why", "when");

  private final List<Analysis> sentences;
  private final boolean[] connective;

  private record Analysis(boolean refers, Need need, boolean person, boolean named) {}

  private enum Need { NONE, PERSON, NAME }

  private record Word(String text, String lower, boolean capitalised, boolean acronym, boolean quoted, boolean afterPunctuation,
      boolean possessive) {}

  private Referents(List<Analysis> sentences, boolean[] connective) {
    this.sentences = sentences;
    this.connective = connective;
  }

  /** The analysis of an article's sentences, given in article order. */
  public static Referents of(List<String> sentences) {
    List<List<Word>> words = sentences.stream().map(Referents::words).toList();
    Set<String> names = personalNames(words);
    List<Analysis> out = new ArrayList<>(sentences.size());
    boolean[] connective = new boolean[sentences.size()];
    Terms terms = new Terms();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(analyse(sentences.get(i), words.get(i), names));
      List<String> tokens = terms.tokens(sentences.get(i));
      connective[i] = !out.get(i).refers() && StandAlone.dependsOnPrevious(tokens);
    }
    return new Referents(out, connective);
  }

  /** Whether sentence {@code i} refers to a speaker or a thing named before it. */
  public boolean refersBack(int i) {
    return sentences.get(i).refers();
  }

  /** Whether sentence {@code i} cannot open a summary: it refers back or opens with a connective. */
  public boolean leansOnPrevious(int i) {
    return sentences.get(i).refers() || connective[i];
  }

  /**
   * The position in {@code chosen} (article sentence numbers, ascending) of the first sentence
   * whose speaker or referent the summary leaves unresolved, or -1 when there is none; with
   * {@code connectives}, a sentence that opens with a connective needs the one before it too.
   */
  public int firstUnresolved(List<Integer> chosen, boolean connectives) {
    for (int k = 0; k < chosen.size(); k++) {
      if (!resolved(chosen, k, connectives)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether every speaker and referent of the summary made of {@code chosen} is resolved. */
  public boolean resolves(List<Integer> chosen, boolean connectives) {
    return firstUnresolved(chosen, connectives) < 0;
  }

  private boolean resolved(List<Integer> chosen, int k, boolean connectives) {
    int i = chosen.get(k);
    Analysis a = sentences.get(i);
    if (!a.refers() && !(connectives && connective[i])) {
      return true;
    }
    if (k == 0 || chosen.get(k - 1) != i - 1 || !resolved(chosen, k - 1, connectives)) {
      return false;
    }
    if (a.need() == Need.NONE) {
      return true;
    }
    for (int j = k - 1; j >= 0 && chosen.get(j) == i - (k - j); j--) {
      Analysis before = sentences.get(chosen.get(j));
      if (a.need() == Need.PERSON ? before.person() : before.named()) {
        return true;
      }
    }
    return false;
  }

  private static Analysis analyse(String text, List<Word> words, Set<String> names) {
    if (words.isEmpty()) {
      return new Analysis(false, Need.NONE, false, false);
    }
    boolean person = false;
    boolean named = false;
    Need need = Need.NONE;
    boolean refers = false;
    Word first = words.get(0);
    if (!first.quoted() && OPENING_PRONOUNS.contains(first.lower()) && !timePhrase(words) && !expletive(words)) {
      refers = true;
      need = PERSONAL.contains(first.lower()) ? Need.PERSON : Need.NONE;
    }
    boolean speaker = false;
    boolean pluralSpeaker = false;
    boolean pronoun = false;
    boolean personBefore = false;
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.quoted()) {
        continue;
      }
      boolean says = k > 0 && k + 1 < words.size() && SPEECH_VERBS.contains(words.get(k + 1).lower());
      if (says && (w.lower().equals("he") || w.lower().equals("she"))) {
        speaker |= !personBefore;
      } else if (says && w.lower().equals("they")) {
        pluralSpeaker |= !personBefore;
      } else if (k > 0 && PERSONAL.contains(w.lower())) {
        pronoun = true;
      }
      boolean isPerson = isPerson(w, names);
      person |= isPerson;
      personBefore |= isPerson && !w.possessive();
      named |= isPerson || w.capitalised() && k > 0 || w.acronym();
    }
    if (!refers && (speaker || pronoun && !person)) {
      refers = true;
      need = Need.PERSON;
    } else if (!refers && pluralSpeaker) {
      refers = true;
    }
    if (!refers && opensWithQuotation(text) && !attributed(words)) {
      refers = true;
      need = Need.NAME;
    }
    return new Analysis(refers, need, person, named);
  }

  /**
   * "It is clear that …", "It was hard to say …", "It seems …": an "it" that stands for the
   * clause after it, not for anything named before.
   */
  private static boolean expletive(List<Word> words) {
    if (words.size() < 3 || !words.get(0).lower().equals("it")) {
      return false;
    }
    if (IMPERSONAL_VERBS.contains(words.get(1).lower())) {
      return true;
    }
    for (int k = 1; k + 1 < words.size() && k <= 4; k++) {
      if (IMPERSONAL_COMPLEMENTS.contains(words.get(k).lower()) && CLAUSE_OPENERS.contains(words.get(k + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "This year", "That week": a time phrase, not a reference. */
  private static boolean timePhrase(List<Word> words) {
    return words.size() > 1 && Set.of("this", "that", "these").contains(words.get(0).lower())
        && StandAlone.isTimeNoun(words.get(1).lower());
  }

  /** Whether a verb of saying outside the quotation has a subject that is not a pronoun. */
  private static boolean attributed(List<Word> words) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (!w.quoted() && SPEECH_VERBS.contains(w.lower())) {
        boolean pronoun = k > 0 && Set.of("he", "she", "they", "i", "we").contains(words.get(k - 1).lower())
            || k + 1 < words.size() && Set.of("he", "she", "they").contains(words.get(k + 1).lower());
        if (!pronoun) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean opensWithQuotation(String text) {
    return !text.isEmpty() && "\"“«„".indexOf(text.charAt(0)) >= 0;
  }

  private static boolean isPerson(Word w, Set<String> names) {
    String lower = w.lower();
    return PERSON_NOUNS.contains(lower) || lower.endsWith("s") && PERSON_NOUNS.contains(lower.substring(0, lower.length() - 1))
        || w.capitalised() && names.contains(lower);
  }

  /**
   * Words that name people in this article: the last word of a run of two or more capitalised
   * words ("Jens Stoltenberg", "Foreign Minister Sergei Lavrov"), unless it names a place or a
   * body, and a capitalised word right after a title or right before a verb of saying.
   */
  private static Set<String> personalNames(List<List<Word>> sentences) {
    Set<String> names = new HashSet<>();
    Terms terms = new Terms();
    for (List<Word> words : sentences) {
      int run = 0;
      for (int k = 0; k <= words.size(); k++) {
        Word w = k < words.size() ? words.get(k) : null;
        boolean cap = w != null && w.capitalised() && !(k == 0 && terms.isStopword(w.lower()));
        if (run >= 2 && (!cap || w.afterPunctuation())) {
          names.add(words.get(k - 1).lower());
        }
        if (!cap) {
          run = 0;
          continue;
        }
        run = w.afterPunctuation() ? 1 : run + 1;
        String before = k > 0 ? words.get(k - 1).lower() : "";
        boolean titled = TITLES.contains(before) || k > 0 && !words.get(k - 1).capitalised() && PERSON_NOUNS.contains(before);
        if (titled || k + 1 < words.size() && SPEECH_VERBS.contains(words.get(k + 1).lower())) {
          names.add(w.lower());
        }
      }
    }
    names.removeAll(NOT_PERSONS);
    return names;
  }

  /** The words of a sentence with their case, and whether each is inside double quotation marks. */
  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    boolean quoted = false;
    boolean punctuation = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        quoted = true;
      } else if (c == '”' || c == '»') {
        quoted = false;
      } else if (c == '"') {
        quoted = !quoted;
      }
      if (!Character.isLetterOrDigit(c)) {
        punctuation |= !Character.isWhitespace(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      String word = text.substring(start, i);
      boolean upperFirst = Character.isUpperCase(word.charAt(0));
      boolean acronym = word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      boolean capitalised = upperFirst && !acronym && word.chars().anyMatch(Character::isLowerCase);
      int end = i;
      if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++; // a possessive or contraction ("NATO’s", "don't") belongs to the word, not a quote
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
      }
      boolean possessive = i == end + 2 && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
      out.add(new Word(word, word.toLowerCase(Locale.ROOT), capitalised, acronym, quoted, punctuation, possessive));
      punctuation = false;
    }
    return out;
  }
}
