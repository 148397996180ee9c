package org.briefing.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells, for the sentences of one article, which ones a reader cannot understand alone because
 * they refer to a speaker or a thing named in an earlier sentence, and whether a summary built
 * from some of them leaves such a reference unresolved. The rules are in docs/summaries.md.
 *
 * <p>A sentence <em>refers back</em> when it opens with a pronoun or demonstrative ("He", "It",
 * "They", "This"), when "he", "she", "his", "her" or "him" comes before any person it names
 * ("In Kyiv he said …", "…, she added."), when "they" is the subject of a verb of saying before any
 * person it names ("…, they told reporters."), or when it opens with a quotation that no speaker
 * is given for in the sentence. Such a sentence is resolved in a summary when the sentence before
 * it in the article comes right before it in the summary and is resolved itself; a "he" or "she"
 * also needs a person named in that unbroken run of sentences, and a bare quotation a name. A "he",
 * "she" or bare quotation may also skip sentences that speak of no one else than the single
 * person the summary last names (see {@link #resolvedAcrossGap}). Connectives ("Also", "But",
 * "So") lean on the sentence before them too, but are no reference; {@link #resolves(List, boolean)}
 * checks the ones that draw on the sentence right before them ("So", "Therefore") only when asked.
 */
public final class Referents {
  private static final Set<String> OPENING_PRONOUNS = Set.of(
      "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
      "this", "that", "these", "those", "such", "both", "neither", "either", "which", "who");
  static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "himself", "herself");
  static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "added", "adds", "told", "tells", "warned", "warns", "argued", "argues",
      "insisted", "insists", "explained", "explains", "noted", "notes", "stressed", "stresses",
      "claimed", "claims", "asked", "asks", "replied", "replies", "wrote", "writes", "continued",
      "acknowledged", "admitted", "announced", "announces", "suggested", "urged", "urges", "declared",
      "recalled", "conceded", "predicted", "believes", "believed", "thinks", "thought", "according",
      "confirmed", "confirms", "stated", "states", "reported", "reports", "revealed", "reveals", "disclosed",
      "denied", "denies", "maintained", "maintains", "alleged", "alleges", "assured", "promised", "pledged",
      "vowed", "complained", "cautioned", "observed", "remarked", "commented", "testified", "answered",
      "responded", "responds", "emphasised", "emphasized", "underlined", "pointed", "estimated", "tweeted", "posted");
  private static final Set<String> IMPERSONAL_VERBS = Set.of("seems", "seemed", "appears", "appeared", "emerged");
  private static final Set<String> IMPERSONAL_COMPLEMENTS = Set.of(
      "clear", "unclear", "likely", "unlikely", "possible", "impossible", "hard", "difficult", "easy",
      "important", "necessary", "vital", "essential", "thought", "believed", "understood", "known",
      "feared", "hoped", "estimated", "true", "obvious", "surprising", "worth", "time", "wrong", "right");
  /**
   * Of those, the ones whose "it" before "to" is a thing named before ("It is thought to be worth
   * …", "It is likely to close"): only before "that" is such an "it" the clause after it.
   */
  private static final Set<String> RAISING_COMPLEMENTS = Set.of(
      "thought", "believed", "understood", "known", "feared", "hoped", "estimated", "likely", "unlikely");
  private static final Set<String> CLAUSE_OPENERS = Set.of("to", "that", "whether", "if", "how", "what", "why", "when");
  private static final Set<String> TIME_DEMONSTRATIVES = Set.of("this", "that", "these");
  /** Pronouns that, before a verb of saying ("he said") or after it ("said she"), leave a quotation without its speaker. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");
  private static final Set<String> INVERTED_SUBJECT_PRONOUNS = Set.of("he", "she", "they");
  /** A question or an answer of an interview ("Q: …", "Q. …", "A: …", or "Q." alone, which the splitter may cut off; not "A.", which may be an initial). */
  private static final java.util.regex.Pattern INTERVIEW = java.util.regex.Pattern.compile("Q[:.](?:\\s|$)|A:(?:\\s|$)");
  private static final Set<String> POSSESSIVES = Set.of("his", "her");
  /** Words before a word for a person that make it anyone rather than someone named ("an artist", "any player"). */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each", "no", "another");

  /**
   * How far back, in sentences, a pronoun may find its person across a gap: as far as a run of
   * sentences the summarizer takes together reaches, and it keeps each check short.
   */
  private static final int MAX_REACH = 4;

  private final List<Analysis> sentences;
  private final Connective[] connective;
  /** By sentence: whether it opens with a quotation, and with a connective phrase ({@link StandAlone#opensWithPhrase}). */
  private final boolean[] opensWithQuotation;
  private final int[] phrase;
  /** By sentence: whether a caption stands right before it, so that it does not go on from the sentence before the caption. */
  private final boolean[] afterBreak;
  private final PersonalNames names;
  private final boolean offstage;
  /** By sentence: the nearest sentence before it that mentions a person, or -1. */
  private final int[] lastMention;

  /**
   * What a sentence needs from the summary: {@code mentions} are the people it names, and
   * {@code pronoun} the gender of the "he" or "she" it refers back with (UNKNOWN for none or both).
   */
  private record Analysis(boolean refers, Need need, boolean person, boolean named, List<PersonalNames.Mention> mentions,
      boolean groups, PersonalNames.Gender pronoun, boolean pieceOfQuotation, boolean roleSpeaker, boolean unnamedSpeaker) {

    /** This sentence as one that is never resolved, for its speaker is in another sentence. */
    Analysis piece() {
      return new Analysis(refers, need, person, named, mentions, groups, pronoun, true, roleSpeaker, unnamedSpeaker);
    }

    /** Whether it opens with a quotation whose speaker it does not give ({@link Need#NAME}). */
    boolean bareQuotation() {
      return refers && need == Need.NAME && !pieceOfQuotation;
    }
  }

  private enum Need { NONE, PERSON, NAME }

  /**
   * How a sentence opens: with no connective, one that adds to or sets itself against the story
   * so far ("Also", "But"), or one that draws on the sentence right before it ("So", "Instead").
   */
  private enum Connective { NONE, ADDING, DRAWING }

  private Referents(List<Analysis> sentences, Connective[] connective, boolean[] opensWithQuotation, int[] phrase,
      boolean[] afterBreak, PersonalNames names) {
    this.sentences = sentences;
    this.connective = connective;
    this.afterBreak = afterBreak;
    this.opensWithQuotation = opensWithQuotation;
    this.phrase = phrase;
    this.names = names;
    this.offstage = names.someoneOffstage();
    this.lastMention = new int[sentences.size()];
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) {
      lastMention[i] = last;
      if (!sentences.get(i).mentions().isEmpty()) {
        last = i;
      }
    }
  }

  /** The analysis of an article's sentences, given in article order. */
  public static Referents of(List<String> sentences) {
    Terms terms = new Terms();
    List<List<String>> tokens = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      tokens.add(terms.tokens(sentence));
    }
    return of(sentences, tokens, "", "", new boolean[sentences.size()]);
  }

  /**
   * The analysis of an article's sentences, given in article order with their {@link Terms#tokens},
   * under its {@code title} and {@code standfirst} (empty when it has none), whose people count: a
   * summary is read under its headline.
   */
  static Referents of(List<String> sentences, List<List<String>> tokensOf, String title, String standfirst, boolean[] afterBreak) {
    List<List<Word>> words = new ArrayList<>(sentences.size());
    // each sentence's quotations are found once, for its words and for the rules below
    List<List<Quotations.Span>> quotations = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      List<Quotations.Span> spans = Quotations.of(sentence);
      quotations.add(spans);
      words.add(Word.of(sentence, spans));
    }
    PersonalNames names = PersonalNames.of(words, Word.of(title), Word.of(standfirst));
    List<Analysis> out = new ArrayList<>(sentences.size());
    Connective[] connective = new Connective[sentences.size()];
    boolean[] opensWithQuotation = new boolean[sentences.size()];
    int[] phrases = new int[sentences.size()];
    boolean interview = false;
    for (int i = 0; i < sentences.size(); i++) {
      Analysis a = analyse(sentences.get(i), quotations.get(i), words.get(i), names, i);
      interview |= mayOpenInterview(sentences.get(i)) && INTERVIEW.matcher(sentences.get(i).strip()).lookingAt();
      opensWithQuotation[i] = Quotations.opensWithQuotation(quotations.get(i));
      if (interview && !a.pieceOfQuotation()) {
        // from the first question or answer ("Q: …", "A: …") on, an interview's words are its speakers'
        a = a.piece();
      } else if (i > 0 && !a.pieceOfQuotation() && Quotations.opensWithQuotation(quotations.get(i)) && Quotations.leavesOpen(quotations.get(i - 1))) {
        // a quotation that goes on from the paragraph before opens again with a mark: it is a
        // piece of that quotation, whose speaker is named there
        a = a.piece();
      }
      out.add(a);
      List<String> tokens = tokensOf.get(i);
      // a quotation that opens with "But" or "This" is its speaker's, and is judged as a quotation
      int phrase = StandAlone.opensWithPhrase(sentences.get(i));
      phrases[i] = phrase;
      boolean opens = !out.get(i).refers() && !words.get(i).isEmpty() && !words.get(i).get(0).quoted()
          && (phrase > 0 || StandAlone.dependsOnPrevious(tokens));
      connective[i] = !opens ? Connective.NONE
          : phrase == 1 || StandAlone.drawsOnPrevious(tokens) ? Connective.DRAWING : Connective.ADDING;
    }
    speakersAfter(out, words, afterBreak);
    return new Referents(out, connective, opensWithQuotation, phrases, afterBreak.clone(), names);
  }

  /**
   * Makes a bare quotation never resolved when the sentence after it (past any more bare
   * quotations) may give its speaker: it names someone that the nearest sentence before the
   * quotation that mentions anyone does not, someone the rules cannot name speaks in it, or it
   * points back ("“…” Those were the words of Ana Diaz.", "“…” The warning came from Ana Diaz.",
   * "“…,” said Ana Diaz.", "“…” Those were the words of an old fisherman."). Kept after the
   * sentence before it, the quotation would read as the words of that sentence's person
   * (hunter-187). A bare quotation that goes on from a quotation whose speaker is given ("“…,” said
   * Tom Berg. “…”") is that speaker's, whatever comes after it.
   */
  private static void speakersAfter(List<Analysis> out, List<List<Word>> words, boolean[] afterBreak) {
    int n = out.size();
    int lastMention = -1;
    for (int i = 0; i < n; i++) {
      if (out.get(i).bareQuotation() && !goesOnFromQuotation(out, words, afterBreak, i)) {
        int j = i + 1;
        while (j < n && !afterBreak[j] && out.get(j).bareQuotation()) {
          j++;
        }
        if (j < n && !afterBreak[j] && (pointsBack(out.get(j))
            || mayGiveSpeaker(out.get(j), lastMention < 0 ? List.of() : out.get(lastMention).mentions()))) {
          for (int k = i; k < j; k++) {
            out.set(k, out.get(k).piece());
          }
        }
      }
      if (!out.get(i).mentions().isEmpty()) {
        lastMention = i;
      }
    }
  }

  /** Whether the bare quotation {@code i} comes, past more bare quotations, right after a sentence with a quotation of its own. */
  private static boolean goesOnFromQuotation(List<Analysis> out, List<List<Word>> words, boolean[] afterBreak, int i) {
    int s = i;
    while (s > 0 && !afterBreak[s] && out.get(s).bareQuotation()) {
      s--;
    }
    return !out.get(s).bareQuotation() && words.get(s).stream().anyMatch(Word::quoted);
  }

  /**
   * Whether a sentence refers back to something that is no person: its opening "Those", "That"
   * or "It" may stand for the quotation before it and say whose it is by any word ("Those were the
   * words of an old fisherman.", "It was the vicar's warning."), and a "they" may be its speakers
   * ("“…,” they told reporters").
   */
  private static boolean pointsBack(Analysis after) {
    return after.refers() && after.need() == Need.NONE;
  }

  /** Whether sentence {@code after} speaks of someone besides the people in {@code before}, who may be the speaker of the quotation before it. */
  private static boolean mayGiveSpeaker(Analysis after, List<PersonalNames.Mention> before) {
    if (after.unnamedSpeaker()) {
      return true;
    }
    for (PersonalNames.Mention m : after.mentions()) {
      // a word for a person ("the minister") is keyed by its place: always someone else
      if (m.key().startsWith("#") || before.stream().noneMatch(b -> b.key().equals(m.key()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code sentence} opens with the letter of an interview's "Q:" or "A:" (a test cheaper than {@link #INTERVIEW}). */
  private static boolean mayOpenInterview(String sentence) {
    for (int k = 0; k < sentence.length(); k++) {
      char c = sentence.charAt(k);
      if (!Character.isWhitespace(c)) {
        return c == 'Q' || c == 'A';
      }
    }
    return false;
  }

  /** Whether sentence {@code i} opens with a quotation. */
  boolean opensWithQuotation(int i) {
    return opensWithQuotation[i];
  }

  /** What connective phrase sentence {@code i} opens with, as {@link StandAlone#opensWithPhrase} tells. */
  int phrase(int i) {
    return phrase[i];
  }

  /** Whether sentence {@code i} refers to a speaker or a thing named before it. */
  public boolean refersBack(int i) {
    return sentences.get(i).refers();
  }

  /** Whether sentence {@code i} cannot open a summary: it refers back or opens with a connective. */
  public boolean leansOnPrevious(int i) {
    return sentences.get(i).refers() || sentences.get(i).pieceOfQuotation() || connective[i] != Connective.NONE;
  }

  /**
   * The position in {@code chosen} (article sentence numbers, ascending) of the first sentence
   * whose speaker or referent the summary leaves unresolved, or -1 when there is none; with
   * {@code connectives}, a sentence that opens with a connective that draws on the one before it
   * ("So", "Therefore", "Instead") needs that sentence right before it too.
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

  /**
   * Whether sentence {@code chosen.get(k)} is resolved by the summary before it: when the sentence
   * before it in the article comes right before it and the unbroken run of sentences that ends
   * there names a person (for a "he" or "she") or a name (for a bare quotation), or else when the
   * sentences it skips speak of no one but the one person the summary last names (see
   * {@link #resolvedAcrossGap}). A reference to a thing ("It", "This") or a connective always needs
   * the sentence right before it.
   */
  private boolean resolved(List<Integer> chosen, int k, boolean connectives) {
    int i = chosen.get(k);
    Analysis a = sentences.get(i);
    if (a.pieceOfQuotation()) {
      return false; // its speaker, and the rest of its words, are in another sentence
    }
    if (a.roleSpeaker() && !roleResolved(chosen, k)) {
      return false;
    }
    boolean draws = connectives && connective[i] == Connective.DRAWING;
    if (!a.refers() && !draws) {
      return true;
    }
    if (k == 0 || afterBreak[i] || !resolved(chosen, k - 1, connectives)) {
      return false; // nothing before it, or a caption between it and what it needs
    }
    if (a.refers() && a.need() != Need.NONE && offstage) {
      return false; // the "he", "she" or speaker may be the one the standfirst names, whom the text never names
    }
    if (chosen.get(k - 1) == i - 1) {
      if (!a.refers() || a.need() == Need.NONE) {
        return true;
      }
      for (int j = k - 1; j >= 0 && chosen.get(j) == i - (k - j) && (j == k - 1 || !afterBreak[chosen.get(j + 1)]); j--) {
        Analysis before = sentences.get(chosen.get(j));
        if (a.need() == Need.PERSON ? before.person() && mayBe(before, a.pronoun()) && !namedBefore(chosen, chosen.get(j), i)
            : before.named()) {
          return true;
        }
      }
    }
    return a.refers() && a.need() != Need.NONE && resolvedAcrossGap(chosen, k);
  }

  /**
   * Whether the speaker that sentence {@code chosen.get(k)} gives by a word for a person ("the
   * minister told reporters", see {@link RoleSpeakers}) is the one a reader of the summary takes
   * them for. The person meant is the one the nearest sentence before it that mentions anyone
   * mentions: that sentence must be in the summary before it, or every person it mentions must be
   * named there. When the summary names no one before the sentence, the role is read as it stands
   * and taken for no one (helper-177: Lavrov's sentence, then Maas's quotation under "the minister"
   * with the sentence naming Maas left out).
   */
  private boolean roleResolved(List<Integer> chosen, int k) {
    int s = lastMention[chosen.get(k)];
    if (s < 0) {
      return true; // no one before it in the story: the role brings its speaker in
    }
    boolean someone = false;
    Set<String> named = new HashSet<>();
    for (int j = 0; j < k; j++) {
      int c = chosen.get(j);
      if (c == s) {
        return true;
      }
      for (PersonalNames.Mention m : sentences.get(c).mentions()) {
        someone = true;
        named.add(m.key());
      }
    }
    return !someone || sentences.get(s).mentions().stream().allMatch(m -> !m.key().startsWith("#") && named.contains(m.key()));
  }

  /**
   * Whether sentence {@code at} speaks of a person only by a word for one ("the player") while a
   * sentence the summary leaves out, within reach before sentence {@code i}, names someone the "he"
   * or "she" of {@code i} may be ("The club's chairwoman, Ana Diaz, …"): the summary would give
   * that person's words to the player.
   */
  private boolean namedBefore(List<Integer> chosen, int at, int i) {
    PersonalNames.Gender pronoun = sentences.get(i).pronoun();
    // a mention whose key starts with '#' is a word for a person, not a name ("the manager's wife" is
    // no more the "she" than "the player": helper-86)
    if (sentences.get(at).mentions().stream().anyMatch(m -> !m.key().startsWith("#"))) {
      return false;
    }
    for (int s = at - 1; s >= 0 && i - s <= MAX_REACH; s--) {
      if (!chosen.contains(s) && sentences.get(s).mentions().stream().anyMatch(m -> !m.key().startsWith("#")
          && (m.gender() == PersonalNames.Gender.UNKNOWN || pronoun == PersonalNames.Gender.UNKNOWN || m.gender() == pronoun))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a "he" or "she" of gender {@code pronoun} may be a person sentence {@code before}
   * mentions: not when every one of them is known to be of the other gender ("Ms Clara Berg said …
   * “…,” he said").
   */
  private static boolean mayBe(Analysis before, PersonalNames.Gender pronoun) {
    return pronoun == PersonalNames.Gender.UNKNOWN || before.mentions().isEmpty()
        || before.mentions().stream().anyMatch(m -> m.gender() == PersonalNames.Gender.UNKNOWN || m.gender() == pronoun);
  }

  /**
   * Whether a "he", "she" or bare quotation whose sentence comes after a gap in the summary is
   * certainly about the one person that the nearest sentence of the summary naming anyone names,
   * at most {@link #MAX_REACH} sentences before it or before a "he" or "she" given to that person.
   * The sentences in between, skipped or not, may name no one else (no other name, no group such
   * as "officials"), so that person is also the one the article last names before the sentence;
   * a "he" or "she" must agree with what the article shows that person to be (a title such as
   * "Mr" or "Ms", or the pronouns it uses for them). A bare quotation goes on from the sentences
   * right before it: they must be the same person's words up to a sentence that names them, and
   * each "he" or "she" among them must agree too.
   */
  private boolean resolvedAcrossGap(List<Integer> chosen, int k) {
    int i = chosen.get(k);
    int q = -1;
    int nearest = -1;
    for (int j = k - 1; j >= 0 && q < 0; j--) {
      Analysis before = sentences.get(chosen.get(j));
      if (before.person()) {
        q = chosen.get(j);
      }
      if (nearest < 0 && (before.person() || before.need() == Need.PERSON)) {
        nearest = chosen.get(j);
      }
    }
    // the reach is counted from the person's name or from a "he" or "she" the summary already
    // gave them, so that a summary may speak of one man in several sentences
    // someone the sentence does not name may speak in it ("The vicar told the court that Mr Berg …"),
    // by a word the rules do not know for a person: that is a second person, as a known word would be
    if (q < 0 || i - nearest > MAX_REACH || sentences.get(q).mentions().size() != 1 || sentences.get(q).unnamedSpeaker()) {
      return false;
    }
    PersonalNames.Mention person = sentences.get(q).mentions().get(0);
    // the summary is read under its headline: a person it names, other than this one, could be the
    // one meant; and a name two people share ("Tom Baker", "Sam Baker") could be either
    if (names.shared(person.key()) || names.headingNames().stream().anyMatch(name -> !name.equals(person.key()))) {
      return false;
    }
    for (int s = q + 1; s <= i; s++) {
      if (afterBreak[s]) {
        return false; // a caption between the person and the sentence
      }
    }
    for (int s = q + 1; s < i; s++) {
      Analysis between = sentences.get(s);
      if (between.groups() || between.unnamedSpeaker() || !between.mentions().stream().allMatch(m -> m.key().equals(person.key()))) {
        return false;
      }
    }
    Analysis a = sentences.get(i);
    List<PersonalNames.Gender> pronouns = new ArrayList<>();
    if (a.need() == Need.PERSON) {
      pronouns.add(a.pronoun());
    } else {
      boolean named = false;
      for (int s = i - 1; s > q && !named; s--) {
        Analysis before = sentences.get(s);
        if (!before.mentions().isEmpty()) {
          named = true;
        } else if (before.refers() && before.need() == Need.PERSON) {
          pronouns.add(before.pronoun());
        } else if (!before.refers() || before.need() != Need.NAME) {
          return false;
        }
      }
    }
    return pronouns.stream().allMatch(g -> g != PersonalNames.Gender.UNKNOWN && g == person.gender());
  }

  private static Analysis analyse(String text, List<Quotations.Span> quotations, List<Word> words, PersonalNames names, int sentence) {
    if (words.isEmpty()) {
      return new Analysis(false, Need.NONE, false, false, List.of(), false, PersonalNames.Gender.UNKNOWN, false, false, false);
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
    boolean possessor = false;
    Set<PersonalNames.Gender> pronouns = new HashSet<>();
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.quoted()) {
        continue;
      }
      boolean says = k > 0 && k + 1 < words.size() && words.get(k + 1).is(Lexicon.Kind.SPEECH_VERB);
      if (says && (w.lower().equals("he") || w.lower().equals("she"))) {
        speaker |= !personBefore;
      } else if (says && w.lower().equals("they")) {
        pluralSpeaker |= !personBefore;
      } else if (k > 0 && w.is(Lexicon.Kind.PERSONAL)) {
        pronoun = true;
        // "her lawyer said": the lawyer is named, whose lawyer is not
        possessor |= !personBefore && k + 1 < words.size() && POSSESSIVES.contains(w.lower()) && words.get(k + 1).is(Lexicon.Kind.PERSON_NOUN);
      }
      PersonalNames.Gender gender = PersonalNames.pronoun(w);
      if (gender != null && !personBefore) {
        pronouns.add(gender);
      }
      boolean isPerson = names.isPerson(w);
      person |= isPerson;
      // "by an artist …, he said", "leaders, he said": anyone at all, or many, is no one the "he" can be
      boolean anyone = k > 0 && !w.capitalised() && INDEFINITE.contains(words.get(k - 1).lower()) || PersonalNames.isGroup(w);
      personBefore |= isPerson && !w.possessive() && !anyone;
      named |= isPerson || w.capitalised() && k > 0 || w.acronym();
    }
    if (!refers && (speaker || possessor || pronoun && !person)) {
      refers = true;
      need = Need.PERSON;
    } else if (!refers && pluralSpeaker) {
      refers = true;
    }
    // a quotation whose sentence names a person before any "he" or "she" is that person's
    // ("“…,” was Mr Marr's verdict", "“…,” confirmed a club spokesman")
    boolean namesSpeaker = person && pronouns.isEmpty();
    if (!refers && Quotations.opensWithQuotation(quotations) && !attributed(words) && !namesSpeaker) {
      refers = true;
      need = Need.NAME;
    }
    PersonalNames.Gender gender = pronouns.size() == 1 ? pronouns.iterator().next() : PersonalNames.Gender.UNKNOWN;
    boolean groups = false;
    for (Word w : words) {
      groups |= !w.quoted() && PersonalNames.isGroup(w);
    }
    // a piece of a quotation, and a sentence that announces what follows it ("The main points:"),
    // say nothing without the sentences around them
    String stripped = text.strip();
    boolean partial = !Quotations.whole(quotations) || stripped.endsWith(":");
    List<PersonalNames.Mention> mentions = names.mentions(sentence);
    return new Analysis(refers, need, person, named, mentions, groups, gender, partial, RoleSpeakers.givesOne(words, mentions),
        RoleSpeakers.unnamed(words));
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
      String complement = words.get(k).lower();
      String opener = words.get(k + 1).lower();
      if (IMPERSONAL_COMPLEMENTS.contains(complement) && CLAUSE_OPENERS.contains(opener)
          && !(opener.equals("to") && RAISING_COMPLEMENTS.contains(complement))) {
        return true;
      }
    }
    return false;
  }

  /** "This year", "That week": a time phrase, not a reference. */
  private static boolean timePhrase(List<Word> words) {
    return words.size() > 1 && TIME_DEMONSTRATIVES.contains(words.get(0).lower())
        && StandAlone.isTimeNoun(words.get(1).lower());
  }

  /** "the 28-year-old": a speaker's age, which names no one. */
  private static boolean isAge(Word w) {
    return w.lower().endsWith("-year-old");
  }

  /** Whether a verb of saying outside the quotation has a subject that is not a pronoun (nor an age, nor "his …"). */
  private static boolean attributed(List<Word> words) {
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (!w.quoted() && w.is(Lexicon.Kind.SPEECH_VERB)) {
        boolean pronoun = k > 0 && (SUBJECT_PRONOUNS.contains(words.get(k - 1).lower()) || isAge(words.get(k - 1)))
            || k + 1 < words.size() && (INVERTED_SUBJECT_PRONOUNS.contains(words.get(k + 1).lower())
                || POSSESSIVES.contains(words.get(k + 1).lower()) || words.get(k + 1).lower().equals("the") && k + 2 < words.size() && isAge(words.get(k + 2)));
        if (!pronoun) {
          return true;
        }
      }
    }
    return false;
  }

}
