package org.briefing.summary;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of the word lists of the speaker and referent rules each word is on, found once for a
 * word when its sentence is split (see {@link Word#is}): the rules ask several lists about every
 * word of every sentence of a site, and one look-up in one table is far cheaper than one in each
 * list each time.
 */
final class Lexicon {

  /** A word list of the rules in {@link Referents} and {@link PersonalNames}. */
  enum Kind {
    /** A verb of saying ("said", "told"). */
    SPEECH_VERB,
    /** A personal pronoun of the third person singular ("he", "her", "himself"). */
    PERSONAL,
    /** A pronoun that tells a man from a woman ("he", "hers"). */
    GENDERED_PRONOUN,
    /** A word for one or more people ("minister", "officials"), which {@link PersonalNames#isPerson} takes. */
    PERSON,
    /** A word for a person in its own list, without the plurals made with an "s". */
    PERSON_NOUN,
    /** A word for more than one person ("officials", "women"). */
    GROUP,
    /** A title before a name that makes it a person's ("Mr", "Dr"). */
    TITLE,
    /** A title before a name that tells a man from a woman ("Mr", "Lady"). */
    GENDERED_TITLE,
    /** A word for one person that tells a man from a woman and may stand beside a name ("spokeswoman"). */
    GENDERED_ROLE
  }

  private static final Set<Kind> NONE = Collections.unmodifiableSet(EnumSet.noneOf(Kind.class));
  private static final Map<String, Set<Kind>> KINDS = table();

  private Lexicon() {}

  /** The lists the lower-case word {@code lower} is on. */
  static Set<Kind> kinds(String lower) {
    return KINDS.getOrDefault(lower, NONE);
  }

  private static Map<String, Set<Kind>> table() {
    Map<String, EnumSet<Kind>> table = new HashMap<>();
    add(table, Kind.SPEECH_VERB, Referents.SPEECH_VERBS);
    add(table, Kind.PERSONAL, Referents.PERSONAL);
    add(table, Kind.GENDERED_PRONOUN, PersonalNames.PRONOUNS.keySet());
    add(table, Kind.PERSON, PersonalNames.PERSON_NOUNS);
    add(table, Kind.PERSON, PersonalNames.PERSON_NOUNS_WITH_S);
    add(table, Kind.PERSON_NOUN, PersonalNames.PERSON_NOUNS);
    add(table, Kind.GROUP, PersonalNames.GROUPS);
    for (String plural : PersonalNames.PERSON_NOUNS_WITH_S) {
      if (!PersonalNames.PERSON_NOUNS.contains(plural)) {
        add(table, Kind.GROUP, Set.of(plural));
      }
    }
    add(table, Kind.TITLE, PersonalNames.TITLES);
    add(table, Kind.GENDERED_TITLE, PersonalNames.GENDERED_TITLES.keySet());
    add(table, Kind.GENDERED_ROLE, PersonalNames.GENDERED_ROLES.keySet());
    Map<String, Set<Kind>> out = new HashMap<>();
    table.forEach((word, kinds) -> out.put(word, Collections.unmodifiableSet(kinds)));
    return Collections.unmodifiableMap(out);
  }

  private static void add(Map<String, EnumSet<Kind>> table, Kind kind, Collection<String> words) {
    for (String word : words) {
      table.computeIfAbsent(word, w -> EnumSet.noneOf(Kind.class)).add(kind);
    }
  }
}
