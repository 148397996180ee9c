package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aWordCharacterIsALetterDigitOrMarkOfAnyScriptAsTheSearchScriptSplitsAQuery() {
    Pattern script = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Words.inWord(c) != script.matcher(Character.toString(c)).matches()) {
        throw new AssertionError("U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void aTextIsSplitIntoFoldedWordsWithTheirStemsLeavingOutSingleLettersAndLongRuns() {
    String text = "The Défense ministers' talks, 2021: a report of \uD835\uDC00\uD835\uDC01 in 東京 — " + "x".repeat(41) + " suspended";
    assertThat(new Words().of(text, "en").stream().map(w -> w.surface() + "/" + w.stem()).toList())
        .containsExactly("the/", "defense/defens", "ministers/minist", "talks/talk", "2021/2021", "report/report", "of/",
            "ab/ab", "in/", "東京/東京", "suspended/suspend");
  }

  @Test
  void aWordLosesEveryMarkAsTheSearchScriptFoldsAQueryWhetherItsTextWasComposedOrNot() {
    String text = "re\u0301fugie\u0301s réfugiés Αθήνα Йемен ё";
    assertThat(new Words().of(text, "fr").stream().map(Words.Word::surface).toList())
        .containsExactly("refugies", "refugies", "αθηνα", "иемен");
    assertThat(new Words().of("Йемене", "en").get(0).stem()).doesNotContain("й").startsWith("иемен");
  }
}
