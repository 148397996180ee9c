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

  /**
   * The search script's folding of a typed word (search.js: lower case, NFKD, marks removed, lower
   * case, then its table of special letters), done here as the script does it, with the table read
   * from the script itself.
   */
  static String scriptFold(String word, java.util.Map<String, String> special) {
    String w = java.text.Normalizer.normalize(special(word.toLowerCase(java.util.Locale.ROOT), special), java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    return special(w, special);
  }

  private static String special(String w, java.util.Map<String, String> special) {
    StringBuilder out = new StringBuilder();
    w.codePoints().forEach(c -> out.append(special.getOrDefault(Character.toString(c), Character.toString(c))));
    return out.toString();
  }

  static java.util.Map<String, String> scriptSpecials() throws java.io.IOException {
    String script = java.nio.file.Files.readString(java.nio.file.Path.of("templates/assets/search.js"));
    java.util.regex.Matcher table = Pattern.compile("var SPECIAL = \\{([^}]*)\\}").matcher(script);
    assertThat(table.find()).as("search.js has its table of special letters").isTrue();
    java.util.Map<String, String> special = new java.util.HashMap<>();
    java.util.regex.Matcher entry = Pattern.compile("\"([^\"]+)\":\\s*\"([^\"]*)\"").matcher(table.group(1));
    while (entry.find()) {
      special.put(entry.group(1), entry.group(2));
    }
    return special;
  }

  @Test
  void everyLetterIsFoldedAsTheSearchScriptFoldsWhatAReaderTypes() throws Exception {
    java.util.Map<String, String> special = scriptSpecials();
    java.util.List<String> differ = new java.util.ArrayList<>();
    for (String language : java.util.List.of("en", "ar")) {
      for (int c = 0; c <= 0xFFFF; c++) {
        if (!Character.isLetter(c) || Character.isSurrogate((char) c)) {
          continue;
        }
        // a word of the letter between two Latin letters, and alone in capitals, as a story may write it
        for (String word : java.util.List.of("a" + Character.toString(c) + "b", Character.toString(c).repeat(3).toUpperCase(java.util.Locale.ROOT))) {
          java.util.List<Words.Word> found = new Words().of(word, language);
          String indexed = found.isEmpty() ? "" : found.get(0).surface();
          String typed = scriptFold(word, special);
          if (!found.isEmpty() && !indexed.equals(typed)) {
            differ.add(language + " U+" + Integer.toHexString(c) + " " + word + ": index " + indexed + ", script " + typed);
          }
        }
      }
    }
    assertThat(differ).as(differ.size() + " differ").isEmpty();
    assertThat(special).as("the script's table is the build's").isEqualTo(Words.SPECIAL);
  }
}
