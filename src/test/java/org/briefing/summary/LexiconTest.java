package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** Every word of the lists, each with an "s", and a few words on none. */
  private static List<String> words() {
    List<String> words = new ArrayList<>();
    Stream.of(Referents.SPEECH_VERBS, Referents.PERSONAL, PersonalNames.PRONOUNS.keySet(), PersonalNames.PERSON_NOUNS,
        PersonalNames.GROUPS, PersonalNames.TITLES, PersonalNames.GENDERED_TITLES.keySet(),
        PersonalNames.GENDERED_ROLES.keySet()).forEach(words::addAll);
    new ArrayList<>(words).forEach(w -> words.add(w + "s"));
    words.addAll(List.of("harbour", "s", "ss", "the", "officialss", "minist", "Minister"));
    return words;
  }

  @Test
  void aWordIsOnAListExactlyWhenTheListHoldsIt() {
    for (String word : words()) {
      Word w = Word.of(word).get(0);
      assertThat(w.is(Lexicon.Kind.SPEECH_VERB)).as(word).isEqualTo(Referents.SPEECH_VERBS.contains(w.lower()));
      assertThat(w.is(Lexicon.Kind.PERSONAL)).as(word).isEqualTo(Referents.PERSONAL.contains(w.lower()));
      assertThat(w.is(Lexicon.Kind.GENDERED_PRONOUN)).as(word).isEqualTo(PersonalNames.PRONOUNS.containsKey(w.lower()));
      assertThat(w.is(Lexicon.Kind.PERSON_NOUN)).as(word).isEqualTo(PersonalNames.PERSON_NOUNS.contains(w.lower()));
      assertThat(w.is(Lexicon.Kind.TITLE)).as(word).isEqualTo(PersonalNames.TITLES.contains(w.lower()));
      assertThat(w.is(Lexicon.Kind.GENDERED_TITLE)).as(word).isEqualTo(PersonalNames.GENDERED_TITLES.containsKey(w.lower()));
      assertThat(w.is(Lexicon.Kind.GENDERED_ROLE)).as(word).isEqualTo(PersonalNames.GENDERED_ROLES.containsKey(w.lower()));
    }
  }

  @Test
  void aWordForPeopleIsAPersonNounOrItsPluralWithAnS() {
    for (String word : words()) {
      Word w = Word.of(word).get(0);
      String lower = w.lower();
      boolean plural = lower.endsWith("s") && PersonalNames.PERSON_NOUNS.contains(lower.substring(0, lower.length() - 1));
      assertThat(w.is(Lexicon.Kind.PERSON)).as(word).isEqualTo(PersonalNames.PERSON_NOUNS.contains(lower) || plural);
      assertThat(w.is(Lexicon.Kind.GROUP)).as(word)
          .isEqualTo(PersonalNames.GROUPS.contains(lower) || plural && !PersonalNames.PERSON_NOUNS.contains(lower));
    }
    assertThat(Word.of("officials").get(0).is(Lexicon.Kind.GROUP)).isTrue();
    assertThat(Word.of("spokesmen").get(0).is(Lexicon.Kind.GROUP)).isTrue();
    assertThat(Word.of("official").get(0).is(Lexicon.Kind.GROUP)).isFalse();
    assertThat(Word.of("Officials").get(0).is(Lexicon.Kind.PERSON)).as("by its lower case").isTrue();
  }
}
