package org.briefing.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {
  /** The text of each quotation of {@code text}, marks included. */
  private static List<String> quoted(String text) {
    return Quotations.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aQuotationInSingleMarksIsOneQuotationWhateverApostrophesItHolds() {
    assertThat(quoted("‘We won’t go. The drivers’ union stands with us,’ she said."))
        .containsExactly("‘We won’t go. The drivers’ union stands with us,’");
    assertThat(quoted("'We won't go. It's over,' she said.")).containsExactly("'We won't go. It's over,'");
  }

  @Test
  void aPluralPossessiveClosesAQuotationOnlyWhenNothingSurerDoes() {
    assertThat(quoted("He called it ‘a waste of the taxpayers’ money’ and left."))
        .containsExactly("‘a waste of the taxpayers’ money’");
    assertThat(quoted("They called them ‘the bosses’ and said: ‘We stay.’"))
        .containsExactly("‘the bosses’", "‘We stay.’");
    assertThat(quoted("It was, she said, ‘a gift to the bosses’")).containsExactly("‘a gift to the bosses’");
  }

  @Test
  void anApostropheOutsideAQuotationOpensNothing() {
    assertThat(quoted("The workers’ union met in the ’90s hall, and the town's mayor came.")).isEmpty();
    assertThat(quoted("In the '90s the drivers' pay rose.")).isEmpty();
  }

  @Test
  void anApostropheInsideAQuotationOrAnInchMarkIsNoQuotationMark() {
    assertThat(quoted("'The spirit of rock 'n' roll is alive here,' said Harold Finch.")).allSatisfy(q -> assertThat(q).startsWith("'The spirit"));
    assertThat(Quotations.whole("'The spirit of rock 'n' roll is alive here,' said Harold Finch.")).isTrue();
    assertThat(Quotations.whole("The centre, who is 6'5\", joined the club on Monday.")).isTrue();
    assertThat(Quotations.whole("A 12\" pizza costs more than two 8\" ones.")).isTrue();
  }

  @Test
  void marksOfTheOtherKindInsideAQuotationAreAQuotationWithinIt() {
    assertThat(quoted("“He told me ‘no’. I left,” she said.")).containsExactly("“He told me ‘no’. I left,”");
    assertThat(quoted("‘He told me “no”. I left,’ she said.")).containsExactly("‘He told me “no”. I left,’");
  }

  @Test
  void aWordIsQuotedInsideSingleMarksAsInDoubleOnes() {
    for (String text : List.of("‘Anna Berg will lead,’ said Tom Reed.", "“Anna Berg will lead,” said Tom Reed.")) {
      assertThat(Word.of(text).stream().filter(Word::quoted).map(Word::text)).as(text).containsExactly("Anna", "Berg", "will", "lead");
      assertThat(Quotations.opensWithQuotation(text)).as(text).isTrue();
    }
  }
}
