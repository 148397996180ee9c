package org.briefing.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people one article names: which capitalised words are personal names, which of them the
 * article shows to be a man or a woman, and the people each of its sentences mentions.
 */
final class PersonalNames {

  /** Whether a person is known to be a man or a woman. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  /**
   * One person a sentence mentions: by name ({@code key} is the name) or by a word for one person
   * ("the spokeswoman"; {@code key} is its place in the sentence), with the gender known for them.
   */
  record Mention(String key, int at, Gender gender) {}

  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir");
  static final Map<String, Gender> GENDERED_TITLES = Map.ofEntries(
      Map.entry("mr", Gender.MALE), Map.entry("sir", Gender.MALE), Map.entry("lord", Gender.MALE),
      Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE), Map.entry("mrs", Gender.FEMALE),
      Map.entry("ms", Gender.FEMALE), Map.entry("miss", Gender.FEMALE), Map.entry("lady", Gender.FEMALE),
      Map.entry("dame", Gender.FEMALE), Map.entry("queen", Gender.FEMALE), Map.entry("princess", Gender.FEMALE));
  /** Words for one person that say whether it is a man or a woman, and may stand beside a name. */
  static final Map<String, Gender> GENDERED_ROLES = Map.ofEntries(
      Map.entry("spokesman", Gender.MALE), Map.entry("chairman", Gender.MALE), Map.entry("businessman", Gender.MALE),
      Map.entry("sportsman", Gender.MALE), Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE),
      Map.entry("spokeswoman", Gender.FEMALE), Map.entry("chairwoman", Gender.FEMALE),
      Map.entry("businesswoman", Gender.FEMALE), Map.entry("sportswoman", Gender.FEMALE),
      Map.entry("actress", Gender.FEMALE), Map.entry("queen", Gender.FEMALE), Map.entry("princess", Gender.FEMALE));
  /** Words for one person that say whether it is a man or a woman, but name a relation, not a role. */
  private static final Map<String, Gender> GENDERED_PEOPLE = Map.ofEntries(
      Map.entry("man", Gender.MALE), Map.entry("father", Gender.MALE), Map.entry("husband", Gender.MALE),
      Map.entry("son", Gender.MALE), Map.entry("brother", Gender.MALE), Map.entry("boy", Gender.MALE),
      Map.entry("woman", Gender.FEMALE), Map.entry("mother", Gender.FEMALE), Map.entry("wife", Gender.FEMALE),
      Map.entry("daughter", Gender.FEMALE), Map.entry("sister", Gender.FEMALE), Map.entry("girl", Gender.FEMALE));
  static final Map<String, Gender> PRONOUNS = Map.of(
      "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
      "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);
  static final Set<String> PERSON_NOUNS = Set.of(
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
      "star", "user", "fan", "customer", "rapper", "musician", "artist", "designer", "pilot", "nurse",
      "driver", "soldier", "suspect", "victim", "passenger", "farmer", "miner", "engineer", "scientist",
      "researcher", "activist", "protester", "campaigner", "volunteer", "firefighter", "paramedic",
      "surgeon", "patient", "pupil", "athlete", "runner", "rider", "cyclist", "swimmer", "boxer",
      "footballer", "referee", "inspector", "detective", "guard", "prisoner", "inmate", "refugee",
      "migrant", "tourist", "visitor", "journalist", "photographer", "writer", "poet", "novelist",
      "composer", "presenter", "chef", "lawmaker", "legislator", "councillor", "councilor", "commissioner",
      "regulator", "banker", "trader", "investor", "shareholder", "employee", "colleague", "neighbour",
      "neighbor", "relative", "survivor", "landlord", "tenant", "mourner", "priest", "bishop",
      "imam", "rabbi", "monk", "nun", "sergeant", "colonel", "lieutenant", "major", "admiral",
      "attorney", "solicitor", "barrister", "dentist", "vet", "pharmacist", "teenager", "child", "baby",
      "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "veteran", "entrepreneur",
      "consultant", "strategist", "pollster", "historian", "biographer", "hostage", "gunman",
      "attacker", "assailant", "killer", "thief", "robber", "smuggler", "dealer");
  /** The plurals of {@link #PERSON_NOUNS} made with an "s" ("officials", "mps"), some of which are in it too. */
  static final Set<String> PERSON_NOUNS_WITH_S = PERSON_NOUNS.stream().map(noun -> noun + "s")
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Words for more than one person that are no plural with an "s". */
  static final Set<String> GROUPS = Set.of("spokesmen", "spokeswomen", "men", "women");
  /** Words for people that name more than one, or that stand before a name rather than for a person. */
  private static final Set<String> NOT_ONE_PERSON = Set.of(
      "spokesmen", "spokeswomen", "men", "women", "mr", "mrs", "ms", "dr", "sir", "lord", "lady");
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
  /** Words after which a word for a person says what the subject is ("has been the director"). */
  private static final Set<String> COPULAS = Set.of(
      "is", "was", "been", "be", "become", "became", "becomes", "as", "named", "appointed");
  private static final Set<String> PREPOSITIONS = Set.of(
      "of", "with", "by", "to", "for", "from", "at", "in", "on", "against", "about", "and", "or", "than");
  /** How many words apart a word for a person and a name may stand and still be one person. */
  private static final int APPOSITION = 4;

  private final Set<String> names;
  private final Map<String, Gender> genders;
  /** The people each sentence mentions, in article order. */
  private final List<List<Mention>> mentions;
  /** Names that the article gives to two people: "Baker" of "Tom Baker" and "Sam Baker". */
  private final Set<String> shared;
  private final Set<String> headingNames;

  private PersonalNames(Set<String> names, Map<String, Gender> genders, List<List<Mention>> mentions, Set<String> shared,
      Set<String> headingNames) {
    this.names = names;
    this.genders = genders;
    this.mentions = mentions;
    this.shared = shared;
    this.headingNames = headingNames;
  }

  /**
   * The names of an article whose sentences have {@code sentences} as words, in article order,
   * under its headline and standfirst ({@code title}, {@code standfirst}: their words, empty when
   * it has none). Which words are names is found in the sentences and the standfirst (a headline
   * may capitalise every word); the people of the headline and standfirst are their mentions of
   * those names ({@link #headingNames}), and their runs of names count for {@link #shared}.
   */
  static PersonalNames of(List<List<Word>> sentences, List<Word> title, List<Word> standfirst) {
    List<List<Word>> prose = new ArrayList<>(sentences);
    prose.add(standfirst);
    List<List<Word>> heading = List.of(title, standfirst);
    PersonalNames withoutGenders = new PersonalNames(names(prose), Map.of(), List.of(), Set.of(), Set.of());
    // each sentence's mentions are found once: the genders are worked out from them and then given to them
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (List<Word> words : sentences) {
      mentions.add(withoutGenders.mentions(words));
    }
    Map<String, Gender> genders = withoutGenders.genders(sentences, mentions);
    for (int s = 0; s < mentions.size(); s++) {
      mentions.set(s, withGenders(mentions.get(s), genders));
    }
    List<List<Word>> all = new ArrayList<>(heading);
    all.addAll(sentences);
    Set<String> headingNames = new HashSet<>();
    for (List<Word> words : heading) {
      withoutGenders.mentions(words).stream().filter(m -> !m.key().startsWith("#") && withoutGenders.surelyAPerson(words, m.at()))
          .map(Mention::key).forEach(headingNames::add);
    }
    return new PersonalNames(withoutGenders.names, genders, mentions, withoutGenders.shared(all), Set.copyOf(headingNames));
  }

  /**
   * Whether the name at {@code at} of {@code words} is surely a person's, not a place's ("North
   * Yorkshire"): a title or a word for a person opens its run of names ("Coach Ines Marlow",
   * "Mr Hale"), or a verb of saying follows it ("Marlow said").
   */
  private boolean surelyAPerson(List<Word> words, int at) {
    // a verb of saying or a word for a person a few words after the name ("Ines Marlow, 45, said",
    // "Ines Marlow, the coach, …", "Ines Marlow has told") or a verb of saying before it ("said Ines Marlow")
    for (int k = at + 1; k < words.size() && k - at <= APPOSITION; k++) {
      if (!words.get(k).quoted() && (words.get(k).is(Lexicon.Kind.SPEECH_VERB) || words.get(k).is(Lexicon.Kind.PERSON_NOUN))) {
        return true;
      }
    }
    int first = at;
    while (first > 0 && words.get(first - 1).capitalised() && !words.get(first).afterPunctuation()) {
      first--;
    }
    if (first > 0 && words.get(first - 1).is(Lexicon.Kind.SPEECH_VERB)) {
      return true;
    }
    for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
      Word w = words.get(k);
      if (w.is(Lexicon.Kind.TITLE) || w.is(Lexicon.Kind.GENDERED_TITLE) || w.is(Lexicon.Kind.PERSON_NOUN)) {
        return true;
      }
      if (!isName(w) && !w.capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** The names the headline and standfirst mention: people by name, not by a word for a person. */
  Set<String> headingNames() {
    return headingNames;
  }

  /**
   * Whether the headline or standfirst names someone no sentence of the text names: a text that
   * leaves its speaker to the standfirst ("Coach Ines Marlow said …", then "“…,” she said").
   */
  boolean someoneOffstage() {
    Set<String> named = new HashSet<>();
    mentions.forEach(list -> list.forEach(m -> named.add(m.key())));
    return !named.containsAll(headingNames);
  }

  /** Whether the article gives the name {@code key} (a mention's key) to two people with other first names. */
  boolean shared(String key) {
    return shared.contains(key);
  }

  /**
   * The names that follow two different first names in runs of names ("Tom Baker", "Sam Baker"):
   * the name alone ("Baker said") could be either. A title or a word for a person before the name
   * ("Mr Baker", "Manager Baker") is no first name.
   */
  private Set<String> shared(List<List<Word>> sentences) {
    Map<String, Set<String>> firstNames = new HashMap<>();
    for (List<Word> words : sentences) {
      for (int k = 1; k < words.size(); k++) {
        Word first = words.get(k - 1);
        Word last = words.get(k);
        if (!first.capitalised() || !last.capitalised() || !isName(last)) {
          continue; // most words: no run of two names ends here
        }
        boolean lastOfRun = k + 1 == words.size() || !isName(words.get(k + 1)) || words.get(k + 1).afterPunctuation();
        if (lastOfRun && !last.afterPunctuation() && !first.quoted()
            && !first.is(Lexicon.Kind.TITLE) && !first.is(Lexicon.Kind.PERSON_NOUN)) {
          firstNames.computeIfAbsent(last.lower(), x -> new HashSet<>()).add(first.lower());
        }
      }
    }
    Set<String> shared = new HashSet<>();
    firstNames.forEach((name, firsts) -> {
      if (firsts.size() > 1) {
        shared.add(name);
      }
    });
    return shared;
  }

  /** Whether {@code w} is a word for a person or a personal name of the article. */
  boolean isPerson(Word w) {
    return w.is(Lexicon.Kind.PERSON) || w.capitalised() && names.contains(w.lower());
  }

  /** Whether {@code w} is a word for more than one person ("officials", "women"). */
  static boolean isGroup(Word w) {
    return w.is(Lexicon.Kind.GROUP);
  }

  /** The gender of a personal pronoun ("he", "her"), or null for any other word. */
  static Gender pronoun(Word w) {
    return w.is(Lexicon.Kind.GENDERED_PRONOUN) ? PRONOUNS.get(w.lower()) : null;
  }

  /**
   * The people sentence {@code s} mentions outside quotation marks, once each: a run of names
   * ("Jens Stoltenberg") is one person, and so is a word for a person within a few words of a name
   * ("the spokeswoman, Marta Keller"); words for more than one person ("officials") are no mention.
   */
  List<Mention> mentions(int s) {
    return mentions.get(s);
  }

  /** The people a sentence of these words mentions (see {@link #mentions(int)}). */
  private List<Mention> mentions(List<Word> words) {
    List<Integer> nameAt = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      if (isName(words.get(k))) {
        nameAt.add(k);
      }
    }
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.quoted()) {
        continue;
      }
      if (isName(w)) {
        boolean runGoesOn = k + 1 < words.size() && isName(words.get(k + 1)) && !words.get(k + 1).afterPunctuation();
        if (!runGoesOn && seen.add(w.lower())) {
          out.add(new Mention(w.lower(), k, genders.getOrDefault(w.lower(), Gender.UNKNOWN)));
        }
      } else if (w.is(Lexicon.Kind.PERSON_NOUN) && !NOT_ONE_PERSON.contains(w.lower()) && !nearName(nameAt, k)
          && (nameAt.isEmpty() || !predicate(words, k))) {
        Gender g = GENDERED_ROLES.getOrDefault(w.lower(), GENDERED_PEOPLE.getOrDefault(w.lower(), Gender.UNKNOWN));
        out.add(new Mention("#" + k, k, g));
      }
    }
    return out;
  }

  /** {@code mentions} with the genders of the names among them. */
  private static List<Mention> withGenders(List<Mention> mentions, Map<String, Gender> genders) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(m.key().startsWith("#") ? m : new Mention(m.key(), m.at(), genders.getOrDefault(m.key(), Gender.UNKNOWN)));
    }
    return out;
  }

  private boolean isName(Word w) {
    return !w.quoted() && w.capitalised() && names.contains(w.lower());
  }

  /**
   * Whether the word for a person at {@code k} says what the subject is ("has been the port's
   * director", "was named coach"): a copula comes a few words before it, with no verb form or
   * preposition in between ("is meeting the president", "was the son of the president" are not).
   */
  private static boolean predicate(List<Word> words, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      String lower = words.get(j).lower();
      if (COPULAS.contains(lower)) {
        return true;
      }
      if (lower.endsWith("ing") || lower.endsWith("ed") || PREPOSITIONS.contains(lower)) {
        return false;
      }
    }
    return false;
  }

  private static boolean nearName(List<Integer> nameAt, int k) {
    for (int at : nameAt) {
      if (Math.abs(at - k) <= APPOSITION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each name is a man's or a woman's, as the article shows it: by a title ("Mr", "Ms",
   * "Lady") before it, else by the pronouns ("he", "her") and roles ("spokeswoman") that follow it
   * in a sentence that mentions no one else and in the next sentence when that mentions no person.
   * A name the article shows both ways is unknown.
   */
  private Map<String, Gender> genders(List<List<Word>> sentences, List<List<Mention>> mentionsOf) {
    Map<String, Set<Gender>> titled = new HashMap<>();
    Map<String, Set<Gender>> shown = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Word> words = sentences.get(s);
      for (int k = 1; k < words.size(); k++) {
        Gender title = words.get(k - 1).is(Lexicon.Kind.GENDERED_TITLE) ? GENDERED_TITLES.get(words.get(k - 1).lower()) : null;
        if (title != null && words.get(k - 1).capitalised() && !words.get(k).afterPunctuation()) {
          int last = k;
          while (last + 1 < words.size() && isName(words.get(last + 1)) && !words.get(last + 1).afterPunctuation()) {
            last++;
          }
          if (isName(words.get(last))) {
            titled.computeIfAbsent(words.get(last).lower(), x -> new HashSet<>()).add(title);
          }
        }
      }
      List<Mention> mentions = mentionsOf.get(s);
      if (mentions.size() != 1 || mentions.get(0).key().startsWith("#")) {
        continue;
      }
      Mention one = mentions.get(0);
      Set<Gender> votes = shown.computeIfAbsent(one.key(), x -> new HashSet<>());
      for (int k = 0; k < words.size(); k++) {
        Word w = words.get(k);
        Gender g = w.quoted() ? null : k > one.at() ? pronoun(w) : null;
        if (g == null && Math.abs(k - one.at()) <= APPOSITION && w.is(Lexicon.Kind.GENDERED_ROLE)) {
          g = GENDERED_ROLES.get(w.lower());
        }
        if (g != null) {
          votes.add(g);
        }
      }
      if (s + 1 < sentences.size() && sentences.get(s + 1).stream().noneMatch(w -> !w.quoted() && isPerson(w))) {
        for (Word w : sentences.get(s + 1)) {
          Gender g = w.quoted() ? null : pronoun(w);
          if (g != null) {
            votes.add(g);
          }
        }
      }
    }
    Map<String, Gender> out = new HashMap<>();
    for (String name : names) {
      Set<Gender> votes = titled.containsKey(name) ? titled.get(name) : shown.getOrDefault(name, Set.of());
      out.put(name, votes.size() == 1 ? votes.iterator().next() : Gender.UNKNOWN);
    }
    return out;
  }

  /**
   * Words that name people in this article: the last word of a run of two or more capitalised
   * words ("Jens Stoltenberg", "Foreign Minister Sergei Lavrov"), unless it names a place or a
   * body, and a capitalised word right after a title or right before a verb of saying.
   */
  private static Set<String> names(List<List<Word>> sentences) {
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
        Word before = k > 0 ? words.get(k - 1) : null;
        boolean titled = before != null
            && (before.is(Lexicon.Kind.TITLE) || !before.capitalised() && before.is(Lexicon.Kind.PERSON_NOUN));
        if (titled || k + 1 < words.size() && words.get(k + 1).is(Lexicon.Kind.SPEECH_VERB)) {
          names.add(w.lower());
        }
      }
    }
    names.removeAll(NOT_PERSONS);
    return names;
  }
}
